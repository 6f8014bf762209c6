import { COST_KINDS, type CostKind, type DistributionKeyKind } from '@samarbeid/shared/domain';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { parseAmount, type TranslationKey } from '@samarbeid/web/data-access';
import type {
  CostKeyEntryInput,
  CostKeyInput,
  CostLineInput,
  MeasureEconomicsQuery,
} from '@samarbeid/web/graphql';

/** What the economics tab reads (and the mutations give back). */
export type MeasureEconomics = MeasureEconomicsQuery['measureEconomics'];
export type CostKey = MeasureEconomics['key'];
export type ShareTable = MeasureEconomics['shares'];

/** The years of the measure's period, first to last; none without a period. */
export function periodYears(firstYear: number | null, lastYear: number | null): number[] {
  if (firstYear === null || lastYear === null || lastYear < firstYear) return [];
  return Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
}

// ---------------------------------------------------------------------------------------------------------------
// Costs
// ---------------------------------------------------------------------------------------------------------------

/** The cost inputs as typed, by `costCell(year, kind)`. */
export type CostCells = Readonly<Partial<Record<string, string>>>;

export const costCell = (year: number, kind: CostKind): string => `${year}|${kind}`;

/** The saved costs as the inputs show them ("1 250 000"); an empty input is no cost. */
export function costCellsOf(costs: MeasureEconomics['costs']): CostCells {
  const cells: Record<string, string | undefined> = {};
  for (const cost of costs) cells[costCell(cost.year, cost.kind)] = plainAmount(cost.amount);
  return cells;
}

/** "1250000.00" → "1250000", "99.50" → "99,5": a saved amount as a person would type it. */
export function plainAmount(value: string): string {
  const [integer, fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${integer},${trimmed}` : integer;
}

/** A typed amount as the API's decimal string; empty is zero; null when it is not a number or is negative. */
export function amountOf(text: string): string | null {
  if (text.trim() === '') return '0';
  const parsed = parseAmount(text);
  return parsed === null || parsed.startsWith('-') ? null : parsed;
}

export interface CostsOutcome {
  /** The lines to save: the period's non-zero costs, keeping each line's note. */
  readonly lines: CostLineInput[];
  /** A problem per input, by cell. */
  readonly errors: Readonly<Record<string, TranslationKey>>;
}

/** The lines `setMeasureCosts` gets from the inputs (zero costs are left out; the API drops them anyway). */
export function costLinesOf(
  cells: CostCells,
  years: readonly number[],
  saved: MeasureEconomics['costs'],
): CostsOutcome {
  const lines: CostLineInput[] = [];
  const errors: Record<string, TranslationKey> = {};
  for (const year of years) {
    for (const kind of COST_KINDS) {
      const cell = costCell(year, kind);
      const amount = amountOf(cells[cell] ?? '');
      const note = saved.find((cost) => cost.year === year && cost.kind === kind)?.note ?? '';
      if (amount === null) {
        errors[cell] = 'economics.costs.invalidAmount';
      } else if (!/^0+(\.0+)?$/.test(amount) || note) {
        lines.push({ year, kind, amount, ...(note ? { note } : {}) });
      }
    }
  }
  return { lines, errors };
}

/** Whether the inputs say something else than what is saved (an amount written another way is the same). */
export function costsChanged(
  cells: CostCells,
  years: readonly number[],
  saved: MeasureEconomics['costs'],
): boolean {
  const savedCells = costCellsOf(saved);
  return years.some((year) =>
    COST_KINDS.some((kind) => {
      const cell = costCell(year, kind);
      const [typed, before] = [cells[cell] ?? '', savedCells[cell] ?? ''];
      const [typedAmount, savedAmount] = [amountOf(typed), amountOf(before)];
      return typedAmount === null || savedAmount === null
        ? typed.trim() !== before.trim()
        : sumAmounts([typedAmount]) !== sumAmounts([savedAmount]);
    }),
  );
}

/** Exact sums of what is typed (invalid inputs count as nothing): per year, per kind, and in all. */
export function costSums(cells: CostCells, years: readonly number[]) {
  const value = (year: number, kind: CostKind) => amountOf(cells[costCell(year, kind)] ?? '') ?? '0';
  const perYear = new Map(
    years.map((year) => [year, sumAmounts(COST_KINDS.map((kind) => value(year, kind)))] as const),
  );
  const perKind = Object.fromEntries(
    COST_KINDS.map((kind) => [kind, sumAmounts(years.map((year) => value(year, kind)))]),
  ) as Record<CostKind, string>;
  return { perYear, perKind, total: sumAmounts([...perYear.values()]) };
}

// ---------------------------------------------------------------------------------------------------------------
// Distribution key
// ---------------------------------------------------------------------------------------------------------------

export interface KeyEntryForm {
  readonly populationOverride: string;
  readonly adjustmentNote: string;
  readonly units: string;
  readonly percent: string;
}

/** The key form as the inputs hold it. */
export interface KeyForm {
  readonly kind: DistributionKeyKind;
  readonly fixedPercent: string;
  /** '' until a year is chosen. */
  readonly populationYear: string;
  readonly populationSource: string;
  /** By municipality number, one per participant. */
  readonly entries: Readonly<Record<string, KeyEntryForm>>;
}

export type KeyEntryField = keyof KeyEntryForm;

const EMPTY_ENTRY: KeyEntryForm = { populationOverride: '', adjustmentNote: '', units: '', percent: '' };

export const usesPopulation = (kind: DistributionKeyKind): boolean =>
  kind === 'POPULATION' || kind === 'FIXED_PLUS_POPULATION';

/** The saved key as a form; a population key without a year starts at the newest year with figures. */
export function keyFormOf(key: CostKey, populationYears: readonly number[]): KeyForm {
  const year = key.populationYear ?? populationYears[0] ?? null;
  return {
    kind: key.kind,
    fixedPercent: key.fixedPercent === null ? '' : plainAmount(key.fixedPercent),
    populationYear: year === null ? '' : String(year),
    populationSource: key.populationSource ?? '',
    entries: Object.fromEntries(
      key.entries.map((entry) => [
        entry.municipalityNumber,
        {
          populationOverride: entry.populationOverride === null ? '' : String(entry.populationOverride),
          adjustmentNote: entry.adjustmentNote ?? '',
          units: entry.units === null ? '' : plainAmount(entry.units),
          percent: entry.percent === null ? '' : plainAmount(entry.percent),
        },
      ]),
    ),
  };
}

export function entryOf(form: KeyForm, number: string): KeyEntryForm {
  return form.entries[number] ?? EMPTY_ENTRY;
}

/** A problem with one of the key's inputs: `field` is `fixedPercent` or `<number>.<entry field>`. */
export type KeyErrors = Readonly<Record<string, TranslationKey>>;

export interface KeyOutcome {
  readonly input: CostKeyInput;
  readonly errors: KeyErrors;
}

/**
 * The key form as the API's input, with only what the kind uses; empty inputs are left out for the API to judge
 * (a key without every percentage can still be previewed, and the preview says what is missing).
 */
export function keyInputOf(form: KeyForm, participants: readonly string[]): KeyOutcome {
  const errors: Record<string, TranslationKey> = {};
  const decimal = (field: string, text: string, key: TranslationKey): string | null => {
    if (text.trim() === '') return null;
    const value = parseAmount(text);
    if (value === null || value.startsWith('-')) errors[field] = key;
    return value;
  };
  const input: CostKeyInput = { kind: form.kind };
  if (form.kind === 'FIXED_PLUS_POPULATION') {
    input.fixedPercent = decimal('fixedPercent', form.fixedPercent, 'economics.key.invalidPercent');
  }
  if (usesPopulation(form.kind)) {
    input.populationYear = form.populationYear ? Number(form.populationYear) : null;
    input.populationSource = form.populationSource.trim() || null;
  }
  const entries: CostKeyEntryInput[] = [];
  for (const number of participants) {
    const entry = entryOf(form, number);
    if (usesPopulation(form.kind) && entry.populationOverride.trim() !== '') {
      const text = entry.populationOverride.replace(/[\s\u00a0\u202f]/g, '');
      if (!/^\d+$/.test(text)) {
        errors[`${number}.populationOverride`] = 'economics.key.invalidPopulation';
        continue;
      }
      entries.push({
        municipalityNumber: number,
        populationOverride: Number(text),
        adjustmentNote: entry.adjustmentNote.trim() || null,
      });
    } else if (form.kind === 'USAGE') {
      const units = decimal(`${number}.units`, entry.units, 'economics.key.invalidUnits');
      if (units !== null) entries.push({ municipalityNumber: number, units });
    } else if (form.kind === 'MANUAL') {
      const percent = decimal(`${number}.percent`, entry.percent, 'economics.key.invalidPercent');
      if (percent !== null) entries.push({ municipalityNumber: number, percent });
    }
  }
  if (entries.length > 0) input.entries = entries;
  return { input, errors };
}

/** MANUAL: the exact sum of the percentages typed so far (what does not parse counts as nothing). */
export function percentSum(form: KeyForm, participants: readonly string[]): string {
  return sumAmounts(
    participants.map((number) => {
      const value = parseAmount(entryOf(form, number).percent);
      return value === null || value.startsWith('-') ? null : value;
    }),
  );
}

/** Whether two keys as the API takes them are the same (so the saved shares apply). */
export function sameKey(a: CostKeyInput, b: CostKeyInput): boolean {
  return JSON.stringify(normaliseKey(a)) === JSON.stringify(normaliseKey(b));
}

function normaliseKey(key: CostKeyInput) {
  const same = (value: string | null | undefined) => (value ? sumAmounts([value]) : null);
  return {
    kind: key.kind,
    fixedPercent: same(key.fixedPercent),
    populationYear: key.populationYear ?? null,
    populationSource: key.populationSource ?? null,
    entries: [...(key.entries ?? [])]
      .map((entry) => ({
        municipalityNumber: entry.municipalityNumber,
        populationOverride: entry.populationOverride ?? null,
        adjustmentNote: entry.adjustmentNote ?? null,
        units: same(entry.units),
        percent: same(entry.percent),
      }))
      .sort((x, y) => x.municipalityNumber.localeCompare(y.municipalityNumber)),
  };
}
