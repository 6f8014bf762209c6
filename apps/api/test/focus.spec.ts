/**
 * Focus items end to end: the integration client (client-credentials grant, role `integration`) may post focus values
 * and is FORBIDDEN everything else; a batch or a file with bad entries is refused whole, listing every one, and saves
 * nothing; status and trend against the target.
 */
import { describe, expect, it } from '@jest/globals';
import { focusSummaries } from '@samarbeid/api/focus-read';
import { clientCredentialsToken } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';

import { FOCUS_MATRIX, FOCUS_QUERIES, focusItemId } from './support/focus-matrix';
import { INDICATOR_QUERIES } from './support/indicators-matrix';
import type { QueryCase } from './support/matrix';
import { MATRIX } from './support/mutation-matrix';
import { auditCount, databaseFingerprint, useDemoTokens } from './support/portfolio';
import { PREPAREDNESS_QUERIES } from './support/preparedness-matrix';
import { errorCode, testIssuerUrl, useTestApp } from './support/test-app';

const POST = 'mutation($input: PostFocusValuesInput!) { postFocusValues(input: $input) { saved replaced } }';
const IMPORT =
  'mutation($input: ImportFocusValuesInput!) { importFocusValues(input: $input) { saved replaced } }';
const ITEM =
  'query($id: ID!) { focusItem(id: $id) { id name status trend currentTarget latest { period value target status source } values { period value } } }';

/** Other operations, a representative set across every feature, that the integration client must not use. */
const OTHER_MUTATIONS = [
  'createMeasure',
  'transitionMeasure',
  'setParticipation',
  'createStrategy',
  'setMeasureCosts',
  'createBenefit',
  'createAgreement',
  'decideAgreement',
  'recordIndicatorValue',
  'startKostraImport',
  'createFocusItem',
  'updateFocusItem',
  'setFocusTarget',
  'recordFocusValue',
  'importFocusValues',
];
const OTHER_QUERIES: readonly QueryCase[] = [
  { query: 'me', document: '{ me { id } }', variables: async () => ({}), readers: 'everyone', badInput: [] },
  {
    query: 'regions',
    document: 'query { regions(first: 5) { totalCount } }',
    variables: async () => ({}),
    readers: 'everyone',
    badInput: [],
  },
  ...FOCUS_QUERIES,
  ...INDICATOR_QUERIES.slice(0, 2),
  ...PREPAREDNESS_QUERIES.slice(0, 1),
];

describe('focus items', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();
  let integration = '';

  it('gives the integration client a token with the integration role only', async () => {
    integration = await clientCredentialsToken(testIssuerUrl());
    const payload = JSON.parse(Buffer.from(integration.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(payload['azp']).toBe('samarbeid-integration');
    expect(payload['aud']).toBe('samarbeid-api');
    expect(payload['realm_access']).toEqual({ roles: ['integration'] });
    // The client's hard-coded claim (docker/keycloak/realm.json): the one region it may write to.
    expect(payload['region']).toBe('kongsbergregionen');
  });

  describe('the integration client', () => {
    it('posts values: saved, the period replaced when sent again, one history record', async () => {
      const agencies = await focusItemId(api.dataSource, 'Bruk av vikarbyrå');
      const sickLeave = await focusItemId(api.dataSource, 'Sykefravær', '3303');
      const audits = await auditCount(api.dataSource);
      const first = await api.gql(POST, {
        token: integration,
        variables: {
          input: {
            values: [
              { focusItemId: agencies, period: '2026-07', value: '990000' },
              { focusItemId: sickLeave, period: '2026-Q3', value: '6.2' },
            ],
          },
        },
      });
      expect(first.errors).toBeUndefined();
      expect(first.data?.['postFocusValues']).toEqual({ saved: 2, replaced: 0 });
      expect(await auditCount(api.dataSource)).toBe(audits + 1);
      const again = await api.gql(POST, {
        token: integration,
        variables: { input: { values: [{ focusItemId: agencies, period: '2026-07', value: '980000.5' }] } },
      });
      expect(again.data?.['postFocusValues']).toEqual({ saved: 1, replaced: 1 });
      const item = await api.gql<{ focusItem: Record<string, unknown> }>(ITEM, {
        token: tokens.politiker,
        variables: { id: agencies },
      });
      expect(item.data?.focusItem).toMatchObject({
        status: 'ON_TARGET',
        trend: 'IMPROVING',
        currentTarget: '1200000',
        latest: {
          period: '2026-07',
          value: '980000.5',
          target: '1200000',
          status: 'ON_TARGET',
          source: 'API',
        },
      });
    });

    it("refuses values for another region's focus items, saving nothing", async () => {
      const created = await api.gql<{ createFocusItem: { id: string } }>(
        `mutation($input: CreateFocusItemInput!) { createFocusItem(input: $input) { id } }`,
        {
          token: tokens.sekretariat,
          variables: {
            input: {
              regionSlug: 'hallingdal',
              name: 'Konsulentbruk i Hallingdal',
              unit: 'kr',
              direction: 'LOWER',
              frequency: 'MONTHLY',
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const own = await focusItemId(api.dataSource, 'Bruk av vikarbyrå');
      const fingerprint = await databaseFingerprint(api.dataSource);
      const response = await api.gql(POST, {
        token: integration,
        variables: {
          input: {
            values: [
              { focusItemId: own, period: '2026-09', value: '1' },
              { focusItemId: created.data?.createFocusItem.id, period: '2026-09', value: '1' },
            ],
          },
        },
      });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe(
        'Integrasjonsklienten kan bare sende verdier til fokusposter i regionen «kongsbergregionen».',
      );
      expect(await databaseFingerprint(api.dataSource)).toEqual(fingerprint);
    });

    it('refuses a batch with bad values whole, listing each by position, and saves nothing', async () => {
      const agencies = await focusItemId(api.dataSource, 'Bruk av vikarbyrå');
      const fingerprint = await databaseFingerprint(api.dataSource);
      const response = await api.gql(POST, {
        token: integration,
        variables: {
          input: {
            values: [
              { focusItemId: agencies, period: '2026-08', value: '1' },
              { focusItemId: agencies, period: '2026-Q3', value: '1' },
              { focusItemId: '00000000-0000-4000-8000-000000000000', period: '2026-08', value: '1' },
              { focusItemId: agencies, period: '2026-08', value: '2' },
            ],
          },
        },
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^3 feil\. Ingenting er lagret\. Verdi nr\. 2: /);
      const rows = (response.errors?.[0]?.extensions as { rowErrors?: { row: number }[] }).rowErrors;
      expect(rows?.map((row) => row.row)).toEqual([2, 3, 4]);
      expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
    });

    it('refuses hostile text in every field of postFocusValues with BAD_USER_INPUT and a sentence', async () => {
      const agencies = await focusItemId(api.dataSource, 'Bruk av vikarbyrå');
      const fingerprint = await databaseFingerprint(api.dataSource);
      const hostile = { nul: 'a\u0000b', surrogate: 'a\ud800b', long: 'x'.repeat(100_000), blank: '   ' };
      const problems: string[] = [];
      for (const field of ['focusItemId', 'period', 'value'] as const) {
        for (const [label, text] of Object.entries(hostile)) {
          const value = { focusItemId: agencies, period: '2026-10', value: '1', [field]: text };
          const response = await api.gql(POST, {
            token: integration,
            variables: { input: { values: [value] } },
          });
          const error = response.errors?.[0];
          if (
            error?.extensions?.code !== 'BAD_USER_INPUT' ||
            !error.extensions.messageEn ||
            error.message.length < 10
          ) {
            problems.push(
              `${field} with ${label}: ${error?.extensions?.code ?? 'accepted'} ${error?.message ?? ''}`,
            );
          }
        }
      }
      expect(problems).toEqual([]);
      expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
    });

    for (const operation of OTHER_MUTATIONS) {
      it(`is FORBIDDEN ${operation}`, async () => {
        const entry = MATRIX.find((candidate) => candidate.operation === operation);
        if (!entry) throw new Error(`no matrix entry ${operation}`);
        const attempt = entry.attempts.find((a) => a.expect === 'OK') ?? entry.attempts[0];
        // The variables first: building them may set up data (an agreement to decide) through other users.
        const variables = await attempt.variables(api);
        const fingerprint = await databaseFingerprint(api.dataSource);
        const response = await api.gql(entry.document, { token: integration, variables });
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
      });
    }

    for (const query of OTHER_QUERIES) {
      it(`is FORBIDDEN the query ${query.query}`, async () => {
        const response = await api.gql(query.document, {
          token: integration,
          variables: await query.variables(api),
        });
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(response.data?.[query.query] ?? null).toBeNull();
      });
    }

    it('is FORBIDDEN the Excel exports', async () => {
      const response = await fetch(
        `${api.url}/exports/strategies/00000000-0000-4000-8000-000000000000/indicators.xlsx`,
        { headers: { authorization: `Bearer ${integration}` } },
      );
      expect(response.status).toBe(403);
    });
  });

  describe('the upload', () => {
    const file = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const upload = (fileBase64: string, dryRun?: boolean) =>
      api.gql(IMPORT, {
        token: tokens.sekretariat,
        variables: { input: { regionSlug: 'kongsbergregionen', fileBase64, ...(dryRun ? { dryRun } : {}) } },
      });
    /** Rows 3, 4 and 5 of the files below are bad, each for its own reason; nothing is saved. */
    const expectRows3To5Refused = (response: Awaited<ReturnType<typeof upload>>) => {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      const rows = (response.errors?.[0]?.extensions as { rowErrors?: { row: number; reason: string }[] })
        .rowErrors;
      expect(rows?.map((row) => row.row)).toEqual([3, 4, 5]);
      expect(rows?.[0]?.reason).toContain('Verdien må være et tall');
      expect(rows?.[1]?.reason).toContain('måles per kvartal');
      expect(rows?.[2]?.reason).toContain('Fant ingen fokuspost «Overtid» for regionen');
      expect(response.errors?.[0]?.message).toMatch(/Ingenting er lagret/);
    };

    it('lists every bad row with its number and a Norwegian sentence, and saves nothing', async () => {
      const fingerprint = await databaseFingerprint(api.dataSource);
      const response = await upload(
        file(
          [
            'fokuspost;kommune;periode;verdi',
            'Bruk av vikarbyrå;;2026-09;900 000',
            'Bruk av konsulenter;;2026-09;mange',
            'Sykefravær;3303;2026-09;6',
            'Overtid;;2026-09;10',
            'Sykefravær;;2026-Q3;7,1',
          ].join('\r\n'),
        ),
      );
      expectRows3To5Refused(response);
      expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
    });

    it('saves a good file, and a dry run saves nothing', async () => {
      const text = file('fokuspost;periode;verdi\nBruk av konsulenter;2026-09;799 999,5\n');
      const fingerprint = await databaseFingerprint(api.dataSource);
      const dry = await upload(text, true);
      expect(dry.data?.['importFocusValues']).toEqual({ saved: 1, replaced: 0 });
      expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
      const real = await upload(text);
      expect(real.data?.['importFocusValues']).toEqual({ saved: 1, replaced: 0 });
      const [row]: { value: string; source: string }[] = await api.dataSource.query(
        `SELECT trim_scale(v.value)::text AS value, v.source FROM focus_value v JOIN focus_item f ON f.id = v.focus_item_id
          WHERE f.name = 'Bruk av konsulenter' AND v.period = '2026-09'`,
      );
      expect(row).toEqual({ value: '799999.5', source: 'UPLOAD' });
    });

    /** An .xlsx as Excel writes it: numbers as numbers, a typed "2026-10" turned into a date. */
    const workbook = async (rows: unknown[][]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Verdier');
      rows.forEach((row) => sheet.addRow(row));
      return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    };

    it('reads an Excel file by the same rules: every bad row listed, nothing saved; a good one saved', async () => {
      const fingerprint = await databaseFingerprint(api.dataSource);
      const bad = await upload(
        await workbook([
          ['Fokuspost', 'Kommune', 'Periode', 'Verdi'],
          ['Bruk av vikarbyrå', null, new Date(Date.UTC(2026, 9, 1)), 910000],
          ['Bruk av konsulenter', null, '2026-10', 'mange'],
          ['Sykefravær', 3303, '2026-10', 6],
          ['Overtid', null, '2026-10', 10],
        ]),
      );
      expectRows3To5Refused(bad);
      expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);

      const good = await upload(
        await workbook([
          ['fokuspost', 'periode', 'verdi'],
          ['Bruk av vikarbyrå', new Date(Date.UTC(2026, 9, 1)), 910000.25],
        ]),
      );
      expect(good.errors).toBeUndefined();
      expect(good.data?.['importFocusValues']).toMatchObject({ saved: 1 });
      const [row]: { value: string; source: string }[] = await api.dataSource.query(
        `SELECT trim_scale(v.value)::text AS value, v.source FROM focus_value v JOIN focus_item f ON f.id = v.focus_item_id
          WHERE f.name = 'Bruk av vikarbyrå' AND f.municipality_number IS NULL AND v.period = '2026-10'`,
      );
      expect(row).toEqual({ value: '910000.25', source: 'UPLOAD' });
    });

    it('refuses a file that is a zip archive but no workbook, saving nothing', async () => {
      const fingerprint = await databaseFingerprint(api.dataSource);
      const response = await upload(
        Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(40)]).toString('base64'),
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/Excel-fil \(\.xlsx\)\. Ingenting er lagret\./);
      expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
    });
  });

  it('refuses a stale save of an item with CONFLICT', async () => {
    const id = await focusItemId(api.dataSource, 'Bruk av konsulenter');
    const response = await api.gql(
      'mutation($input: UpdateFocusItemInput!) { updateFocusItem(input: $input) { id } }',
      {
        token: tokens.sekretariat,
        variables: {
          input: { id, expectedVersion: 99, name: 'Bruk av konsulenter', unit: 'kr', direction: 'LOWER' },
        },
      },
    );
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('lists the region’s items with status and trend in three statements', async () => {
    const response = await api.gql<{
      focusItems: { items: Record<string, unknown>[]; viewerCanDefine: boolean };
    }>(
      'query { focusItems(regionSlug: "kongsbergregionen") { viewerCanDefine items { name municipalityNumber areaName status trend values { period } } } }',
      { token: tokens.politiker },
    );
    expect(response.data?.focusItems.viewerCanDefine).toBe(false);
    const names = response.data?.focusItems.items.map(
      (item) => `${String(item['name'])}@${String(item['areaName'])}`,
    );
    expect(names).toEqual(
      expect.arrayContaining(['Bruk av vikarbyrå@Kongsbergregionen', 'Sykefravær@Kongsberg']),
    );
    for (const item of response.data?.focusItems.items ?? []) {
      expect((item['values'] as unknown[]).length).toBeLessThanOrEqual(12);
    }
  });

  it('gives the overview the same latest value, target and status as the page (focus-read)', async () => {
    const [{ id: regionId }]: { id: string }[] = await api.dataSource.query(
      "SELECT id FROM region WHERE slug = 'kongsbergregionen'",
    );
    const all = await focusSummaries(api.dataSource.manager, regionId);
    const own = await focusSummaries(api.dataSource.manager, regionId, null);
    const kongsberg = await focusSummaries(api.dataSource.manager, regionId, '3303');
    expect(own.every((item) => item.municipalityNumber === null)).toBe(true);
    expect(kongsberg.map((item) => item.name)).toEqual(['Sykefravær']);
    expect(all.length).toBe(own.length + kongsberg.length);
    const page = await api.gql<{
      focusItems: {
        items: {
          id: string;
          status: string;
          currentTarget: string | null;
          latest: { value: string } | null;
        }[];
      };
    }>(
      'query { focusItems(regionSlug: "kongsbergregionen") { items { id status currentTarget latest { value } } } }',
      { token: tokens.politiker },
    );
    for (const item of page.data?.focusItems.items ?? []) {
      const summary = all.find((candidate) => candidate.id === item.id);
      expect(summary).toMatchObject({
        status: item.status,
        target: item.currentTarget,
        latestValue: item.latest?.value ?? null,
      });
    }
  });

  it('has a matrix row for every focus mutation', () => {
    expect(FOCUS_MATRIX.map((entry) => entry.operation).sort()).toEqual([
      'createFocusItem',
      'importFocusValues',
      'postFocusValues',
      'recordFocusValue',
      'setFocusTarget',
      'updateFocusItem',
    ]);
  });
});
