/**
 * Crash safety: the real API runs as a child process (its production bundle, as `npm start` runs it) and is killed
 * with SIGKILL in the middle of a change, at a pause point (CRASH_TEST_PAUSE_AT, see
 * libs/api/platform/src/lib/testing/pause-points.ts): with everything written but not committed, or committed with
 * its e-mails not yet sent. After a restart on the same database, the change is there whole or not at all, and every
 * e-mail queued by a committed change reaches the SMTP server exactly once (counted by Message-ID).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PAUSE_MARKER, type PausePoint } from '@samarbeid/api/platform';
import { binPath, freePort, ServiceProcess, startApi, workspaceRoot } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';
import { SMTPServer } from 'smtp-server';
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
import { databaseFingerprint, DemoUsername, measureRef } from './support/portfolio';
import { createTestDatabase, GraphQLResponse, testIssuerUrl } from './support/test-app';

const root = workspaceRoot();
const MAIL_DOMAIN = 'example.no';

const IMPORT = `mutation($input: ImportBenefitPlanInput!) {
  importBenefitPlan(input: $input) { created updated plannedValues } }`;

/** Builds dist/apps/api/main.js (Nx answers from its cache when nothing changed). */
function buildApiBundle(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath(root, 'nx'), ['run', 'api:bundle', '--outputStyle=static'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`nx run api:bundle failed:\n${output.join('')}`)),
    );
  });
}

/** An SMTP server that keeps the Message-ID of every message it accepts. */
async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; messageIds: string[] }> {
  const messageIds: string[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
        messageIds.push(/^message-id:\s*(\S+)/im.exec(headers)?.[1] ?? '(none)');
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, messageIds };
}

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
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
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
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: `Samarbeid <ikke-svar@${MAIL_DOMAIN}>`,
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

  async function benefitPlanFile(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Gevinstplan');
    sheet.addRow([
      'Gevinst',
      'Gevinsttype',
      'Måleenhet',
      'Kostnad per årsverk',
      'Indikator',
      'Enhet',
      'Nullpunkt',
      'Nullpunktsdato',
      'Gevinsteier',
      'Endring',
      'Kommunenummer',
      'År',
      'Planlagt verdi',
    ]);
    const plan = [
      'Krasjsikker gevinst',
      'Effektiviseringsgevinst',
      'Kroner',
      null,
      null,
      null,
      null,
      null,
      'Eier',
    ];
    for (const [municipality, year, amount] of [
      ['3334', 2027, 1000],
      ['3336', 2027, 2000],
      ['3334', 2028, 3000],
      ['3336', 2028, 4000],
    ] as const) {
      sheet.addRow([...plan, '', municipality, year, amount]);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  beforeAll(async () => {
    await buildApiBundle();
    smtp = await startSmtpServer();
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url });
  }, 300_000);

  afterAll(async () => {
    for (const api of running) await api.service.stop();
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
    if (smtp) await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
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
    const file = await benefitPlanFile();
    const before = await databaseFingerprint(db);
    await killAtPausePoint(api, () =>
      api.gql(IMPORT, 'leder.teknisk', { input: { measureId: t5.id, fileBase64: file } }),
    );
    expect(await databaseFingerprint(db)).toBe(before);

    const restarted = await startChildApi('decide-agreement:before-commit');
    expect(await databaseFingerprint(db)).toBe(before);
    const imported = await restarted.gql<{ importBenefitPlan: unknown }>(IMPORT, 'leder.teknisk', {
      input: { measureId: t5.id, fileBase64: file },
    });
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
    const receivedBefore = smtp.messageIds.length;
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
    expect(smtp.messageIds.length).toBe(receivedBefore);

    await startChildApi();
    await waitFor(
      'the restarted API to send what the killed one left',
      async () => (await unsentMail()) === 0,
    );
    expect(smtp.messageIds.length).toBe(receivedBefore + queued);
  }, 120_000);

  it('sends every e-mail queued by a committed change exactly once, with its outbox row as Message-ID', async () => {
    const rows: { id: string }[] = await db.query('SELECT id FROM mail_outbox WHERE sent_at IS NOT NULL');
    const expected = rows.map((row) => `<${row.id}@${MAIL_DOMAIN}>`).sort();
    expect(expected.length).toBe(await count('SELECT count(*)::int AS n FROM mail_outbox'));
    expect([...smtp.messageIds].sort()).toEqual(expected);
  });
});
