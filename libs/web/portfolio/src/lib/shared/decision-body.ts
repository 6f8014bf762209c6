import type { DecisionBody, I18nService } from '@samarbeid/web/data-access';

/** "Kommunedirektørutvalget (KDU)", "Kommunestyret i Flesberg", "Nettverk". */
export function decisionBodyLabel(
  decision: { readonly body: DecisionBody; readonly municipalityNumber: string | null },
  municipalityNames: ReadonlyMap<string, string>,
  t: I18nService['t'],
): string {
  if (decision.body === 'MUNICIPAL_COUNCIL' && decision.municipalityNumber) {
    const municipality = municipalityNames.get(decision.municipalityNumber) ?? decision.municipalityNumber;
    return t('decisionBody.councilOf', { municipality });
  }
  return t(`decisionBody.${decision.body}`);
}
