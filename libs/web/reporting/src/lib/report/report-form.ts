import type { TranslationKey } from '@samarbeid/web/data-access';

export interface ReportFormValues {
  readonly rag: string;
  readonly progressPercent: string;
  readonly done: string;
  readonly deviations: string;
  readonly nextSteps: string;
  readonly risks: string;
  /** 'draft' or 'submit'. */
  readonly action: string;
}

export type ReportFormField = keyof ReportFormValues;
export const REPORT_FORM_FIELDS: readonly ReportFormField[] = [
  'rag',
  'progressPercent',
  'done',
  'deviations',
  'nextSteps',
  'risks',
  'action',
];
export const REPORT_TEXT_MAX_LENGTH = 10_000;

/** The form's values from the report as stored. */
export function reportFormOf(report: {
  readonly rag: string | null;
  readonly progressPercent: number | null;
  readonly done: string;
  readonly deviations: string;
  readonly nextSteps: string;
  readonly risks: string;
}): ReportFormValues {
  return {
    rag: report.rag ?? '',
    progressPercent: report.progressPercent === null ? '' : String(report.progressPercent),
    done: report.done,
    deviations: report.deviations,
    nextSteps: report.nextSteps,
    risks: report.risks,
    action: 'draft',
  };
}

/** The API's rules, checked before sending: a draft may be incomplete, a submitted report may not. */
export function validateReportForm(
  values: ReportFormValues,
): Partial<Record<ReportFormField, TranslationKey>> {
  const errors: Partial<Record<ReportFormField, TranslationKey>> = {};
  const progress = values.progressPercent.trim();
  if (progress !== '' && !(/^\d{1,3}$/.test(progress) && Number(progress) <= 100)) {
    errors.progressPercent = 'reporting.report.error.progress';
  }
  if (values.action === 'submit') {
    if (!values.rag) errors.rag = 'reporting.report.error.rag';
    if (progress === '') errors.progressPercent = 'reporting.report.error.progress';
    if (!values.done.trim()) errors.done = 'reporting.report.error.done';
  }
  return errors;
}
