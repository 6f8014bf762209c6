import type { TranslationKey } from '@samarbeid/web/data-access';
import type { DecisionBody } from '@samarbeid/web/graphql';

/** The register-a-decision form, as the inputs hold it. */
export interface DecisionFormValues {
  readonly body: DecisionBody;
  readonly municipalityNumber: string;
  readonly networkId: string;
  readonly decidedOn: string;
  readonly caseReference: string;
  readonly title: string;
  readonly text: string;
  /** Measure codes, separated by commas or spaces ("T1, T2"). */
  readonly measureCodes: string;
}

export type DecisionFormField = keyof DecisionFormValues;
export type DecisionFormErrors = Partial<Record<DecisionFormField, { key: TranslationKey; codes?: string }>>;

export const DECISION_FORM_FIELDS: readonly DecisionFormField[] = [
  'body',
  'municipalityNumber',
  'networkId',
  'decidedOn',
  'caseReference',
  'title',
  'text',
  'measureCodes',
];

export const CASE_REFERENCE_MAX_LENGTH = 64;
export const DECISION_TITLE_MAX_LENGTH = 300;
export const DECISION_TEXT_MAX_LENGTH = 20_000;

export function emptyDecisionForm(): DecisionFormValues {
  return {
    body: 'KDU',
    municipalityNumber: '',
    networkId: '',
    decidedOn: '',
    caseReference: '',
    title: '',
    text: '',
    measureCodes: '',
  };
}

/** "t1, T2  t3" → ["T1", "T2", "T3"] (each once). */
export function parseMeasureCodes(text: string): readonly string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** The API's rules, checked before sending; `knownCodes` are the region's measure codes. */
export function validateDecisionForm(
  values: DecisionFormValues,
  knownCodes: ReadonlySet<string>,
): DecisionFormErrors {
  const errors: DecisionFormErrors = {};
  if (values.body === 'MUNICIPAL_COUNCIL' && !values.municipalityNumber) {
    errors.municipalityNumber = { key: 'decisionForm.error.municipality' };
  }
  if (values.body === 'NETWORK' && !values.networkId)
    errors.networkId = { key: 'decisionForm.error.network' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.decidedOn)) errors.decidedOn = { key: 'decisionForm.error.date' };
  const caseReference = values.caseReference.trim();
  if (!caseReference) errors.caseReference = { key: 'decisionForm.error.caseReference' };
  else if (caseReference.length > CASE_REFERENCE_MAX_LENGTH) {
    errors.caseReference = { key: 'decisionForm.error.caseReferenceLength' };
  }
  const title = values.title.trim();
  if (!title) errors.title = { key: 'decisionForm.error.title' };
  else if (title.length > DECISION_TITLE_MAX_LENGTH) errors.title = { key: 'decisionForm.error.titleLength' };
  if (!values.text.trim()) errors.text = { key: 'decisionForm.error.text' };
  else if (values.text.length > DECISION_TEXT_MAX_LENGTH)
    errors.text = { key: 'decisionForm.error.textLength' };
  const unknown = parseMeasureCodes(values.measureCodes).filter((code) => !knownCodes.has(code));
  if (unknown.length > 0)
    errors.measureCodes = { key: 'decisionForm.error.unknownCodes', codes: unknown.join(', ') };
  return errors;
}
