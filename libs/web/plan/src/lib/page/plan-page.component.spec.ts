import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService, createCache, LiveUpdates, type SignedInUser } from '@samarbeid/web/data-access';
import { PlanDocument, type PlanQuery } from '@samarbeid/web/graphql';
import { GANTT_ENGINE, type GanttEngine, type GanttSpec } from '@samarbeid/web/ui';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { Subject } from 'rxjs';

import { PlanPageComponent } from './plan-page.component';
import { ganttSpecOf, windowOf } from './plan-view';

const bar = (code: string, extra: Partial<PlanQuery['plan']['bars'][number]> = {}) => ({
  __typename: 'PlanBar' as const,
  id: `id-${code}`,
  code,
  title: `Tiltak ${code}`,
  parentId: null,
  networkId: 'n1',
  networkName: 'Teknisk nettverk',
  tier: 'PROJECT',
  status: 'DECIDED',
  mobilisation: 'GREEN',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  progressPercent: 40,
  version: 3,
  participants: ['3303'],
  dependencies: [],
  milestones: [],
  flags: [],
  politicalDecisionNeeded: false,
  firstBenefitYear: null,
  resourcesFromOtherUnits: '',
  canEdit: true,
  baselineStart: null,
  baselineEnd: null,
  ...extra,
});

function answer(): PlanQuery {
  return {
    plan: {
      __typename: 'Plan',
      regionSlug: 'kongsbergregionen',
      regionName: 'Kongsbergregionen',
      today: '2026-12-07',
      defaultCapacity: 3,
      canManage: false,
      totalCount: 2,
      bars: [
        bar('T2', { startDate: '2026-03-01', endDate: '2026-06-30' }),
        bar('T5', {
          startDate: '2026-02-01',
          flags: ['DEPENDENCY_CONFLICT'],
          dependencies: [{ dependsOnId: 'id-T2', dependsOnCode: 'T2', kind: 'START' }],
          milestones: [
            {
              id: 'm1',
              measureId: 'id-T5',
              name: 'Oppstart',
              date: '2026-04-01',
              done: false,
              version: 1,
            },
          ],
        }),
      ],
      conflicts: [
        {
          __typename: 'PlanConflict',
          measureId: 'id-T5',
          measureCode: 'T5',
          dependsOnId: 'id-T2',
          dependsOnCode: 'T2',
          kind: 'START',
          earliestStart: '2026-03-01',
          daysEarly: 28,
        },
      ],
      overloads: [],
      networks: [
        { __typename: 'PlanNetwork', id: 'n1', name: 'Teknisk nettverk', capacity: 3, ownCapacity: false },
      ],
      municipalities: [{ __typename: 'PlanMunicipality', number: '3303', name: 'Kongsberg' }],
      baselines: [],
      baseline: null,
      differences: [],
      myFeeds: [],
    },
  } as unknown as PlanQuery;
}

describe('PlanPageComponent', () => {
  let fixture: ComponentFixture<PlanPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const drawn: GanttSpec[] = [];
  const engine: GanttEngine = {
    draw: (_element, spec) => {
      drawn.push(spec);
      return { update: (next) => drawn.push(next), resize: () => undefined, dispose: () => undefined };
    },
  };
  const user = signal<SignedInUser | null>({
    name: 'Tor',
    roles: ['network-leader'],
    municipality: undefined,
    email: undefined,
  });

  beforeEach(async () => {
    drawn.length = 0;
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, PlanPageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        { provide: AuthService, useValue: { user: user.asReadonly() } },
        { provide: LiveUpdates, useValue: { regionChanges: () => new Subject().asObservable() } },
        { provide: GANTT_ENGINE, useValue: () => Promise.resolve(engine) },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(PlanPageComponent);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    controller.expectOne(PlanDocument).flush({ data: answer() });
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists the broken dependency in words and the measures as a table', () => {
    expect(text(element.querySelector('[data-testid="plan-conflicts"]'))).toBe(
      'T5 starter 28 dager før T2 starter (må starte tidligst 1. mars 2026).',
    );
    const rows = Array.from(element.querySelectorAll('sb-data-table tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => text(cell)),
    );
    expect(rows.map((row) => row[0])).toEqual(['T2', 'T5']);
    expect(rows[1]).toContain('Bryter avhengighet');
    expect(rows[1]).toContain('◆ 1. april 2026: Oppstart');
    expect(text(element.querySelector('[role="img"]'))).toBe('');
    expect(element.querySelector('[role="img"]')?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(text(element.querySelector('figcaption'))).toContain('Gantt-diagram: 2 tiltak');
  });

  it('opens the editor from the table and refuses an end before the start before sending anything', async () => {
    const button = Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Planlegg T5');
    button?.click();
    await fixture.whenStable();
    const start = element.querySelector<HTMLInputElement>('#plan-start');
    const end = element.querySelector<HTMLInputElement>('#plan-end');
    expect(start?.value).toBe('2026-02-01');
    if (!start || !end) throw new Error('no date fields');
    end.value = '2026-01-01';
    end.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text(element.querySelector('sb-plan-editor'))).toContain(
      'Sluttdatoen kan ikke være før startdatoen.',
    );
    element.querySelector<HTMLFormElement>('sb-plan-editor form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    controller.expectNone('MoveMeasure');

    end.value = '2027-03-31';
    end.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('sb-plan-editor form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const move = controller.expectOne('MoveMeasure');
    expect(move.operation.variables).toEqual({
      input: {
        measureId: 'id-T5',
        expectedVersion: 3,
        startDate: '2026-02-01',
        endDate: '2027-03-31',
        resourcesFromOtherUnits: '',
      },
    });
    move.flush({
      data: {
        moveMeasure: {
          __typename: 'PlanMeasureMoved',
          measureId: 'id-T5',
          version: 4,
          startDate: '2026-02-01',
          endDate: '2027-03-31',
          resourcesFromOtherUnits: '',
        },
      },
    });
    await fixture.whenStable();
    // The plan is fetched again with the new dates.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    controller.expectOne('Plan').flush({ data: answer() });
    await fixture.whenStable();
    expect(text(element.querySelector('sb-plan-editor'))).toContain('Planen for T5 er lagret.');
  });
});

describe('the plan as a Gantt spec', () => {
  const labels = { tier: (t: string) => t, municipality: (n: string) => n, noMunicipality: 'Uten kommune' };

  it('groups by network with dependency arrows and the conflict outlined, coloured by mobilisation', () => {
    const spec = ganttSpecOf(
      answer().plan,
      { groupBy: 'network', colourBy: 'mobilisation', zoom: 'quarter', todayLabel: 'I dag', compare: false },
      labels,
    );
    expect(spec.groups.map((g) => g.label)).toEqual(['Teknisk nettverk']);
    const t5 = spec.groups[0]?.rows[1];
    expect(t5).toMatchObject({ id: '0|id-T5', colour: 'success', flagged: true, dependsOn: ['0|id-T2'] });
    expect(spec).toMatchObject({ from: '2025-10-01', to: '2029-01-01', scale: 'quarter' });
  });

  it('shows a measure under each participating municipality, and the whole plan by year', () => {
    const plan = answer().plan;
    const spec = ganttSpecOf(
      { ...plan, bars: [bar('T1', { participants: ['3303', '3334'] }), bar('T2', { participants: [] })] },
      { groupBy: 'municipality', colourBy: 'status', zoom: 'year', todayLabel: 'I dag', compare: false },
      labels,
    );
    expect(spec.groups.map((g) => [g.label, g.rows.map((r) => r.label)])).toEqual([
      ['3303', ['T1 Tiltak T1']],
      ['3334', ['T1 Tiltak T1']],
      ['Uten kommune', ['T2 Tiltak T2']],
    ]);
    expect(windowOf(plan, 'year')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
