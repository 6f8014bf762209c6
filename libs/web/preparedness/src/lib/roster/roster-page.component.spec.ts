import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, CrisisTeamMemberFieldsFragment, CrisisTeamsQuery } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { provideUser, regionResult, settle, USERS } from '../../testing/preparedness-fixtures';
import { RosterPageComponent } from './roster-page.component';

function member(
  id: string,
  name: string,
  role: string,
  visible: boolean,
  overrides: Partial<CrisisTeamMemberFieldsFragment> = {},
): ApiResult<CrisisTeamMemberFieldsFragment> {
  return {
    __typename: 'CrisisTeamMember',
    id,
    teamMunicipalityNumber: null,
    role,
    personName: name,
    homeMunicipalityNumber: '4026',
    homeMunicipalityName: 'Tinn',
    userId: null,
    contactHidden: !visible,
    contact: visible
      ? { __typename: 'CrisisTeamContact', phone: '+47 400 00 201', email: `${id}@example.no` }
      : null,
    deputyOfId: null,
    version: 1,
    ...overrides,
  };
}

function roster(regionalVisible: boolean, viewerCanEdit: boolean): CrisisTeamsQuery {
  const result: ApiResult<CrisisTeamsQuery> = {
    crisisTeams: {
      __typename: 'CrisisTeamRoster',
      regionName: 'Kongsbergregionen',
      viewerCanEdit,
      teams: [
        {
          __typename: 'CrisisTeam',
          municipalityNumber: null,
          name: 'Kongsbergregionen',
          viewerIsMember: regionalVisible && !viewerCanEdit,
          contactDetailsVisible: regionalVisible,
          members: [
            {
              ...member('m1', 'Marte Moen', 'Koordinator', regionalVisible),
              deputies: [
                member('m2', 'Vara Varasen', 'Koordinator (vara)', regionalVisible, { deputyOfId: 'm1' }),
              ],
            },
          ],
        },
        {
          __typename: 'CrisisTeam',
          municipalityNumber: '3334',
          name: 'Flesberg',
          viewerIsMember: false,
          contactDetailsVisible: viewerCanEdit,
          members: [
            {
              ...member('m3', 'Liv Lampeland', 'Helsesykepleier', viewerCanEdit, {
                teamMunicipalityNumber: '3334',
              }),
              deputies: [],
            },
          ],
        },
        {
          __typename: 'CrisisTeam',
          municipalityNumber: '3336',
          name: 'Rollag',
          viewerIsMember: false,
          contactDetailsVisible: viewerCanEdit,
          members: [],
        },
      ],
    },
  };
  return result;
}

const PEOPLE = {
  preparednessPeople: [
    { __typename: 'PreparednessPerson', userId: 'u-liv', name: 'Liv Lampeland', municipalityNumber: '3334' },
  ],
};

describe('RosterPageComponent', () => {
  let fixture: ComponentFixture<RosterPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(user: SignedInUser, data: CrisisTeamsQuery): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, RosterPageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(user),
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RosterPageComponent);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    const op = controller.expectOne('CrisisTeams');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen' });
    op.flushData(data);
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = (table: Element | undefined) =>
    Array.from(table?.querySelectorAll('tbody tr') ?? []).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => text(cell)),
    );

  it("shows a member their own team's contact details and hides every other team's", async () => {
    await render(USERS.viewer, roster(true, false));
    const [regional, flesberg] = Array.from(element.querySelectorAll('table'));
    expect(text(element.querySelector('h2'))).toBe('Regionalt kriseteam – Kongsbergregionen');
    expect(element.textContent).toContain('Du er med i teamet og ser kontaktinformasjonen.');
    expect(rows(regional)).toEqual([
      ['Koordinator', 'Marte Moen', 'Tinn', '+47 400 00 201', 'm1@example.no'],
      ['Koordinator (vara) (vara for Marte Moen)', 'Vara Varasen', 'Tinn', '+47 400 00 201', 'm2@example.no'],
    ]);
    expect(regional?.querySelector('a[href="tel:+4740000201"]')).not.toBeNull();
    expect(rows(flesberg)).toEqual([['Helsesykepleier', 'Liv Lampeland', 'Tinn', 'Skjult', 'Skjult']]);
    expect(element.textContent).toContain(
      'Kontaktinformasjonen vises bare for teamets medlemmer og sekretariatet.',
    );
    expect(element.textContent).toContain('Ingen er registrert i teamet.');
    expect(element.querySelector('#member-open')).toBeNull();
  });

  it('lets the secretariat add a person, as a deputy on the chosen team', async () => {
    await render(USERS.secretariat, roster(true, true));
    (element.querySelector('#member-open') as HTMLButtonElement).click();
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData(PEOPLE);
    await settle(fixture);
    expect(document.activeElement?.id).toBe('member-team');
    const set = (id: string, value: string) => {
      const input = element.querySelector(`#member-${id}`) as HTMLInputElement | HTMLSelectElement;
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(text(element.querySelector('.ds-error-summary'))).toContain('Rolle: Skriv rollen på teamet.');

    set('deputyOf', 'm1');
    set('role', 'Koordinator (vara)');
    set('personName', 'Nils Nordmann');
    set('homeMunicipality', '3336');
    set('phone', '+47 400 00 777');
    set('email', 'ugyldig');
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(text(element.querySelector('.ds-error-summary'))).toBe(
      'Rett opp dette før du går videre: E-post: Skriv en gyldig e-postadresse.',
    );
    set('email', 'nils.nordmann@example.no');
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    const op = controller.expectOne('AddCrisisTeamMember');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        teamMunicipalityNumber: null,
        deputyOfId: 'm1',
        role: 'Koordinator (vara)',
        personName: 'Nils Nordmann',
        homeMunicipalityNumber: '3336',
        userId: null,
        phone: '+47 400 00 777',
        email: 'nils.nordmann@example.no',
      },
    });
    op.flushData({
      addCrisisTeamMember: member('m9', 'Nils Nordmann', 'Koordinator (vara)', true, { deputyOfId: 'm1' }),
    });
    await settle(fixture);
    controller.expectOne('CrisisTeams').flushData(roster(true, true));
    await settle(fixture);
    expect(text(element.querySelector('#roster-feedback'))).toBe('Nils Nordmann er lagt til.');
  });

  it("lets the secretariat change a person's role, contact details and user, not their team", async () => {
    await render(USERS.secretariat, roster(true, true));
    (element.querySelector('#member-edit-m3') as HTMLButtonElement).click();
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData(PEOPLE);
    await settle(fixture);
    expect(text(element.querySelector('#member-form-heading'))).toBe('Endre Liv Lampeland');
    expect(document.activeElement?.id).toBe('member-role');
    expect(element.querySelector('#member-team')).toBeNull();
    expect((element.querySelector('#member-phone') as HTMLInputElement).value).toBe('+47 400 00 201');
    const set = (id: string, value: string) => {
      const input = element.querySelector(`#member-${id}`) as HTMLInputElement | HTMLSelectElement;
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    set('role', 'Leder');
    set('user', 'u-liv');
    set('email', 'liv@example.no');
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    const op = controller.expectOne('UpdateCrisisTeamMember');
    expect(op.operation.variables).toEqual({
      input: {
        id: 'm3',
        expectedVersion: 1,
        role: 'Leder',
        personName: 'Liv Lampeland',
        homeMunicipalityNumber: '4026',
        userId: 'u-liv',
        phone: '+47 400 00 201',
        email: 'liv@example.no',
      },
    });
    op.flushData({
      updateCrisisTeamMember: member('m3', 'Liv Lampeland', 'Leder', true, {
        teamMunicipalityNumber: '3334',
        userId: 'u-liv',
        version: 2,
      }),
    });
    await settle(fixture);
    expect(text(element.querySelector('#roster-feedback'))).toBe('Endringene for Liv Lampeland er lagret.');
    expect(element.querySelector('sb-roster-member-form')).toBeNull();
  });
});
