import ExcelJS from 'exceljs';
import type { DataValidation, Worksheet } from 'exceljs';

import {
  addHeader,
  addTitle,
  DATE_FORMAT,
  decimal,
  freeze,
  newWorkbook,
  NUMBER_FORMAT,
  NUMBER_FORMAT_DECIMALS,
  setWidths,
  workbookBuffer,
  YEAR_FORMAT,
} from './excel-format';
import {
  cellContent,
  type CellContent,
  decimalString,
  displayText,
  fail,
  norwegianDate,
  ok,
  type Read,
  readDate,
  readDecimal,
  readText,
  type Reason,
} from './cell-values';

/**
 * The benefit-realisation plan as a spreadsheet: a template to fill in (sheet "Gevinstplan", one row per planned
 * value, plus a guide) and its parser. The parser reports every bad cell with its Excel row and column header.
 */

export type BenefitType = 'EFFICIENCY' | 'QUALITY' | 'OTHER_ACTORS';
export type BenefitUnitKind = 'NOK' | 'FTE' | 'QUALITATIVE';

/** Benefit types as DFØ's guidance names them (bokmål). */
export const BENEFIT_TYPE_LABELS: Readonly<Record<BenefitType, string>> = {
  EFFICIENCY: 'Effektiviseringsgevinst',
  QUALITY: 'Kvalitetsgevinst',
  OTHER_ACTORS: 'Gevinst for andre aktører',
};

export const BENEFIT_UNIT_LABELS: Readonly<Record<BenefitUnitKind, string>> = {
  NOK: 'Kroner',
  FTE: 'Årsverk',
  QUALITATIVE: 'Kvalitativ',
};

export interface ParsedBenefit {
  readonly title: string;
  readonly type: BenefitType;
  readonly unitKind: BenefitUnitKind;
  readonly fteCostNok: string | null;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly baselineValue: string | null;
  /** YYYY-MM-DD */
  readonly baselineDate: string | null;
  readonly owner: string;
  readonly change: string;
  /** `municipalityNumber` null: planned for the whole region. */
  readonly plan: readonly {
    readonly year: number;
    readonly municipalityNumber: string | null;
    readonly planned: string;
  }[];
}

export interface RowError {
  /** Excel row number (the header is row 1); 0 for the file as a whole. */
  readonly row: number;
  /** The column's header text; "" for the row or file as a whole. */
  readonly column: string;
  readonly reason: { readonly nb: string; readonly en: string };
}

export interface BenefitImportContext {
  /** The measure's period; years outside it are refused. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Municipality numbers taking part in the measure. */
  readonly participants: ReadonlySet<string>;
  /** All municipality numbers of the region. */
  readonly knownMunicipalities: ReadonlySet<string>;
}

export const BENEFIT_PLAN_SHEET = 'Gevinstplan';
export const BENEFIT_PLAN_GUIDE_SHEET = 'Veiledning';
export const MAX_BENEFIT_PLAN_ROWS = 5000;
export const BENEFIT_TEXT_LIMITS = {
  title: 300,
  owner: 200,
  indicator: 300,
  unit: 100,
  change: 2000,
} as const;

type ColumnKey =
  | 'title'
  | 'type'
  | 'unitKind'
  | 'fteCostNok'
  | 'indicator'
  | 'unit'
  | 'baselineValue'
  | 'baselineDate'
  | 'owner'
  | 'change'
  | 'municipalityNumber'
  | 'year'
  | 'planned';

interface ColumnSpec {
  readonly key: ColumnKey;
  readonly header: string;
  readonly width: number;
  readonly required: string;
  readonly guide: string;
}

const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'title',
    header: 'Gevinst',
    width: 36,
    required: 'Ja',
    guide: `Kort navn på gevinsten (høyst ${BENEFIT_TEXT_LIMITS.title} tegn). Alle rader med samme navn hører til samme gevinst.`,
  },
  {
    key: 'type',
    header: 'Gevinsttype',
    width: 26,
    required: 'Ja',
    guide: `Velg fra listen: ${Object.values(BENEFIT_TYPE_LABELS).join(', ')}.`,
  },
  {
    key: 'unitKind',
    header: 'Måleenhet',
    width: 14,
    required: 'Ja',
    guide: `Velg fra listen: ${Object.values(BENEFIT_UNIT_LABELS).join(', ')}. Kroner og årsverk er økonomiske gevinster; kvalitativ måles med en indikator.`,
  },
  {
    key: 'fteCostNok',
    header: 'Kostnad per årsverk',
    width: 18,
    required: 'Når måleenheten er Årsverk',
    guide: 'Kroner per årsverk, større enn 0, for å regne årsverk om til kroner. Eksempel: 850 000.',
  },
  {
    key: 'indicator',
    header: 'Indikator',
    width: 28,
    required: 'Nei',
    guide: 'Hva som måles, for eksempel «Saksbehandlingstid byggesak».',
  },
  {
    key: 'unit',
    header: 'Enhet',
    width: 12,
    required: 'Når måleenheten er Kvalitativ',
    guide: 'Enheten indikatoren måles i, for eksempel «dager» eller «prosent».',
  },
  {
    key: 'baselineValue',
    header: 'Nullpunkt',
    width: 14,
    required: 'Nei',
    guide: 'Verdien målt før tiltaket har effekt (nullpunktsmåling), i samme enhet som gevinsten.',
  },
  {
    key: 'baselineDate',
    header: 'Nullpunktsdato',
    width: 16,
    required: 'Nei',
    guide: 'Datoen nullpunktet ble målt, som DD.MM.ÅÅÅÅ (for eksempel 01.01.2025).',
  },
  {
    key: 'owner',
    header: 'Gevinsteier',
    width: 24,
    required: 'Ja',
    guide: `Den i linjen som har ansvar for å ta ut gevinsten (høyst ${BENEFIT_TEXT_LIMITS.owner} tegn), for eksempel «Kommunalsjef teknisk».`,
  },
  {
    key: 'change',
    header: 'Endring',
    width: 36,
    required: 'Nei',
    guide: 'Endringen i arbeidsmåte som gir gevinsten (gevinstkart: tiltak → endring → gevinst).',
  },
  {
    key: 'municipalityNumber',
    header: 'Kommunenummer',
    width: 16,
    required: 'Nei',
    guide:
      'Fire sifre, for eksempel 3303. La feltet stå tomt når verdien gjelder hele regionen. En gevinst kan ikke blande rader for hele regionen og rader per kommune.',
  },
  {
    key: 'year',
    header: 'År',
    width: 8,
    required: 'Ja',
    guide: 'Året verdien er planlagt for, innenfor tiltakets periode.',
  },
  {
    key: 'planned',
    header: 'Planlagt verdi',
    width: 16,
    required: 'Ja',
    guide: 'Planlagt gevinst det året, ikke negativ. Skriv tall som 12 591 eller 12 591,50.',
  },
];

/** The header row of sheet "Gevinstplan", in order. */
export const BENEFIT_PLAN_COLUMNS: readonly string[] = COLUMNS.map((column) => column.header);

const HEADER = Object.fromEntries(COLUMNS.map((column) => [column.key, column.header])) as Record<
  ColumnKey,
  string
>;

const TEMPLATE_ROWS = MAX_BENEFIT_PLAN_ROWS + 1;

// ---------------------------------------------------------------------------------------------------------------
// Template

/** The import template: header, the given benefits as example rows, dropdowns for type and unit, and a guide. */
export async function benefitPlanTemplate(example: readonly ParsedBenefit[] = []): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(BENEFIT_PLAN_SHEET);
  addHeader(sheet, 1, BENEFIT_PLAN_COLUMNS);
  setWidths(
    sheet,
    COLUMNS.map((column) => column.width),
  );
  freeze(sheet, 1, 1);
  sheet.getColumn(columnIndex('municipalityNumber')).numFmt = '@';
  sheet.getColumn(columnIndex('baselineDate')).numFmt = DATE_FORMAT;
  addDropdowns(sheet);

  let row = 2;
  for (const benefit of example) {
    const plan = benefit.plan.length > 0 ? benefit.plan : [null];
    for (const entry of plan) {
      writeExampleRow(sheet, row, benefit, entry);
      row += 1;
    }
  }
  addGuide(workbook.addWorksheet(BENEFIT_PLAN_GUIDE_SHEET));
  return workbookBuffer(workbook);
}

function columnIndex(key: ColumnKey): number {
  return COLUMNS.findIndex((column) => column.key === key) + 1;
}

/** exceljs 4.4 has `worksheet.dataValidations` (one rule for a whole range) but leaves it out of its types. */
type WithRangeValidations = Worksheet & {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
};

function addDropdowns(sheet: Worksheet): void {
  const lists = [
    { key: 'type', labels: Object.values(BENEFIT_TYPE_LABELS) },
    { key: 'unitKind', labels: Object.values(BENEFIT_UNIT_LABELS) },
  ] as const;
  for (const list of lists) {
    const letter = sheet.getColumn(columnIndex(list.key)).letter;
    (sheet as WithRangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.labels.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: HEADER[list.key],
      error: `Velg en verdi fra listen: ${list.labels.join(', ')}.`,
    });
  }
}

function setNumber(sheet: Worksheet, row: number, key: ColumnKey, value: string | null): void {
  if (value === null) return;
  const amount = decimal(value);
  const cell = sheet.getCell(row, columnIndex(key));
  cell.value = amount.toNumber();
  cell.numFmt = amount.isInteger() ? NUMBER_FORMAT : NUMBER_FORMAT_DECIMALS;
}

function writeExampleRow(
  sheet: Worksheet,
  row: number,
  benefit: ParsedBenefit,
  entry: ParsedBenefit['plan'][number] | null,
): void {
  const cell = (key: ColumnKey): ExcelJS.Cell => sheet.getCell(row, columnIndex(key));
  cell('title').value = benefit.title;
  cell('type').value = BENEFIT_TYPE_LABELS[benefit.type];
  cell('unitKind').value = BENEFIT_UNIT_LABELS[benefit.unitKind];
  setNumber(sheet, row, 'fteCostNok', benefit.fteCostNok);
  cell('indicator').value = benefit.indicator;
  cell('unit').value = benefit.unit;
  setNumber(sheet, row, 'baselineValue', benefit.baselineValue);
  if (benefit.baselineDate !== null) {
    const [year, month, day] = benefit.baselineDate.split('-').map(Number);
    cell('baselineDate').value = new Date(Date.UTC(year, month - 1, day));
  }
  cell('owner').value = benefit.owner;
  cell('change').value = benefit.change === '' ? null : benefit.change;
  if (entry === null) return;
  cell('municipalityNumber').value = entry.municipalityNumber;
  cell('year').value = entry.year;
  cell('year').numFmt = YEAR_FORMAT;
  setNumber(sheet, row, 'planned', entry.planned);
}

function addGuide(sheet: Worksheet): void {
  addTitle(sheet, 'Slik fyller du ut gevinstplanen');
  const intro = [
    `Fyll ut arket «${BENEFIT_PLAN_SHEET}» med én rad per planlagt verdi: én gevinst, ett år og eventuelt én kommune.`,
    'En gevinst med verdier for flere år (eller flere kommuner) får flere rader med samme navn i kolonnen Gevinst.',
    'Opplysningene om gevinsten (type, måleenhet, nullpunkt, gevinsteier osv.) hentes fra gevinstens første rad; ' +
      'de kan stå tomme på de neste radene, men må ellers være like.',
    'Ikke endre overskriftene i rad 1. Tomme rader hoppes over. Filen kan ha høyst ' +
      `${MAX_BENEFIT_PLAN_ROWS.toLocaleString('nb-NO')} rader.`,
    'Inneholder filen feil, lagres ingenting; du får en liste over hver celle som må rettes.',
  ];
  intro.forEach((text, index) => {
    sheet.getCell(index + 2, 1).value = text;
  });
  const headerRow = intro.length + 3;
  addHeader(sheet, headerRow, ['Kolonne', 'Påkrevd', 'Forklaring']);
  COLUMNS.forEach((column, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.getCell(1).value = column.header;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = column.required;
    row.getCell(3).value = column.guide;
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  setWidths(sheet, [22, 28, 100]);
}

// ---------------------------------------------------------------------------------------------------------------
// Parser

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
 * Upload size is the caller's limit: the whole file is unpacked in memory.
 */
export async function parseBenefitPlanWorkbook(
  file: Buffer,
  context: BenefitImportContext,
): Promise<{ benefits: ParsedBenefit[]; errors: RowError[] }> {
  const workbook = await loadWorkbook(file);
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

async function loadWorkbook(file: Buffer): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads under Node.
    await workbook.xlsx.load(file as unknown as Parameters<ExcelJS.Xlsx['load']>[0], {
      // Neither is read here, and a crafted validation range (A1:XFD1048576) would be expanded cell by cell.
      ignoreNodes: ['dataValidations', 'conditionalFormatting'],
    });
  } catch {
    return null;
  }
  return workbook.worksheets.length > 0 ? workbook : null;
}

function planSheet(workbook: ExcelJS.Workbook): Worksheet | null {
  const named = workbook.worksheets.find(
    (sheet) => normaliseHeader(sheet.name) === normaliseHeader(BENEFIT_PLAN_SHEET),
  );
  if (named) return named;
  return workbook.worksheets.length === 1 ? workbook.worksheets[0] : null;
}

function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}

function error(row: number, column: string, reason: Reason): RowError {
  return { row, column, reason };
}

/** Columns found by their header text (any order; extra columns are ignored). */
function readHeader(
  sheet: Worksheet,
): { ok: true; columns: ReadonlyMap<ColumnKey, number> } | { ok: false; errors: RowError[] } {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const text = normaliseHeader(displayText(cellContent(cell.value)));
    if (text !== '' && !found.has(text)) found.set(text, column);
  });
  const columns = new Map<ColumnKey, number>();
  const errors: RowError[] = [];
  for (const column of COLUMNS) {
    const index = found.get(normaliseHeader(column.header));
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

type RowCells = Readonly<Record<ColumnKey, CellContent>>;

/** The rows below the header with something in at least one template column. */
function dataRows(
  sheet: Worksheet,
  columns: ReadonlyMap<ColumnKey, number>,
): { number: number; cells: RowCells }[] {
  const rows: { number: number; cells: RowCells }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = Object.fromEntries(
      COLUMNS.map((column) => [column.key, cellContent(row.getCell(columns.get(column.key) ?? 0).value)]),
    ) as Record<ColumnKey, CellContent>;
    if (Object.values(cells).some((content) => content.kind !== 'empty')) rows.push({ number, cells });
  });
  return rows;
}

// ----- cell readers: an empty cell is null -----

function optional<T>(content: CellContent, read: (content: CellContent) => Read<T>): Read<T | null> {
  return content.kind === 'empty' ? ok(null) : read(content);
}

function labelReader<K extends string>(
  labels: Readonly<Record<K, string>>,
  what: { nb: string; en: string },
): (content: CellContent) => Read<K> {
  const byLabel = new Map(
    (Object.entries(labels) as [K, string][]).map(([key, label]) => [normaliseHeader(label), key]),
  );
  const choices = Object.values<string>(labels);
  return (content) => {
    const text = displayText(content);
    const key = byLabel.get(normaliseHeader(text));
    if (key !== undefined) return ok(key);
    return fail(
      `«${text}» er ikke en gyldig ${what.nb}. Velg ${choices.slice(0, -1).join(', ')} eller ${choices.at(-1)}.`,
      `"${text}" is not a valid ${what.en}. Choose ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}.`,
    );
  };
}

const readType = labelReader(BENEFIT_TYPE_LABELS, { nb: 'gevinsttype', en: 'benefit type (Gevinsttype)' });
const readUnitKind = labelReader(BENEFIT_UNIT_LABELS, { nb: 'måleenhet', en: 'unit of measure (Måleenhet)' });

function textReader(
  key: ColumnKey,
  limit: number,
  multiline = false,
): (content: CellContent) => Read<string> {
  return (content) => {
    const read = readText(content, multiline);
    if (!read.ok || read.value.length <= limit) return read;
    return fail(
      `${HEADER[key]} kan ha høyst ${limit} tegn (har ${read.value.length}).`,
      `${HEADER[key]} can have at most ${limit} characters (has ${read.value.length}).`,
    );
  };
}

function readFteCost(content: CellContent): Read<string> {
  const read = readDecimal(content);
  if (!read.ok) return read;
  if (!read.value.greaterThan(0)) {
    return fail(
      'Kostnad per årsverk må være større enn 0.',
      'The cost per FTE (Kostnad per årsverk) must be above 0.',
    );
  }
  return ok(decimalString(read.value));
}

function readNumber(content: CellContent): Read<string> {
  const read = readDecimal(content);
  return read.ok ? ok(decimalString(read.value)) : read;
}

/** The benefit's own fields, taken from its first row. */
type Attribute = Exclude<ColumnKey, 'title' | 'municipalityNumber' | 'year' | 'planned'>;

const ATTRIBUTES: Readonly<Record<Attribute, (content: CellContent) => Read<string>>> = {
  type: readType,
  unitKind: readUnitKind,
  fteCostNok: readFteCost,
  indicator: textReader('indicator', BENEFIT_TEXT_LIMITS.indicator),
  unit: textReader('unit', BENEFIT_TEXT_LIMITS.unit),
  baselineValue: readNumber,
  baselineDate: readDate,
  owner: textReader('owner', BENEFIT_TEXT_LIMITS.owner),
  change: textReader('change', BENEFIT_TEXT_LIMITS.change, true),
};
const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTES) as Attribute[];

/** An attribute as written on the benefit's first row: a value, empty (null), or unreadable. */
const UNREADABLE_CELL = Symbol('unreadable');
type AttributeValue = string | null | typeof UNREADABLE_CELL;

function showAttribute(key: Attribute, value: string | null): string {
  if (value === null) return '(tom)';
  if (key === 'type') return BENEFIT_TYPE_LABELS[value as BenefitType];
  if (key === 'unitKind') return BENEFIT_UNIT_LABELS[value as BenefitUnitKind];
  if (key === 'baselineDate') return norwegianDate(value);
  return value;
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

  private fail(row: number, key: ColumnKey, reason: Reason): void {
    this.errors.push(error(row, HEADER[key], reason));
  }

  /** The cell's value, null when empty (or empty text), or UNREADABLE_CELL after reporting why. */
  private cell<T extends string | number>(
    row: number,
    key: ColumnKey,
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
    key: ColumnKey,
    content: CellContent,
    read: (content: CellContent) => Read<T>,
  ): T | typeof UNREADABLE_CELL {
    const value = this.cell(row, key, content, read);
    if (value !== null) return value;
    this.fail(row, key, {
      nb: `${HEADER[key]} må fylles ut.`,
      en: `${HEADER[key]} is required.`,
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
    const key = normaliseHeader(title);
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
          `Gevinsten «${existing.title}» har ${HEADER[attribute]} ${showAttribute(attribute, first)} på rad ` +
          `${existing.firstRow}, her ${showAttribute(attribute, value)}. Rader for samme gevinst må ha samme verdi ` +
          'eller stå tomme.',
        en:
          `Benefit "${existing.title}" has ${HEADER[attribute]} ${showAttribute(attribute, first)} on row ` +
          `${existing.firstRow}, here ${showAttribute(attribute, value)}. Rows of the same benefit must agree or be ` +
          'empty.',
      });
    }
    return existing;
  }

  private checkRequired(row: number, attributes: Record<Attribute, AttributeValue>): void {
    for (const key of ['type', 'unitKind', 'owner'] as const) {
      if (attributes[key] === null) {
        this.fail(row, key, { nb: `${HEADER[key]} må fylles ut.`, en: `${HEADER[key]} is required.` });
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

function readPlanned(content: CellContent): Read<string> {
  const read = readDecimal(content);
  if (!read.ok) return read;
  if (read.value.isNegative()) {
    return fail(
      'Planlagt verdi kan ikke være negativ.',
      'The planned value (Planlagt verdi) cannot be negative.',
    );
  }
  return ok(decimalString(read.value));
}
