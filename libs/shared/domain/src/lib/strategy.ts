/**
 * A network's strategy: its lifecycle (draft → consultation → adopted by a KDU decision → archived), its goals with
 * indicators, and its yearly action plan. Pure rules for the API and the web app; each returns problem codes, and
 * the caller words them.
 */
import { isValidIsoDate } from './agreement-deadlines';

export const STRATEGY_STATUSES = ['DRAFT', 'CONSULTATION', 'ADOPTED', 'ARCHIVED'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE', 'MAINTAIN'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** The one status each step starts from: a strategy moves forward one step at a time and never back. */
const STEP_FROM: Readonly<Record<StrategyStatus, StrategyStatus | null>> = {
  DRAFT: null,
  CONSULTATION: 'DRAFT',
  ADOPTED: 'CONSULTATION',
  ARCHIVED: 'ADOPTED',
};

/** Who may take a step: submitting is the editors' (network leader or secretariat); the rest is the secretariat's. */
export type StrategyStepper = 'EDITOR' | 'SECRETARIAT';

export function strategyStepper(to: StrategyStatus): StrategyStepper {
  return to === 'CONSULTATION' ? 'EDITOR' : 'SECRETARIAT';
}

export type StrategyStepProblem = 'NOT_FROM_HERE' | 'DECISION_REQUIRED';

/**
 * Whether a strategy in `from` may become `to`. Adopting needs the KDU decision that adopts it (whether the
 * decision is a KDU decision of the region is for the caller to look up).
 */
export function strategyStepProblem(
  from: StrategyStatus,
  to: StrategyStatus,
  decisionId?: string | null,
): StrategyStepProblem | null {
  if (STEP_FROM[to] !== from) return 'NOT_FROM_HERE';
  if (to === 'ADOPTED' && !decisionId) return 'DECISION_REQUIRED';
  return null;
}

/** Only drafts and strategies on consultation can change: an adopted plan is what was adopted. */
export function strategyIsOpen(status: StrategyStatus): boolean {
  return status === 'DRAFT' || status === 'CONSULTATION';
}

export type StrategyContentProblem =
  | { readonly code: 'PERIOD_BACKWARDS' }
  | { readonly code: 'TARGET_BEFORE_BASELINE'; readonly indicator: string }
  | { readonly code: 'CONSULTATION_END_NOT_A_DATE' };

/** The period, the consultation's last day (when given) and every indicator's years: the first thing wrong, or null. */
export function strategyContentProblem(content: {
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly consultationEndsOn?: string | null;
  readonly goals?: readonly {
    readonly indicators: readonly {
      readonly name: string;
      readonly baselineYear: number;
      readonly targetYear: number;
    }[];
  }[];
}): StrategyContentProblem | null {
  if (content.periodTo < content.periodFrom) return { code: 'PERIOD_BACKWARDS' };
  if (content.consultationEndsOn && !isValidIsoDate(content.consultationEndsOn)) {
    return { code: 'CONSULTATION_END_NOT_A_DATE' };
  }
  for (const goal of content.goals ?? []) {
    for (const indicator of goal.indicators) {
      if (indicator.targetYear < indicator.baselineYear) {
        return { code: 'TARGET_BEFORE_BASELINE', indicator: indicator.name };
      }
    }
  }
  return null;
}

/** A measure code as the action plan compares it: trimmed, capitals ("t7 " is T7). */
export function normaliseMeasureCode(code: string): string {
  return code.trim().toUpperCase();
}

export type ActionPlanProblem =
  | { readonly code: 'YEAR_OUTSIDE_PERIOD'; readonly periodFrom: number; readonly periodTo: number }
  | { readonly code: 'DUPLICATE_MEASURE' };

/**
 * One year's action plan of a strategy: the year lies within the strategy's period, and no measure appears
 * twice (codes compared as {@link normaliseMeasureCode} does). Whether each code names a measure of the region is
 * for the caller to look up ({@link missingCodes}).
 */
export function actionPlanProblem(
  strategy: { readonly periodFrom: number; readonly periodTo: number },
  year: number,
  measureCodes: readonly string[],
): ActionPlanProblem | null {
  if (year < strategy.periodFrom || year > strategy.periodTo) {
    return { code: 'YEAR_OUTSIDE_PERIOD', periodFrom: strategy.periodFrom, periodTo: strategy.periodTo };
  }
  if (new Set(measureCodes.map(normaliseMeasureCode)).size !== measureCodes.length) {
    return { code: 'DUPLICATE_MEASURE' };
  }
  return null;
}

/** The requested codes that were not found, in the order requested. */
export function missingCodes(requested: readonly string[], found: readonly string[]): string[] {
  const known = new Set(found);
  return requested.filter((code) => !known.has(code));
}
