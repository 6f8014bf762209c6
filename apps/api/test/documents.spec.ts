import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { readPdf } from '@samarbeid/api/documents/testing';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';

import { useDemoTokens } from './support/portfolio';
import { TestApp, useTestApp } from './support/test-app';

/**
 * The documents people file, read back as a user would get them, against the API the pages use: every demo
 * measure's workbook and every member municipality's workbook show the same figures as the API (a municipality's
 * total for a measure is one figure everywhere), and every demo agreement's PDF is archival and readable.
 */

const REGION = 'kongsbergregionen';

const MEASURE_ECONOMICS = `query ($measureId: ID!) {
  measureEconomics(measureId: $measureId) {
    measureCode
    shares { years { year shares { municipalityNumber amount } } }
    agreementCosts { year total shares { municipalityNumber amount } }
  }
}`;
const MUNICIPALITY_ECONOMICS = `query ($number: String!) {
  municipalityEconomics(regionSlug: "${REGION}", municipalityNumber: $number) {
    municipalityNumber
    measures { code pays { year amount } }
  }
}`;

interface MeasureEconomicsView {
  measureCode: string;
  shares: { years: { year: number; shares: { municipalityNumber: string; amount: string }[] }[] };
  agreementCosts: { year: number; total: string; shares: { municipalityNumber: string; amount: string }[] }[];
}
interface MunicipalityEconomicsView {
  municipalityNumber: string;
  measures: { code: string; pays: { year: number; amount: string }[] }[];
}

/**
 * `DOCUMENTS_OUT=<folder>` keeps every file downloaded here, named as the API names it, for the print check
 * (tools/stack/documents-check.ts converts them with LibreOffice and counts the pages).
 */
const keepIn = process.env['DOCUMENTS_OUT'];

async function download(api: TestApp, path: string, token: string): Promise<Buffer> {
  const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const file = Buffer.from(await response.arrayBuffer());
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  if (keepIn && name) {
    mkdirSync(keepIn, { recursive: true });
    writeFileSync(join(keepIn, basename(name)), file);
  }
  return file;
}

async function workbookOf(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

/** A number cell or a formula's cached result (exceljs leaves out a cached 0); null for an empty cell. */
function numberIn(value: CellValue): Decimal | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return new Decimal(String(value));
  if (typeof value === 'object' && 'formula' in value) {
    return new Decimal(String(typeof value.result === 'number' ? value.result : 0));
  }
  throw new Error(`not a number: ${JSON.stringify(value)}`);
}

/** "3334|2027" → amount, summed; zeros left out so that a missing year and a 0 compare equal. */
type Figures = Map<string, string>;

function add(figures: Figures, key: string, amount: Decimal | string | null): void {
  if (amount === null) return;
  const total = new Decimal(figures.get(key) ?? 0).plus(amount);
  if (total.isZero()) figures.delete(key);
  else figures.set(key, total.toFixed());
}

/** The rows of a year table: the label columns joined by "|" → per year the figure, until the first "Sum" row. */
function yearTable(sheet: Worksheet, headerRow: number, labelColumns: number): Figures {
  const figures: Figures = new Map();
  const header = sheet.getRow(headerRow);
  const years: { column: number; year: number }[] = [];
  header.eachCell((cell, column) => {
    if (/^\d{4}$/.test(cell.text)) years.push({ column, year: Number(cell.value) });
  });
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const labels = Array.from({ length: labelColumns }, (_, i) => sheet.getCell(row, i + 1).text);
    if (labels[0] === 'Sum' || labels[0] === '') break;
    for (const { column, year } of years)
      add(figures, [...labels, year].join('|'), numberIn(sheet.getCell(row, column).value));
  }
  return figures;
}

describe('documents', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
    const response = await api.gql<T>(text, { token: tokens.politiker, variables });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }

  it('every measure workbook and every municipality workbook show the API’s figures, one total everywhere', async () => {
    const measures: { id: string; code: string }[] = await api.dataSource.query(
      `SELECT m.id, m.code FROM measure m JOIN region r ON r.id = m.region_id WHERE r.slug = $1 ORDER BY m.code`,
      [REGION],
    );
    const municipalities: { number: string }[] = await api.dataSource.query(
      `SELECT DISTINCT rm.municipality_number AS number FROM region_membership rm JOIN region r ON r.id = rm.region_id
        WHERE r.slug = $1 ORDER BY 1`,
      [REGION],
    );
    expect(measures.length).toBeGreaterThanOrEqual(31);
    expect(municipalities.length).toBeGreaterThanOrEqual(7);

    // What each municipality pays for each measure per year, as the municipality's page reads it.
    const paysByApi: Figures = new Map();
    for (const { number } of municipalities) {
      const view = await query<{ municipalityEconomics: MunicipalityEconomicsView }>(MUNICIPALITY_ECONOMICS, {
        number,
      });
      const inWorkbook = yearTable(
        (
          await workbookOf(
            await download(
              api,
              `/exports/regions/${REGION}/municipalities/${number}/economics.xlsx`,
              tokens.politiker,
            ),
          )
        ).getWorksheet('Betaler') as Worksheet,
        3,
        1,
      );
      const inApi: Figures = new Map();
      for (const measure of view.municipalityEconomics.measures) {
        for (const { year, amount } of measure.pays) {
          add(inApi, `${measure.code}|${year}`, amount);
          add(paysByApi, `${measure.code}|${number}|${year}`, amount);
        }
      }
      expect({ number, figures: Object.fromEntries(inWorkbook) }).toEqual({
        number,
        figures: Object.fromEntries(inApi),
      });
    }

    const paysByMeasureWorkbooks: Figures = new Map();
    let checkedAgreementMeasures = 0;
    for (const measure of measures) {
      const view = (
        await query<{ measureEconomics: MeasureEconomicsView }>(MEASURE_ECONOMICS, { measureId: measure.id })
      ).measureEconomics;
      const workbook = await workbookOf(
        await download(api, `/exports/measures/${measure.id}/economics.xlsx`, tokens.politiker),
      );
      const shares = workbook.getWorksheet('Fordeling') as Worksheet;
      const table = yearTable(shares, 3, 3);
      const expected: Figures = new Map();
      for (const year of view.shares.years) {
        for (const share of year.shares) {
          add(expected, `${share.municipalityNumber}|${year.year}|key`, share.amount);
          add(expected, `${share.municipalityNumber}|${year.year}|total`, share.amount);
        }
      }
      for (const cost of view.agreementCosts) {
        for (const share of cost.shares) {
          add(expected, `${share.municipalityNumber}|${cost.year}|agreements`, share.amount);
          add(expected, `${share.municipalityNumber}|${cost.year}|total`, share.amount);
        }
      }
      const parts: Record<string, string> = {
        'Etter fordelingsnøkkel': 'key',
        Tjenestekjøpsavtaler: 'agreements',
        Totalt: 'total',
      };
      const withAgreements = view.agreementCosts.length > 0;
      const actual: Figures = new Map();
      for (const [key, amount] of table) {
        const [number, , part, year] = key.split('|');
        add(actual, `${number}|${year}|${parts[part]}`, amount);
        // Without agreements the key row is the total.
        if (!withAgreements) add(actual, `${number}|${year}|total`, amount);
        if (parts[part] === 'total' || !withAgreements)
          add(paysByMeasureWorkbooks, `${measure.code}|${number}|${year}`, amount);
      }
      expect({ measure: measure.code, figures: Object.fromEntries(actual) }).toEqual({
        measure: measure.code,
        figures: Object.fromEntries(expected),
      });
      if (withAgreements) checkedAgreementMeasures += 1;
    }
    expect(checkedAgreementMeasures).toBeGreaterThan(0);
    // The measure workbooks' totals per municipality are what the municipality workbooks and pages show.
    expect(Object.fromEntries(paysByMeasureWorkbooks)).toEqual(Object.fromEntries(paysByApi));
  });

  it('T7: Flesberg pays 592 306 kr by the key and 3 007 306 kr with the agreement costs, in both workbooks', async () => {
    const [t7]: { id: string }[] = await api.dataSource.query(
      `SELECT m.id FROM measure m JOIN region r ON r.id = m.region_id WHERE r.slug = $1 AND m.code = 'T7'`,
      [REGION],
    );
    const shares = (
      await workbookOf(await download(api, `/exports/measures/${t7.id}/economics.xlsx`, tokens.politiker))
    ).getWorksheet('Fordeling') as Worksheet;
    const flesberg: Record<string, string> = {};
    shares.eachRow((row) => {
      if (row.getCell(2).value !== 'Flesberg') return;
      flesberg[row.getCell(3).text] = numberIn(row.getCell(row.cellCount).value)?.toFixed() ?? '';
    });
    expect(flesberg).toEqual({
      'Etter fordelingsnøkkel': '592306',
      Tjenestekjøpsavtaler: '2415000',
      Totalt: '3007306',
    });
    const overview = (
      await workbookOf(
        await download(
          api,
          `/exports/regions/${REGION}/municipalities/3334/economics.xlsx`,
          tokens.politiker,
        ),
      )
    ).getWorksheet('Tiltak') as Worksheet;
    let t7Pays: string | undefined;
    overview.eachRow((row) => {
      if (row.getCell(1).value === 'T7') t7Pays = numberIn(row.getCell(3).value)?.toFixed();
    });
    expect(t7Pays).toBe('3007306');
    // The import template, with the measure's plan as examples: its own fonts and print set-up.
    const template = await workbookOf(
      await download(api, `/exports/measures/${t7.id}/benefit-plan-template.xlsx`, tokens.politiker),
    );
    for (const sheet of template.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    }
  });

  it('every demo agreement’s PDF embeds its fonts, keeps æøå and says what is not in force', async () => {
    const agreements: { id: string; title: string; status: string }[] = await api.dataSource.query(
      `SELECT a.id, a.title, a.status FROM agreement a JOIN region r ON r.id = a.region_id WHERE r.slug = $1`,
      [REGION],
    );
    expect(agreements.length).toBeGreaterThanOrEqual(5);
    for (const agreement of agreements) {
      const reading = readPdf(
        await download(api, `/exports/agreements/${agreement.id}.pdf`, tokens.politiker),
      );
      expect(reading.fonts.length).toBeGreaterThan(0);
      expect(reading.fonts.filter((font) => !font.embedded)).toEqual([]);
      expect(reading.metadata).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(reading.lang).toBe('nb-NO');
      expect(reading.info['Title']).toBe(agreement.title);
      const text = reading.runs.join('\n');
      expect(text).toContain(agreement.title.split(' – ')[0]);
      expect(text).not.toContain('\ufffd');
      // No organisation number in the demo data is confirmed by a public source: none is invented.
      expect(text).toContain('ikke registrert');
      if (agreement.status === 'SUBMITTED') {
        expect(text).toContain('Ikke i kraft: venter på godkjenning fra alle parter.');
        expect(text).toMatch(/Godkjenning mangler fra: .+\./);
      }
      if (agreement.status === 'ACTIVE') expect(text).not.toMatch(/Ikke i kraft/);
    }
    const byggesak = agreements.find((agreement) =>
      agreement.title.startsWith('Byggesaksbehandling – Kongsberg'),
    );
    const text = readPdf(
      await download(api, `/exports/agreements/${byggesak?.id}.pdf`, tokens.politiker),
    ).runs.join('\n');
    for (const expected of ['700 timer', 'Ola Haugen, kommunedirektør', 'Flesberg (3334)', 'Kostnad per år'])
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
  });
});
