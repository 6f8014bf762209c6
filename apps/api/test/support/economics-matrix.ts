/** The economics operations' rows of the authorization matrix. */
import { benefitPlanBase64, IMPORT_BENEFIT_PLAN, kronerBenefit } from './benefit-plan';
import { NON_EDITORS, OperationCase, refusedFor } from './matrix';
import { measureRef } from './portfolio';
import type { TestApp } from './test-app';

const REGION = 'kongsbergregionen';
const ALL_SEVEN = ['3303', '3334', '3336', '3338', '4005', '4024', '4026'];

const costVars =
  (
    code: string,
    costs: Record<string, unknown>[] = [{ year: 2027, kind: 'RUNNING', amount: '1250000.50' }],
  ) =>
  async (api: TestApp) => ({ input: { measureId: (await measureRef(api.dataSource, code)).id, costs } });

/** The default cost line with the income and actual costs per year given. */
const withYears = (code: string, years: Record<string, unknown>[]) => async (api: TestApp) => {
  const { input } = await costVars(code)(api);
  return { input: { ...input, years } };
};

const keyVars = (code: string, key: Record<string, unknown>) => async (api: TestApp) => ({
  input: { measureId: (await measureRef(api.dataSource, code)).id, key },
});

const benefitFields = { title: 'Færre reiser', type: 'EFFICIENCY', unitKind: 'NOK', owner: 'Økonomisjef' };

const createBenefitVars =
  (code: string, fields: Record<string, unknown> = benefitFields) =>
  async (api: TestApp) => ({ input: { measureId: (await measureRef(api.dataSource, code)).id, ...fields } });

/** A benefit by the start of its title: its id and current version. */
async function benefitRef(api: TestApp, titleStart: string): Promise<{ id: string; version: number }> {
  const [row]: { id: string; version: number }[] = await api.dataSource.query(
    'SELECT id, version FROM benefit WHERE title LIKE $1 ORDER BY created_at LIMIT 1',
    [`${titleStart}%`],
  );
  if (!row) throw new Error(`no benefit ${titleStart}`);
  return row;
}

const updateBenefitVars =
  (titleStart: string, fields: Record<string, unknown> = { ...benefitFields, title: 'Nytt navn' }) =>
  async (api: TestApp) => {
    const benefit = await benefitRef(api, titleStart);
    return { input: { id: benefit.id, expectedVersion: benefit.version, ...fields } };
  };

const planVars = (titleStart: string, values: Record<string, unknown>[]) => async (api: TestApp) => {
  const benefit = await benefitRef(api, titleStart);
  return { input: { benefitId: benefit.id, expectedVersion: benefit.version, values } };
};

const actualVars =
  (titleStart: string, municipalityNumber: string, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      benefitId: (await benefitRef(api, titleStart)).id,
      year: 2026,
      municipalityNumber,
      value: '12500',
      comment: 'Målt i regnskapet',
      ...extra,
    },
  });

const thresholdVars = (green: string, yellow: string) => async () => ({
  input: { regionSlug: REGION, greenFromPercent: green, yellowFromPercent: yellow },
});

const requirementVars =
  (values: Record<string, unknown>[], municipalityNumber: string | null = null) =>
  async () => ({ input: { regionSlug: REGION, municipalityNumber, values } });

const importVars =
  (code: string, year = 2027, planned: string | number = 50000, fileBase64?: string) =>
  async (api: TestApp) => ({
    input: {
      measureId: (await measureRef(api.dataSource, code)).id,
      fileBase64:
        fileBase64 ??
        (await benefitPlanBase64([
          { ...kronerBenefit('Importert gevinst', 'Økonomisjef'), År: year, 'Planlagt verdi': planned },
        ])),
    },
  });

const T5_BENEFIT = 'Mindre bruk';
const T5_FTE_BENEFIT = 'Frigjort tid';

export const ECONOMICS_MATRIX: readonly OperationCase[] = [
  {
    operation: 'setMeasureCosts',
    document:
      'mutation($input: SetMeasureCostsInput!) { setMeasureCosts(input: $input) { version costs { year } } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], costVars('T5')),
      ...refusedFor(['leder.teknisk'], costVars('O2'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a negative amount',
        expect: 'BAD_USER_INPUT',
        variables: costVars('T5', [{ year: 2027, kind: 'RUNNING', amount: '-5' }]),
      },
      {
        as: 'leder.teknisk',
        why: "a year outside the measure's period",
        expect: 'BAD_USER_INPUT',
        variables: costVars('T5', [{ year: 2035, kind: 'RUNNING', amount: '5' }]),
      },
      {
        as: 'sekretariat',
        why: 'the same year and kind twice',
        expect: 'BAD_USER_INPUT',
        variables: costVars('T5', [
          { year: 2027, kind: 'RUNNING', amount: '5' },
          { year: 2027, kind: 'RUNNING', amount: '6' },
        ]),
      },
      {
        as: 'sekretariat',
        why: 'a measure without a period',
        expect: 'BAD_USER_INPUT',
        variables: costVars('HR2'),
      },
      {
        as: 'sekretariat',
        why: "a year's income and actual cost twice",
        expect: 'BAD_USER_INPUT',
        variables: withYears('T5', [
          { year: 2027, income: '5' },
          { year: 2027, actual: '6' },
        ]),
      },
      {
        as: 'sekretariat',
        why: 'a negative actual cost',
        expect: 'BAD_USER_INPUT',
        variables: withYears('T5', [{ year: 2027, actual: '-6' }]),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: costVars('T5') },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader, with income and actual costs',
        expect: 'OK',
        variables: withYears('T5', [
          { year: 2027, income: '400000', incomeSource: 'Skjønnsmidler', actual: '1300000' },
        ]),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: costVars('O2') },
    ],
  },
  {
    operation: 'setCostKey',
    document: 'mutation($input: SetCostKeyInput!) { setCostKey(input: $input) { version key { kind } } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], keyVars('T5', { kind: 'EQUAL' })),
      ...refusedFor(['leder.teknisk'], keyVars('O2', { kind: 'EQUAL' }), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'percentages that do not sum to 100',
        expect: 'BAD_USER_INPUT',
        variables: keyVars('T5', {
          kind: 'MANUAL',
          entries: ALL_SEVEN.map((municipalityNumber) => ({ municipalityNumber, percent: '10' })),
        }),
      },
      {
        as: 'leder.teknisk',
        why: 'usage all zero',
        expect: 'BAD_USER_INPUT',
        variables: keyVars('T5', {
          kind: 'USAGE',
          entries: ALL_SEVEN.map((municipalityNumber) => ({ municipalityNumber, units: '0' })),
        }),
      },
      {
        as: 'leder.teknisk',
        why: 'a municipality that does not take part (Kongsberg opted out of T7)',
        expect: 'BAD_USER_INPUT',
        variables: keyVars('T7', { kind: 'USAGE', entries: [{ municipalityNumber: '3303', units: '10' }] }),
      },
      {
        as: 'sekretariat',
        why: 'a municipality not in the region',
        expect: 'BAD_USER_INPUT',
        variables: keyVars('T5', { kind: 'POPULATION', entries: [{ municipalityNumber: '9999' }] }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown key kind',
        expect: 'BAD_USER_INPUT',
        variables: keyVars('T5', { kind: 'BY_HEIGHT' }),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: keyVars('T5', {
          kind: 'POPULATION',
          populationYear: 2025,
          entries: [
            { municipalityNumber: '3303', populationOverride: 28500, adjustmentNote: 'uten asylmottak' },
          ],
        }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: keyVars('O2', { kind: 'EQUAL' }),
      },
    ],
  },
  {
    operation: 'createBenefit',
    document: 'mutation($input: CreateBenefitInput!) { createBenefit(input: $input) { id version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], createBenefitVars('T5')),
      ...refusedFor(['leder.teknisk'], createBenefitVars('O2'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'an FTE benefit without the cost per FTE',
        expect: 'BAD_USER_INPUT',
        variables: createBenefitVars('T5', { ...benefitFields, unitKind: 'FTE' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a qualitative benefit without a unit',
        expect: 'BAD_USER_INPUT',
        variables: createBenefitVars('T5', {
          ...benefitFields,
          unitKind: 'QUALITATIVE',
          indicator: 'Tilfredshet',
        }),
      },
      {
        as: 'sekretariat',
        why: 'a goal outside the region',
        expect: 'BAD_USER_INPUT',
        variables: createBenefitVars('T5', {
          ...benefitFields,
          goalId: '00000000-0000-4000-8000-000000000000',
        }),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: createBenefitVars('T5'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: createBenefitVars('O2', { ...benefitFields, title: 'Slettes i testen' }),
      },
    ],
  },
  {
    operation: 'updateBenefit',
    document: 'mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { id version title } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], updateBenefitVars(T5_FTE_BENEFIT)),
      ...refusedFor(['leder.teknisk'], updateBenefitVars('Helse og velferd'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'an empty owner',
        expect: 'BAD_USER_INPUT',
        variables: updateBenefitVars(T5_FTE_BENEFIT, { ...benefitFields, owner: '' }),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: updateBenefitVars(T5_FTE_BENEFIT, {
          ...benefitFields,
          title: `${T5_FTE_BENEFIT} i eiendomsskattekontorene`,
          unitKind: 'FTE',
          fteCostNok: '800000',
        }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: updateBenefitVars('Helse og velferd', {
          ...benefitFields,
          title: 'Helse og velferd (ref.)',
        }),
      },
    ],
  },
  {
    operation: 'setBenefitPlan',
    document: 'mutation($input: SetBenefitPlanInput!) { setBenefitPlan(input: $input) { id version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], planVars(T5_FTE_BENEFIT, [{ year: 2027, planned: '1' }])),
      ...refusedFor(
        ['leder.teknisk'],
        planVars('Oppvekst', [{ year: 2026, planned: '1' }]),
        'leader of another network',
      ),
      {
        as: 'leder.teknisk',
        why: "a year outside the measure's period",
        expect: 'BAD_USER_INPUT',
        variables: planVars(T5_FTE_BENEFIT, [{ year: 2031, planned: '1' }]),
      },
      {
        as: 'leder.teknisk',
        why: 'a municipality that does not take part (Kongsberg opted out of T7)',
        expect: 'BAD_USER_INPUT',
        variables: planVars('Kortere saksbehandlingstid', [
          { year: 2026, municipalityNumber: '3303', planned: '90' },
        ]),
      },
      {
        as: 'leder.teknisk',
        why: 'region-wide and per-municipality values mixed',
        expect: 'BAD_USER_INPUT',
        variables: planVars(T5_FTE_BENEFIT, [
          { year: 2027, planned: '1' },
          { year: 2028, municipalityNumber: '3334', planned: '1' },
        ]),
      },
      {
        as: 'leder.teknisk',
        why: 'a negative planned value',
        expect: 'BAD_USER_INPUT',
        variables: planVars(T5_FTE_BENEFIT, [{ year: 2027, planned: '-1' }]),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: planVars(T5_FTE_BENEFIT, [
          { year: 2027, planned: '0.75' },
          { year: 2028, planned: '1.5' },
        ]),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: planVars('Oppvekst', [{ year: 2025, planned: '2150000' }]),
      },
    ],
  },
  {
    operation: 'recordBenefitActual',
    document:
      'mutation($input: RecordBenefitActualInput!) { recordBenefitActual(input: $input) { id actuals { id } } }',
    attempts: [
      ...refusedFor([null, 'politiker'], actualVars(T5_BENEFIT, '3334')),
      ...refusedFor(
        ['direktor.kongsberg'],
        actualVars(T5_BENEFIT, '3334'),
        'director of another municipality',
      ),
      ...refusedFor(['medlem.tinn'], actualVars(T5_BENEFIT, '4026'), 'member of another network'),
      ...refusedFor(
        ['leder.teknisk'],
        actualVars(T5_BENEFIT, '3334'),
        'network member for another municipality',
      ),
      {
        as: 'direktor.flesberg',
        why: 'a negative value',
        expect: 'BAD_USER_INPUT',
        variables: actualVars(T5_BENEFIT, '3334', { value: '-100' }),
      },
      {
        as: 'direktor.flesberg',
        why: "a year outside the measure's period",
        expect: 'BAD_USER_INPUT',
        variables: actualVars(T5_BENEFIT, '3334', { year: 2024 }),
      },
      {
        as: 'sekretariat',
        why: 'a municipality that does not take part (Kongsberg opted out of T7)',
        expect: 'BAD_USER_INPUT',
        variables: actualVars('Kortere saksbehandlingstid', '3303', { value: '80' }),
      },
      {
        as: 'sekretariat',
        why: 'a municipality not in the region',
        expect: 'BAD_USER_INPUT',
        variables: actualVars(T5_BENEFIT, '9999'),
      },
      {
        as: 'direktor.flesberg',
        why: "the municipality's director",
        expect: 'OK',
        variables: actualVars(T5_BENEFIT, '3334'),
      },
      {
        as: 'leder.teknisk',
        why: "the municipality's member of the owning network",
        expect: 'OK',
        variables: actualVars(T5_BENEFIT, '4005'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: actualVars(T5_BENEFIT, '4024') },
    ],
  },
  {
    operation: 'deleteBenefit',
    document: 'mutation($id: ID!) { deleteBenefit(id: $id) }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], async (api) => ({
        id: (await benefitRef(api, 'Færre reiser')).id,
      })),
      {
        as: 'leder.teknisk',
        why: 'a benefit with recorded actual values',
        expect: 'BAD_USER_INPUT',
        variables: async (api) => ({ id: (await benefitRef(api, T5_BENEFIT)).id }),
      },
      {
        as: 'leder.teknisk',
        why: 'the owning network leader',
        expect: 'OK',
        variables: async (api) => ({ id: (await benefitRef(api, 'Færre reiser')).id }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: async (api) => ({ id: (await benefitRef(api, 'Slettes i testen')).id }),
      },
    ],
  },
  {
    operation: 'setBenefitThresholds',
    document:
      'mutation($input: SetBenefitThresholdsInput!) { setBenefitThresholds(input: $input) { thresholds { greenFromPercent } } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], thresholdVars('85', '60')),
      {
        as: 'sekretariat',
        why: 'yellow above green',
        expect: 'BAD_USER_INPUT',
        variables: thresholdVars('60', '85'),
      },
      {
        as: 'sekretariat',
        why: 'a threshold above 100',
        expect: 'BAD_USER_INPUT',
        variables: thresholdVars('120', '60'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: thresholdVars('85', '60') },
    ],
  },
  {
    operation: 'setSavingsRequirements',
    document:
      'mutation($input: SetSavingsRequirementsInput!) { setSavingsRequirements(input: $input) { years { year required } } }',
    attempts: [
      ...refusedFor(
        [null, 'leder.teknisk', ...NON_EDITORS],
        requirementVars([{ year: 2026, amount: '1000000' }]),
      ),
      {
        as: 'sekretariat',
        why: 'a negative amount',
        expect: 'BAD_USER_INPUT',
        variables: requirementVars([{ year: 2026, amount: '-1000000' }]),
      },
      {
        as: 'sekretariat',
        why: 'the same year twice',
        expect: 'BAD_USER_INPUT',
        variables: requirementVars([
          { year: 2026, amount: '1' },
          { year: 2026, amount: '2' },
        ]),
      },
      {
        as: 'sekretariat',
        why: 'a municipality not in the region',
        expect: 'BAD_USER_INPUT',
        variables: requirementVars([{ year: 2026, amount: '1' }], '9999'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, for the region',
        expect: 'OK',
        variables: requirementVars([{ year: 2026, amount: '3000000' }]),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, for one municipality',
        expect: 'OK',
        variables: requirementVars([{ year: 2027, amount: '250000.50' }], '3334'),
      },
    ],
  },
  {
    operation: 'importBenefitPlan',
    document: IMPORT_BENEFIT_PLAN,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], importVars('T5')),
      ...refusedFor(['leder.teknisk'], importVars('O2'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a file that is not an Excel file',
        expect: 'BAD_USER_INPUT',
        variables: importVars('T5', 2027, 1, Buffer.from('Gevinst;År;Planlagt verdi').toString('base64')),
      },
      {
        as: 'leder.teknisk',
        why: "a row outside the measure's period",
        expect: 'BAD_USER_INPUT',
        variables: importVars('T5', 2040),
      },
      {
        as: 'leder.teknisk',
        why: 'a negative planned value',
        expect: 'BAD_USER_INPUT',
        variables: importVars('T5', 2027, -100),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: importVars('T5') },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: importVars('O2', 2028, '12 000,50'),
      },
    ],
  },
];
