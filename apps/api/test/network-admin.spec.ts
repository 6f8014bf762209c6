import { beforeAll, describe, expect, it } from '@jest/globals';

import { networkId, useDemoTokens } from './support/portfolio';
import { errorCode, type TestApp, useTestApp } from './support/test-app';

/** leder.teknisk's subject at the development identity provider (docker/keycloak/dev). */
const TOR = '16b6158e-3dfc-47d9-8ba0-dc9251fb5187';
/** medlem.tinn: the network-member role in the identity provider, no leadership in the demo data. */
const MARTE = 'bb14ac92-ef3a-4bda-9fba-25158802adb2';

const CREATE =
  'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id key version endsOn } }';
const ADD =
  'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id role validFrom } }';
const END =
  'mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { validTo } }';
const UPDATE_MEASURE = 'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version } }';
const NETWORK = `query($id: ID!) {
  network(id: $id) {
    closedOn version viewerCanEdit
    members { personName role }
    memberHistory { personName role validFrom validTo hasUser }
  }
}`;

/** Today in the database's calendar, the day memberships are checked against. */
async function databaseToday(api: TestApp): Promise<string> {
  const [row]: { today: string }[] = await api.dataSource.query(
    `SELECT to_char(current_date, 'YYYY-MM-DD') AS today`,
  );
  return row.today;
}

interface NetworkData {
  network: {
    closedOn: string | null;
    version: number;
    viewerCanEdit: boolean;
    members: { personName: string; role: string }[];
    memberHistory: {
      personName: string;
      role: string;
      validFrom: string;
      validTo: string | null;
      hasUser: boolean;
    }[];
  };
}

describe('network administration', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();
  let day = '';
  const today = () => day;
  beforeAll(async () => {
    day = await databaseToday(api);
  });

  describe('networks managed in the app', () => {
    const createGroup = async (name: string) => {
      const created = await api.gql<{ createNetwork: { id: string; key: string; version: number } }>(CREATE, {
        token: tokens.sekretariat,
        variables: {
          input: {
            regionSlug: 'kongsbergregionen',
            name,
            kind: 'WORKING_GROUP',
            serviceArea: 'TECHNICAL',
            parentId: await networkId(api.dataSource, 'TEKNISK'),
            mandate: 'Felles rutiner for vann og avløp.',
            endsOn: '2027-12-31',
          },
        },
      });
      expect(created.errors).toBeUndefined();
      return created.data?.createNetwork as { id: string; key: string; version: number };
    };

    const createMeasure = async (groupId: string, code: string) => {
      const created = await api.gql<{ createMeasure: { id: string; version: number } }>(
        'mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id version } }',
        {
          token: tokens.sekretariat,
          variables: {
            input: {
              regionSlug: 'kongsbergregionen',
              code,
              title: 'Felles vannverksrutiner',
              networkId: groupId,
              serviceArea: 'TECHNICAL',
              tier: 'NETWORK',
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
      return created.data?.createMeasure as { id: string; version: number };
    };

    const editMeasure = async (
      measure: { id: string },
      as: 'leder.teknisk' | 'medlem.tinn' = 'leder.teknisk',
    ) => {
      const [{ version }]: { version: number }[] = await api.dataSource.query(
        'SELECT version FROM measure WHERE id = $1',
        [measure.id],
      );
      return api.gql(UPDATE_MEASURE, {
        token: tokens[as],
        variables: { input: { id: measure.id, version, description: `Endret ${Date.now()}` } },
      });
    };

    it('makes a named leader able to edit the group’s measure at the next request, and no longer once ended', async () => {
      const group = await createGroup('Arbeidsgruppe vann');
      expect(group.key).toBe('ARBEIDSGRUPPE-VANN');
      const measure = await createMeasure(group.id, 'T91');

      // Tor leads the parent network, not the group.
      expect(errorCode(await editMeasure(measure))).toBe('FORBIDDEN');

      const added = await api.gql<{ addNetworkMember: { id: string } }>(ADD, {
        token: tokens.sekretariat,
        variables: {
          input: {
            networkId: group.id,
            userId: TOR,
            personName: 'Tor Teknisk',
            email: 'tor.teknisk@example.no',
            municipalityNumber: '4005',
            role: 'LEADER',
            validFrom: today(),
          },
        },
      });
      expect(added.errors).toBeUndefined();
      const edited = await editMeasure(measure);
      expect(edited.errors).toBeUndefined();
      const asTor = await api.gql<NetworkData>(NETWORK, {
        token: tokens['leder.teknisk'],
        variables: { id: group.id },
      });
      expect(asTor.data?.network.viewerCanEdit).toBe(true);

      const ended = await api.gql(END, {
        token: tokens.sekretariat,
        variables: { input: { memberId: added.data?.addNetworkMember.id, validTo: today() } },
      });
      expect(ended.errors).toBeUndefined();
      expect(errorCode(await editMeasure(measure))).toBe('FORBIDDEN');

      // The history keeps the ended membership; the current members do not show it.
      const after = await api.gql<NetworkData>(NETWORK, {
        token: tokens.sekretariat,
        variables: { id: group.id },
      });
      expect(after.data?.network.members).toEqual([]);
      expect(after.data?.network.memberHistory).toEqual([
        { personName: 'Tor Teknisk', role: 'LEADER', validFrom: today(), validTo: today(), hasUser: true },
      ]);
      const [{ n }]: { n: number }[] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'network' AND entity_id = $1`,
        [group.id],
      );
      expect(n).toBe(3); // created, member added, membership ended
    });

    it('lets a network member the secretariat names leader edit, with no change in the identity provider', async () => {
      const group = await createGroup('Arbeidsgruppe avløp');
      const measure = await createMeasure(group.id, 'T92');
      // Marte has the network-member role only: not a leader anywhere until the secretariat names her one here.
      expect(errorCode(await editMeasure(measure, 'medlem.tinn'))).toBe('FORBIDDEN');
      const added = await api.gql<{ addNetworkMember: { id: string } }>(ADD, {
        token: tokens.sekretariat,
        variables: {
          input: {
            networkId: group.id,
            userId: MARTE,
            personName: 'Marte Moen',
            email: 'marte.moen@example.no',
            municipalityNumber: '4026',
            role: 'LEADER',
            validFrom: today(),
          },
        },
      });
      expect(added.errors).toBeUndefined();
      expect((await editMeasure(measure, 'medlem.tinn')).errors).toBeUndefined();
      // Leading this group gives nothing in another network's measures.
      const other = await createMeasure(await networkId(api.dataSource, 'TEKNISK'), 'T93');
      expect(errorCode(await editMeasure(other, 'medlem.tinn'))).toBe('FORBIDDEN');
    });

    it('refuses a second overlapping membership of the same person, and ending one twice', async () => {
      const group = await createGroup('Arbeidsgruppe avløp');
      const input = {
        networkId: group.id,
        personName: 'Per Person',
        role: 'MEMBER',
        validFrom: '2026-01-01',
      };
      const first = await api.gql<{ addNetworkMember: { id: string } }>(ADD, {
        token: tokens.sekretariat,
        variables: { input },
      });
      expect(first.errors).toBeUndefined();
      const again = await api.gql(ADD, { token: tokens.sekretariat, variables: { input } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0]?.message).toBe(
        'Per Person er allerede medlem av nettverket i denne perioden.',
      );

      const end = { memberId: first.data?.addNetworkMember.id, validTo: '2026-03-01' };
      expect(
        (await api.gql(END, { token: tokens.sekretariat, variables: { input: end } })).errors,
      ).toBeUndefined();
      const twice = await api.gql(END, { token: tokens.sekretariat, variables: { input: end } });
      expect(twice.errors?.[0]?.message).toBe('Medlemskapet er allerede avsluttet.');
      // A new period after the first one ended is fine.
      const later = await api.gql(ADD, {
        token: tokens.sekretariat,
        variables: { input: { ...input, role: 'SECRETARY', validFrom: '2026-03-01' } },
      });
      expect(later.errors).toBeUndefined();
    });

    it('closes a network: its memberships end, and it can no longer be changed', async () => {
      const group = await createGroup('Arbeidsgruppe overvann');
      await api.gql(ADD, {
        token: tokens.sekretariat,
        variables: {
          input: {
            networkId: group.id,
            userId: TOR,
            personName: 'Tor Teknisk',
            role: 'LEADER',
            validFrom: '2026-01-01',
          },
        },
      });
      const closed = await api.gql<{ closeNetwork: { closedOn: string; version: number } }>(
        'mutation($input: CloseNetworkInput!) { closeNetwork(input: $input) { closedOn version } }',
        {
          token: tokens.sekretariat,
          variables: { input: { id: group.id, version: group.version, closedOn: today() } },
        },
      );
      expect(closed.errors).toBeUndefined();
      const after = await api.gql<NetworkData>(NETWORK, {
        token: tokens['leder.teknisk'],
        variables: { id: group.id },
      });
      expect(after.data?.network.closedOn).toBe(today());
      expect(after.data?.network.members).toEqual([]);
      expect(after.data?.network.viewerCanEdit).toBe(false);
      expect(after.data?.network.memberHistory[0]?.validTo).toBe(today());

      const update = await api.gql(
        'mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { version } }',
        {
          token: tokens.sekretariat,
          variables: {
            input: {
              id: group.id,
              version: after.data?.network.version,
              name: 'Ny navn',
              kind: 'WORKING_GROUP',
              serviceArea: 'TECHNICAL',
              endsOn: '2027-12-31',
            },
          },
        },
      );
      expect(update.errors?.[0]?.message).toBe('Nettverket er avsluttet og kan ikke endres.');
    });
  });

  describe('municipalities joining and leaving a region', () => {
    const PARTICIPATION = `{ measure(regionSlug: "kongsbergregionen", code: "T1") { id participation { municipalityNumber state } } }`;
    type ParticipationData = {
      measure: { id: string; participation: { municipalityNumber: string; state: string }[] };
    };

    it('a joining municipality sees the measures as undecided and can decide; a leaving one keeps its history', async () => {
      await api.dataSource.query(
        `INSERT INTO municipality (number, name) VALUES ('3301', 'Drammen') ON CONFLICT (number) DO NOTHING`,
      );
      const joined = await api.gql<{ joinRegion: { id: string } }>(
        'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { id municipalityName validFrom } }',
        {
          token: tokens.sekretariat,
          variables: {
            input: { regionSlug: 'kongsbergregionen', municipalityNumber: '3301', validFrom: today() },
          },
        },
      );
      expect(joined.errors).toBeUndefined();
      const seen = await api.gql<ParticipationData>(PARTICIPATION, { token: tokens.politiker });
      expect(seen.data?.measure.participation).toContainEqual({
        municipalityNumber: '3301',
        state: 'UNDECIDED',
      });

      const decided = await api.gql(
        'mutation($input: SetParticipationInput!) { setParticipation(input: $input) { state } }',
        {
          token: tokens.sekretariat,
          variables: {
            input: { measureId: seen.data?.measure.id, municipalityNumber: '3301', state: 'PARTICIPATING' },
          },
        },
      );
      expect(decided.errors).toBeUndefined();

      const left = await api.gql(
        'mutation($input: LeaveRegionInput!) { leaveRegion(input: $input) { validTo } }',
        {
          token: tokens.sekretariat,
          variables: { input: { membershipId: joined.data?.joinRegion.id, validTo: today() } },
        },
      );
      expect(left.errors).toBeUndefined();
      const gone = await api.gql<ParticipationData>(PARTICIPATION, { token: tokens.politiker });
      expect(gone.data?.measure.participation.map((p) => p.municipalityNumber)).not.toContain('3301');
      const history = await api.gql<{
        region: { memberships: { municipalityNumber: string; validTo: string | null }[] };
      }>('{ region(slug: "kongsbergregionen") { memberships { municipalityNumber validTo } } }', {
        token: tokens.politiker,
      });
      expect(history.data?.region.memberships).toContainEqual({
        municipalityNumber: '3301',
        validTo: today(),
      });
      const kept: unknown[] = await api.dataSource.query(
        `SELECT 1 FROM participation WHERE municipality_number = '3301' AND state = 'PARTICIPATING'`,
      );
      expect(kept).toHaveLength(1);
    });
  });
});
