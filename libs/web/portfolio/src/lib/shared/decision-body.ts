import type { I18nService } from '@samarbeid/web/data-access';
import type { DecisionBody } from '@samarbeid/web/graphql';

/** "Kommunedirektørutvalget (KDU)", "Kommunestyret i Flesberg", the network's name ("Teknisk nettverk"). */
export function decisionBodyLabel(
  decision: {
    readonly body: DecisionBody;
    readonly municipalityNumber: string | null;
    readonly network?: { readonly name: string } | null;
  },
  municipalityNames: ReadonlyMap<string, string>,
  t: I18nService['t'],
): string {
  if (decision.body === 'MUNICIPAL_COUNCIL' && decision.municipalityNumber) {
    const municipality = municipalityNames.get(decision.municipalityNumber) ?? decision.municipalityNumber;
    return t('decisionBody.councilOf', { municipality });
  }
  if (decision.body === 'NETWORK' && decision.network) {
    return t('decisionBody.networkOf', { network: decision.network.name });
  }
  return t(`decisionBody.${decision.body}`);
}
