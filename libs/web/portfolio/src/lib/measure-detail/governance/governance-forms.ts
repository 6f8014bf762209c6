import type { TranslationKey } from '@samarbeid/web/data-access';
import type { MeasureGovernanceFieldsFragment, SaveMeasureSteeringInput } from '@samarbeid/web/graphql';

/** The political anchoring (F1) as its form holds it. */
export interface AnchoringFormValues {
  readonly decidedOn: string;
  readonly body: string;
  readonly caseReference: string;
}
export type AnchoringField = keyof AnchoringFormValues;
export const ANCHORING_FIELDS: readonly AnchoringField[] = ['decidedOn', 'body', 'caseReference'];

export function anchoringFormOf(steering: MeasureGovernanceFieldsFragment['steering']): AnchoringFormValues {
  return {
    decidedOn: steering.anchoringDecidedOn ?? '',
    body: steering.anchoringBody ?? '',
    caseReference: steering.anchoringCaseReference ?? '',
  };
}

/** The API's rules, checked before sending. */
export function validateAnchoring(
  values: AnchoringFormValues,
): Partial<Record<AnchoringField, TranslationKey>> {
  const errors: Partial<Record<AnchoringField, TranslationKey>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.decidedOn)) errors.decidedOn = 'governance.anchoring.error.date';
  if (!values.body.trim()) errors.body = 'governance.anchoring.error.body';
  else if (values.body.trim().length > 200) errors.body = 'governance.anchoring.error.bodyLength';
  if (!values.caseReference.trim()) errors.caseReference = 'governance.anchoring.error.case';
  else if (values.caseReference.trim().length > 64)
    errors.caseReference = 'governance.anchoring.error.caseLength';
  return errors;
}

/** The steering document as its form holds it: texts, and yes/no answers as `yes`/`no`. */
export interface SteeringFormValues {
  readonly currentSituation: string;
  readonly causes: string;
  readonly desiredSituation: string;
  readonly mandate: string;
  readonly responsibleMemberId: string;
  readonly implementationGroup: string;
  readonly timeAndResourceFrame: string;
  readonly preconditions: string;
  readonly reportingRequirements: string;
  readonly unionConsultationNeeded: string;
  readonly unionConsultationDate: string;
  readonly unionConsultationOutcome: string;
  readonly politicalDecisionNeeded: string;
  readonly politicalDecisionCase: string;
  readonly noEconomicEffectReason: string;
}
export type SteeringField = keyof SteeringFormValues;
export const STEERING_FIELDS: readonly SteeringField[] = [
  'currentSituation',
  'causes',
  'desiredSituation',
  'mandate',
  'responsibleMemberId',
  'implementationGroup',
  'timeAndResourceFrame',
  'preconditions',
  'reportingRequirements',
  'unionConsultationNeeded',
  'unionConsultationDate',
  'unionConsultationOutcome',
  'politicalDecisionNeeded',
  'politicalDecisionCase',
  'noEconomicEffectReason',
];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function steeringFormOf(steering: MeasureGovernanceFieldsFragment['steering']): SteeringFormValues {
  return {
    currentSituation: steering.currentSituation,
    causes: steering.causes,
    desiredSituation: steering.desiredSituation,
    mandate: steering.mandate,
    responsibleMemberId: steering.responsibleMemberId ?? '',
    implementationGroup: steering.implementationGroup,
    timeAndResourceFrame: steering.timeAndResourceFrame,
    preconditions: steering.preconditions,
    reportingRequirements: steering.reportingRequirements,
    unionConsultationNeeded: yesNo(steering.unionConsultationNeeded),
    unionConsultationDate: steering.unionConsultationDate ?? '',
    unionConsultationOutcome: steering.unionConsultationOutcome ?? '',
    politicalDecisionNeeded: yesNo(steering.politicalDecisionNeeded),
    politicalDecisionCase: steering.politicalDecisionCase ?? '',
    noEconomicEffectReason: steering.noEconomicEffectReason ?? '',
  };
}

export function validateSteering(values: SteeringFormValues): Partial<Record<SteeringField, TranslationKey>> {
  const errors: Partial<Record<SteeringField, TranslationKey>> = {};
  if (values.unionConsultationDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.unionConsultationDate)) {
    errors.unionConsultationDate = 'governance.steering.error.date';
  }
  if (values.politicalDecisionCase.trim().length > 64)
    errors.politicalDecisionCase = 'governance.steering.error.caseLength';
  return errors;
}

/** Blank optional texts are sent as null (cleared); the other texts trimmed. */
const optional = (text: string): string | null => text.trim() || null;

/** The save input for the form's values (all fields: the form shows them all). */
export function steeringInput(
  measure: { readonly id: string; readonly version: number },
  values: SteeringFormValues,
): SaveMeasureSteeringInput {
  const union = values.unionConsultationNeeded === 'yes';
  return {
    measureId: measure.id,
    version: measure.version,
    currentSituation: values.currentSituation.trim(),
    causes: values.causes.trim(),
    desiredSituation: values.desiredSituation.trim(),
    mandate: values.mandate.trim(),
    responsibleMemberId: values.responsibleMemberId || null,
    implementationGroup: values.implementationGroup.trim(),
    timeAndResourceFrame: values.timeAndResourceFrame.trim(),
    preconditions: values.preconditions.trim(),
    reportingRequirements: values.reportingRequirements.trim(),
    unionConsultationNeeded: union,
    unionConsultationDate: union ? values.unionConsultationDate || null : null,
    unionConsultationOutcome: union ? optional(values.unionConsultationOutcome) : null,
    politicalDecisionNeeded: values.politicalDecisionNeeded === 'yes',
    politicalDecisionCase:
      values.politicalDecisionNeeded === 'yes' ? optional(values.politicalDecisionCase) : null,
    noEconomicEffectReason: optional(values.noEconomicEffectReason),
  };
}
