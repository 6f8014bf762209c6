import type { ConformanceLevel } from '@samarbeid/shared/domain';

/** A region's accessibility statement as shown (Digdir's structure). */
export interface Statement {
  readonly conformance: ConformanceLevel;
  readonly deviations: string;
  readonly feedbackEmail: string | null;
  /** ISO date. */
  readonly lastReviewed: string;
  /** 0 until the secretariat saves it the first time (the default text applies). */
  readonly version: number;
}

/** The date the default statement was written: the last review of the product as delivered. */
export const DEFAULT_REVIEW_DATE = '2026-12-01';

/** What a region's statement says until the secretariat writes its own. */
export const DEFAULT_STATEMENT: Statement = {
  conformance: 'PARTIAL',
  deviations: [
    'Diagrammer har en tabell og en setning ved siden av seg for skjermlesere; selve tegningen er ikke beskrevet punkt for punkt.',
    'Nedlastbare dokumenter (Word og PDF) er laget for arkivering og er ikke kontrollert mot alle krav til universell utforming.',
  ].join('\n\n'),
  feedbackEmail: null,
  lastReviewed: DEFAULT_REVIEW_DATE,
  version: 0,
};

export const MAX_FEEDBACK_LENGTH = 2000;
export const MAX_FEEDBACK_NAME_LENGTH = 120;

export type FeedbackProblem = 'EMPTY' | 'TOO_LONG' | 'NAME_TOO_LONG' | 'CONTROL_CHARACTERS';

/** A message from the public form, checked: trimmed, not empty, not too long, no control characters. */
export function feedbackProblem(message: string, name: string): FeedbackProblem | null {
  if (message.trim() === '') return 'EMPTY';
  if (message.length > MAX_FEEDBACK_LENGTH) return 'TOO_LONG';
  if (name.length > MAX_FEEDBACK_NAME_LENGTH) return 'NAME_TOO_LONG';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(message + name)) return 'CONTROL_CHARACTERS';
  return null;
}

export const FEEDBACK_PROBLEM_TEXT: Readonly<Record<FeedbackProblem, string>> = {
  EMPTY: 'Skriv en melding før du sender.',
  TOO_LONG: `Meldingen kan være høyst ${MAX_FEEDBACK_LENGTH} tegn.`,
  NAME_TOO_LONG: `Navnet kan være høyst ${MAX_FEEDBACK_NAME_LENGTH} tegn.`,
  CONTROL_CHARACTERS: 'Meldingen inneholder tegn som ikke kan lagres. Skriv den på nytt.',
};

/** Paragraphs of a text with blank lines between them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
