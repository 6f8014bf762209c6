import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeSsb, startFakeSsb, workspaceRoot } from '@samarbeid/tools/stack';

import { DemoUsername, tokensForAll } from './support/portfolio';
import { bootTestApp, errorCode, TestApp, useTestApp } from './support/test-app';

interface Job {
  id: string;
  status: string;
  progress: number;
  message: string;
  messageEn: string;
}

const START = 'mutation($slug: String!) { startSsbImport(regionSlug: $slug) { id status progress message } }';
const JOB = 'query($id: ID!) { importJob(id: $id) { id status progress message messageEn } }';

async function waitForJob(api: TestApp, token: string, id: string): Promise<{ final: Job; seen: number[] }> {
  const seen: number[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await api.gql<{ importJob: Job }>(JOB, { token, variables: { id } });
    const job = response.data?.importJob as Job;
    seen.push(job.progress);
    if (job.status !== 'RUNNING') return { final: job, seen };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

async function populations(api: TestApp): Promise<string> {
  const rows: { n: string; y: number; c: number; s: string }[] = await api.dataSource.query(
    'SELECT municipality_number AS n, year AS y, count AS c, source AS s FROM municipality_population ORDER BY 1, 2',
  );
  return JSON.stringify(rows);
}

describe('import from SSB (recorded responses, never the network)', () => {
  let tokens: Record<DemoUsername, string>;

  beforeAll(async () => {
    tokens = await tokensForAll();
  });

  describe('when SSB answers', () => {
    let ssb: FakeSsb;
    let api: TestApp;

    beforeAll(async () => {
      ssb = await startFakeSsb(workspaceRoot());
      api = await bootTestApp({
        SSB_PXWEB_URL: ssb.pxwebUrl,
        SSB_KLASS_URL: ssb.klassUrl,
      });
    });
    afterAll(async () => {
      await api.close();
      await ssb.close();
    });

    it('imports population for the region with progress, and records it in the history', async () => {
      const started = await api.gql<{ startSsbImport: Job }>(START, {
        token: tokens.sekretariat,
        variables: { slug: 'hallingdal' },
      });
      expect(started.errors).toBeUndefined();
      const { final } = await waitForJob(api, tokens.sekretariat, started.data?.startSsbImport.id as string);
      expect(final).toMatchObject({
        status: 'SUCCEEDED',
        progress: 100,
        message: 'Ferdig: folketall for 6 kommuner (2025, 2026).',
      });
      expect(ssb.requests).toContainEqual(
        expect.stringMatching(/^\/klass\/v1\/classifications\/131\/codesAt\?date=\d{4}-\d{2}-\d{2}$/),
      );
      expect(ssb.requests).toContainEqual(
        expect.stringContaining(
          '/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=3320,3322,3324,3326,3328,3330',
        ),
      );
      const [gol] = await api.dataSource.query<{ count: number; source: string }[]>(
        "SELECT count, source FROM municipality_population WHERE municipality_number = '3324' AND year = 2026",
      );
      expect(gol.count).toBe(4700);
      expect(gol.source).toMatch(/^SSB tabell 07459, hentet \d{4}-\d{2}-\d{2}$/);
      const history = await api.dataSource.query<{ action: string }[]>(
        "SELECT action FROM audit_event WHERE entity_type = 'import' ORDER BY occurred_at",
      );
      expect(history.map((row) => row.action)).toEqual(['CREATE', 'UPDATE']);
    });
  });

  describe.each([
    [
      'SSB cannot be reached',
      'unreachable',
      'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
    ],
    [
      'SSB answers with something else',
      'garbage',
      'SSB svarte med noe vi ikke kunne lese. Ingenting er endret.',
    ],
  ] as const)('when %s', (_case, mode, message) => {
    let ssb: FakeSsb | null = null;
    let api: TestApp;

    beforeAll(async () => {
      ssb = mode === 'garbage' ? await startFakeSsb(workspaceRoot(), 'garbage') : null;
      api = ssb
        ? await bootTestApp({ SSB_PXWEB_URL: ssb.pxwebUrl, SSB_KLASS_URL: ssb.klassUrl })
        : await bootTestApp();
    });
    afterAll(async () => {
      await api.close();
      await ssb?.close();
    });

    it('fails with a clear message and imports nothing', async () => {
      const before = await populations(api);
      const started = await api.gql<{ startSsbImport: Job }>(START, {
        token: tokens.sekretariat,
        variables: { slug: 'kongsbergregionen' },
      });
      const { final } = await waitForJob(api, tokens.sekretariat, started.data?.startSsbImport.id as string);
      expect(final.status).toBe('FAILED');
      expect(final.message).toBe(message);
      expect(await populations(api)).toBe(before);
    });
  });

  describe('access', () => {
    const api = useTestApp();

    it('lets only the secretariat follow an import', async () => {
      const started = await api.gql<{ startSsbImport: Job }>(START, {
        token: tokens.sekretariat,
        variables: { slug: 'hallingdal' },
      });
      const id = started.data?.startSsbImport.id;
      expect(errorCode(await api.gql(JOB, { token: tokens['direktor.kongsberg'], variables: { id } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await api.gql(JOB, { variables: { id } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(JOB, { token: tokens.sekretariat, variables: { id: 'x' } }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
