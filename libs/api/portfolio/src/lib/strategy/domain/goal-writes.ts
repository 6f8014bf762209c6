import type { IndicatorDirection } from '@samarbeid/shared/domain';

/** An indicator as the editor sends it (values are exact decimals as text). */
export interface IndicatorDraft {
  readonly name: string;
  readonly unit: string;
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly targetYear: number;
  readonly targetValue: string;
  readonly direction: IndicatorDirection;
}

export interface GoalDraft {
  readonly title: string;
  readonly description: string;
  readonly indicators: readonly IndicatorDraft[];
}

/** One goal to write: at its position, keeping the id of the goal that held the position before (if any). */
export interface GoalWrite extends GoalDraft {
  readonly id: string | null;
  readonly position: number;
}

/**
 * How a saved list of goals is written over the one stored. Goals keep their identity by position, so the links
 * from measures to a goal survive an edit of its text; goals beyond the new count are removed (and their links
 * with them). Titles and descriptions are trimmed; indicators are written as sent.
 */
export function goalWrites(
  stored: readonly { readonly id: string }[],
  goals: readonly GoalDraft[],
): GoalWrite[] {
  return goals.map((goal, position) => ({
    id: stored[position]?.id ?? null,
    position,
    title: goal.title.trim(),
    description: goal.description.trim(),
    indicators: goal.indicators,
  }));
}

/** PostgreSQL numeric(18,4) comes back as "12.5000": shown as "12.5". Exact: only trailing zeros go. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
