import {
  BENEFIT_PLAN_HEADERS,
  BENEFIT_TEXT_LIMITS,
  BENEFIT_TYPE_LABELS,
  BENEFIT_UNIT_LABELS,
  type BenefitPlanColumnKey,
  type BenefitType,
  type BenefitUnitKind,
  normaliseLabel,
} from './benefit-plan';
import {
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
} from './cell-values';

/** Readers for the benefit-plan columns: each turns a cell into a value or a reason why not. */

export function optional<T>(content: CellContent, read: (content: CellContent) => Read<T>): Read<T | null> {
  return content.kind === 'empty' ? ok(null) : read(content);
}

export function labelReader<K extends string>(
  labels: Readonly<Record<K, string>>,
  what: { nb: string; en: string },
): (content: CellContent) => Read<K> {
  const byLabel = new Map(
    (Object.entries(labels) as [K, string][]).map(([key, label]) => [normaliseLabel(label), key]),
  );
  const choices = Object.values<string>(labels);
  return (content) => {
    const text = displayText(content);
    const key = byLabel.get(normaliseLabel(text));
    if (key !== undefined) return ok(key);
    return fail(
      `«${text}» er ikke en gyldig ${what.nb}. Velg ${choices.slice(0, -1).join(', ')} eller ${choices.at(-1)}.`,
      `"${text}" is not a valid ${what.en}. Choose ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}.`,
    );
  };
}

export const readType = labelReader(BENEFIT_TYPE_LABELS, {
  nb: 'gevinsttype',
  en: 'benefit type (Gevinsttype)',
});
export const readUnitKind = labelReader(BENEFIT_UNIT_LABELS, {
  nb: 'måleenhet',
  en: 'unit of measure (Måleenhet)',
});

export function textReader(
  key: BenefitPlanColumnKey,
  limit: number,
  multiline = false,
): (content: CellContent) => Read<string> {
  return (content) => {
    const read = readText(content, multiline);
    if (!read.ok || read.value.length <= limit) return read;
    return fail(
      `${BENEFIT_PLAN_HEADERS[key]} kan ha høyst ${limit} tegn (har ${read.value.length}).`,
      `${BENEFIT_PLAN_HEADERS[key]} can have at most ${limit} characters (has ${read.value.length}).`,
    );
  };
}

export function readFteCost(content: CellContent): Read<string> {
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

export function readNumber(content: CellContent): Read<string> {
  const read = readDecimal(content);
  return read.ok ? ok(decimalString(read.value)) : read;
}

/** The benefit's own fields, taken from its first row. */
export type Attribute = Exclude<BenefitPlanColumnKey, 'title' | 'municipalityNumber' | 'year' | 'planned'>;

export const ATTRIBUTES: Readonly<Record<Attribute, (content: CellContent) => Read<string>>> = {
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
export const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTES) as Attribute[];

/** An attribute as written on the benefit's first row: a value, empty (null), or unreadable. */
export const UNREADABLE_CELL = Symbol('unreadable');
export type AttributeValue = string | null | typeof UNREADABLE_CELL;

export function showAttribute(key: Attribute, value: string | null): string {
  if (value === null) return '(tom)';
  if (key === 'type') return BENEFIT_TYPE_LABELS[value as BenefitType];
  if (key === 'unitKind') return BENEFIT_UNIT_LABELS[value as BenefitUnitKind];
  if (key === 'baselineDate') return norwegianDate(value);
  return value;
}

export function readPlanned(content: CellContent): Read<string> {
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
