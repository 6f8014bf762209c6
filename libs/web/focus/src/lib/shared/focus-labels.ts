import type { FocusStatus, FocusTrend } from '@samarbeid/web/graphql';

/** A sign before the status text, so that the status never rests on colour alone. */
export const STATUS_SIGN: Readonly<Record<FocusStatus, string>> = {
  ON_TARGET: '✓',
  OFF_TARGET: '✗',
  NO_TARGET: '○',
  NO_DATA: '○',
};

export const TREND_SIGN: Readonly<Record<FocusTrend, string>> = {
  IMPROVING: '↗',
  WORSENING: '↘',
  STEADY: '→',
  NO_TREND: '',
};

/** Designsystemet's tag colour per status. */
export const STATUS_COLOUR: Readonly<Record<FocusStatus, string>> = {
  ON_TARGET: 'success',
  OFF_TARGET: 'danger',
  NO_TARGET: 'neutral',
  NO_DATA: 'neutral',
};

/** A decimal from the API as Norwegian writes it: "1 250 000", "7,4". */
export function formatDecimal(value: string | null | undefined, language: 'nb' | 'en'): string {
  if (value === null || value === undefined) return '–';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 4 }).format(
    number,
  );
}

export const STATUS_KEYS = {
  ON_TARGET: 'focus.status.ON_TARGET',
  OFF_TARGET: 'focus.status.OFF_TARGET',
  NO_TARGET: 'focus.status.NO_TARGET',
  NO_DATA: 'focus.status.NO_DATA',
} as const satisfies Record<FocusStatus, string>;

export const TREND_KEYS = {
  IMPROVING: 'focus.trend.IMPROVING',
  WORSENING: 'focus.trend.WORSENING',
  STEADY: 'focus.trend.STEADY',
  NO_TREND: 'focus.trend.NO_TREND',
} as const satisfies Record<FocusTrend, string>;
