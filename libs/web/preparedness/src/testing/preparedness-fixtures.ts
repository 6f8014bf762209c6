import { type Provider, signal } from '@angular/core';
import { AuthService, type SignedInUser } from '@samarbeid/web/data-access';
import type {
  ApiResult,
  ExerciseFieldsFragment,
  FollowUpActionFieldsFragment,
  PreparednessRegionQuery,
} from '@samarbeid/web/graphql';

/** The demo users as the web app sees them. */
export const USERS = {
  secretariat: { name: 'Siri Sekretær', roles: ['secretariat'], municipality: undefined, email: undefined },
  flesberg: { name: 'Ola Haugen', roles: ['municipal-director'], municipality: '3334', email: undefined },
  viewer: { name: 'Gunnar Berg', roles: ['viewer'], municipality: '3334', email: undefined },
} as const satisfies Record<string, SignedInUser>;

export function provideUser(user: SignedInUser | null): Provider {
  const current = signal<SignedInUser | null>(user);
  return { provide: AuthService, useValue: { user: current.asReadonly() } };
}

export const MUNICIPALITIES: readonly [string, string][] = [
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
];

export function regionResult(): PreparednessRegionQuery {
  const result: ApiResult<PreparednessRegionQuery> = {
    regions: {
      __typename: 'RegionConnection',
      nodes: [
        { __typename: 'Region', id: 'r1', slug: 'kongsbergregionen', name: 'Kongsbergregionen' },
        { __typename: 'Region', id: 'r2', slug: 'hallingdal', name: 'Hallingdal' },
      ],
    },
    region: {
      __typename: 'Region',
      id: 'r1',
      slug: 'kongsbergregionen',
      name: 'Kongsbergregionen',
      municipalities: {
        __typename: 'MunicipalityConnection',
        nodes: MUNICIPALITIES.map(([number, name]) => ({ __typename: 'Municipality', number, name })),
      },
    },
  };
  return result;
}

export function action(overrides: Partial<FollowUpActionFieldsFragment> = {}): FollowUpActionFieldsFragment {
  const result: ApiResult<FollowUpActionFieldsFragment> = {
    __typename: 'FollowUpAction',
    id: 'a1',
    regionSlug: 'kongsbergregionen',
    regionName: 'Kongsbergregionen',
    title: 'Oppdatere kriseplanen etter øvelsen',
    description: null,
    municipalityNumber: '3334',
    municipalityName: 'Flesberg',
    ownerName: 'Ola Haugen',
    ownerUserId: 'u-ola',
    ownerIsViewer: true,
    deadline: '2026-11-20',
    status: 'OPEN',
    overdue: true,
    exercise: {
      __typename: 'ExerciseRef',
      id: 'e1',
      title: 'Dambrudd i Numedalslågen',
      heldOn: '2026-04-15',
    },
    measure: null,
    source: null,
    viewerCanEdit: true,
    viewerCanSetStatus: true,
    version: 1,
    ...overrides,
  };
  return result;
}

export function exercise(overrides: Partial<ExerciseFieldsFragment> = {}): ExerciseFieldsFragment {
  const result: ApiResult<ExerciseFieldsFragment> = {
    __typename: 'Exercise',
    id: 'e1',
    regionSlug: 'kongsbergregionen',
    title: 'Dambrudd i Numedalslågen',
    heldOn: '2026-04-15',
    kind: 'TABLE_TOP',
    scope: 'MUNICIPAL',
    status: 'HELD',
    organiser: { __typename: 'ExerciseMunicipality', number: '3334', name: 'Flesberg' },
    participants: [{ __typename: 'ExerciseMunicipality', number: '3334', name: 'Flesberg' }],
    scenario: 'Et dambrudd oppstrøms gir flom.',
    outsideActors: ['POLICE'],
    otherActors: null,
    wentWell: 'Evakueringsplanen var kjent.',
    wentBadly: null,
    lessonsLearned: null,
    viewerCanEdit: true,
    version: 1,
    ...overrides,
  };
  return result;
}

/** Lets queued promises and renders run. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
}
