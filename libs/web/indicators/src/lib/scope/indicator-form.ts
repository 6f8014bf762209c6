import { parseDecimal } from '@samarbeid/shared/domain';
import type { TranslationKey } from '@samarbeid/web/data-access';

/** The form that adds an indicator to a measure or a KPI set, as typed. */
export interface IndicatorFormValues {
  /** On a measure: the measure itself (empty) or one of its benefits (its id). */
  readonly target: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: string;
  readonly frequency: string;
  readonly baselineYear: string;
  readonly baselineValue: string;
  readonly targetYear: string;
  readonly targetValue: string;
}

export type IndicatorFormField = keyof IndicatorFormValues;
export const INDICATOR_FORM_FIELDS: readonly IndicatorFormField[] = [
  'target',
  'name',
  'unit',
  'direction',
  'frequency',
  'baselineYear',
  'baselineValue',
  'targetYear',
  'targetValue',
];

/** Last year as the baseline, ten years on as the target: how the regions' plans usually look. */
export function emptyIndicatorForm(today: Date = new Date()): IndicatorFormValues {
  const year = today.getFullYear() - 1;
  return {
    target: '',
    name: '',
    unit: '',
    direction: 'INCREASE',
    frequency: 'YEARLY',
    baselineYear: String(year),
    baselineValue: '',
    targetYear: String(year + 10),
    targetValue: '',
  };
}

const isYear = (value: string): boolean =>
  /^\d{4}$/.test(value.trim()) && Number(value) >= 2000 && Number(value) <= 2100;

/** The API's rules, checked before sending. */
export function validateIndicatorForm(
  values: IndicatorFormValues,
): Partial<Record<IndicatorFormField, TranslationKey>> {
  const errors: Partial<Record<IndicatorFormField, TranslationKey>> = {};
  const name = values.name.trim();
  if (!name || name.length > 300) errors.name = 'indicatorForm.error.name';
  const unit = values.unit.trim();
  if (!unit || unit.length > 50) errors.unit = 'indicatorForm.error.unit';
  if (!isYear(values.baselineYear)) errors.baselineYear = 'indicatorForm.error.year';
  if (!isYear(values.targetYear)) errors.targetYear = 'indicatorForm.error.year';
  else if (!errors.baselineYear && Number(values.targetYear) < Number(values.baselineYear)) {
    errors.targetYear = 'indicatorForm.error.order';
  }
  if (parseDecimal(values.baselineValue) === null) errors.baselineValue = 'indicatorForm.error.value';
  if (parseDecimal(values.targetValue) === null) errors.targetValue = 'indicatorForm.error.value';
  return errors;
}
