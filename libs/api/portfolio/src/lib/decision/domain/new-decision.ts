import type { DecisionBody } from '@samarbeid/shared/domain';

import type { Decision } from '../../dto/portfolio.types';

/** A decision as it is recorded (the id is the database's). */
export type NewDecision = Omit<Decision, 'id'>;

/**
 * The decision to record from what the secretariat typed: a council's municipality and a network are kept only for
 * the body they belong to, texts are trimmed. (Whether the body has what it needs is `decisionBodyProblem`.)
 */
export function newDecision(
  regionId: string,
  input: {
    readonly body: DecisionBody;
    readonly municipalityNumber?: string | null;
    readonly networkId?: string | null;
    readonly decidedOn: string;
    readonly caseReference: string;
    readonly title: string;
    readonly text: string;
  },
): NewDecision {
  return {
    regionId,
    body: input.body,
    municipalityNumber: input.body === 'MUNICIPAL_COUNCIL' ? (input.municipalityNumber ?? null) : null,
    networkId: input.body === 'NETWORK' ? (input.networkId ?? null) : null,
    decidedOn: input.decidedOn,
    caseReference: input.caseReference.trim(),
    title: input.title.trim(),
    text: input.text.trim(),
  };
}
