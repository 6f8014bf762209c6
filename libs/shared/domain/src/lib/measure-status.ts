import { Labels } from './portfolio';

/** A measure's lifecycle: proposed → under assessment → decided → in progress → completed; or rejected / paused. */
export const MEASURE_STATUSES = [
  'PROPOSED',
  'UNDER_ASSESSMENT',
  'DECIDED',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
  'PAUSED',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Labels<MeasureStatus> = {
  PROPOSED: { nb: 'Foreslått', en: 'Proposed' },
  UNDER_ASSESSMENT: { nb: 'Under utredning', en: 'Under assessment' },
  DECIDED: { nb: 'Vedtatt', en: 'Decided' },
  IN_PROGRESS: { nb: 'Pågår', en: 'In progress' },
  COMPLETED: { nb: 'Fullført', en: 'Completed' },
  REJECTED: { nb: 'Avvist', en: 'Rejected' },
  PAUSED: { nb: 'Satt på vent', en: 'Paused' },
};

/**
 * The allowed next states. A paused measure resumes where it can go on: assessment again, or work again.
 * Completed and rejected are final.
 */
const NEXT: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  PROPOSED: ['UNDER_ASSESSMENT', 'REJECTED', 'PAUSED'],
  UNDER_ASSESSMENT: ['DECIDED', 'REJECTED', 'PAUSED'],
  DECIDED: ['IN_PROGRESS', 'PAUSED'],
  IN_PROGRESS: ['COMPLETED', 'PAUSED'],
  COMPLETED: [],
  REJECTED: [],
  PAUSED: ['UNDER_ASSESSMENT', 'IN_PROGRESS', 'REJECTED'],
};

export function allowedNextStatuses(from: MeasureStatus): readonly MeasureStatus[] {
  return NEXT[from];
}

export type TransitionCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly allowed: readonly MeasureStatus[];
      readonly nb: string;
      readonly en: string;
    };

/** Whether `from → to` is allowed; when not, a sentence naming the allowed next states. */
export function checkTransition(from: MeasureStatus, to: MeasureStatus): TransitionCheck {
  const allowed = NEXT[from];
  if (allowed.includes(to)) return { ok: true };
  const nbList = allowed.map((status) => MEASURE_STATUS_LABELS[status].nb.toLowerCase());
  const enList = allowed.map((status) => MEASURE_STATUS_LABELS[status].en.toLowerCase());
  const fromNb = MEASURE_STATUS_LABELS[from].nb.toLowerCase();
  const toNb = MEASURE_STATUS_LABELS[to].nb.toLowerCase();
  const fromEn = MEASURE_STATUS_LABELS[from].en.toLowerCase();
  const toEn = MEASURE_STATUS_LABELS[to].en.toLowerCase();
  return {
    ok: false,
    allowed,
    nb:
      allowed.length === 0
        ? `Et tiltak som er ${fromNb}, kan ikke endre status.`
        : `Et tiltak kan ikke gå fra ${fromNb} til ${toNb}. Tillatt neste status: ${joinNb(nbList)}.`,
    en:
      allowed.length === 0
        ? `A measure that is ${fromEn} cannot change status.`
        : `A measure cannot go from ${fromEn} to ${toEn}. Allowed next: ${joinEn(enList)}.`,
  };
}

function joinNb(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}

function joinEn(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * A measure under way is "stuck" after this many months without a status change, unless a request names another
 * number: the overview's default and the portfolio list's "Oppfølging: står stille" filter.
 */
export const DEFAULT_STUCK_MONTHS = 6;
