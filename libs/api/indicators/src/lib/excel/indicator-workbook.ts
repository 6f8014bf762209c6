import {
  addHeader,
  addNote,
  addTitle,
  decimalsFor,
  excelNumberFormat,
  finishSheet,
  newWorkbook,
  setWidths,
  styleWrapped,
  workbookBuffer,
} from '@samarbeid/api/documents';
import Decimal from 'decimal.js';

import type { IndicatorBoard, IndicatorSeries } from '../dto/indicator.types';

const STATUS_TEXT: Readonly<Record<IndicatorSeries['status'], string>> = {
  ON_TRACK: 'I rute',
  BEHIND: 'Bak plan',
  NO_DATA: 'Ingen data',
};
const TREND_TEXT = { UP: '↑ opp', DOWN: '↓ ned', FLAT: '→ flat' } as const;

/** A decimal string as the number Excel stores (values are at most 14 digits and 4 decimals: exact in a double). */
const number = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * A KPI table (a strategy's, a network's, the region's, a KPI set's or a measure's) as a workbook: per indicator the base year and value, the latest value, the target
 * (usually ten years out), the trend over the last three measured values and the status — for the region, or for
 * one municipality when `municipalityNumber` is given.
 */
export async function indicatorWorkbook(
  board: IndicatorBoard,
  municipalityNumber: string | null,
): Promise<{ name: string; file: Buffer }> {
  const workbook = newWorkbook();
  const area =
    municipalityNumber === null
      ? board.regionName
      : (board.municipalities.find((entry) => entry.number === municipalityNumber)?.name ??
        municipalityNumber);
  const sheet = workbook.addWorksheet('Indikatorer');
  const headers = [
    board.scope === 'STRATEGY' ? 'Mål' : 'Hører til',
    'Indikator',
    'Enhet',
    'Basisår',
    'Basisverdi',
    'Siste periode',
    'Siste verdi',
    'Målår',
    'Målverdi',
    'Trend (siste tre målinger)',
    'Endring per år',
    'Status',
    'Framdrift (%)',
  ];
  setWidths(sheet, [30, 36, 12, 9, 12, 11, 12, 9, 12, 16, 12, 12, 12]);
  const title = `${board.title} – indikatorer for ${area}`;
  addTitle(sheet, title, headers.length);
  const owner = board.networkName && board.networkName !== board.title ? `${board.networkName}, ` : '';
  addNote(
    sheet,
    2,
    `${owner}${board.regionName}. Eksportert ${new Date().toISOString().slice(0, 10)}.`,
    headers.length,
  );
  const headerRow = 4;
  addHeader(sheet, headerRow, headers);
  board.indicators.forEach((indicator, index) => {
    const series = indicator.series.find((entry) => entry.municipalityNumber === municipalityNumber);
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [
      indicator.placedOn,
      indicator.name,
      indicator.unit,
      indicator.baselineYear,
      number(indicator.baselineValue),
      series?.latest?.period ?? null,
      number(series?.latest?.value ?? null),
      indicator.targetYear,
      number(indicator.targetValue),
      series?.trend ? TREND_TEXT[series.trend.direction] : 'Ingen trend',
      series?.trend?.perYear ?? null,
      STATUS_TEXT[series?.status ?? 'NO_DATA'],
      series?.progressPercent ?? null,
    ];
    // One unit per indicator: its values share one number of decimals.
    const values = [indicator.baselineValue, series?.latest?.value ?? null, indicator.targetValue].filter(
      (value): value is string => value !== null,
    );
    const format = excelNumberFormat(decimalsFor(values.map((value) => new Decimal(value))));
    for (const column of [5, 7, 9]) row.getCell(column).numFmt = format;
    row.getCell(11).numFmt = excelNumberFormat(1);
    row.getCell(13).numFmt = excelNumberFormat(0);
    for (const column of [1, 2]) styleWrapped(row.getCell(column));
  });
  finishSheet(sheet, { headerRow, frozenColumns: 2, footer: title });
  const file = await workbookBuffer(workbook);
  const slug = board.title
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');
  return { name: `indikatorer-${slug || 'tabell'}.xlsx`, file };
}
