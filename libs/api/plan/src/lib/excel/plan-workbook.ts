import {
  addHeader,
  addNote,
  addTitle,
  documentFont,
  EXCEL_FORMATS,
  finishSheet,
  newWorkbook,
  setWidths,
  styleWrapped,
  workbookBuffer,
} from '@samarbeid/api/documents';
import type { PaperSize } from 'exceljs';
import {
  COLLABORATION_TIER_LABELS,
  type CollaborationTier,
  MEASURE_STATUS_LABELS,
  type MeasureStatus,
} from '@samarbeid/shared/domain';

import { monthOf, monthsBetween } from '../domain/plan-rules';
import type { Plan, PlanBar } from '../dto/plan.types';

/** The columns before the months, as the regions' own plan sheets have them. */
const FIXED = [
  { header: 'Kode', width: 8 },
  { header: 'Tiltak', width: 36 },
  { header: 'Nettverk', width: 18 },
  { header: 'Samarbeidsnivå', width: 16 },
  { header: 'Status', width: 14 },
  { header: 'Mobilisering', width: 11 },
  { header: 'Start', width: 11 },
  { header: 'Slutt', width: 11 },
  { header: 'Avhengigheter', width: 16 },
  { header: 'Politisk vedtak nødvendig', width: 11 },
] as const;
export const FIRST_MONTH_COLUMN = FIXED.length + 1;
export const PLAN_HEADER_ROW = 3;
/** At most ten years of months across the sheet. */
const MAX_MONTHS = 120;

/** Fill of a bar's months, by mobilisation (neutral when not rated); milestones are written ◆ in their month. */
export const BAR_FILL: Readonly<Record<string, string>> = {
  GREEN: 'FF8FD19E',
  YELLOW: 'FFFFE08A',
  RED: 'FFF4A09C',
  NONE: 'FFB8C4D6',
};
export const MILESTONE_MARK = '◆';
/** Excel's paper size number for A3 (exceljs names only some sizes). */
const A3 = 8 as PaperSize;

const MOBILISATION: Readonly<Record<string, string>> = { GREEN: 'Grønn', YELLOW: 'Gul', RED: 'Rød' };
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];

/** The months the sheet spans: from the first start (or milestone) to the last end, at most ten years. */
export function sheetMonths(bars: readonly PlanBar[], today: string): string[] {
  const days = bars.flatMap((bar) => [
    ...(bar.startDate ? [bar.startDate] : []),
    ...(bar.endDate ? [bar.endDate] : []),
    ...bar.milestones.map((m) => m.date),
  ]);
  if (days.length === 0) return [monthOf(today)];
  days.sort();
  return monthsBetween(monthOf(days[0] ?? today), monthOf(days[days.length - 1] ?? today)).slice(
    0,
    MAX_MONTHS,
  );
}

const dateCell = (day: string | null): Date | null => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * The implementation plan as the regions keep it in Excel: one row per measure (sub-measures below their measure),
 * its facts, and the months as columns with the bar painted by cell fill and milestones marked ◆ (their names in a
 * note). Frozen panes at the months and below the header; A3 landscape, one page wide.
 */
export async function planWorkbook(plan: Plan): Promise<{ name: string; file: Buffer }> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Gjennomføringsplan');
  const months = sheetMonths(plan.bars, plan.today);
  setWidths(sheet, [...FIXED.map((c) => c.width), ...months.map(() => 4.5)]);
  addTitle(sheet, `Gjennomføringsplan – ${plan.regionName}`, FIXED.length);
  addNote(
    sheet,
    2,
    `Per ${plan.today.split('-').reverse().join('.')}. Fargen viser mobiliseringen (grønn, gul, rød; blågrå: ikke vurdert); ${MILESTONE_MARK} er en milepæl.`,
    FIXED.length,
  );
  addHeader(sheet, PLAN_HEADER_ROW, [
    ...FIXED.map((c) => c.header),
    ...months.map((m) => `${MONTH_NAMES[Number(m.slice(5, 7)) - 1] ?? ''} ${m.slice(2, 4)}`),
  ]);
  const monthIndex = new Map(months.map((m, index) => [m, index]));
  const byId = new Map(plan.bars.map((bar) => [bar.id, bar]));

  plan.bars.forEach((bar, index) => {
    const row = sheet.getRow(PLAN_HEADER_ROW + 1 + index);
    const values = [
      bar.code,
      bar.parentId ? `↳ ${bar.title}` : bar.title,
      bar.networkName,
      COLLABORATION_TIER_LABELS[bar.tier as CollaborationTier]?.nb ?? bar.tier,
      MEASURE_STATUS_LABELS[bar.status as MeasureStatus]?.nb ?? bar.status,
      bar.mobilisation ? (MOBILISATION[bar.mobilisation] ?? bar.mobilisation) : '',
      dateCell(bar.startDate),
      dateCell(bar.endDate),
      bar.dependencies
        .map(
          (d) =>
            `${byId.get(d.dependsOnId)?.code ?? d.dependsOnCode} (${d.kind === 'START' ? 'start' : 'slutt'})`,
        )
        .join(', '),
      bar.politicalDecisionNeeded ? 'Ja' : 'Nei',
    ];
    values.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = EXCEL_FORMATS.date;
    });
    styleWrapped(row.getCell(2));
    if (bar.parentId === null) row.getCell(1).font = documentFont({ bold: true });

    if (bar.startDate && bar.endDate) {
      const fill = BAR_FILL[bar.mobilisation ?? 'NONE'] ?? BAR_FILL['NONE'];
      for (const month of monthsBetween(monthOf(bar.startDate), monthOf(bar.endDate))) {
        const at = monthIndex.get(month);
        if (at === undefined) continue;
        row.getCell(FIRST_MONTH_COLUMN + at).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: fill },
        };
      }
    }
    const milestonesByMonth = new Map<number, string[]>();
    for (const milestone of bar.milestones) {
      const at = monthIndex.get(monthOf(milestone.date));
      if (at === undefined) continue;
      const names = milestonesByMonth.get(at) ?? [];
      names.push(
        `${milestone.date.split('-').reverse().join('.')}: ${milestone.name}${milestone.done ? ' (ferdig)' : ''}`,
      );
      milestonesByMonth.set(at, names);
    }
    for (const [at, names] of milestonesByMonth) {
      const cell = row.getCell(FIRST_MONTH_COLUMN + at);
      cell.value = MILESTONE_MARK;
      cell.alignment = { horizontal: 'center' };
      cell.note = names.join('\n');
    }
  });

  finishSheet(sheet, {
    headerRow: PLAN_HEADER_ROW,
    frozenColumns: 2,
    footer: `Gjennomføringsplan – ${plan.regionName}`,
  });
  // The plan is wide: A3 landscape, one page wide.
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A3,
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
  };
  sheet.getRow(PLAN_HEADER_ROW).height = 42;
  return {
    name: `gjennomforingsplan-${plan.regionSlug}-${plan.today}.xlsx`,
    file: await workbookBuffer(workbook),
  };
}
