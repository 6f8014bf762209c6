import type { AgreementPartyRole } from '@samarbeid/shared/domain';
import { AGREEMENT_PARTY_ROLE_LABELS } from '@samarbeid/shared/domain';

import type { TermsChange } from '../terms/agreement-diff';
import { formatDate } from '../terms/norwegian-format';
import type { Notice } from './notification-outbox';

/** The notifications' texts (Norwegian: the users' language). */

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

export interface PartyName {
  readonly name: string;
  readonly role: AgreementPartyRole;
}

export function approvalRequested(
  title: string,
  versionNumber: number,
  parties: readonly PartyName[],
  changes: readonly TermsChange[],
): Notice {
  const who = list(parties.map((p) => `${p.name} (${AGREEMENT_PARTY_ROLE_LABELS[p.role].nb.toLowerCase()})`));
  const changed =
    changes.length > 0
      ? `\n\nEndret fra versjon ${versionNumber - 1}:\n${changes
          .map((change) => `- ${change.label}: ${change.before ?? '–'} → ${change.after ?? '–'}`)
          .join('\n')}`
      : '';
  return {
    kind: 'APPROVAL_REQUESTED',
    title: `Godkjenning: ${title} (versjon ${versionNumber})`.slice(0, 300),
    body: `Avtalen «${title}», versjon ${versionNumber}, venter på godkjenning fra kommunedirektøren. Parter: ${who}.${changed}`.slice(
      0,
      4000,
    ),
  };
}

export function approvedByParty(
  title: string,
  versionNumber: number,
  municipality: string,
  waitingFor: readonly string[],
): Notice {
  return {
    kind: 'AGREEMENT_APPROVED',
    title: `${municipality} har godkjent ${title} (versjon ${versionNumber})`.slice(0, 300),
    body: `${municipality} har godkjent versjon ${versionNumber} av «${title}». Venter fortsatt på ${list(waitingFor)}.`,
  };
}

export function rejected(
  title: string,
  versionNumber: number,
  municipality: string,
  comment: string,
): Notice {
  return {
    kind: 'AGREEMENT_REJECTED',
    title: `Avvist: ${title} (versjon ${versionNumber})`.slice(0, 300),
    body: `${municipality} har avvist versjon ${versionNumber} av «${title}». Begrunnelse: ${comment}`.slice(
      0,
      4000,
    ),
  };
}

export function nowActive(
  title: string,
  versionNumber: number,
  startDate: string | null,
  endDate: string | null,
): Notice {
  const period = startDate
    ? ` Den gjelder fra ${formatDate(startDate)}${endDate ? ` til ${formatDate(endDate)}` : ''}.`
    : '';
  return {
    kind: 'AGREEMENT_ACTIVE',
    title: `Aktiv: ${title}`.slice(0, 300),
    body: `Alle parter har godkjent versjon ${versionNumber} av «${title}», og avtalen er nå aktiv.${period}`,
  };
}
