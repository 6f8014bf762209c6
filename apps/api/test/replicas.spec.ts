/**
 * Two API processes on one PostgreSQL, as in production with several stateless replicas behind a proxy: two
 * instances of the real app (each its own connection pool, mail worker and per-request state) on the same database,
 * requests alternating between them and fired at once. Every rule that must hold across replicas is held by the
 * database (row locks, unique constraints, FOR UPDATE SKIP LOCKED), never by process memory.
 */
import { describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';

import { createApp } from '../src/app/create-app';
import { AgreementView, DECIDE, DIRECTOR_OF, ensureServicePurchase } from './support/agreements';
import { measureRef, useDemoTokens } from './support/portfolio';
import { useSmtpServer } from './support/smtp';
import { suiteResource } from './support/suite';
import { errorCode, GraphQLResponse, useTestApp } from './support/test-app';

const PARTIES = ['3303', '3334', '3336'];
const SET_PARTICIPATION =
  'mutation($input: SetParticipationInput!) { setParticipation(input: $input) { municipalityNumber state } }';

describe('two API replicas on one PostgreSQL', () => {
  const smtp = useSmtpServer();
  const first = useTestApp(() => smtp.appEnv());
  // The second replica: the same configuration (database, issuer, mail), a process state of its own.
  const second = suiteResource(
    'The second replica',
    async (): Promise<{ app: INestApplication; url: string }> => {
      const app = await createApp(first.config);
      await app.listen(0, '127.0.0.1');
      return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
    },
    ({ app }) => app.close(),
  );
  const tokens = useDemoTokens();

  /** Request `index` goes to replica index % 2. */
  const via = async <T = Record<string, unknown>>(
    index: number,
    query: string,
    token: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => {
    if (index % 2 === 0) return first.gql<T>(query, { token, variables });
    const response = await fetch(`${second().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  it('each director approves a version exactly once, whichever replica is asked, however often at once', async () => {
    const agreement = await ensureServicePurchase(first, tokens.sekretariat, 'To replikaer', {
      submitted: true,
    });
    const audits = async (): Promise<number> => {
      const [{ n }]: { n: number }[] = await first.dataSource.query(
        "SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'agreement' AND entity_id = $1",
        [agreement.id],
      );
      return n;
    };
    const auditsBefore = await audits();
    // Every party's director approves version 1 four times at once, alternating replicas: 12 requests.
    const requests = PARTIES.flatMap((municipality) =>
      Array.from({ length: 4 }, () => DIRECTOR_OF[municipality]),
    );
    const responses = await Promise.all(
      requests.map((director, index) =>
        via<Record<string, AgreementView>>(index, DECIDE, tokens[director], {
          input: { agreementId: agreement.id, versionNumber: 1, decision: 'APPROVE' },
        }),
      ),
    );
    const succeeded = responses.filter((response) => !response.errors).length;
    expect(succeeded).toBe(PARTIES.length);
    expect(responses.filter((response) => response.errors).map(errorCode)).toEqual(
      Array.from({ length: requests.length - PARTIES.length }, () => 'BAD_USER_INPUT'),
    );
    const approvals: { municipality_number: string; n: number }[] = await first.dataSource.query(
      `SELECT ap.municipality_number, count(*)::int AS n FROM agreement_approval ap
         JOIN agreement_version v ON v.id = ap.version_id
        WHERE v.agreement_id = $1 AND v.number = 1 GROUP BY ap.municipality_number ORDER BY 1`,
      [agreement.id],
    );
    expect(approvals).toEqual(PARTIES.map((municipality_number) => ({ municipality_number, n: 1 })));
    const [{ status, active_version }]: { status: string; active_version: number }[] =
      await first.dataSource.query('SELECT status, active_version FROM agreement WHERE id = $1', [
        agreement.id,
      ]);
    expect({ status, active_version }).toEqual({ status: 'ACTIVE', active_version: 1 });
    // One history record per decision that counted; the refused ones left nothing behind.
    expect((await audits()) - auditsBefore).toBe(PARTIES.length);
  });

  it('sends every e-mail once although both replicas run a delivery worker', async () => {
    // The approvals above queued e-mails in their transactions; both workers claim with FOR UPDATE SKIP LOCKED.
    for (let attempt = 0; attempt < 100; attempt++) {
      const [{ pending }]: { pending: number }[] = await first.dataSource.query(
        'SELECT count(*)::int AS pending FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL',
      );
      if (pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sent: { id: string }[] = await first.dataSource.query(
      'SELECT id FROM mail_outbox WHERE sent_at IS NOT NULL',
    );
    expect(sent.length).toBeGreaterThan(0);
    for (const { id } of sent) {
      expect(smtp.received.filter((mail) => mail.messageId === `<${id}@example.no>`)).toHaveLength(1);
    }
    expect(smtp.received).toHaveLength(sent.length);
  });

  it('keeps participation changes through both replicas at once consistent, each with its history', async () => {
    const measure = await measureRef(first.dataSource, 'HR2');
    const history = async (): Promise<number> => {
      const [{ n }]: { n: number }[] = await first.dataSource.query(
        "SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'measure' AND entity_id = $1 AND summary LIKE '%kommune%'",
        [measure.id],
      );
      return n;
    };
    const before = await history();
    const changes = ['3303', '3334', '3336', '3338', '4005', '4024', '4026'].map(
      (municipalityNumber, index) => ({
        measureId: measure.id,
        municipalityNumber,
        state: index % 2 === 0 ? 'PARTICIPATING' : 'UNDECIDED',
      }),
    );
    // Each change twice, once through each replica, all at once.
    const responses = await Promise.all(
      [...changes, ...changes].map((input, index) =>
        via(index, SET_PARTICIPATION, tokens.sekretariat, { input }),
      ),
    );
    expect(responses.map((response) => response.errors ?? null)).toEqual(responses.map(() => null));
    const rows: { municipality_number: string; state: string }[] = await first.dataSource.query(
      'SELECT municipality_number, state FROM participation WHERE measure_id = $1 ORDER BY 1',
      [measure.id],
    );
    for (const change of changes) {
      expect(rows.find((row) => row.municipality_number === change.municipalityNumber)?.state).toBe(
        change.state,
      );
    }
    expect((await history()) - before).toBe(responses.length);
  });
});
