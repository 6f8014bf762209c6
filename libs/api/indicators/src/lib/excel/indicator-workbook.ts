import ExcelJS from 'exceljs';

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
 * The KPI table of a strategy as a workbook: per indicator the base year and value, the latest value, the target
 * (usually ten years out), the trend over the last three measured values and the status — for the region, or for
 * one municipality when `municipalityNumber` is given.
 */
export async function indicatorWorkbook(
  board: IndicatorBoard,
  municipalityNumber: string | null,
): Promise<{ name: string; file: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samarbeid';
  workbook.created = new Date();
  const area =
    municipalityNumber === null
      ? board.regionName
      : (board.municipalities.find((entry) => entry.number === municipalityNumber)?.name ??
        municipalityNumber);
  const sheet = workbook.addWorksheet('Indikatorer');
  sheet.addRow([`${board.strategyTitle} – indikatorer for ${area}`]).font = { bold: true, size: 14 };
  sheet.addRow([
    `${board.networkName}, ${board.regionName}. Eksportert ${new Date().toISOString().slice(0, 10)}.`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'Mål',
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
  ]);
  header.font = { bold: true };
  for (const indicator of board.indicators) {
    const series = indicator.series.find((entry) => entry.municipalityNumber === municipalityNumber);
    sheet.addRow([
      indicator.goalTitle,
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
    ]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  [34, 40, 12, 9, 12, 13, 12, 9, 12, 24, 14, 12, 14].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  const slug = board.strategyTitle
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');
  return { name: `indikatorer-${slug || 'strategi'}.xlsx`, file };
}
