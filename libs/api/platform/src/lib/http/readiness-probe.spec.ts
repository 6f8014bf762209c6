import { describe, expect, it } from '@jest/globals';

import { ReadinessProbe } from './readiness-probe';

describe('ReadinessProbe', () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const unreachable = (): ReadinessProbe =>
    new ReadinessProbe({
      databaseUrl: 'postgres://samarbeid:x@127.0.0.1:9/samarbeid',
      migrationsTable: 'typeorm_migrations',
      migrations: () => ['Foundation1795325095339'],
      timeoutMs: 1000,
    });

  it('reports the database as down, with a reason in Norwegian and English', async () => {
    const probe = unreachable();
    expect(await probe.check()).toEqual({
      status: 'error',
      database: 'down',
      migrations: 'unknown',
      reason: 'Databasen svarer ikke. / The database does not answer.',
    });
    await probe.close();
  });

  it('lets checks that arrive while one runs share its answer', async () => {
    const probe = unreachable();
    const first = probe.check();
    expect(probe.check()).toBe(first);
    await first;
    expect(probe.check()).not.toBe(first);
    await probe.close();
  });
});
