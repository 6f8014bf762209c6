import { describe, expect, it } from '@jest/globals';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { AppError } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';

import { PortfolioAccess } from './portfolio-access';

/** A stand-in for the pool (or a transaction): answers network_member lookups from a list of leaderships. */
function fakeDatabase(leaders: readonly { userId: string; networkId: string }[]) {
  const statements: { sql: string; params: unknown[] }[] = [];
  const query = async (sql: string, params: unknown[]): Promise<unknown[]> => {
    statements.push({ sql, params });
    if (sql.includes('network_id = $1')) {
      const [networkId, userId] = params;
      return leaders.some((l) => l.networkId === networkId && l.userId === userId) ? [{ '?column?': 1 }] : [];
    }
    return leaders.filter((l) => l.userId === params[0]).map((l) => ({ network_id: l.networkId }));
  };
  return { query, statements };
}

const user = (roles: Role[], municipalityNumber: string | null = null, id = 'u1'): AuthenticatedUser => ({
  id,
  username: id,
  name: null,
  email: null,
  roles,
  municipalityNumber,
});

const refusal = async (run: () => unknown): Promise<AppError> => {
  try {
    await run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
};

describe('PortfolioAccess', () => {
  const leaderships = [
    { userId: 'leader', networkId: 'teknisk' },
    { userId: 'leader', networkId: 'hr' },
    { userId: 'hr-leader', networkId: 'hr' },
  ];

  const setUp = () => {
    const pool = fakeDatabase(leaderships);
    return { pool, access: new PortfolioAccess(pool as unknown as DataSource) };
  };

  it('lets the secretariat change any network item without asking the database', async () => {
    const { pool, access } = setUp();
    expect(await access.canEditNetworkItem(user([Role.Secretariat]), 'teknisk')).toBe(true);
    expect(pool.statements).toEqual([]);
  });

  it("lets a leader change their own networks' items, and no other network's", async () => {
    const { access } = setUp();
    const leader = user([Role.NetworkLeader], null, 'leader');
    expect(await access.canEditNetworkItem(leader, 'teknisk')).toBe(true);
    expect(await access.canEditNetworkItem(leader, 'helse')).toBe(false);
  });

  it('counts a leadership the app records for a network member too, and none without a network role', async () => {
    const { pool, access } = setUp();
    // Named leader in the app, network-member in the identity provider: the app's record decides.
    const named = user([Role.NetworkMember], null, 'leader');
    expect(await access.canEditNetworkItem(named, 'teknisk')).toBe(true);
    expect(await access.ledNetworkIds(named)).toEqual(new Set(['teknisk', 'hr']));
    const statements = pool.statements.length;
    // A director or a viewer leads nothing, whatever the table says, and is not looked up.
    const director = user([Role.MunicipalDirector, Role.Viewer], null, 'leader');
    expect(await access.canEditNetworkItem(director, 'teknisk')).toBe(false);
    expect(await access.ledNetworkIds(director)).toEqual(new Set());
    expect(pool.statements).toHaveLength(statements);
  });

  it('lists the networks a leader leads, in one statement', async () => {
    const { pool, access } = setUp();
    expect(await access.ledNetworkIds(user([Role.NetworkLeader], null, 'leader'))).toEqual(
      new Set(['teknisk', 'hr']),
    );
    expect(pool.statements).toHaveLength(1);
  });

  it("asks the change's own transaction when given one", async () => {
    const { pool, access } = setUp();
    const tx = fakeDatabase(leaderships);
    await access.assertCanEditNetworkItem(
      user([Role.NetworkLeader], null, 'leader'),
      'teknisk',
      tx as unknown as EntityManager,
    );
    expect(tx.statements).toHaveLength(1);
    expect(pool.statements).toEqual([]);
  });

  it('refuses anyone else with FORBIDDEN and a sentence in both languages', async () => {
    const { access } = setUp();
    for (const caller of [
      user([Role.NetworkLeader], null, 'hr-leader'),
      user([Role.Viewer, Role.NetworkMember]),
    ]) {
      const error = await refusal(() => access.assertCanEditNetworkItem(caller, 'teknisk'));
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toBe(
        'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
      );
    }
  });

  it("lets a municipality's director and the secretariat set its participation, nobody else", async () => {
    const { access } = setUp();
    expect(() =>
      access.assertCanSetParticipation(user([Role.MunicipalDirector], '3334'), '3334'),
    ).not.toThrow();
    expect(() => access.assertCanSetParticipation(user([Role.Secretariat]), '3334')).not.toThrow();
    for (const caller of [user([Role.MunicipalDirector], '3303'), user([Role.NetworkLeader], '3334')]) {
      const error = await refusal(() => access.assertCanSetParticipation(caller, '3334'));
      expect(error.code).toBe('FORBIDDEN');
    }
  });

  it('names what only the secretariat may do', async () => {
    const { access } = setUp();
    expect(() => access.assertSecretariat(user([Role.Secretariat]), { nb: 'x', en: 'x' })).not.toThrow();
    const error = await refusal(() =>
      access.assertSecretariat(user([Role.NetworkLeader]), {
        nb: 'registrere vedtak',
        en: 'record decisions',
      }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Bare sekretariatet kan registrere vedtak.');
  });
});
