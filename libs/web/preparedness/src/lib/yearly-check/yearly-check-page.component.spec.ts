import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type {
  ApiResult,
  PreparednessRoutinesQuery,
  PreparednessYearlyCheckQuery,
} from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { provideUser, regionResult, settle, USERS } from '../../testing/preparedness-fixtures';
import { currentYear } from '../shared/region-year';
import { ROUTINES_PAGE_SIZE } from './routines.component';
import { YearlyCheckPageComponent } from './yearly-check-page.component';

type Row = PreparednessYearlyCheckQuery['preparednessYearlyCheck']['municipalities'][number];

function row(number: string, name: string, overrides: Partial<Row> = {}): ApiResult<Row> {
  return {
    __typename: 'MunicipalityPreparedness',
    municipalityNumber: number,
    municipalityName: name,
    ownExercise: 'HELD',
    ownExerciseStatus: 'GREEN',
    regionalExercise: 'HELD',
    regionalExerciseStatus: 'GREEN',
    overdueActions: 0,
    status: 'GREEN',
    viewerCanRecord: false,
    ...overrides,
  };
}

function check(year: number): PreparednessYearlyCheckQuery {
  const result: ApiResult<PreparednessYearlyCheckQuery> = {
    preparednessYearlyCheck: {
      __typename: 'PreparednessYearlyCheck',
      year,
      today: `${year}-12-07`,
      regionName: 'Kongsbergregionen',
      regionOverdueActions: 1,
      viewerCanRecordRegional: false,
      municipalities: [
        row('3334', 'Flesberg'),
        row('3336', 'Rollag', {
          ownExercise: 'PLANNED',
          ownExerciseStatus: 'RED',
          regionalExercise: 'NONE',
          regionalExerciseStatus: 'RED',
          overdueActions: 2,
          status: 'RED',
        }),
      ],
    },
  };
  return result;
}

function routines(viewerCanReview: boolean): PreparednessRoutinesQuery {
  const result: ApiResult<PreparednessRoutinesQuery> = {
    preparednessRoutines: {
      __typename: 'PreparednessRoutineConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [
        {
          __typename: 'PreparednessRoutine',
          id: 'p1',
          municipalityNumber: '3334',
          municipalityName: 'Flesberg',
          title: 'Rutine for digital sikkerhet',
          description: null,
          ownerName: 'Ola Haugen',
          ownerUserId: 'u-ola',
          lastReviewedOn: '2025-10-01',
          reviewIntervalMonths: 12,
          nextReviewOn: '2026-10-01',
          due: true,
          viewerCanEdit: viewerCanReview,
          viewerCanReview,
          version: 1,
        },
        {
          __typename: 'PreparednessRoutine',
          id: 'p2',
          municipalityNumber: null,
          municipalityName: null,
          title: 'Varslingsrutine for kriseteamene',
          description: null,
          ownerName: 'Marte Moen',
          ownerUserId: null,
          lastReviewedOn: '2026-03-01',
          reviewIntervalMonths: 12,
          nextReviewOn: '2027-03-01',
          due: false,
          viewerCanEdit: false,
          viewerCanReview: false,
          version: 1,
        },
      ],
    },
  };
  return result;
}

describe('YearlyCheckPageComponent', () => {
  let fixture: ComponentFixture<YearlyCheckPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(user: SignedInUser, inputs: Record<string, string> = {}): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, YearlyCheckPageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(user),
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(YearlyCheckPageComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows each municipality green or red, with its exercises and overdue actions in words', async () => {
    await render(USERS.flesberg);
    const year = currentYear();
    const op = controller.expectOne('PreparednessYearlyCheck');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', year });
    op.flushData(check(year));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    controller.expectOne('PreparednessRoutines').flushData(routines(true));
    await settle(fixture);

    expect(text(element.querySelector('h1'))).toBe('Beredskap – årlig kontroll');
    expect(element.textContent).toContain(`1 av 2 kommuner er grønne i ${year}`);
    const rows = Array.from(element.querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? []).map(
      (tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Flesberg', 'Gjennomført', 'Gjennomført', '0', 'Grønn'],
      ['Rollag', 'Bare planlagt', 'Ikke gjennomført', '2 forfalte tiltak i Rollag', 'Rød'],
    ]);
    const overdue = element.querySelector<HTMLAnchorElement>('tr[data-municipality="3336"] a');
    expect(overdue?.getAttribute('href')).toBe(
      '/beredskap/oppfolging?region=kongsbergregionen&kommune=3336&forfalt=1',
    );
    expect(
      element
        .querySelector('tr[data-municipality="3336"] [data-testid="check-status"]')
        ?.getAttribute('data-color'),
    ).toBe('danger');
    expect(element.textContent).toContain('Regionen har 1 forfalt oppfølgingstiltak');
  });

  it('reads the region and year from the address', async () => {
    await render(USERS.viewer, { region: 'hallingdal', ar: '2025' });
    expect(controller.expectOne('PreparednessYearlyCheck').operation.variables).toEqual({
      regionSlug: 'hallingdal',
      year: 2025,
    });
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    const routinesOp = controller.expectOne('PreparednessRoutines');
    expect(routinesOp.operation.variables).toEqual({ regionSlug: 'hallingdal', first: ROUTINES_PAGE_SIZE });
    routinesOp.flushData(routines(false));
    await settle(fixture);
    expect((element.querySelector('#check-year') as HTMLSelectElement).value).toBe('2025');
  });

  it('flags the routines due for review and offers recording a review to those who may', async () => {
    await render(USERS.flesberg);
    controller.expectOne('PreparednessYearlyCheck').flushData(check(currentYear()));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    controller.expectOne('PreparednessRoutines').flushData(routines(true));
    await settle(fixture);
    const due = element.querySelector('tr[data-routine="Rutine for digital sikkerhet"]');
    expect(text(due)).toContain('Skal gjennomgås');
    expect(Array.from(due?.querySelectorAll('button') ?? []).map((button) => text(button))).toEqual([
      'Endre: Rutine for digital sikkerhet',
      'Registrer gjennomgang: Rutine for digital sikkerhet',
    ]);
    const notDue = element.querySelector('tr[data-routine="Varslingsrutine for kriseteamene"]');
    expect(text(notDue)).not.toContain('Skal gjennomgås');
    expect(notDue?.querySelector('button')).toBeNull();
    expect(element.textContent).toContain('2 rutiner, 1 skal gjennomgås');
  });

  function set(id: string, value: string): void {
    const control = element.querySelector(`#routine-${id}`) as HTMLInputElement | HTMLSelectElement;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  const submit = () =>
    (element.querySelector('sb-routine-form button[type="submit"]') as HTMLElement).click();

  async function renderRoutines(): Promise<void> {
    await render(USERS.flesberg);
    controller.expectOne('PreparednessYearlyCheck').flushData(check(currentYear()));
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    controller.expectOne('PreparednessRoutines').flushData(routines(true));
    await settle(fixture);
  }

  const PEOPLE = {
    preparednessPeople: [
      { __typename: 'PreparednessPerson', userId: 'u-ola', name: 'Ola Haugen', municipalityNumber: '3334' },
    ],
  };

  it("lets a director change their municipality's routine: owner, interval and last review", async () => {
    await renderRoutines();
    (element.querySelector('#routine-edit-p1') as HTMLButtonElement).click();
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData(PEOPLE);
    await settle(fixture);
    expect(text(element.querySelector('#routine-heading'))).toBe('Endre «Rutine for digital sikkerhet»');
    expect((element.querySelector('#routine-title') as HTMLInputElement).value).toBe(
      'Rutine for digital sikkerhet',
    );
    expect((element.querySelector('#routine-owner') as HTMLSelectElement).value).toBe('u-ola');
    expect(element.querySelector('#routine-municipality')).toBeNull();
    set('owner', 'annen');
    await settle(fixture);
    set('ownerName', 'Liv Lampeland');
    set('interval', '6');
    set('lastReviewed', '2026-01-15');
    submit();
    await settle(fixture);
    const op = controller.expectOne('UpdatePreparednessRoutine');
    expect(op.operation.variables).toEqual({
      input: {
        id: 'p1',
        expectedVersion: 1,
        title: 'Rutine for digital sikkerhet',
        description: null,
        ownerUserId: null,
        ownerName: 'Liv Lampeland',
        reviewIntervalMonths: 6,
        lastReviewedOn: '2026-01-15',
      },
    });
    op.flushData({
      updatePreparednessRoutine: {
        __typename: 'PreparednessRoutine',
        id: 'p1',
        title: 'Rutine for digital sikkerhet',
        description: null,
        ownerName: 'Liv Lampeland',
        ownerUserId: null,
        lastReviewedOn: '2026-01-15',
        reviewIntervalMonths: 6,
        nextReviewOn: '2026-07-15',
        due: false,
        version: 2,
      },
    });
    await settle(fixture);
    expect(element.querySelector('sb-routine-form')).toBeNull();
    expect(text(element.querySelector('#routines-feedback'))).toContain(
      'Endringene i «Rutine for digital sikkerhet» er lagret.',
    );
    expect(text(element.querySelector('tr[data-routine="Rutine for digital sikkerhet"]'))).toContain(
      'Liv Lampeland',
    );
  });

  it("registers a new routine for the director's own municipality, checked before it is sent", async () => {
    await renderRoutines();
    (element.querySelector('#routine-open') as HTMLButtonElement).click();
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData(PEOPLE);
    await settle(fixture);
    expect((element.querySelector('#routine-municipality') as HTMLSelectElement).value).toBe('3334');
    set('interval', '0');
    set('lastReviewed', '2999-01-01');
    submit();
    await settle(fixture);
    expect(Array.from(element.querySelectorAll('#routine-errors a')).map((link) => text(link))).toEqual([
      'Rutine: Skriv hva rutinen gjelder.',
      'Ansvarlig: Velg en ansvarlig.',
      'Gjennomgås hver (måneder): Skriv et helt antall måneder fra 1 til 60.',
      'Sist gjennomgått: Skriv en dato som finnes og ikke er senere enn i dag.',
    ]);
    set('title', 'Rutine for strømbrudd');
    set('owner', 'u-ola');
    set('interval', '24');
    set('lastReviewed', '');
    submit();
    await settle(fixture);
    const op = controller.expectOne('CreatePreparednessRoutine');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        municipalityNumber: '3334',
        title: 'Rutine for strømbrudd',
        description: null,
        ownerUserId: 'u-ola',
        ownerName: null,
        reviewIntervalMonths: 24,
        lastReviewedOn: null,
      },
    });
    op.flushData({ createPreparednessRoutine: { __typename: 'PreparednessRoutine', id: 'p3' } });
    await settle(fixture);
    controller.expectOne('PreparednessRoutines').flushData(routines(true));
    await settle(fixture);
    expect(text(element.querySelector('#routines-feedback'))).toContain(
      'Rutinen «Rutine for strømbrudd» er registrert.',
    );
  });
});
