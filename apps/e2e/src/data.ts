import { Api, GraphQLRequestError, MUNICIPALITY, REGION, uniqueMeasureCode } from './api';

/**
 * What the journeys create for themselves through the API, so that none of them changes the seeded demo data
 * another journey reads, and each passes alone, in any order and again. Each function is one small step a user
 * could take in the app; the journey itself then does in the browser what it is about.
 */

export interface CreatedMeasure {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  version: number;
}

export type MeasureStatus =
  'PROPOSED' | 'UNDER_ASSESSMENT' | 'DECIDED' | 'IN_PROGRESS' | 'COMPLETED' | 'REJECTED' | 'PAUSED';

export async function networkId(api: Api, name: string): Promise<string> {
  const data = await api.request<{ networks: { nodes: { id: string; name: string }[] } }>(
    `query E2eNetworks($region: String!) { networks(regionSlug: $region, first: 100) { nodes { id name } } }`,
    { region: REGION },
  );
  const network = data.networks.nodes.find((node) => node.name === name);
  if (!network) throw new Error(`No network named "${name}"`);
  return network.id;
}

/**
 * A new measure in a network, with a code of its own (another is drawn if the code is taken); technical and a
 * project unless told otherwise.
 */
export async function createMeasure(
  api: Api,
  fields: {
    title: string;
    network: string;
    description?: string;
    serviceArea?: 'TECHNICAL' | 'HEALTH_AND_CARE' | 'EDUCATION' | 'HR' | 'CROSS_SECTOR';
    tier?: 'NETWORK' | 'PROJECT' | 'SERVICE_PURCHASE' | 'STATUTORY';
    mobilisation?: 'GREEN' | 'YELLOW' | 'RED';
    startDate?: string;
    endDate?: string;
  },
): Promise<CreatedMeasure> {
  const { network, ...rest } = fields;
  const input = {
    regionSlug: REGION,
    networkId: await networkId(api, network),
    serviceArea: 'TECHNICAL',
    tier: 'PROJECT',
    ...rest,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await api.request<{ createMeasure: CreatedMeasure }>(
        `mutation E2eCreateMeasure($input: CreateMeasureInput!) {
           createMeasure(input: $input) { id code title version }
         }`,
        { input: { ...input, code: uniqueMeasureCode() } },
      );
      return { ...data.createMeasure };
    } catch (error) {
      if (!(error instanceof GraphQLRequestError) || error.code !== 'CONFLICT' || attempt >= 5) throw error;
    }
  }
}

/** Moves the measure along the allowed statuses, one step at a time. */
export async function moveMeasure(
  api: Api,
  measure: CreatedMeasure,
  ...path: MeasureStatus[]
): Promise<void> {
  for (const to of path) {
    const data = await api.request<{ transitionMeasure: { version: number } }>(
      `mutation E2eTransition($input: TransitionMeasureInput!) {
         transitionMeasure(input: $input) { id version }
       }`,
      { input: { id: measure.id, to, version: measure.version } },
    );
    measure.version = data.transitionMeasure.version;
  }
}

/** Sets the municipalities' participation in the measure: the secretariat or each municipality's director. */
export async function setParticipation(
  api: Api,
  measure: CreatedMeasure,
  states: Partial<Record<keyof typeof MUNICIPALITY, 'PARTICIPATING' | { optedOut: string }>>,
): Promise<void> {
  for (const [name, state] of Object.entries(states)) {
    await api.request(
      `mutation E2eParticipation($input: SetParticipationInput!) {
         setParticipation(input: $input) { state }
       }`,
      {
        input: {
          measureId: measure.id,
          municipalityNumber: MUNICIPALITY[name as keyof typeof MUNICIPALITY],
          ...(state === 'PARTICIPATING'
            ? { state: 'PARTICIPATING' }
            : { state: 'OPTED_OUT', reason: state?.optedOut }),
        },
      },
    );
  }
}

/** Every municipality of the region takes part. */
export function everyoneParticipates(): Record<keyof typeof MUNICIPALITY, 'PARTICIPATING'> {
  return Object.fromEntries(Object.keys(MUNICIPALITY).map((name) => [name, 'PARTICIPATING'])) as Record<
    keyof typeof MUNICIPALITY,
    'PARTICIPATING'
  >;
}

export interface CreatedDecision {
  readonly id: string;
  readonly caseReference: string;
  readonly title: string;
  readonly decidedOn: string;
}

/** Registers a KDU decision (secretariat). */
export async function createKduDecision(
  api: Api,
  fields: { caseReference: string; title: string; text: string; decidedOn: string; measureIds?: string[] },
): Promise<CreatedDecision> {
  const data = await api.request<{ createDecision: CreatedDecision }>(
    `mutation E2eDecision($input: CreateDecisionInput!) {
       createDecision(input: $input) { id caseReference title decidedOn }
     }`,
    { input: { regionSlug: REGION, body: 'KDU', measureIds: [], ...fields } },
  );
  return data.createDecision;
}

interface GoalFields {
  title: string;
  description: string;
  indicators: {
    name: string;
    unit: string;
    baselineYear: number;
    baselineValue: string;
    targetYear: number;
    targetValue: string;
    direction: 'INCREASE' | 'DECREASE' | 'MAINTAIN';
  }[];
}

/** A draft strategy for a network, with its goals and indicators (the network's leader or the secretariat). */
export async function createStrategy(
  api: Api,
  fields: { network: string; title: string; periodFrom: number; periodTo: number; goals: GoalFields[] },
): Promise<{ id: string; title: string }> {
  const { network, goals, ...period } = fields;
  const created = await api.request<{ createStrategy: { id: string; version: number } }>(
    `mutation E2eCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id version } }`,
    { input: { networkId: await networkId(api, network), ...period } },
  );
  const { id, version } = created.createStrategy;
  await api.request(
    `mutation E2eSaveStrategy($input: SaveStrategyInput!) { saveStrategy(input: $input) { id version } }`,
    { input: { id, version, ...period, goals } },
  );
  return { id, title: fields.title };
}

/**
 * A benefit planned per municipality and year in kroner (secretariat or the network's leader), with actual values
 * already recorded for some municipalities.
 */
export async function createBenefitWithPlan(
  api: Api,
  measure: CreatedMeasure,
  fields: {
    title: string;
    owner: string;
    change: string;
    plan: { year: number; municipality: keyof typeof MUNICIPALITY; planned: string }[];
    actuals: { year: number; municipality: keyof typeof MUNICIPALITY; value: string; comment: string }[];
  },
): Promise<{ id: string }> {
  const created = await api.request<{ createBenefit: { id: string; version: number } }>(
    `mutation E2eCreateBenefit($input: CreateBenefitInput!) { createBenefit(input: $input) { id version } }`,
    {
      input: {
        measureId: measure.id,
        title: fields.title,
        type: 'EFFICIENCY',
        unitKind: 'NOK',
        owner: fields.owner,
        change: fields.change,
      },
    },
  );
  const { id, version } = created.createBenefit;
  await api.request(
    `mutation E2eBenefitPlan($input: SetBenefitPlanInput!) { setBenefitPlan(input: $input) { id version } }`,
    {
      input: {
        benefitId: id,
        expectedVersion: version,
        values: fields.plan.map((value) => ({
          year: value.year,
          municipalityNumber: MUNICIPALITY[value.municipality],
          planned: value.planned,
        })),
      },
    },
  );
  for (const actual of fields.actuals) {
    await api.request(
      `mutation E2eRecordActual($input: RecordBenefitActualInput!) { recordBenefitActual(input: $input) { id } }`,
      {
        input: {
          benefitId: id,
          year: actual.year,
          municipalityNumber: MUNICIPALITY[actual.municipality],
          value: actual.value,
          comment: actual.comment,
        },
      },
    );
  }
  return { id };
}

/**
 * A complete service purchase (terms and the § 3-3 assessment), submitted for the parties' approval: each party's
 * director gets a notification and finds it in the approval inbox.
 */
export async function submitServicePurchase(
  api: Api,
  fields: {
    title: string;
    measure?: CreatedMeasure;
    seller: keyof typeof MUNICIPALITY;
    buyers: Partial<Record<keyof typeof MUNICIPALITY, string>>;
    startDate: string;
    endDate: string;
  },
): Promise<{ id: string; title: string }> {
  const volume = Object.values(fields.buyers).reduce((sum, part) => sum + Number(part), 0);
  const created = await api.request<{ createAgreement: { id: string; version: number } }>(
    `mutation E2eCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }`,
    {
      input: {
        regionSlug: REGION,
        legalForm: 'SERVICE_PURCHASE',
        title: fields.title,
        ...(fields.measure ? { measureId: fields.measure.id } : {}),
        terms: {
          parties: [
            { municipalityNumber: MUNICIPALITY[fields.seller], role: 'SELLER' },
            ...Object.entries(fields.buyers).map(([name, buyerVolume]) => ({
              municipalityNumber: MUNICIPALITY[name as keyof typeof MUNICIPALITY],
              role: 'BUYER',
              buyerVolume,
            })),
          ],
          serviceDescription: `${fields.seller} utfører oppgavene for kjøperne etter deres delegering.`,
          volumeAmount: String(volume),
          volumeUnit: 'HOURS',
          priceModel: 'HOURLY',
          price: '1000',
          priceAdjustment: 'Timeprisen justeres 1. januar hvert år med kommunal deflator.',
          startDate: fields.startDate,
          endDate: fields.endDate,
          noticeMonths: 6,
          dataProcessingAgreement: false,
          assessment: {
            commonPublicGoals: true,
            publicInterestOnly: true,
            marketShareUnder20: true,
            assessedBy: 'Siri Sekretær, sekretariatet for tjenesteutvikling',
            assessedOn: '2026-11-20',
            conclusion: 'Horisontalt offentlig samarbeid etter anskaffelsesforskriften § 3-3.',
          },
        },
      },
    },
  );
  const { id, version } = created.createAgreement;
  await api.request(
    `mutation E2eSubmitAgreement($input: AgreementStepInput!) { submitAgreement(input: $input) { id status } }`,
    { input: { id, expectedVersion: version } },
  );
  return { id, title: fields.title };
}

/** The years that have a required saving for the whole region. */
export async function regionRequirementYears(api: Api): Promise<number[]> {
  const data = await api.request<{
    regionEconomics: { requirements: { year: number; municipalityNumber: string | null }[] };
  }>(
    `query E2eRequirements($region: String!) {
       regionEconomics(regionSlug: $region) { requirements { year municipalityNumber } }
     }`,
    { region: REGION },
  );
  return data.regionEconomics.requirements
    .filter((requirement) => requirement.municipalityNumber === null)
    .map((requirement) => requirement.year);
}
