/** The rows of the authorization matrix for the secretariat's network and region-membership tools. */
import { NON_EDITORS, OperationCase, refusedFor } from './matrix';
import { networkId } from './portfolio';
import type { TestApp } from './test-app';

const NOT_SECRETARIAT = [null, 'leder.teknisk', ...NON_EDITORS] as const;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

/** A fresh working group of the region (setup, not the operation under test). */
export async function freshWorkingGroup(
  api: Pick<TestApp, 'dataSource'>,
): Promise<{ id: string; version: number }> {
  const [row]: { id: string; version: number }[] = await api.dataSource.query(
    `INSERT INTO network (region_id, key, name, kind, service_area, parent_id, ends_on)
     SELECT r.id, 'M-' || substr(md5(random()::text), 1, 12), 'Matrisegruppe', 'WORKING_GROUP', 'TECHNICAL', NULL,
            '2027-12-31'
       FROM region r WHERE r.slug = 'kongsbergregionen' RETURNING id, version`,
  );
  return row;
}

/** A fresh working group with one member (a person without a user), from 1 January 2026. */
async function freshMembership(api: TestApp): Promise<string> {
  const network = await freshWorkingGroup(api);
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO network_member (network_id, person_name, municipality_number, role, valid_from)
     VALUES ($1, 'Mona Matrise', '3303', 'MEMBER', '2026-01-01') RETURNING id`,
    [network.id],
  );
  return row.id;
}

const createVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      regionSlug: 'kongsbergregionen',
      name: 'Arbeidsgruppe matrise',
      kind: 'WORKING_GROUP',
      serviceArea: 'TECHNICAL',
      parentId: await networkId(api.dataSource, 'TEKNISK'),
      mandate: 'Prøve alle roller.',
      endsOn: '2027-06-30',
      ...extra,
    },
  });

const updateVars =
  (extra: (id: string) => Record<string, unknown> = () => ({})) =>
  async (api: TestApp) => {
    const network = await freshWorkingGroup(api);
    return {
      input: {
        id: network.id,
        version: network.version,
        name: 'Matrisegruppe endret',
        kind: 'WORKING_GROUP',
        serviceArea: 'TECHNICAL',
        parentId: null,
        mandate: 'Nytt mandat.',
        endsOn: '2028-06-30',
        ...extra(network.id),
      },
    };
  };

const closeVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const network = await freshWorkingGroup(api);
    return { input: { id: network.id, version: network.version, closedOn: '2026-12-31', ...extra } };
  };

const addVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      networkId: (await freshWorkingGroup(api)).id,
      personName: 'Nina Ny',
      email: 'nina.ny@example.no',
      municipalityNumber: '3303',
      role: 'LEADER',
      validFrom: '2026-01-01',
      ...extra,
    },
  });

const endVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: { memberId: await freshMembership(api), validTo: '2026-06-01', ...extra },
  });

/** A municipality outside the region, with no membership of it (setup). */
async function outsider(api: TestApp, number: string, name: string): Promise<void> {
  await api.dataSource.query(
    'INSERT INTO municipality (number, name) VALUES ($1, $2) ON CONFLICT (number) DO NOTHING',
    [number, name],
  );
  await api.dataSource.query('DELETE FROM region_membership WHERE municipality_number = $1', [number]);
}

const joinVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    await outsider(api, '5001', 'Trondheim');
    // A membership that begins far ahead: no other row of the matrix sees it.
    return {
      input: {
        regionSlug: 'kongsbergregionen',
        municipalityNumber: '5001',
        validFrom: '2099-01-01',
        ...extra,
      },
    };
  };

const leaveVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    await outsider(api, '0301', 'Oslo');
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO region_membership (region_id, municipality_number, valid_from)
       SELECT id, '0301', '2099-01-01' FROM region WHERE slug = 'kongsbergregionen' RETURNING id`,
    );
    return { input: { membershipId: row.id, validTo: '2099-06-01', ...extra } };
  };

export const NETWORK_ADMIN_MATRIX: readonly OperationCase[] = [
  {
    operation: 'createNetwork',
    document: 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id key } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], createVars()),
      {
        as: 'sekretariat',
        why: 'a working group without an end date',
        expect: 'BAD_USER_INPUT',
        variables: createVars({ endsOn: null }),
      },
      {
        as: 'sekretariat',
        why: 'a parent of no region',
        expect: 'BAD_USER_INPUT',
        variables: createVars({ parentId: NOWHERE }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: createVars() },
    ],
  },
  {
    operation: 'updateNetwork',
    document: 'mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { version } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], updateVars()),
      {
        as: 'sekretariat',
        why: 'an end date for a professional network',
        expect: 'BAD_USER_INPUT',
        variables: updateVars(() => ({ kind: 'PROFESSIONAL_NETWORK' })),
      },
      {
        as: 'sekretariat',
        why: 'the network as its own parent',
        expect: 'BAD_USER_INPUT',
        variables: updateVars((id) => ({ parentId: id })),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: updateVars() },
    ],
  },
  {
    operation: 'closeNetwork',
    document: 'mutation($input: CloseNetworkInput!) { closeNetwork(input: $input) { closedOn } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], closeVars()),
      {
        as: 'sekretariat',
        why: 'a date that is not one',
        expect: 'BAD_USER_INPUT',
        variables: closeVars({ closedOn: '31.12.2026' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: closeVars() },
    ],
  },
  {
    operation: 'addNetworkMember',
    document: 'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id validFrom } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], addVars()),
      {
        as: 'sekretariat',
        why: 'a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: addVars({ municipalityNumber: '9999' }),
      },
      {
        as: 'sekretariat',
        why: 'a user not known in the region',
        expect: 'BAD_USER_INPUT',
        variables: addVars({ userId: 'nobody-at-all' }),
      },
      {
        as: 'sekretariat',
        why: 'a network that does not exist',
        expect: 'NOT_FOUND',
        variables: addVars({ networkId: NOWHERE }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: addVars() },
    ],
  },
  {
    operation: 'endNetworkMembership',
    document:
      'mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { id validTo } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], endVars()),
      {
        as: 'sekretariat',
        why: 'an end before the start',
        expect: 'BAD_USER_INPUT',
        variables: endVars({ validTo: '2025-12-31' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: endVars() },
    ],
  },
  {
    operation: 'joinRegion',
    document: 'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { id validFrom } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], joinVars()),
      {
        as: 'sekretariat',
        why: 'a municipality that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: joinVars({ municipalityNumber: '9999' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: joinVars() },
    ],
  },
  {
    operation: 'leaveRegion',
    document: 'mutation($input: LeaveRegionInput!) { leaveRegion(input: $input) { id validTo } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT], leaveVars()),
      {
        as: 'sekretariat',
        why: 'leaving before joining',
        expect: 'BAD_USER_INPUT',
        variables: leaveVars({ validTo: '2098-01-01' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: leaveVars() },
    ],
  },
];
