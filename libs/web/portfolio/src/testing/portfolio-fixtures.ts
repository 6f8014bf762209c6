/**
 * Test data and providers for the portfolio's specs: Kongsbergregionen's municipalities, measures as the API
 * returns them (with `__typename`, so the Apollo cache normalises them as in the app), and a signed-in user.
 */
import { type Provider, signal } from '@angular/core';
import type { Role } from '@samarbeid/shared/domain';
import { AuthService, type SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, MeasureDetailQuery, PortfolioMunicipalitiesQuery } from '@samarbeid/web/graphql';

import type { MeasureDetail } from '../lib/measure-detail/measure-detail-context';

export const MUNICIPALITIES: readonly (readonly [number: string, name: string])[] = [
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
  ['3338', 'Nore og Uvdal'],
  ['4005', 'Notodden'],
  ['4024', 'Hjartdal'],
  ['4026', 'Tinn'],
];

export const MUNICIPALITY_NAMES: ReadonlyMap<string, string> = new Map(MUNICIPALITIES);

export function municipalitiesResult(): PortfolioMunicipalitiesQuery {
  return {
    region: {
      __typename: 'Region',
      id: 'region-1',
      slug: 'kongsbergregionen',
      name: 'Kongsbergregionen',
      municipalities: {
        __typename: 'MunicipalityConnection',
        nodes: MUNICIPALITIES.map(([number, name]) => ({ __typename: 'Municipality', number, name })),
      },
    },
  } as PortfolioMunicipalitiesQuery;
}

export const TEKNISK_NETWORK_ID = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01';
export const T7_ID = 'f6a1c0de-0000-4000-8000-000000000007';
export const T2_ID = 'f6a1c0de-0000-4000-8000-000000000002';

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
    network: { __typename: 'Network', id: TEKNISK_NETWORK_ID, name: 'Teknisk nettverk' },
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

export function measureDetailResult(overrides: Partial<MeasureDetail> = {}): MeasureDetailQuery {
  return { measure: measureDetail(overrides) };
}

/** The demo users, as the web app reads them from the token. */
export const USERS = {
  secretariat: {
    name: 'Siri Sekretær',
    roles: ['secretariat'],
    municipality: undefined,
    email: 'siri.sekretaer@example.no',
  },
  leader: {
    name: 'Tor Teknisk',
    roles: ['network-leader'],
    municipality: '4005',
    email: 'tor.teknisk@example.no',
  },
  directorFlesberg: {
    name: 'Ola Haugen',
    roles: ['municipal-director'],
    municipality: '3334',
    email: 'ola.haugen@example.no',
  },
  member: {
    name: 'Marte Moen',
    roles: ['network-member'],
    municipality: '4026',
    email: 'marte.moen@example.no',
  },
  viewer: { name: 'Gunnar Berg', roles: ['viewer'], municipality: '3334', email: 'gunnar.berg@example.no' },
} as const satisfies Record<string, SignedInUser & { roles: readonly Role[] }>;

/** AuthService with a fixed user (no Keycloak). */
export function provideUser(user: SignedInUser | null) {
  const current = signal<SignedInUser | null>(user);
  const provider: Provider = { provide: AuthService, useValue: { user: current.asReadonly() } };
  return { provider, current };
}
