/**
 * The public steering site end to end, anonymous over HTTP against the real app: over random publish settings no
 * unpublished section and no field outside the documented public set appears in any public response (HTML, CSV,
 * JSON, .xlsx); each published section opens without a token and each unpublished one is 404; the open-data files
 * parse and match the pages; ETag/304; the preview link; the feedback form reaching the secretariat.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { beforeAll, describe, expect, it } from '@jest/globals';
import { PUBLIC_TABLES, type PublicTableName } from '@samarbeid/api/publishing';
import { PUBLIC_SECTIONS, type PublicSection } from '@samarbeid/shared/domain';
import { readDemoUsers, workspaceRoot } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';
import fc from 'fast-check';

import { useDemoTokens } from './support/portfolio';
import { useTestApp } from './support/test-app';

const REGION = 'kongsbergregionen';
const ROOT = `/offentlig/${REGION}`;

/** The pages of each section (the overview and the open-data page need any one section). */
const SECTION_PAGES: Readonly<Record<PublicSection, readonly string[]>> = {
  PORTFOLIO: ['/tiltak', '/tiltak/T1', '/data/measures.csv'],
  DECISIONS: ['/vedtak', '/data/decisions.csv'],
  PARTICIPATION: ['/kommuner', '/kommune/3303', '/data/participation.csv', '/data/costShares.csv'],
  SAVINGS: ['/data/savings.csv'],
  FOCUS: ['/data/focusItems.csv'],
  INDICATORS: ['/data/indicators.csv'],
  PLAN: [],
  REPORTS: ['/rapporter'],
};
const SITE_PAGES = ['', '/apne-data', '/data/styringsdata.json', '/data/styringsdata.xlsx'];

/** Text that only the section's own data can put in a response (set on the demo data before the tests). */
const SENTINELS: Partial<Record<PublicSection, string>> = {
  PORTFOLIO: 'Sentinelportefolje',
  DECISIONS: 'Sentinelvedtak',
  FOCUS: 'Sentinelfokus',
  INDICATORS: 'Sentinelindikator',
  REPORTS: 'Sentinelrapport',
  PARTICIPATION: 'Deltakelse per kommune',
  SAVINGS: 'Innsparing per år',
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

interface Fetched {
  readonly status: number;
  readonly text: string;
  readonly body: Buffer;
  readonly headers: Headers;
}

describe('public steering site', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();
  let personNames: string[] = [];

  const get = async (path: string, headers: Record<string, string> = {}): Promise<Fetched> => {
    const response = await fetch(`${api.url}${path}`, { headers, redirect: 'manual' });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, text: body.toString('utf8'), body, headers: response.headers };
  };

  const setSections = async (sections: readonly PublicSection[]): Promise<void> => {
    await api.dataSource.query(
      `DELETE FROM publish_setting WHERE region_id = (SELECT id FROM region WHERE slug = $1)`,
      [REGION],
    );
    await api.dataSource.query(
      `INSERT INTO publish_setting (region_id, section, published)
       SELECT r.id, s, true FROM region r, unnest($2::text[]) s WHERE r.slug = $1`,
      [REGION, sections],
    );
  };

  beforeAll(async () => {
    const q = (sql: string): Promise<unknown> => api.dataSource.query(sql);
    await q(`UPDATE measure SET description = description || ' ${SENTINELS.PORTFOLIO}', title = title || ' ${SENTINELS.PORTFOLIO}'
              WHERE code = 'T1'`);
    await q(`UPDATE decision SET text = text || ' ${SENTINELS.DECISIONS}'
              WHERE id = (SELECT id FROM decision ORDER BY decided_on DESC LIMIT 1)`);
    await q(
      `UPDATE focus_item SET name = name || ' ${SENTINELS.FOCUS}' WHERE id = (SELECT id FROM focus_item LIMIT 1)`,
    );
    await q(`UPDATE goal_indicator SET name = name || ' ${SENTINELS.INDICATORS}'
              WHERE goal_id IN (SELECT g.id FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
                                 WHERE s.status = 'ADOPTED')`);
    await q(`UPDATE reporting_period SET name = name || ' ${SENTINELS.REPORTS}'
              WHERE id IN (SELECT period_id FROM frozen_report)`);
    const names = await api.dataSource.query<{ name: string }[]>(
      `SELECT DISTINCT name FROM (
         SELECT actor_name AS name FROM audit_event WHERE actor_id NOT LIKE 'system:%'
         UNION SELECT recorded_by_name FROM focus_value UNION SELECT recorded_by_name FROM indicator_value
         UNION SELECT changed_by_name FROM publish_setting) n
       WHERE name IS NOT NULL AND name NOT IN ('Publikum', 'Demodata')`,
    );
    const demo = await readDemoUsers(workspaceRoot());
    personNames = [...new Set([...names.map((n) => n.name), ...demo.map((u) => u.name)])].filter(
      (name) => name.length > 3,
    );
  });

  /** The documented fields of every table in a JSON file, nothing else, and only published tables. */
  function checkJson(text: string, sections: readonly PublicSection[]): void {
    const json = JSON.parse(text) as {
      licence: { name: string };
      tables: Record<string, { fields: { name: string }[]; rows: Record<string, unknown>[] }>;
    };
    expect(json.licence.name).toContain('NLOD');
    for (const [name, table] of Object.entries(json.tables)) {
      const spec = PUBLIC_TABLES[name as PublicTableName];
      expect(spec).toBeDefined();
      expect(sections).toContain(spec.section);
      expect(table.fields.map((f) => f.name)).toEqual([...spec.fields]);
      for (const row of table.rows) expect(Object.keys(row)).toEqual([...spec.fields]);
    }
    for (const [name, spec] of Object.entries(PUBLIC_TABLES)) {
      expect(name in json.tables).toBe(sections.includes(spec.section));
    }
  }

  async function checkWorkbook(body: Buffer, sections: readonly PublicSection[]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.description).toContain('(NLOD) 2.0');
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets[0]).toBe('Om dataene');
    for (const name of sheets.slice(1)) {
      const spec = PUBLIC_TABLES[name as PublicTableName];
      expect(sections).toContain(spec.section);
      const header = (workbook.getWorksheet(name)?.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([...spec.fields]);
    }
  }

  it('publishes exactly the sections switched on, and no field outside the public list (property)', async () => {
    const available = PUBLIC_SECTIONS;
    await fc.assert(
      fc.asyncProperty(fc.subarray([...available]), async (chosen) => {
        await setSections(chosen);
        const shown: readonly PublicSection[] = chosen.filter((section) => section !== 'PLAN');
        const responses: { path: string; response: Fetched }[] = [];
        for (const section of PUBLIC_SECTIONS) {
          for (const page of SECTION_PAGES[section]) {
            const response = await get(`${ROOT}${page}`);
            expect({ page, status: response.status }).toEqual({
              page,
              status: shown.includes(section) ? 200 : 404,
            });
            responses.push({ path: page, response });
          }
        }
        for (const page of SITE_PAGES) {
          const response = await get(`${ROOT}${page}`);
          expect({ page, status: response.status }).toEqual({ page, status: shown.length > 0 ? 200 : 404 });
          responses.push({ path: page, response });
        }
        const statement = await get(`${ROOT}/tilgjengelighet`);
        expect(statement.status).toBe(200);
        for (const { path, response } of responses) {
          if (path.endsWith('.xlsx')) {
            if (response.status === 200) await checkWorkbook(response.body, shown);
            continue;
          }
          // No e-mail address, no person's name, no unpublished section's data, anywhere.
          expect({ path, email: EMAIL.exec(response.text)?.[0] ?? null }).toEqual({ path, email: null });
          for (const name of personNames)
            expect({ path, name, found: response.text.includes(name) }).toMatchObject({ found: false });
          for (const [section, sentinel] of Object.entries(SENTINELS)) {
            if (!shown.includes(section as PublicSection)) {
              expect({ path, sentinel, found: response.text.includes(sentinel) }).toMatchObject({
                found: false,
              });
            }
          }
          if (path.endsWith('.json') && response.status === 200) checkJson(response.text, shown);
          if (path.endsWith('.csv') && response.status === 200) {
            const table = path.replace('/data/', '').replace('.csv', '') as PublicTableName;
            expect(response.text.split('\r\n')[0]).toBe(PUBLIC_TABLES[table].fields.join(','));
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 600_000);

  it('shows the sentinels of published sections (the property test looks in the right places)', async () => {
    await setSections(['PORTFOLIO', 'DECISIONS', 'FOCUS', 'PARTICIPATION', 'SAVINGS']);
    const overview = await get(ROOT);
    for (const sentinel of [SENTINELS.FOCUS, SENTINELS.PARTICIPATION, SENTINELS.SAVINGS]) {
      expect(overview.text).toContain(sentinel);
    }
    expect((await get(`${ROOT}/tiltak`)).text).toContain(SENTINELS.PORTFOLIO);
    expect((await get(`${ROOT}/vedtak`)).text).toContain(SENTINELS.DECISIONS);
  });

  it('answers with HTML a phone can use: lang, title, description, CSP, cache headers, ETag and 304', async () => {
    await setSections(['PORTFOLIO']);
    const first = await get(ROOT);
    expect(first.status).toBe(200);
    expect(first.text).toMatch(/^<!doctype html><html lang="nb">/);
    expect(first.text).toMatch(/<title>Styringsdata – .+<\/title>/);
    expect(first.text).toMatch(/<meta name="description" content="[^"]{20,}">/);
    expect(first.text).not.toContain('<script');
    expect(first.headers.get('cache-control')).toContain('public');
    expect(first.headers.get('content-security-policy')).toContain("style-src 'sha256-");
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get(ROOT, { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    const csv = await get(`${ROOT}/data/measures.csv`);
    const csvAgain = await get(`${ROOT}/data/measures.csv`, {
      'if-none-match': csv.headers.get('etag') as string,
    });
    expect(csvAgain.status).toBe(304);
    expect(csv.headers.get('link')).toContain('data.norge.no/nlod');
  });

  it('sends a page compressed in the encoding the reader accepts, compressed once and then reused', async () => {
    await setSections(['PORTFOLIO']);
    // Raw HTTP: fetch would ask for and undo the compression itself.
    const raw = (encoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> =>
      new Promise((resolve, reject) => {
        const url = new URL(`${api.url}${ROOT}/tiltak`);
        request(url, { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        })
          .on('error', reject)
          .end();
      });
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const html = plain.body.toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);

    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['etag']).toBe(plain.headers['etag']);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(html);
    expect(br.body.length).toBeLessThan(html.length / 3);
    expect((await raw('br')).body.equals(br.body)).toBe(true);

    const gzip = await raw('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(html);
  });

  it('open data matches the pages: CSV, JSON and .xlsx carry the measures the page lists', async () => {
    await setSections(['PORTFOLIO', 'PARTICIPATION', 'SAVINGS']);
    const page = (await get(`${ROOT}/tiltak`)).text;
    const csv = (await get(`${ROOT}/data/measures.csv`)).text.trim().split('\r\n');
    const rows = csv.slice(1).map((line) => line.split(',')[0]);
    const listed = [...page.matchAll(/href="\/offentlig\/kongsbergregionen\/tiltak\/([^"]+)"/g)].map((m) =>
      decodeURIComponent(m[1]),
    );
    expect(rows).toEqual(listed);
    const json = JSON.parse((await get(`${ROOT}/data/styringsdata.json`)).text) as {
      tables: { measures: { rows: { code: string; progressPercent: number | null }[] } };
    };
    expect(json.tables.measures.rows.map((r) => r.code)).toEqual(listed);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`${ROOT}/data/styringsdata.xlsx`)).body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('measures');
    const codes: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1) codes.push(row.getCell(1).text);
    });
    expect(codes).toEqual(listed);
    // A municipality's cost shares on its page equal the file's.
    const shares = (await get(`${ROOT}/data/costShares.csv`)).text.trim().split('\r\n').slice(1);
    const kongsberg = (await get(`${ROOT}/kommune/3303`)).text;
    for (const line of shares.filter((l) => l.startsWith('3303,'))) {
      const [, , code, year] = line.split(',');
      expect(kongsberg).toContain(`<td>${code}</td><td>${year}</td>`);
    }
  });

  it('unknown regions, measures and municipalities are 404, not another region or an error', async () => {
    await setSections(['PORTFOLIO', 'PARTICIPATION']);
    expect((await get('/offentlig/finnes-ikke')).status).toBe(404);
    expect((await get('/offentlig/hallingdal')).status).toBe(404);
    expect((await get(`${ROOT}/tiltak/X99`)).status).toBe(404);
    expect((await get(`${ROOT}/kommune/0301`)).status).toBe(404);
    expect((await get(`${ROOT}/data/secret.csv`)).status).toBe(404);
    expect((await get(`${ROOT}/noe/annet`)).status).toBe(404);
    expect((await get('/offentlig/%00')).status).toBe(404);
  });

  it('a preview link shows unpublished sections, privately, until it expires', async () => {
    await setSections(['PORTFOLIO']);
    expect((await get(`${ROOT}/vedtak`)).status).toBe(404);
    const response = await api.gql<{ createPublishingPreview: { path: string } }>(
      `mutation { createPublishingPreview(regionSlug: "${REGION}") { path expiresAt } }`,
      { token: tokens.sekretariat },
    );
    const path = response.data?.createPublishingPreview.path ?? '';
    const token = new URL(path, api.url).searchParams.get('forhandsvisning') ?? '';
    const preview = await get(`${ROOT}/vedtak?forhandsvisning=${encodeURIComponent(token)}`);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Forhåndsvisning');
    expect(preview.text).toContain('noindex');
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect((await get(`${ROOT}/vedtak?forhandsvisning=feil`)).status).toBe(404);
    await api.dataSource.query("UPDATE publish_preview SET expires_at = now() - interval '1 minute'");
    expect((await get(`${ROOT}/vedtak?forhandsvisning=${encodeURIComponent(token)}`)).status).toBe(404);
  });

  it('feedback from the form reaches the secretariat (in the app and by e-mail), and is rate-limited', async () => {
    await api.gql('mutation($input: SetPublishingInput!) { setPublishing(input: $input) { regionSlug } }', {
      token: tokens.sekretariat,
      variables: { input: { regionSlug: REGION, section: 'FOCUS', published: true } },
    });
    await api.gql(
      'mutation($input: SaveAccessibilityStatementInput!) { saveAccessibilityStatement(input: $input) { regionSlug } }',
      {
        token: tokens.sekretariat,
        variables: {
          input: {
            regionSlug: REGION,
            conformance: 'PARTIAL',
            deviations: 'Diagrammer er ikke beskrevet punkt for punkt.',
            feedbackEmail: 'post@kongsbergregionen.example',
            lastReviewed: '2026-11-30',
          },
        },
      },
    );
    await api.dataSource.query('DELETE FROM rate_limit_counter');
    const post = (fields: Record<string, string>) =>
      fetch(`${api.url}${ROOT}/tilbakemelding`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    const empty = await post({ melding: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Skriv en melding');
    const sent = await post({ melding: 'Knappen i skjemaet er vanskelig å se.', navn: 'Kari' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain('/tilgjengelighet?sendt=1');
    const [stored]: { message: string; name: string }[] = await api.dataSource.query(
      "SELECT message, name FROM public_feedback WHERE message LIKE 'Knappen i skjemaet%'",
    );
    expect(stored).toEqual({ message: 'Knappen i skjemaet er vanskelig å se.', name: 'Kari' });
    const mails: { recipients: string[] }[] = await api.dataSource.query(
      "SELECT recipients FROM mail_outbox WHERE subject LIKE 'Tilbakemelding fra publikum%'",
    );
    expect(mails.map((m) => m.recipients)).toContainEqual(['post@kongsbergregionen.example']);
    const notified = await api.gql<{ notifications: { nodes: { kind: string; body: string }[] } }>(
      '{ notifications(first: 20) { nodes { kind body } } }',
      { token: tokens.sekretariat },
    );
    expect(notified.data?.notifications.nodes).toContainEqual({
      kind: 'PUBLIC_FEEDBACK',
      body: 'Knappen i skjemaet er vanskelig å se.',
    });
    const listed = await api.gql<{ publicFeedback: { nodes: { message: string }[] } }>(
      `{ publicFeedback(regionSlug: "${REGION}") { nodes { message } } }`,
      { token: tokens.sekretariat },
    );
    expect(listed.data?.publicFeedback.nodes.map((n) => n.message)).toContain(
      'Knappen i skjemaet er vanskelig å se.',
    );
    // One sent above; four more pass, the sixth in the window is refused with a sentence and Retry-After.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post({ melding: `Melding ${i}` })).status);
    expect(statuses).toEqual([303, 303, 303, 303, 429]);
  });
});
