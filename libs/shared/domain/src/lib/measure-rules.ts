import type { CollaborationTier, DecisionBody, LegalForm } from './portfolio';

/**
 * Rules on a measure's fields and on a decision's body that the API enforces and the web app checks before
 * sending. Each returns problem codes; the caller words them.
 */

export type MeasureShapeProblem = 'LEGAL_FORM_MISMATCH' | 'END_BEFORE_START';

/**
 * A statutory collaboration has a legal form and only a statutory one has it; a measure does not end before it
 * starts (ISO dates compare as text). Every problem, in that order.
 */
export function measureShapeProblems(measure: {
  readonly tier: CollaborationTier;
  readonly legalForm?: LegalForm | null;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
}): MeasureShapeProblem[] {
  const problems: MeasureShapeProblem[] = [];
  const hasLegalForm = measure.legalForm !== null && measure.legalForm !== undefined;
  if ((measure.tier === 'STATUTORY') !== hasLegalForm) problems.push('LEGAL_FORM_MISMATCH');
  if (measure.startDate && measure.endDate && measure.endDate < measure.startDate) {
    problems.push('END_BEFORE_START');
  }
  return problems;
}

export type DecisionBodyProblem = 'MUNICIPALITY_REQUIRED' | 'NETWORK_REQUIRED';

/** A municipal council's decision names its municipality; a network's decision names the network. */
export function decisionBodyProblem(decision: {
  readonly body: DecisionBody;
  readonly municipalityNumber?: string | null;
  readonly networkId?: string | null;
}): DecisionBodyProblem | null {
  if (decision.body === 'MUNICIPAL_COUNCIL' && !decision.municipalityNumber) return 'MUNICIPALITY_REQUIRED';
  if (decision.body === 'NETWORK' && !decision.networkId) return 'NETWORK_REQUIRED';
  return null;
}
