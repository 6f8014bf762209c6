/**
 * Test data and providers for the portfolio's specs: Kongsbergregionen's municipalities, measures as the API
 * returns them (with `__typename`, so the Apollo cache normalises them as in the app), and a signed-in user.
 */
import type { ApiResult, MeasureDetailQuery, PortfolioMunicipalitiesQuery } from '@samarbeid/web/graphql';
import {
  municipalityConnection,
  REGION_MUNICIPALITIES,
  T2_ID,
  T7_ID,
  TEKNISK_NETWORK_ID,
} from '@samarbeid/web/testing';

import type { MeasureDetail } from '../lib/measure-detail/measure-detail-context';

export const MUNICIPALITIES = REGION_MUNICIPALITIES;

export const MUNICIPALITY_NAMES: ReadonlyMap<string, string> = new Map(MUNICIPALITIES);

export function municipalitiesResult(): PortfolioMunicipalitiesQuery {
  return {
    region: {
      __typename: 'Region',
      id: 'region-1',
      slug: 'kongsbergregionen',
      name: 'Kongsbergregionen',
      municipalities: municipalityConnection(),
    },
  } as PortfolioMunicipalitiesQuery;
}

export { T2_ID, T7_ID, TEKNISK_NETWORK_ID };

export type ParticipationEntry = MeasureDetail['participation'][number];

export function participation(
  overrides: Readonly<Record<string, Partial<ParticipationEntry>>> = {},
  measureId = T7_ID,
): ApiResult<ParticipationEntry>[] {
  return MUNICIPALITIES.map(([number]): ApiResult<ParticipationEntry> => ({
    __typename: 'Participation',
    measureId,
    municipalityNumber: number,
    state: 'PARTICIPATING',
    reason: null,
    updatedAt: '2026-01-15T10:00:00.000Z',
    ...overrides[number],
  }));
}

/**
 * T7 "Byggesakstjenester" in Teknisk nettverk, under assessment, version 3; read only for the viewer
 * (`viewerCanEdit: false`) unless overridden.
 */
export function measureDetail(overrides: Partial<MeasureDetail> = {}): MeasureDetail {
  return {
    __typename: 'Measure',
    id: T7_ID,
    code: 'T7',
    title: 'Byggesakstjenester',
    description: 'Standardisering og tjenestekjøp for avlastning.',
    serviceArea: 'TECHNICAL',
    tier: 'SERVICE_PURCHASE',
    legalForm: null,
    status: 'UNDER_ASSESSMENT',
    mobilisation: 'YELLOW',
    politicalAnchoring: 'NOT_NEEDED',
    startDate: null,
    endDate: null,
    progress: null,
    progressPercent: null,
    version: 3,
    viewerCanEdit: false,
    network: { __typename: 'Network', id: TEKNISK_NETWORK_ID, name: 'Teknisk nettverk', members: [] },
    ...governance(),
    parent: null,
    subMeasures: [],
    participation: participation({
      '3303': { state: 'OPTED_OUT', reason: 'Kongsberg har egen byggesaksavdeling med nok kapasitet.' },
    }),
    dependencies: [
      {
        __typename: 'MeasureDependency',
        kind: 'FINISH',
        dependsOn: {
          __typename: 'Measure',
          id: T2_ID,
          code: 'T2',
          title: 'Tjenestekjøp som strategisk og operativt grep',
          status: 'DECIDED',
        },
      },
    ],
    dependents: [],
    decisions: [],
    history: [
      {
        __typename: 'AuditEvent',
        id: 'event-1',
        occurredAt: '2026-01-15T10:00:00.000Z',
        actorName: 'Demodata',
        action: 'CREATE',
        entityType: 'measure',
        summary: 'T7 Byggesakstjenester: opprettet',
        before: null,
        after: '{"status":"UNDER_ASSESSMENT","title":"Byggesakstjenester"}',
      },
    ],
    ...overrides,
  } as MeasureDetail;
}

/** The readiness gates and steering document: every gate met (T7 in the demo), nothing overridden. */
export function governance(
  overrides: Partial<MeasureDetail['readiness']> = {},
): Pick<MeasureDetail, 'readiness' | 'steering' | 'cooperatingNetworks' | 'gateOverrides'> {
  const gate = (name: MeasureDetail['readiness']['gates'][number]['gate'], required: boolean) => ({
    gate: name,
    required,
    applies: true,
    problems: [],
  });
  return {
    readiness: {
      ready: true,
      blocking: [],
      gates: [
        { ...gate('ANCHORING', true), applies: false },
        gate('ECONOMICS', false),
        gate('CHECKLIST', false),
        gate('UNION_CONSULTATION', true),
      ],
      checklist: [],
      ...overrides,
    },
    steering: {
      anchoringDecidedOn: null,
      anchoringBody: null,
      anchoringCaseReference: null,
      noEconomicEffectReason: null,
      unionConsultationNeeded: true,
      unionConsultationDate: '2026-09-15',
      unionConsultationOutcome: 'Tillitsvalgte støtter tjenestekjøpet.',
      currentSituation: 'Byggesakene hoper seg opp.',
      causes: 'Få saksbehandlere.',
      desiredSituation: 'Tjenestekjøp og felles maler.',
      mandate: 'Teknisk nettverk etablerer tjenestekjøp.',
      responsibleMemberId: null,
      responsibleName: null,
      implementationGroup: '',
      timeAndResourceFrame: '',
      preconditions: '',
      reportingRequirements: '',
      politicalDecisionNeeded: false,
      politicalDecisionCase: null,
      cooperatingNetworkIds: [],
    },
    cooperatingNetworks: [],
    gateOverrides: [],
  };
}

export function measureDetailResult(overrides: Partial<MeasureDetail> = {}): MeasureDetailQuery {
  return { measure: measureDetail(overrides) };
}

export { DEMO_USERS as USERS, provideUser } from '@samarbeid/web/testing';
