/**
 * Races on one agreement, fired with Promise.all against the real API and PostgreSQL. Every change locks the
 * agreement row (SELECT … FOR UPDATE) and decides inside that transaction; the unique constraint on
 * (version, municipality) backs up the once-per-party rule. These tests show the outcomes stay consistent.
 */
import { describe, expect, it } from '@jest/globals';

import { AgreementView, DECIDE, DIRECTOR_OF, ensureServicePurchase, UPDATE } from './support/agreements';
import { DemoUsername, useDemoTokens } from './support/portfolio';
import { errorCode, GraphQLResponse, useTestApp } from './support/test-app';

const PARTIES = ['3303', '3334', '3336'];

describe('agreements under concurrent requests', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const call = (as: DemoUsername, document: string, variables: Record<string, unknown>) =>
    api.gql<Record<string, AgreementView>>(document, { token: tokens[as], variables });

  const codes = (responses: readonly GraphQLResponse[]) =>
    responses.map((response) => (response.errors ? errorCode(response) : 'OK')).sort();

  const audits = async (id: string): Promise<number> => {
    const [{ n }]: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'agreement' AND entity_id = $1`,
      [id],
    );
    return n;
  };

  /** The invariants that must hold after any interleaving. */
  const assertConsistent = async (id: string): Promise<void> => {
    const [agreement]: { status: string; current_version: number; active_version: number | null }[] =
      await api.dataSource.query(
        'SELECT status, current_version, active_version FROM agreement WHERE id = $1',
        [id],
      );
    const approvals: { number: number; municipality_number: string; decision: string }[] =
      await api.dataSource.query(
        `SELECT v.number, ap.municipality_number, ap.decision FROM agreement_approval ap
         JOIN agreement_version v ON v.id = ap.version_id WHERE v.agreement_id = $1`,
        [id],
      );
    const approvedIn = (number: number) =>
      approvals
        .filter((row) => row.number === number && row.decision === 'APPROVE')
        .map((row) => row.municipality_number)
        .sort();
    // Never ACTIVE on an outdated version: ACTIVE means the current version is the one in force…
    if (agreement.status === 'ACTIVE') expect(agreement.active_version).toBe(agreement.current_version);
    // …and a version is in force only when every party approved exactly that version.
    if (agreement.active_version !== null) expect(approvedIn(agreement.active_version)).toEqual(PARTIES);
    // Each party decides at most once per version.
    const keys = approvals.map((row) => `${row.number}:${row.municipality_number}`);
    expect(new Set(keys).size).toBe(keys.length);
  };

  it('(a) the same director approving the same version 10 times at once: one approval, nine refusals', async () => {
    const agreement = await ensureServicePurchase(api, tokens.sekretariat, 'Samtidig godkjenning', {
      submitted: true,
    });
    const before = await audits(agreement.id);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('direktor.flesberg', DECIDE, {
          input: { agreementId: agreement.id, versionNumber: 1, decision: 'APPROVE' },
        }),
      ),
    );
    expect(codes(responses)).toEqual([...Array.from({ length: 9 }, () => 'BAD_USER_INPUT'), 'OK']);
    for (const response of responses.filter((r) => r.errors)) {
      expect(response.errors?.[0]?.message).toBe('Flesberg har allerede godkjent versjon 1.');
    }
    const rows: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM agreement_approval ap JOIN agreement_version v ON v.id = ap.version_id
        WHERE v.agreement_id = $1 AND ap.municipality_number = '3334'`,
      [agreement.id],
    );
    expect(rows[0].n).toBe(1);
    expect(await audits(agreement.id)).toBe(before + 1);
    await assertConsistent(agreement.id);
  });

  it('(a′) three directors approving at once: ACTIVE exactly once, announced once', async () => {
    const agreement = await ensureServicePurchase(api, tokens.sekretariat, 'Samtidig aktivering', {
      submitted: true,
    });
    const responses = await Promise.all(
      PARTIES.map((number) =>
        call(DIRECTOR_OF[number], DECIDE, {
          input: { agreementId: agreement.id, versionNumber: 1, decision: 'APPROVE' },
        }),
      ),
    );
    expect(codes(responses)).toEqual(['OK', 'OK', 'OK']);
    const statuses = responses.map((response) => response.data?.['decideAgreement']?.status);
    expect(statuses.filter((status) => status === 'ACTIVE').length).toBeGreaterThanOrEqual(1);
    const [{ status }]: { status: string }[] = await api.dataSource.query(
      'SELECT status FROM agreement WHERE id = $1',
      [agreement.id],
    );
    expect(status).toBe('ACTIVE');
    const active: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE agreement_id = $1 AND kind = 'AGREEMENT_ACTIVE'
          AND recipient_user_id IS NOT NULL`,
      [agreement.id],
    );
    expect(active[0].n).toBe(1);
    await assertConsistent(agreement.id);
  });

  it('(b) three approvals racing an edit of the terms: never ACTIVE on an outdated version', async () => {
    for (let round = 1; round <= 8; round++) {
      const agreement = await ensureServicePurchase(api, tokens.sekretariat, `Kappløp ${round}`, {
        submitted: true,
      });
      // Odd rounds edit without an expected version (the edit always wins its turn at the lock); even rounds send
      // the version read before the race, so the edit loses with CONFLICT if any approval locked first.
      const expectedVersion = round % 2 === 0 ? agreement.version : undefined;
      const [edit, ...decisions] = await Promise.all([
        call('sekretariat', UPDATE, {
          input: { id: agreement.id, expectedVersion, terms: { price: String(1200 + round) } },
        }),
        ...PARTIES.map((number) =>
          call(DIRECTOR_OF[number], DECIDE, {
            input: { agreementId: agreement.id, versionNumber: 1, decision: 'APPROVE' },
          }),
        ),
      ]);
      for (const decision of decisions.filter((response) => response.errors)) {
        expect(errorCode(decision)).toBe('BAD_USER_INPUT');
        expect(decision.errors?.[0]?.message).toBe('Du kan bare godkjenne gjeldende versjon (v2).');
      }
      const [row]: { status: string; current_version: number; active_version: number | null }[] =
        await api.dataSource.query(
          'SELECT status, current_version, active_version FROM agreement WHERE id = $1',
          [agreement.id],
        );
      const approvedV1 = decisions.filter((response) => !response.errors).length;
      if (edit.errors) {
        // The edit lost: the approvals stand, all three on version 1, which is in force.
        expect(errorCode(edit)).toBe('CONFLICT');
        expect(row).toEqual({ status: 'ACTIVE', current_version: 1, active_version: 1 });
        expect(approvedV1).toBe(3);
      } else {
        // The edit won: version 2 waits for approval; no approval of version 1 counts for it.
        expect(row.status).toBe('SUBMITTED');
        expect(row.current_version).toBe(2);
        expect(row.active_version).toBe(approvedV1 === 3 ? 1 : null);
        const onV2: { n: number }[] = await api.dataSource.query(
          `SELECT count(*)::int AS n FROM agreement_approval ap JOIN agreement_version v ON v.id = ap.version_id
            WHERE v.agreement_id = $1 AND v.number = 2`,
          [agreement.id],
        );
        expect(onV2[0].n).toBe(0);
      }
      await assertConsistent(agreement.id);
    }
  });

  it('(c) two edits with the same expected version: one saves, the other gets CONFLICT', async () => {
    for (let round = 1; round <= 3; round++) {
      const agreement = await ensureServicePurchase(api, tokens.sekretariat, `Dobbel lagring ${round}`);
      const before = await audits(agreement.id);
      const responses = await Promise.all(
        ['1300', '1400'].map((price) =>
          call('sekretariat', UPDATE, {
            input: { id: agreement.id, expectedVersion: agreement.version, terms: { price } },
          }),
        ),
      );
      expect(codes(responses)).toEqual(['CONFLICT', 'OK']);
      const saved = responses.find((response) => !response.errors)?.data?.['updateAgreement'];
      const [row]: { version: number; price: string }[] = await api.dataSource.query(
        `SELECT a.version, v.price FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id
          WHERE a.id = $1 AND v.number = a.current_version`,
        [agreement.id],
      );
      expect(row.version).toBe(agreement.version + 1);
      expect(Number(row.price)).toBe(Number(saved?.currentVersion.price));
      expect(await audits(agreement.id)).toBe(before + 1);
    }
  });
});
