/**
 * Crash safety: the real API runs as a child process (its production bundle, as `npm start` runs it) and is killed
 * with SIGKILL in the middle of a change, at a pause point (CRASH_TEST_PAUSE_AT, see
 * libs/api/platform/src/lib/testing/pause-points.ts): with everything written but not committed, or committed with
 * its e-mails not yet sent. After a restart on the same database, the change is there whole or not at all, and every
 * e-mail queued by a committed change reaches the SMTP server exactly once (counted by Message-ID).
 */
import { once } from 'node:events';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PAUSE_MARKER, type PausePoint } from '@samarbeid/api/platform';
import { freePort, runNx, ServiceProcess, startApi, workspaceRoot } from '@samarbeid/tools/stack';
import { DataSource } from 'typeorm';

import {
  ASSESSMENT,
  CREATE,
  createInput,
  DECIDE,
  servicePurchaseTerms,
  SUBMIT,
  tokenFor,
} from './support/agreements';
import { benefitPlanBase64, IMPORT_BENEFIT_PLAN, kronerBenefit } from './support/benefit-plan';
import { databaseFingerprint, DemoUsername, measureRef } from './support/portfolio';
import { MAIL_DOMAIN, useSmtpServer } from './support/smtp';
import { createTestDatabase, GraphQLResponse, testIssuerUrl } from './support/test-app';

const root = workspaceRoot();

/** Builds dist/apps/api/main.js (Nx answers from its cache when nothing changed). */
const buildApiBundle = (): Promise<void> => runNx(root, ['run', 'api:bundle'], 'nx run api:bundle failed');

interface ChildApi {
  readonly service: ServiceProcess;
  gql<T = Record<string, unknown>>(
    query: string,
    as: DemoUsername,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Resolves when the process has stopped at its pause point. */
  readonly paused: Promise<void>;
  kill(): Promise<void>;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('crash safety (the API killed with SIGKILL mid-change, then restarted)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const smtp = useSmtpServer();
  let db: DataSource;
  const running: ChildApi[] = [];
  let agreementId = '';

  async function startChildApi(pauseAt?: PausePoint): Promise<ChildApi> {
    let onPaused: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (onPaused = resolve));
    const service = await startApi({
      root,
      port: await freePort(),
      databaseUrl: database.url,
      issuerUrl: testIssuerUrl(),
      webOrigins: ['http://localhost:4200'],
      demoSeed: true,
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        ...smtp.appEnv(),
        SSB_PXWEB_URL: 'http://127.0.0.1:9/pxwebapi/v2',
        SSB_KLASS_URL: 'http://127.0.0.1:9/klass/v1',
        RATE_LIMIT_USER_PER_MINUTE: '0',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
        ...(pauseAt ? { CRASH_TEST_PAUSE_AT: pauseAt } : {}),
      },
      onLine: (line) => {
        if (line.startsWith(`${PAUSE_MARKER} `)) onPaused();
      },
    });
    const exited = once(service.child, 'exit');
    const api: ChildApi = {
      service,
      paused,
      async gql(query, as, variables = {}) {
        const response = await fetch(service.readyValue, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(as)}` },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, ...((await response.json()) as object) };
      },
      async kill() {
        if (service.child.exitCode === null && service.child.signalCode === null) {
          service.child.kill('SIGKILL');
          await exited;
        }
      },
    };
    running.push(api);
    return api;
  }

  /** Sends a mutation that will stop at the pause point, kills the process there, and returns once it is dead. */
  async function killAtPausePoint(api: ChildApi, send: () => Promise<unknown>): Promise<void> {
    const request = send().then(
      () => 'answered',
      () => 'connection lost',
    );
    await api.paused;
    await api.kill();
    expect(await request).toBe('connection lost');
  }

  const count = async (sql: string, parameters: unknown[] = []): Promise<number> =>
    (await db.query<{ n: number }[]>(sql, parameters))[0].n;

  const unsentMail = () => count('SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL');

  const benefitPlan = (): Promise<string> => {
    const plan = kronerBenefit('Krasjsikker gevinst', 'Eier');
    const values = [
      ['3334', 2027, 1000],
      ['3336', 2027, 2000],
      ['3334', 2028, 3000],
      ['3336', 2028, 4000],
    ] as const;
    return benefitPlanBase64(
      values.map(([municipality, year, amount]) => ({
        ...plan,
        Kommunenummer: municipality,
        År: year,
        'Planlagt verdi': amount,
      })),
    );
  };

  beforeAll(async () => {
    await buildApiBundle();
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url });
  }, 300_000);

  afterAll(async () => {
    for (const api of running) await api.service.stop();
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  }, 60_000);

  it('a benefit-plan import killed before its commit leaves nothing; after a restart it imports whole', async () => {
    const api = await startChildApi('import-benefit-plan:before-commit');
    await db.initialize();

    // Set-up for the approvals below, while this process serves: an agreement submitted to three directors.
    const created = await api.gql<{ createAgreement: { id: string } }>(CREATE, 'sekretariat', {
      input: await createInput(
        { dataSource: db },
        'Krasjtest',
        servicePurchaseTerms({ assessment: ASSESSMENT }),
      ),
    });
    expect(created.errors).toBeUndefined();
    agreementId = created.data?.createAgreement.id ?? '';
    const submitted = await api.gql(SUBMIT, 'sekretariat', { input: { id: agreementId } });
    expect(submitted.errors).toBeUndefined();
    await waitFor('the approval requests to be sent', async () => (await unsentMail()) === 0);
    expect(await count('SELECT count(*)::int AS n FROM mail_outbox')).toBeGreaterThan(0);

    const t5 = await measureRef(db, 'T5');
    const file = await benefitPlan();
    const before = await databaseFingerprint(db);
    await killAtPausePoint(api, () =>
      api.gql(IMPORT_BENEFIT_PLAN, 'leder.teknisk', { input: { measureId: t5.id, fileBase64: file } }),
    );
    expect(await databaseFingerprint(db)).toBe(before);

    const restarted = await startChildApi('decide-agreement:before-commit');
    expect(await databaseFingerprint(db)).toBe(before);
    const imported = await restarted.gql<{ importBenefitPlan: unknown }>(
      IMPORT_BENEFIT_PLAN,
      'leder.teknisk',
      {
        input: { measureId: t5.id, fileBase64: file },
      },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importBenefitPlan).toEqual({ created: 1, updated: 0, plannedValues: 4 });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM benefit_plan_value v JOIN benefit b ON b.id = v.benefit_id
          WHERE b.title = 'Krasjsikker gevinst'`,
      ),
    ).toBe(4);
  }, 120_000);

  it('an approval killed before its commit leaves no approval, audit record, notification or e-mail', async () => {
    const api = running[running.length - 1];
    const before = await databaseFingerprint(db);
    const mailBefore = await count('SELECT count(*)::int AS n FROM mail_outbox');
    await killAtPausePoint(api, () =>
      api.gql(DECIDE, 'direktor.kongsberg', {
        input: { agreementId, versionNumber: 1, decision: 'APPROVE' },
      }),
    );
    expect(await databaseFingerprint(db)).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM mail_outbox')).toBe(mailBefore);
  }, 60_000);

  it('an approval killed after its commit is there whole, and its e-mails go out after the restart', async () => {
    const api = await startChildApi('decide-agreement:after-commit');
    const audit = () =>
      count(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'TRANSITION'`, [
        agreementId,
      ]);
    const [auditBefore, notificationsBefore, mailBefore] = [
      await audit(),
      await count('SELECT count(*)::int AS n FROM notification WHERE agreement_id = $1', [agreementId]),
      await count('SELECT count(*)::int AS n FROM mail_outbox'),
    ];
    const receivedBefore = smtp.received.length;
    await killAtPausePoint(api, () =>
      api.gql(DECIDE, 'direktor.kongsberg', {
        input: { agreementId, versionNumber: 1, decision: 'APPROVE' },
      }),
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM agreement_approval ap JOIN agreement_version v ON v.id = ap.version_id
          WHERE v.agreement_id = $1 AND ap.municipality_number = '3303' AND ap.decision = 'APPROVE'`,
        [agreementId],
      ),
    ).toBe(1);
    expect(await audit()).toBe(auditBefore + 1);
    expect(
      await count('SELECT count(*)::int AS n FROM notification WHERE agreement_id = $1', [agreementId]),
    ).toBeGreaterThan(notificationsBefore);
    const queued = (await count('SELECT count(*)::int AS n FROM mail_outbox')) - mailBefore;
    expect(queued).toBeGreaterThan(0);
    // Killed before it woke its mail worker (whose first poll comes 10 s after the start): nothing sent yet.
    expect(await unsentMail()).toBe(queued);
    expect(smtp.received.length).toBe(receivedBefore);

    await startChildApi();
    await waitFor(
      'the restarted API to send what the killed one left',
      async () => (await unsentMail()) === 0,
    );
    expect(smtp.received.length).toBe(receivedBefore + queued);
  }, 120_000);

  it('sends every e-mail queued by a committed change exactly once, with its outbox row as Message-ID', async () => {
    const rows: { id: string }[] = await db.query('SELECT id FROM mail_outbox WHERE sent_at IS NOT NULL');
    const expected = rows.map((row) => `<${row.id}@${MAIL_DOMAIN}>`).sort();
    expect(expected.length).toBe(await count('SELECT count(*)::int AS n FROM mail_outbox'));
    expect(smtp.received.map((mail) => mail.messageId).sort()).toEqual(expected);
  });
});
