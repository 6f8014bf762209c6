/**
 * The benefit-realisation plan's spreadsheet form (sheet "Gevinstplan", one row per planned value): the types it
 * reads into, the Norwegian labels, and the columns. Shared by the template writer and the parser.
 */

import type { BenefitType, BenefitUnitKind, Labels } from '@samarbeid/shared/domain';
import {
  BENEFIT_TYPE_LABELS as TYPE_LABELS,
  BENEFIT_UNIT_LABELS as UNIT_LABELS,
} from '@samarbeid/shared/domain';

import type { BenefitFieldValues, PlanValueRow } from '../benefit/benefit.repository';

export type { BenefitType, BenefitUnitKind };

const bokmal = <T extends string>(labels: Labels<T>) =>
  Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [key, (label as { nb: string }).nb]),
  ) as Readonly<Record<T, string>>;

/** Benefit types as DFØ's guidance names them, and the units, in bokmål: the template's words. */
export const BENEFIT_TYPE_LABELS = bokmal(TYPE_LABELS);
export const BENEFIT_UNIT_LABELS = bokmal(UNIT_LABELS);

/** A benefit as a row group of the file gives it: its own fields (no goal: the file has no column for one), its plan. */
export interface ParsedBenefit extends Omit<BenefitFieldValues, 'goalId'> {
  /** `municipalityNumber` null: planned for the whole region. */
  readonly plan: readonly PlanValueRow[];
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
  indicator: 200,
  unit: 50,
  change: 2000,
} as const;

export type BenefitPlanColumnKey =
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

export interface BenefitPlanColumnSpec {
  readonly key: BenefitPlanColumnKey;
  readonly header: string;
  readonly width: number;
  readonly required: string;
  readonly guide: string;
}

/** The template's columns, in order, with the guide text for each. */
export const BENEFIT_PLAN_COLUMN_SPECS: readonly BenefitPlanColumnSpec[] = [
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
export const BENEFIT_PLAN_COLUMNS: readonly string[] = BENEFIT_PLAN_COLUMN_SPECS.map(
  (column) => column.header,
);

/** Header text by column. */
export const BENEFIT_PLAN_HEADERS = Object.fromEntries(
  BENEFIT_PLAN_COLUMN_SPECS.map((column) => [column.key, column.header]),
) as Readonly<Record<BenefitPlanColumnKey, string>>;

/** 1-based column index in the template. */
export function benefitPlanColumnIndex(key: BenefitPlanColumnKey): number {
  return BENEFIT_PLAN_COLUMN_SPECS.findIndex((column) => column.key === key) + 1;
}

/** Header texts, sheet names and labels compare trimmed, whitespace collapsed, case-insensitive. */
export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}
