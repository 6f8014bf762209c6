import { randomBytes } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';
import { zipArchive } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';

import { benefitPlanFile, IMPORT_BENEFIT_PLAN, kronerBenefit } from './support/benefit-plan';
import { databaseFingerprint, measureRef, useDemoTokens } from './support/portfolio';
import { errorCode, TestApp, useTestApp } from './support/test-app';

/**
 * A valid plan (two rows) padded to about `targetBytes` with a comment column of random text, which the import
 * ignores and which hardly compresses: a big file that is still a good one.
 */
async function paddedWorkbook(targetBytes: number): Promise<Buffer> {
  const plan = kronerBenefit('Stor fil', 'Eiendomssjef');
  const build = (paddingRows: number): Promise<Buffer> =>
    benefitPlanFile(
      [
        { ...plan, Kommunenummer: '3334', År: 2027, 'Planlagt verdi': 1000 },
        { ...plan, Kommunenummer: '3336', År: 2027, 'Planlagt verdi': 2000 },
        ...Array.from({ length: paddingRows }, () => ({ Kommentar: randomBytes(12_000).toString('base64') })),
      ],
      true,
    );
  const first = await build(100);
  return build(Math.floor((100 * targetBytes) / first.length));
}

async function download(api: TestApp, path: string, token?: string): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('economics in Excel', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  async function importPlan(file: Buffer) {
    const t5 = await measureRef(api.dataSource, 'T5');
    return api.gql<{ importBenefitPlan: { created: number; updated: number; plannedValues: number } }>(
      IMPORT_BENEFIT_PLAN,
      {
        token: tokens['leder.teknisk'],
        variables: { input: { measureId: t5.id, fileBase64: file.toString('base64') } },
      },
    );
  }

  /** Imports `file`: refused with BAD_USER_INPUT and a sentence matching `sentence`, and nothing saved. */
  async function expectRefused(file: Buffer, sentence: RegExp) {
    const before = await databaseFingerprint(api.dataSource);
    const started = Date.now();
    const response = await importPlan(file);
    const millis = Date.now() - started;
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(sentence);
    expect(await databaseFingerprint(api.dataSource)).toBe(before);
    return { response, millis };
  }

  it("exports a measure's economics: read back, the numbers are numbers and the sums formulas", async () => {
    const t5 = await measureRef(api.dataSource, 'T5');
    const response = await download(api, `/exports/measures/${t5.id}/economics.xlsx`, tokens.politiker);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('okonomi-T5.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kostnader',
      'Fordeling',
      'Forklaring',
      'Gevinster',
    ]);
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
    const husleie = kronerBenefit('Lavere husleie', 'Eiendomssjef');
    const file = await benefitPlanFile([
      { ...husleie, År: 2027, 'Planlagt verdi': 100000 },
      { ...husleie, År: 2035, 'Planlagt verdi': 100000 },
      {
        Gevinst: 'Færre klager',
        Gevinsttype: 'Kvalitetsgevinst',
        Måleenhet: 'Kvalitativ',
        Indikator: 'Klager',
        Gevinsteier: 'Servicetorget',
        Endring: '',
        Kommunenummer: '3303',
        År: 2027,
        'Planlagt verdi': 'mange',
      },
    ]);
    const { response } = await expectRefused(file, /Ingenting er lagret/);
    const rowErrors = (response.errors?.[0]?.extensions as { rowErrors: { row: number; column: string }[] })
      .rowErrors;
    expect(rowErrors.map((e) => [e.row, e.column])).toEqual(
      expect.arrayContaining([
        [3, 'År'],
        [4, 'Enhet'],
        [4, 'Planlagt verdi'],
      ]),
    );
  });

  it('imports a good plan: new benefits added, a benefit with the same name updated', async () => {
    const husleie = kronerBenefit('Lavere husleie', 'Eiendomssjef', 'Færre lokaler');
    const file = await benefitPlanFile([
      { ...husleie, Kommunenummer: '3334', År: 2027, 'Planlagt verdi': '12 500,50' },
      { ...husleie, Kommunenummer: '3336', År: 2027, 'Planlagt verdi': 8000 },
      {
        ...kronerBenefit('Frigjort tid i eiendomsskattekontorene', 'Leder for teknisk nettverk'),
        Måleenhet: 'Årsverk',
        'Kostnad per årsverk': 780000,
        År: 2028,
        'Planlagt verdi': 2,
      },
    ]);
    const response = await importPlan(file);
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

    it('accepts a good file of 1.9 MB (2.5 MB as base64 in the request)', async () => {
      const file = await paddedWorkbook(1.9 * MB);
      expect(file.length).toBeGreaterThan(1.8 * MB);
      expect(file.length).toBeLessThan(2 * MB);
      const response = await importPlan(file);
      expect(response.errors).toBeUndefined();
      expect(response.data?.importBenefitPlan).toEqual({ created: 1, updated: 0, plannedValues: 2 });
    });

    it('answers a 2.5 MB file (a 3.3 MB request) with 413 and a GraphQL BAD_USER_INPUT naming the limit', async () => {
      const { response } = await expectRefused(randomBytes(2.5 * MB), LIMIT_SENTENCE);
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
    });

    it('refuses a file just over 2 MB (a request under the body limit) with the same sentence', async () => {
      const { response } = await expectRefused(randomBytes(2 * MB + 3), LIMIT_SENTENCE);
      expect(response.status).toBeLessThan(500);
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
      const { millis } = await expectRefused(bomb, /utpakket blir det 63 MB, og grensen er 20 MB/);
      expect(millis).toBeLessThan(2000);
    });

    it('refuses a file whose zip directory lies about its sizes, and saves nothing', async () => {
      const liar = zipArchive([
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(40 * MB), declaredSize: 1000 },
      ]);
      await expectRefused(liar, /^Filen er skadet eller forfalsket/);
    });
  });
});
