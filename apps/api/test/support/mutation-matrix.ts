/** The portfolio's mutations with every kind of caller, and the whole matrix (see authorization-matrix.spec.ts). */
import { ensureStrategy, measureRef, networkId } from './portfolio';
import { AGREEMENTS_MATRIX } from './agreements-matrix';
import { ECONOMICS_MATRIX } from './economics-matrix';
import { FOCUS_MATRIX } from './focus-matrix';
import { GOVERNANCE_MATRIX } from './governance-matrix';
import { NETWORK_ADMIN_MATRIX } from './network-admin-matrix';
import { INDICATORS_MATRIX } from './indicators-matrix';
import { NON_EDITORS, OperationCase, refusedFor } from './matrix';
import { PLAN_MATRIX } from './plan-matrix';
import { PREPAREDNESS_MATRIX } from './preparedness-matrix';
import { PUBLISHING_MATRIX } from './publishing-matrix';
import { REPORTING_MATRIX } from './reporting-matrix';
import { SELF_EVALUATION_MATRIX } from './self-evaluation-matrix';
import type { TestApp } from './test-app';

const updateVars = (code: string, changes: Record<string, unknown>) => async (api: TestApp) => {
  const measure = await measureRef(api.dataSource, code);
  return { input: { id: measure.id, version: measure.version, ...changes } };
};

const transitionVars = (code: string, to: string) => async (api: TestApp) => {
  const measure = await measureRef(api.dataSource, code);
  return { input: { id: measure.id, version: measure.version, to } };
};

const dependencyVars = (from: string, to: string) => async (api: TestApp) => ({
  input: {
    measureId: (await measureRef(api.dataSource, from)).id,
    dependsOnId: (await measureRef(api.dataSource, to)).id,
    kind: 'FINISH',
  },
});

const removeDependencyVars = (from: string, to: string) => async (api: TestApp) => ({
  measureId: (await measureRef(api.dataSource, from)).id,
  dependsOnId: (await measureRef(api.dataSource, to)).id,
});

const participationVars =
  (code: string, municipalityNumber: string, state: string, reason: string | null = null) =>
  async (api: TestApp) => ({
    input: { measureId: (await measureRef(api.dataSource, code)).id, municipalityNumber, state, reason },
  });

const createMeasureVars =
  (code: string, networkKey: string, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      regionSlug: 'kongsbergregionen',
      code,
      title: `Testtiltak ${code}`,
      networkId: await networkId(api.dataSource, networkKey),
      serviceArea: 'TECHNICAL',
      tier: 'PROJECT',
      ...extra,
    },
  });

const decisionVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      regionSlug: 'kongsbergregionen',
      body: 'KDU',
      decidedOn: '2026-10-01',
      caseReference: 'KDU 30/26',
      title: 'Byggesakssamarbeid utredes',
      text: 'KDU ber teknisk nettverk utrede felles byggesaksbehandling.',
      measureIds: [(await measureRef(api.dataSource, 'T7')).id],
      ...extra,
    },
  });

const strategyVars =
  (
    title: string,
    networkKey: string,
    status: 'DRAFT' | 'CONSULTATION' | 'ADOPTED',
    extra: Record<string, unknown> = {},
  ) =>
  async (api: TestApp) => {
    const strategy = await ensureStrategy(api.dataSource, title, networkKey, status);
    return { input: { id: strategy.id, version: strategy.version, ...extra } };
  };

const goal = (baselineValue = '12.5') => ({
  title: 'Raskere byggesaksbehandling',
  description: 'Kortere saksbehandlingstid i alle kommunene.',
  indicators: [
    {
      name: 'Median saksbehandlingstid',
      unit: 'dager',
      baselineYear: 2025,
      baselineValue,
      targetYear: 2029,
      targetValue: '21',
      direction: 'DECREASE',
    },
  ],
});

const saveVars = (title: string, networkKey: string, goals = [goal()], extra: object = {}) =>
  strategyVars(title, networkKey, 'DRAFT', { title, periodFrom: 2026, periodTo: 2029, goals, ...extra });

const actionPlanVars =
  (title: string, networkKey: string, year: number, codes: string[]) => async (api: TestApp) => {
    const strategy = await ensureStrategy(api.dataSource, title, networkKey);
    return {
      input: {
        strategyId: strategy.id,
        version: strategy.version,
        year,
        items: codes.map((measureCode, index) => ({ measureCode, priority: index + 1 })),
      },
    };
  };

/** A strategy whose action plan for `fromYear` (and, if given, the year after) is set afresh, to carry over. */
const carryOverVars =
  (title: string, networkKey: string, fromYear: number, codes: string[], nextYear: string[] = []) =>
  async (api: TestApp) => {
    const strategy = await ensureStrategy(api.dataSource, title, networkKey);
    await api.dataSource.query('DELETE FROM action_plan_item WHERE strategy_id = $1', [strategy.id]);
    for (const [year, list] of [
      [fromYear, codes],
      [fromYear + 1, nextYear],
    ] as const) {
      for (const [index, code] of list.entries()) {
        await api.dataSource.query(
          'INSERT INTO action_plan_item (strategy_id, year, measure_id, priority) VALUES ($1, $2, $3, $4)',
          [strategy.id, year, (await measureRef(api.dataSource, code)).id, index + 1],
        );
      }
    }
    const [row]: { version: number }[] = await api.dataSource.query(
      'SELECT version FROM strategy WHERE id = $1',
      [strategy.id],
    );
    return { input: { strategyId: strategy.id, version: row?.version ?? strategy.version, fromYear } };
  };

const createStrategyVars =
  (networkKey: string, periodFrom = 2026, periodTo = 2029) =>
  async (api: TestApp) => ({
    input: {
      networkId: await networkId(api.dataSource, networkKey),
      title: `Strategi ${networkKey}`,
      periodFrom,
      periodTo,
    },
  });

const goalsVars = (code: string) => async (api: TestApp) => {
  const measure = await measureRef(api.dataSource, code);
  const goals: { id: string }[] = await api.dataSource.query(
    "SELECT g.id FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id WHERE s.title = 'Strategi for teknisk nettverk 2026–2029'",
  );
  return {
    input: { measureId: measure.id, version: measure.version, goalIds: goals.map((goal) => goal.id) },
  };
};

const KDU_4_26 = async (api: TestApp): Promise<string> =>
  (
    await api.dataSource.query<{ id: string }[]>("SELECT id FROM decision WHERE case_reference = 'KDU 4/26'")
  )[0].id;

/** Every mutation of the API, each with its callers and the outcome expected for each. */
export const MATRIX: readonly OperationCase[] = [
  {
    operation: 'createMeasure',
    document: 'mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id code version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], createMeasureVars('X1', 'TEKNISK')),
      ...refusedFor(['leder.teknisk'], createMeasureVars('X1', 'HO'), 'leader of another network'),
      {
        as: 'sekretariat',
        why: 'a code that is not a code',
        expect: 'BAD_USER_INPUT',
        variables: createMeasureVars('x-1', 'TEKNISK'),
      },
      {
        as: 'sekretariat',
        why: 'statutory without legal form',
        expect: 'BAD_USER_INPUT',
        variables: createMeasureVars('X1', 'TEKNISK', { tier: 'STATUTORY' }),
      },
      {
        as: 'sekretariat',
        why: 'end before start',
        expect: 'BAD_USER_INPUT',
        variables: createMeasureVars('X1', 'TEKNISK', { startDate: '2027-01-01', endDate: '2026-01-01' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: createMeasureVars('X1', 'HO') },
      {
        as: 'leder.teknisk',
        why: 'the leader of the owning network',
        expect: 'OK',
        variables: createMeasureVars('X2', 'TEKNISK'),
      },
    ],
  },
  {
    operation: 'updateMeasure',
    document: 'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id version title } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], updateVars('T3', { title: 'Ny tittel' })),
      ...refusedFor(['leder.teknisk'], updateVars('F1', { title: 'Ny tittel' }), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'progress above 100',
        expect: 'BAD_USER_INPUT',
        variables: updateVars('T3', { progressPercent: 150 }),
      },
      {
        as: 'leder.teknisk',
        why: 'an unknown field',
        expect: 'BAD_USER_INPUT',
        variables: updateVars('T3', { status: 'COMPLETED' }),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: updateVars('T3', { progressPercent: 40 }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: updateVars('F1', { description: 'Oppdatert' }),
      },
    ],
  },
  {
    operation: 'transitionMeasure',
    document:
      'mutation($input: TransitionMeasureInput!) { transitionMeasure(input: $input) { id status version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], transitionVars('T6', 'UNDER_ASSESSMENT')),
      ...refusedFor(['leder.teknisk'], transitionVars('F6', 'UNDER_ASSESSMENT'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'an illegal jump',
        expect: 'BAD_USER_INPUT',
        variables: transitionVars('T6', 'COMPLETED'),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: transitionVars('T6', 'UNDER_ASSESSMENT'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: transitionVars('T6', 'DECIDED') },
    ],
  },
  {
    operation: 'addMeasureDependency',
    document: 'mutation($input: DependencyInput!) { addMeasureDependency(input: $input) { id } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], dependencyVars('T4', 'T3')),
      ...refusedFor(['leder.teknisk'], dependencyVars('F2', 'F1'), 'leader of another network'),
      { as: 'sekretariat', why: 'a cycle', expect: 'BAD_USER_INPUT', variables: dependencyVars('T2', 'T7') },
      {
        as: 'sekretariat',
        why: 'a self-dependency',
        expect: 'BAD_USER_INPUT',
        variables: dependencyVars('T4', 'T4'),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: dependencyVars('T4', 'T3'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: dependencyVars('F2', 'F1') },
    ],
  },
  {
    operation: 'removeMeasureDependency',
    document:
      'mutation($measureId: ID!, $dependsOnId: ID!) { removeMeasureDependency(measureId: $measureId, dependsOnId: $dependsOnId) { id } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], removeDependencyVars('T5', 'T2')),
      ...refusedFor(['leder.teknisk'], removeDependencyVars('F5', 'F3'), 'leader of another network'),
      {
        as: 'sekretariat',
        why: 'a dependency that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: removeDependencyVars('T1', 'T2'),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: removeDependencyVars('T5', 'T2'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: removeDependencyVars('F5', 'F3'),
      },
    ],
  },
  {
    operation: 'setParticipation',
    document:
      'mutation($input: SetParticipationInput!) { setParticipation(input: $input) { municipalityNumber state reason } }',
    attempts: [
      ...refusedFor(
        [null, 'leder.teknisk', 'medlem.tinn', 'politiker'],
        participationVars('T4', '3334', 'PARTICIPATING'),
      ),
      ...refusedFor(
        ['direktor.kongsberg'],
        participationVars('T4', '3334', 'PARTICIPATING'),
        'director of another municipality',
      ),
      {
        as: 'direktor.flesberg',
        why: 'opting out without a reason',
        expect: 'BAD_USER_INPUT',
        variables: participationVars('T4', '3334', 'OPTED_OUT', '  '),
      },
      {
        as: 'sekretariat',
        why: 'a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: participationVars('T4', '3320', 'PARTICIPATING'),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of the municipality',
        expect: 'OK',
        variables: participationVars('T4', '3334', 'OPTED_OUT', 'Ikke aktuelt nå.'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: participationVars('T4', '3336', 'PARTICIPATING'),
      },
    ],
  },
  {
    operation: 'createDecision',
    document: 'mutation($input: CreateDecisionInput!) { createDecision(input: $input) { id caseReference } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], decisionVars()),
      { as: 'sekretariat', why: 'no text', expect: 'BAD_USER_INPUT', variables: decisionVars({ text: '' }) },
      {
        as: 'sekretariat',
        why: 'a council decision without the municipality',
        expect: 'BAD_USER_INPUT',
        variables: decisionVars({ body: 'MUNICIPAL_COUNCIL' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: decisionVars() },
    ],
  },
  {
    operation: 'createStrategy',
    document: 'mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id status } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], createStrategyVars('TEKNISK')),
      ...refusedFor(['leder.teknisk'], createStrategyVars('HO'), 'leader of another network'),
      {
        as: 'sekretariat',
        why: 'a period that ends before it begins',
        expect: 'BAD_USER_INPUT',
        variables: createStrategyVars('HO', 2029, 2026),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: createStrategyVars('TEKNISK'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: createStrategyVars('HO') },
    ],
  },
  {
    operation: 'saveStrategy',
    document: 'mutation($input: SaveStrategyInput!) { saveStrategy(input: $input) { id version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], saveVars('Matrise A', 'TEKNISK')),
      ...refusedFor(['leder.teknisk'], saveVars('Matrise HO', 'HO'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a decimal with a comma',
        expect: 'BAD_USER_INPUT',
        variables: saveVars('Matrise A', 'TEKNISK', [goal('12,5')]),
      },
      {
        as: 'leder.teknisk',
        why: 'a consultation end written the Norwegian way',
        expect: 'BAD_USER_INPUT',
        variables: saveVars('Matrise A', 'TEKNISK', [goal()], { consultationEndsOn: '01.03.2027' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a consultation end on a day that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: saveVars('Matrise A', 'TEKNISK', [goal()], { consultationEndsOn: '2027-02-29' }),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: saveVars('Matrise A', 'TEKNISK'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: saveVars('Matrise HO', 'HO') },
    ],
  },
  {
    operation: 'setActionPlan',
    document: 'mutation($input: SetActionPlanInput!) { setActionPlan(input: $input) { id version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], actionPlanVars('Matrise A', 'TEKNISK', 2026, ['T5', 'T7'])),
      ...refusedFor(
        ['leder.teknisk'],
        actionPlanVars('Matrise HO', 'HO', 2026, ['HO1']),
        'leader of another network',
      ),
      {
        as: 'leder.teknisk',
        why: 'a year outside the period',
        expect: 'BAD_USER_INPUT',
        variables: actionPlanVars('Matrise A', 'TEKNISK', 2031, ['T5']),
      },
      {
        as: 'leder.teknisk',
        why: 'an unknown measure code',
        expect: 'BAD_USER_INPUT',
        variables: actionPlanVars('Matrise A', 'TEKNISK', 2026, ['T99']),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: actionPlanVars('Matrise A', 'TEKNISK', 2026, ['T5', 'T7', 'T2']),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: actionPlanVars('Matrise HO', 'HO', 2027, ['HO2']),
      },
    ],
  },
  {
    operation: 'carryOverActionPlan',
    document:
      'mutation($input: CarryOverActionPlanInput!) { carryOverActionPlan(input: $input) { id version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], carryOverVars('Matrise overføring', 'TEKNISK', 2026, ['T5'])),
      ...refusedFor(
        ['leder.teknisk'],
        carryOverVars('Matrise overføring HO', 'HO', 2026, ['HO2']),
        'leader of another network',
      ),
      {
        as: 'leder.teknisk',
        why: 'the last year of the period',
        expect: 'BAD_USER_INPUT',
        variables: carryOverVars('Matrise overføring', 'TEKNISK', 2029, ['T5']),
      },
      {
        as: 'leder.teknisk',
        why: 'a next year already planned',
        expect: 'BAD_USER_INPUT',
        variables: carryOverVars('Matrise overføring', 'TEKNISK', 2026, ['T5'], ['T7']),
      },
      {
        as: 'leder.teknisk',
        why: 'a year with nothing to carry over',
        expect: 'BAD_USER_INPUT',
        variables: carryOverVars('Matrise overføring', 'TEKNISK', 2026, []),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: carryOverVars('Matrise overføring', 'TEKNISK', 2026, ['T5', 'T7']),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: carryOverVars('Matrise overføring HO', 'HO', 2026, ['HO2']),
      },
    ],
  },
  {
    operation: 'submitStrategy',
    document: 'mutation($input: StrategyStepInput!) { submitStrategy(input: $input) { status } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], strategyVars('Matrise B', 'TEKNISK', 'DRAFT')),
      ...refusedFor(
        ['leder.teknisk'],
        strategyVars('Matrise HO B', 'HO', 'DRAFT'),
        'leader of another network',
      ),
      {
        as: 'leder.teknisk',
        why: 'a strategy already on consultation',
        expect: 'BAD_USER_INPUT',
        variables: strategyVars('Matrise C', 'TEKNISK', 'CONSULTATION'),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: strategyVars('Matrise B', 'TEKNISK', 'DRAFT'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: strategyVars('Matrise HO B', 'HO', 'DRAFT'),
      },
    ],
  },
  {
    operation: 'adoptStrategy',
    document:
      'mutation($input: StrategyStepInput!) { adoptStrategy(input: $input) { status adoptedBy { caseReference } } }',
    attempts: [
      ...refusedFor(
        [null, 'leder.teknisk', ...NON_EDITORS],
        strategyVars('Matrise D', 'TEKNISK', 'CONSULTATION'),
      ),
      {
        as: 'sekretariat',
        why: 'no decision',
        expect: 'BAD_USER_INPUT',
        variables: strategyVars('Matrise D', 'TEKNISK', 'CONSULTATION'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat with the KDU decision',
        expect: 'OK',
        variables: async (api) => {
          const { input } = await strategyVars('Matrise D', 'TEKNISK', 'CONSULTATION')(api);
          return { input: { ...(input as object), decisionId: await KDU_4_26(api) } };
        },
      },
    ],
  },
  {
    operation: 'archiveStrategy',
    document: 'mutation($input: StrategyStepInput!) { archiveStrategy(input: $input) { status } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], strategyVars('Matrise E', 'TEKNISK', 'ADOPTED')),
      {
        as: 'sekretariat',
        why: 'a draft',
        expect: 'BAD_USER_INPUT',
        variables: strategyVars('Matrise F', 'TEKNISK', 'DRAFT'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: strategyVars('Matrise E', 'TEKNISK', 'ADOPTED'),
      },
    ],
  },
  {
    operation: 'startSsbImport',
    document: 'mutation($regionSlug: String!) { startSsbImport(regionSlug: $regionSlug) { id status } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], async () => ({ regionSlug: 'hallingdal' })),
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: async () => ({ regionSlug: 'finnes-ikke' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: async () => ({ regionSlug: 'hallingdal' }),
      },
    ],
  },
  {
    operation: 'setMeasureGoals',
    document:
      'mutation($input: SetMeasureGoalsInput!) { setMeasureGoals(input: $input) { id version goals { title } } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], goalsVars('T6')),
      ...refusedFor(['leder.teknisk'], goalsVars('F9'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a goal that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: async (api) => {
          const { input } = await goalsVars('T6')(api);
          return { input: { ...(input as object), goalIds: ['00000000-0000-4000-8000-000000000000'] } };
        },
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: goalsVars('T6') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: goalsVars('F9') },
    ],
  },
  ...ECONOMICS_MATRIX,
  ...AGREEMENTS_MATRIX,
  ...PREPAREDNESS_MATRIX,
  ...REPORTING_MATRIX,
  ...INDICATORS_MATRIX,
  ...FOCUS_MATRIX,
  ...GOVERNANCE_MATRIX,
  ...NETWORK_ADMIN_MATRIX,
  ...SELF_EVALUATION_MATRIX,
  ...PLAN_MATRIX,
  ...PUBLISHING_MATRIX,
];
