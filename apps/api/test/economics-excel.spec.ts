import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { zipArchive } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';

import { databaseFingerprint, DemoUsername, measureRef, tokensForAll } from './support/portfolio';
import { bootTestApp, errorCode, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportBenefitPlanInput!) {
  importBenefitPlan(input: $input) { created updated plannedValues } }`;
const HEADERS = [
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
];

async function workbookOf(rows: readonly (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Gevinstplan');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/**
 * A valid plan (two rows) padded to about `targetBytes` with a comment column of random text, which the import
 * ignores and which hardly compresses: a big file that is still a good one.
 */
async function paddedWorkbook(targetBytes: number): Promise<Buffer> {
  const build = async (paddingRows: number): Promise<Buffer> => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Gevinstplan');
    sheet.addRow([...HEADERS, 'Kommentar']);
    const plan = [
      'Stor fil',
      'Effektiviseringsgevinst',
      'Kroner',
      null,
      null,
      null,
      null,
      null,
      'Eiendomssjef',
      '',
    ];
    sheet.addRow([...plan, '3334', 2027, 1000]);
    sheet.addRow([...plan, '3336', 2027, 2000]);
    for (let row = 0; row < paddingRows; row++) {
      sheet.addRow([...HEADERS.map(() => null), randomBytes(12_000).toString('base64')]);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const first = await build(100);
  return build(Math.floor((100 * targetBytes) / first.length));
}

async function download(api: TestApp, path: string, token?: string): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('economics in Excel', () => {
  let api: TestApp;
  let tokens: Record<DemoUsername, string>;

  beforeAll(async () => {
    api = await bootTestApp();
    tokens = await tokensForAll();
  });
  afterAll(() => api.close());

  it("exports a measure's economics: read back, the numbers are numbers and the sums formulas", async () => {
    const t5 = await measureRef(api.dataSource, 'T5');
    const response = await download(api, `/exports/measures/${t5.id}/economics.xlsx`, tokens.politiker);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('okonomi-T5.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kostnader', 'Fordeling', 'Gevinster']);
    const costs = workbook.getWorksheet('Kostnader') as ExcelJS.Worksheet;
    const cells: ExcelJS.Cell[] = [];
    costs.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    // 2026: 450 000 one-off + 1 200 000 running; the year's sum is a formula whose stored result is 1 650 000.
    const oneOff = cells.find((cell) => cell.value === 450000);
    expect(oneOff?.numFmt).toContain('#,##0');
    const sums = cells.filter(
      (cell) => typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value,
    );
    expect(sums.some((cell) => (cell.value as ExcelJS.CellFormulaValue).result === 1650000)).toBe(true);
    expect(sums.every((cell) => /SUM/i.test((cell.value as ExcelJS.CellFormulaValue).formula))).toBe(true);
  });

  it("exports a municipality's economics, and refuses an anonymous download with 401", async () => {
    const ok = await download(
      api,
      '/exports/regions/kongsbergregionen/municipalities/3334/economics.xlsx',
      tokens.politiker,
    );
    expect(ok.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await ok.arrayBuffer());
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    const anonymous = await download(
      api,
      '/exports/regions/kongsbergregionen/municipalities/3334/economics.xlsx',
    );
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a plan with bad rows, reporting each row, column and reason, and saves nothing', async () => {
    const t5 = await measureRef(api.dataSource, 'T5');
    const before = await databaseFingerprint(api.dataSource);
    const file = await workbookOf([
      [
        'Lavere husleie',
        'Effektiviseringsgevinst',
        'Kroner',
        null,
        null,
        null,
        null,
        null,
        'Eiendomssjef',
        '',
        null,
        2027,
        100000,
      ],
      [
        'Lavere husleie',
        'Effektiviseringsgevinst',
        'Kroner',
        null,
        null,
        null,
        null,
        null,
        'Eiendomssjef',
        '',
        null,
        2035,
        100000,
      ],
      [
        'Færre klager',
        'Kvalitetsgevinst',
        'Kvalitativ',
        null,
        'Klager',
        null,
        null,
        null,
        'Servicetorget',
        '',
        '3303',
        2027,
        'mange',
      ],
    ]);
    const response = await api.gql(IMPORT, {
      token: tokens['leder.teknisk'],
      variables: { input: { measureId: t5.id, fileBase64: file } },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const rowErrors = (response.errors?.[0]?.extensions as { rowErrors: { row: number; column: string }[] })
      .rowErrors;
    expect(rowErrors.map((e) => [e.row, e.column])).toEqual(
      expect.arrayContaining([
        [3, 'År'],
        [4, 'Enhet'],
        [4, 'Planlagt verdi'],
      ]),
    );
    expect(response.errors?.[0]?.message).toMatch(/Ingenting er lagret/);
    expect(await databaseFingerprint(api.dataSource)).toBe(before);
  });

  it('imports a good plan: new benefits added, a benefit with the same name updated', async () => {
    const t5 = await measureRef(api.dataSource, 'T5');
    const file = await workbookOf([
      [
        'Lavere husleie',
        'Effektiviseringsgevinst',
        'Kroner',
        null,
        null,
        null,
        null,
        null,
        'Eiendomssjef',
        'Færre lokaler',
        '3334',
        2027,
        '12 500,50',
      ],
      [
        'Lavere husleie',
        'Effektiviseringsgevinst',
        'Kroner',
        null,
        null,
        null,
        null,
        null,
        'Eiendomssjef',
        'Færre lokaler',
        '3336',
        2027,
        8000,
      ],
      [
        'Frigjort tid i eiendomsskattekontorene',
        'Effektiviseringsgevinst',
        'Årsverk',
        780000,
        null,
        null,
        null,
        null,
        'Leder for teknisk nettverk',
        '',
        null,
        2028,
        2,
      ],
    ]);
    const response = await api.gql<{
      importBenefitPlan: { created: number; updated: number; plannedValues: number };
    }>(IMPORT, {
      token: tokens['leder.teknisk'],
      variables: { input: { measureId: t5.id, fileBase64: file } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.importBenefitPlan).toEqual({ created: 1, updated: 1, plannedValues: 3 });
    const [row]: { planned: string }[] = await api.dataSource.query(
      `SELECT v.planned FROM benefit_plan_value v JOIN benefit b ON b.id = v.benefit_id
        WHERE b.title = 'Lavere husleie' AND v.municipality_number = '3334'`,
    );
    expect(row.planned).toBe('12500.50');
  });

  describe('uploads', () => {
    const MB = 1024 * 1024;
    const LIMIT_SENTENCE = /^Filen er større enn 2 MB/;

    async function importFile(file: Buffer) {
      const t5 = await measureRef(api.dataSource, 'T5');
      return api.gql<{ importBenefitPlan: { created: number; updated: number; plannedValues: number } }>(
        IMPORT,
        {
          token: tokens['leder.teknisk'],
          variables: { input: { measureId: t5.id, fileBase64: file.toString('base64') } },
        },
      );
    }

    it('accepts a good file of 1.9 MB (2.5 MB as base64 in the request)', async () => {
      const file = await paddedWorkbook(1.9 * MB);
      expect(file.length).toBeGreaterThan(1.8 * MB);
      expect(file.length).toBeLessThan(2 * MB);
      const response = await importFile(file);
      expect(response.errors).toBeUndefined();
      expect(response.data?.importBenefitPlan).toEqual({ created: 1, updated: 0, plannedValues: 2 });
    });

    it('answers a 2.5 MB file (a 3.3 MB request) with 413 and a GraphQL BAD_USER_INPUT naming the limit', async () => {
      const before = await databaseFingerprint(api.dataSource);
      const response = await importFile(randomBytes(2.5 * MB));
      expect(response.status).toBe(413);
      expect(response.errors).toEqual([
        {
          message: 'Filen er større enn 2 MB, som er det største som kan lastes opp. Ingenting er lagret.',
          extensions: {
            code: 'BAD_USER_INPUT',
            messageEn: 'The file is larger than 2 MB, the largest that can be uploaded. Nothing was saved.',
            maxBytes: 2 * MB,
          },
        },
      ]);
      expect(await databaseFingerprint(api.dataSource)).toBe(before);
    });

    it('refuses a file just over 2 MB (a request under the body limit) with the same sentence', async () => {
      const before = await databaseFingerprint(api.dataSource);
      const response = await importFile(randomBytes(2 * MB + 3));
      expect(response.status).toBeLessThan(500);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(LIMIT_SENTENCE);
      expect(await databaseFingerprint(api.dataSource)).toBe(before);
    });

    it('keeps the 100 kB limit off the GraphQL path', async () => {
      const response = await fetch(`${api.url}/health`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ padding: 'x'.repeat(200 * 1024) }),
      });
      expect(response.status).toBe(413);
    });

    it('refuses a zip bomb (61 kB that inflates to 63 MB) quickly, before reading it, and saves nothing', async () => {
      const bomb = zipArchive([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(63 * MB) },
      ]);
      expect(bomb.length).toBeLessThan(70 * 1024);
      const before = await databaseFingerprint(api.dataSource);
      const started = Date.now();
      const response = await importFile(bomb);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/utpakket blir det 63 MB, og grensen er 20 MB/);
      expect(await databaseFingerprint(api.dataSource)).toBe(before);
    });

    it('refuses a file whose zip directory lies about its sizes, and saves nothing', async () => {
      const liar = zipArchive([
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(40 * MB), declaredSize: 1000 },
      ]);
      const before = await databaseFingerprint(api.dataSource);
      const response = await importFile(liar);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^Filen er skadet eller forfalsket/);
      expect(await databaseFingerprint(api.dataSource)).toBe(before);
    });
  });
});
