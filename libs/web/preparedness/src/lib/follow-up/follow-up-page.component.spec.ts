import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type {
  ApiResult,
  FollowUpActionFieldsFragment,
  MyFollowUpActionsQuery,
  RegionFollowUpActionsQuery,
} from '@samarbeid/web/graphql';
import { ConfirmService } from '@samarbeid/web/ui';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { action, provideUser, regionResult, settle, USERS } from '../../testing/preparedness-fixtures';
import {
  FollowUpPageComponent,
  MY_ACTIONS_PAGE_SIZE,
  REGION_ACTIONS_PAGE_SIZE,
} from './follow-up-page.component';

function connection(nodes: FollowUpActionFieldsFragment[]) {
  return {
    __typename: 'FollowUpActionConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    nodes,
  } as const;
}

const MINE = [
  action(),
  action({
    id: 'a2',
    title: 'Felles mal for informasjon til foresatte',
    deadline: '2027-02-28',
    status: 'IN_PROGRESS',
    overdue: false,
  }),
];

function mine(nodes = MINE): MyFollowUpActionsQuery {
  const result: ApiResult<MyFollowUpActionsQuery> = { myFollowUpActions: connection(nodes) };
  return result;
}

function inRegion(nodes: FollowUpActionFieldsFragment[]): RegionFollowUpActionsQuery {
  const result: ApiResult<RegionFollowUpActionsQuery> = { followUpActions: connection(nodes) };
  return result;
}

describe('FollowUpPageComponent', () => {
  let fixture: ComponentFixture<FollowUpPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  let asked: string[];

  async function render(user: SignedInUser, inputs: Record<string, string> = {}): Promise<void> {
    asked = [];
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, FollowUpPageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(user),
        {
          provide: ConfirmService,
          useValue: {
            ask: (question: { heading: string }) => {
              asked.push(question.heading);
              return Promise.resolve(true);
            },
          },
        },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(FollowUpPageComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it("lists the person's own open actions, the overdue ones flagged in words", async () => {
    await render(USERS.flesberg);
    const op = controller.expectOne('MyFollowUpActions');
    expect(op.operation.variables).toEqual({ first: MY_ACTIONS_PAGE_SIZE });
    op.flushData(mine());
    const region = controller.expectOne('RegionFollowUpActions');
    expect(region.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      filter: { municipalityNumber: null, openOnly: true, overdueOnly: false },
      first: REGION_ACTIONS_PAGE_SIZE,
    });
    region.flushData(inRegion([]));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);

    expect(text(element.querySelector('h1'))).toBe('Min oppfølging');
    expect(element.textContent).toContain('2 åpne tiltak, 1 forfalt');
    const overdue = element.querySelector('table tr[data-action="Oppdatere kriseplanen etter øvelsen"]');
    expect(text(overdue?.querySelector('[data-testid="overdue"]'))).toBe('Forfalt');
    expect(text(overdue)).toContain('Flesberg (Kongsbergregionen)');
    expect(text(overdue)).toContain('20. november 2026');
    const inProgress = element.querySelector(
      'table tr[data-action="Felles mal for informasjon til foresatte"]',
    );
    expect(inProgress?.querySelector('[data-testid="overdue"]')).toBeNull();
    expect(element.textContent).toContain('Ingen oppfølgingstiltak passer med valgene.');
  });

  it("shows the region's actions with their measure and decision, and lets an editor change one there", async () => {
    await render(USERS.flesberg);
    controller.expectOne('MyFollowUpActions').flushData(mine([]));
    controller.expectOne('RegionFollowUpActions').flushData(
      inRegion([
        action({
          measure: { __typename: 'MeasureRef', id: 'm7', code: 'T7', title: 'Felles beredskapsplan' },
          source: {
            __typename: 'FollowUpSource',
            kind: 'DECISION',
            id: 'd1',
            title: 'Felles kriseteam',
            caseReference: 'KDU 12/26',
            decidedOn: '2026-03-01',
          },
        } as Partial<FollowUpActionFieldsFragment>),
        action({ id: 'a3', title: 'Kongsbergs eget tiltak', viewerCanEdit: false }),
      ]),
    );
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);

    const row = element.querySelector('tr[data-action="Oppdatere kriseplanen etter øvelsen"]');
    expect(row?.querySelector('a[href="/tiltak/T7"]')?.textContent?.trim()).toBe('T7 Felles beredskapsplan');
    expect(text(row?.querySelector('a[href="/vedtak"]'))).toBe('Fra vedtak KDU 12/26 «Felles kriseteam»');
    expect(element.querySelector('tr[data-action="Kongsbergs eget tiltak"] button')).toBeNull();

    (row?.querySelector('#region-edit-a1') as HTMLButtonElement).click();
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData({ preparednessPeople: [] });
    controller.expectOne('PreparednessMeasures').flushData({
      measures: { __typename: 'MeasureConnection', nodes: [] },
    });
    controller.expectOne('PreparednessSources').flushData({
      decisions: { __typename: 'DecisionConnection', nodes: [] },
      agreements: { __typename: 'AgreementConnection', nodes: [] },
    });
    await settle(fixture);
    expect(text(element.querySelector('#follow-up-edit-heading'))).toBe(
      'Endre «Oppdatere kriseplanen etter øvelsen»',
    );
    expect((element.querySelector('#follow-up-edit-deadline') as HTMLInputElement).value).toBe('2026-11-20');
    (element.querySelector('sb-follow-up-form button[type="button"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(element.querySelector('sb-follow-up-form')).toBeNull();
    expect(document.activeElement?.id).toBe('region-edit-a1');
  });

  it('lets the owner finish an action in place, and says so', async () => {
    await render(USERS.flesberg);
    controller.expectOne('MyFollowUpActions').flushData(mine());
    controller.expectOne('RegionFollowUpActions').flushData(inRegion([]));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);

    const select = element.querySelector<HTMLSelectElement>('#mine-status-a1');
    expect(select?.labels?.[0]?.textContent?.trim()).toBe('Status for «Oppdatere kriseplanen etter øvelsen»');
    (select as HTMLSelectElement).value = 'DONE';
    select?.dispatchEvent(new Event('change'));
    const op = controller.expectOne('SetFollowUpStatus');
    expect(op.operation.variables).toEqual({ input: { id: 'a1', expectedVersion: 1, status: 'DONE' } });
    op.flushData({ setFollowUpActionStatus: action({ status: 'DONE', overdue: false, version: 2 }) });
    await settle(fixture);
    // The evicted lists are fetched again.
    controller.match('MyFollowUpActions').forEach((refetch) => refetch.flushData(mine([MINE[1]])));
    controller.match('RegionFollowUpActions').forEach((refetch) => refetch.flushData(inRegion([])));
    await settle(fixture);
    expect(element.textContent).toContain('«Oppdatere kriseplanen etter øvelsen» er satt til Fullført.');
  });

  it("shows one municipality's overdue actions when the yearly check links here", async () => {
    await render(USERS.secretariat, { region: 'hallingdal', kommune: '3336', forfalt: '1' });
    controller.expectOne('MyFollowUpActions').flushData(mine([]));
    const region = controller.expectOne('RegionFollowUpActions');
    expect(region.operation.variables).toEqual({
      regionSlug: 'hallingdal',
      filter: { municipalityNumber: '3336', openOnly: false, overdueOnly: true },
      first: REGION_ACTIONS_PAGE_SIZE,
    });
    region.flushData(
      inRegion([
        action({ id: 'a3', municipalityNumber: '3336', municipalityName: 'Rollag', ownerIsViewer: false }),
      ]),
    );
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);
    expect(element.textContent).toContain('Du har ingen åpne oppfølgingstiltak.');
    expect(text(element.querySelector('table caption'))).toBe('Forfalte oppfølgingstiltak i Rollag');
    expect((element.querySelector('#follow-up-filter-show') as HTMLSelectElement).value).toBe('overdue');
  });

  it('lets the secretariat remind the owners of overdue actions, and says how many were reminded', async () => {
    await render(USERS.secretariat);
    controller.expectOne('MyFollowUpActions').flushData(mine([]));
    controller.expectOne('RegionFollowUpActions').flushData(inRegion([]));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);
    const send = Array.from(element.querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Send påminnelser om forfalte tiltak',
    );
    send?.click();
    await settle(fixture);
    expect(asked).toEqual(['Sende påminnelser om forfalte tiltak i Kongsbergregionen?']);
    const op = controller.expectOne('RemindOverdueFollowUpActions');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen' });
    op.flushData({ remindOverdueFollowUpActions: { __typename: 'FollowUpReminders', reminded: 3 } });
    await settle(fixture);
    expect(text(element.querySelector('#remind-feedback'))).toBe(
      'Påminnelser er sendt om 3 forfalte tiltak.',
    );
  });

  it('offers no reminders to a director', async () => {
    await render(USERS.flesberg);
    controller.expectOne('MyFollowUpActions').flushData(mine([]));
    controller.expectOne('RegionFollowUpActions').flushData(inRegion([]));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);
    expect(element.textContent).not.toContain('Send påminnelser');
  });
});
