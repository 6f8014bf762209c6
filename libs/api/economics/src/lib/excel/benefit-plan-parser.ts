import { loadUploadedWorkbook } from '@samarbeid/api/documents';
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';

import {
  BENEFIT_PLAN_COLUMN_SPECS,
  BENEFIT_PLAN_COLUMNS,
  BENEFIT_PLAN_HEADERS,
  BENEFIT_PLAN_SHEET,
  BENEFIT_TEXT_LIMITS,
  type BenefitImportContext,
  type BenefitPlanColumnKey,
  type BenefitType,
  type BenefitUnitKind,
  MAX_BENEFIT_PLAN_ROWS,
  normaliseLabel,
  type ParsedBenefit,
  type RowError,
} from './benefit-plan';
import {
  ATTRIBUTE_KEYS,
  ATTRIBUTES,
  type Attribute,
  type AttributeValue,
  optional,
  readPlanned,
  showAttribute,
  textReader,
  UNREADABLE_CELL,
} from './benefit-plan-readers';
import { cellContent, type CellContent, displayText, fail, ok, type Read, type Reason } from './cell-values';

/**
 * Reads a filled-in benefit-plan template and reports every bad cell with its Excel row and column header, in a
 * Norwegian and an English sentence.
 */

const UNREADABLE: RowError = {
  row: 0,
  column: '',
  reason: {
    nb: 'Filen kunne ikke leses som en Excel-fil (.xlsx).',
    en: 'The file could not be read as an Excel file (.xlsx).',
  },
};

/**
 * Reads a filled-in template. `benefits` is only given when `errors` is empty; the caller saves nothing otherwise.
 * The whole file is unpacked in memory: the caller limits its size and checks its zip archive first
 * (`checkXlsxArchive`, libs/api/documents).
 */
export async function parseBenefitPlanWorkbook(
  file: Buffer,
  context: BenefitImportContext,
): Promise<{ benefits: ParsedBenefit[]; errors: RowError[] }> {
  const workbook = await loadUploadedWorkbook(file);
  if (workbook === null) return { benefits: [], errors: [UNREADABLE] };
  const sheet = planSheet(workbook);
  if (sheet === null) {
    return {
      benefits: [],
      errors: [
        error(1, '', {
          nb: `Fant ikke arket «${BENEFIT_PLAN_SHEET}».`,
          en: `The workbook has no sheet "${BENEFIT_PLAN_SHEET}".`,
        }),
      ],
    };
  }
  const header = readHeader(sheet);
  if (!header.ok) return { benefits: [], errors: header.errors };

  const rows = dataRows(sheet, header.columns);
  if (rows.length > MAX_BENEFIT_PLAN_ROWS) {
    return {
      benefits: [],
      errors: [
        error(0, '', {
          nb: `Arket har ${rows.length} rader med data; høyst ${MAX_BENEFIT_PLAN_ROWS} kan leses inn om gangen.`,
          en: `The sheet has ${rows.length} data rows; at most ${MAX_BENEFIT_PLAN_ROWS} can be imported at once.`,
        }),
      ],
    };
  }
  if (rows.length === 0) {
    return {
      benefits: [],
      errors: [
        error(2, '', {
          nb: `Arket «${sheet.name}» har ingen rader med planlagte verdier.`,
          en: `Sheet "${sheet.name}" has no rows with planned values.`,
        }),
      ],
    };
  }

  const plan = new PlanReader(context);
  for (const row of rows) plan.read(row.number, row.cells);
  return plan.result();
}

function planSheet(workbook: ExcelJS.Workbook): Worksheet | null {
  const named = workbook.worksheets.find(
    (sheet) => normaliseLabel(sheet.name) === normaliseLabel(BENEFIT_PLAN_SHEET),
  );
  if (named) return named;
  return workbook.worksheets.length === 1 ? workbook.worksheets[0] : null;
}

function error(row: number, column: string, reason: Reason): RowError {
  return { row, column, reason };
}

/** Columns found by their header text (any order; extra columns are ignored). */
function readHeader(
  sheet: Worksheet,
): { ok: true; columns: ReadonlyMap<BenefitPlanColumnKey, number> } | { ok: false; errors: RowError[] } {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const text = normaliseLabel(displayText(cellContent(cell.value)));
    if (text !== '' && !found.has(text)) found.set(text, column);
  });
  const columns = new Map<BenefitPlanColumnKey, number>();
  const errors: RowError[] = [];
  for (const column of BENEFIT_PLAN_COLUMN_SPECS) {
    const index = found.get(normaliseLabel(column.header));
    if (index === undefined) {
      errors.push(
        error(1, column.header, {
          nb: `Kolonnen «${column.header}» mangler i overskriftsraden (rad 1).`,
          en: `Column "${column.header}" is missing from the header row (row 1).`,
        }),
      );
    } else {
      columns.set(column.key, index);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns };
}

type RowCells = Readonly<Record<BenefitPlanColumnKey, CellContent>>;

/** The rows below the header with something in at least one template column. */
function dataRows(
  sheet: Worksheet,
  columns: ReadonlyMap<BenefitPlanColumnKey, number>,
): { number: number; cells: RowCells }[] {
  const rows: { number: number; cells: RowCells }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = Object.fromEntries(
      BENEFIT_PLAN_COLUMN_SPECS.map((column) => [
        column.key,
        cellContent(row.getCell(columns.get(column.key) ?? 0).value),
      ]),
    ) as Record<BenefitPlanColumnKey, CellContent>;
    if (Object.values(cells).some((content) => content.kind !== 'empty')) rows.push({ number, cells });
  });
  return rows;
}

interface BenefitDraft {
  readonly title: string;
  readonly firstRow: number;
  readonly attributes: Readonly<Record<Attribute, AttributeValue>>;
  readonly plan: { year: number; municipalityNumber: string | null; planned: string }[];
  /** Whether its plan is for the whole region or per municipality, set by its first plan row. */
  scope: 'region' | 'municipality' | null;
  /** Row of each (municipality, year) already planned. */
  readonly planned: Map<string, number>;
}

class PlanReader {
  private readonly drafts = new Map<string, BenefitDraft>();
  private readonly errors: RowError[] = [];
  private readonly period: string;

  constructor(private readonly context: BenefitImportContext) {
    this.period =
      context.firstYear === context.lastYear
        ? String(context.firstYear)
        : `${context.firstYear}–${context.lastYear}`;
  }

  read(row: number, cells: RowCells): void {
    const title = this.cell(row, 'title', cells.title, textReader('title', BENEFIT_TEXT_LIMITS.title));
    if (title === null) {
      this.fail(row, 'title', { nb: 'Gevinst må fylles ut.', en: 'The benefit name (Gevinst) is required.' });
    }
    const attributes = Object.fromEntries(
      ATTRIBUTE_KEYS.map((key) => [key, this.cell(row, key, cells[key], ATTRIBUTES[key])]),
    ) as Record<Attribute, AttributeValue>;
    const municipalityNumber = this.cell(row, 'municipalityNumber', cells.municipalityNumber, (content) =>
      this.readMunicipality(content),
    );
    const year = this.required(row, 'year', cells.year, (content) => this.readYear(content));
    const planned = this.required(row, 'planned', cells.planned, readPlanned);

    if (title === null || title === UNREADABLE_CELL) return;
    const draft = this.draftFor(title, row, attributes);
    if (
      municipalityNumber === UNREADABLE_CELL ||
      year === UNREADABLE_CELL ||
      planned === UNREADABLE_CELL ||
      year === null ||
      planned === null
    ) {
      return;
    }
    this.addPlan(draft, row, { year: Number(year), municipalityNumber, planned });
  }

  result(): { benefits: ParsedBenefit[]; errors: RowError[] } {
    const order = (column: string): number => BENEFIT_PLAN_COLUMNS.indexOf(column);
    const errors = [...this.errors].sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
    if (errors.length > 0) return { benefits: [], errors };
    const benefits = [...this.drafts.values()].map((draft): ParsedBenefit => {
      const value = (key: Attribute): string | null => {
        const attribute = draft.attributes[key];
        return attribute === UNREADABLE_CELL ? null : attribute;
      };
      return {
        title: draft.title,
        type: value('type') as BenefitType,
        unitKind: value('unitKind') as BenefitUnitKind,
        fteCostNok: value('fteCostNok'),
        indicator: value('indicator'),
        unit: value('unit'),
        baselineValue: value('baselineValue'),
        baselineDate: value('baselineDate'),
        owner: value('owner') ?? '',
        change: value('change') ?? '',
        plan: draft.plan,
      };
    });
    return { benefits, errors: [] };
  }

  private fail(row: number, key: BenefitPlanColumnKey, reason: Reason): void {
    this.errors.push(error(row, BENEFIT_PLAN_HEADERS[key], reason));
  }

  /** The cell's value, null when empty (or empty text), or UNREADABLE_CELL after reporting why. */
  private cell<T extends string | number>(
    row: number,
    key: BenefitPlanColumnKey,
    content: CellContent,
    read: (content: CellContent) => Read<T>,
  ): T | null | typeof UNREADABLE_CELL {
    const value = optional(content, read);
    if (!value.ok) {
      this.fail(row, key, value.reason);
      return UNREADABLE_CELL;
    }
    return value.value === '' ? null : value.value;
  }

  private required<T extends string | number>(
    row: number,
    key: BenefitPlanColumnKey,
    content: CellContent,
    read: (content: CellContent) => Read<T>,
  ): T | typeof UNREADABLE_CELL {
    const value = this.cell(row, key, content, read);
    if (value !== null) return value;
    this.fail(row, key, {
      nb: `${BENEFIT_PLAN_HEADERS[key]} må fylles ut.`,
      en: `${BENEFIT_PLAN_HEADERS[key]} is required.`,
    });
    return UNREADABLE_CELL;
  }

  private readYear(content: CellContent): Read<number> {
    const text = displayText(content);
    const year = /^\d{4}$/.test(text) && content.kind !== 'date' ? Number(text) : Number.NaN;
    if (Number.isInteger(year) && year >= this.context.firstYear && year <= this.context.lastYear)
      return ok(year);
    return fail(
      `«${text}» er ikke et år i tiltakets periode ${this.period}.`,
      `"${text}" is not a year in the measure's period ${this.period}.`,
    );
  }

  private readMunicipality(content: CellContent): Read<string> {
    const text = displayText(content);
    // A number typed into a cell not formatted as text loses its leading zero (0301 → 301).
    const number =
      content.kind === 'number' &&
      Number.isInteger(content.value) &&
      content.value > 0 &&
      content.value < 10000
        ? text.padStart(4, '0')
        : text;
    if (content.kind === 'date' || !/^\d{4}$/.test(number)) {
      return fail(
        `«${text}» er ikke et kommunenummer (fire sifre). La feltet stå tomt når verdien gjelder hele regionen.`,
        `"${text}" is not a municipality number (four digits). Leave it empty for the whole region.`,
      );
    }
    if (!this.context.knownMunicipalities.has(number)) {
      return fail(
        `Kommune ${number} finnes ikke i regionen.`,
        `Municipality ${number} is not in the region.`,
      );
    }
    if (!this.context.participants.has(number)) {
      return fail(
        `Kommune ${number} deltar ikke i tiltaket.`,
        `Municipality ${number} does not take part in the measure.`,
      );
    }
    return ok(number);
  }

  /** The benefit this row belongs to; its first row defines it, later rows must agree where they are filled. */
  private draftFor(title: string, row: number, attributes: Record<Attribute, AttributeValue>): BenefitDraft {
    const key = normaliseLabel(title);
    const existing = this.drafts.get(key);
    if (existing === undefined) {
      const draft: BenefitDraft = {
        title,
        firstRow: row,
        attributes,
        plan: [],
        scope: null,
        planned: new Map(),
      };
      this.drafts.set(key, draft);
      this.checkRequired(row, attributes);
      return draft;
    }
    for (const attribute of ATTRIBUTE_KEYS) {
      const first = existing.attributes[attribute];
      const value = attributes[attribute];
      if (value === null || value === UNREADABLE_CELL || first === UNREADABLE_CELL || value === first)
        continue;
      this.fail(row, attribute, {
        nb:
          `Gevinsten «${existing.title}» har ${BENEFIT_PLAN_HEADERS[attribute]} ${showAttribute(attribute, first)} på rad ` +
          `${existing.firstRow}, her ${showAttribute(attribute, value)}. Rader for samme gevinst må ha samme verdi ` +
          'eller stå tomme.',
        en:
          `Benefit "${existing.title}" has ${BENEFIT_PLAN_HEADERS[attribute]} ${showAttribute(attribute, first)} on row ` +
          `${existing.firstRow}, here ${showAttribute(attribute, value)}. Rows of the same benefit must agree or be ` +
          'empty.',
      });
    }
    return existing;
  }

  private checkRequired(row: number, attributes: Record<Attribute, AttributeValue>): void {
    for (const key of ['type', 'unitKind', 'owner'] as const) {
      if (attributes[key] === null) {
        this.fail(row, key, {
          nb: `${BENEFIT_PLAN_HEADERS[key]} må fylles ut.`,
          en: `${BENEFIT_PLAN_HEADERS[key]} is required.`,
        });
      }
    }
    if (attributes.unitKind === 'FTE' && attributes.fteCostNok === null) {
      this.fail(row, 'fteCostNok', {
        nb: 'Kostnad per årsverk må fylles ut (større enn 0) når måleenheten er Årsverk.',
        en: 'The cost per FTE (Kostnad per årsverk, above 0) is required when the unit is Årsverk.',
      });
    }
    if (attributes.unitKind === 'QUALITATIVE' && attributes.unit === null) {
      this.fail(row, 'unit', {
        nb: 'Enhet må fylles ut når måleenheten er Kvalitativ.',
        en: 'The unit (Enhet) is required when the unit of measure is Kvalitativ.',
      });
    }
  }

  private addPlan(draft: BenefitDraft, row: number, entry: BenefitDraft['plan'][number]): void {
    const scope = entry.municipalityNumber === null ? 'region' : 'municipality';
    if (draft.scope !== null && draft.scope !== scope) {
      this.fail(row, 'municipalityNumber', {
        nb:
          `Gevinsten «${draft.title}» kan ikke ha både rader for hele regionen (uten kommunenummer) og rader per ` +
          'kommune.',
        en: `Benefit "${draft.title}" cannot have both rows for the whole region (no municipality number) and rows per municipality.`,
      });
      return;
    }
    draft.scope = scope;
    const key = `${entry.municipalityNumber ?? ''}|${entry.year}`;
    const earlier = draft.planned.get(key);
    if (earlier !== undefined) {
      const where =
        entry.municipalityNumber === null ? 'hele regionen' : `kommune ${entry.municipalityNumber}`;
      const whereEn =
        entry.municipalityNumber === null ? 'the whole region' : `municipality ${entry.municipalityNumber}`;
      this.fail(row, 'year', {
        nb: `Gevinsten «${draft.title}» har allerede en planlagt verdi for ${where} i ${entry.year} (rad ${earlier}).`,
        en: `Benefit "${draft.title}" already has a planned value for ${whereEn} in ${entry.year} (row ${earlier}).`,
      });
      return;
    }
    draft.planned.set(key, row);
    draft.plan.push(entry);
  }
}
