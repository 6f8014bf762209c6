import type { BenefitStatus, BenefitUnitKind } from '@samarbeid/shared/domain';
import {
  type ApiError,
  errorText,
  formatAmount,
  formatKroner,
  type I18nService,
} from '@samarbeid/web/data-access';
import type { BenefitPlanQuery } from '@samarbeid/web/graphql';
import { refusalFeedback, type SaveFeedback } from '@samarbeid/web/ui';

/** A measure's benefit-realisation plan as the benefits tab reads it. */
export type BenefitPlan = BenefitPlanQuery['benefitPlan'];
export type Benefit = BenefitPlan['benefits'][number];
export type BenefitYear = BenefitPlan['years'][number];
export type MunicipalityRef = BenefitPlan['participants'][number];

/** Designsystemet colour of a benefit status; always shown with its words. */
export const BENEFIT_STATUS_COLORS: Readonly<Record<BenefitStatus, string>> = {
  GREEN: 'success',
  YELLOW: 'warning',
  RED: 'danger',
};

type Translate = Pick<I18nService, 't'>;

/** What a benefit is measured in, enough to format its values. */
export interface BenefitUnit {
  readonly unitKind: BenefitUnitKind;
  readonly unit: string | null;
}

/** "1234.50" → "1 234,5": a measured value with the decimals it has (no money rounding). */
export function formatDecimal(value: string): string {
  const fraction = /\.(\d*?)0*$/.exec(value)?.[1] ?? '';
  return formatAmount(value, fraction.length);
}

/** A value in the benefit's own unit: "120 000 kr", "1,5 årsverk", "12 dager". */
export function formatBenefitValue(value: string, benefit: BenefitUnit, i18n: Translate): string {
  switch (benefit.unitKind) {
    case 'NOK':
      return formatKroner(value);
    case 'FTE':
      return i18n.t('benefits.value.fte', { value: formatDecimal(value) });
    default:
      return benefit.unit ? `${formatDecimal(value)} ${benefit.unit}` : formatDecimal(value);
  }
}

/** The unit a value is typed in, for labels: "kroner", "årsverk", "dager". */
export function unitWord(benefit: BenefitUnit, i18n: Translate): string {
  switch (benefit.unitKind) {
    case 'NOK':
      return i18n.t('benefits.unitWord.nok');
    case 'FTE':
      return i18n.t('benefits.unitWord.fte');
    default:
      return benefit.unit ?? '';
  }
}

/** "92.5" → "92,5 %". */
export function formatPercent(value: string | null): string {
  return value === null ? '' : `${formatAmount(value, value.includes('.') ? 1 : 0)}\u00a0%`;
}

/** The year a new actual value most likely belongs to: this year within the period, else the nearest end. */
export function defaultYear(years: readonly number[], today = new Date()): number | undefined {
  if (years.length === 0) return undefined;
  const current = today.getFullYear();
  if (years.includes(current)) return current;
  return current < years[0] ? years[0] : years[years.length - 1];
}

/** A refused save of a benefit or its plan: a stale version is a conflict, with a way to load what is saved. */
export function benefitRefusal(error: ApiError, i18n: Pick<I18nService, 'language' | 't'>): SaveFeedback {
  return refusalFeedback(
    { kind: error.code === 'CONFLICT' ? 'conflict' : 'error', message: errorText(error, i18n) },
    { reload: i18n.t('benefits.reload') },
  );
}
