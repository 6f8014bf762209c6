import {
  AGREEMENT_PARTY_ROLE_LABELS,
  PRICE_MODEL_LABELS,
  VOLUME_UNIT_LABELS,
} from '@samarbeid/shared/domain';

import type { PartyTerms, Terms } from './agreement-terms';
import { formatDate, formatKroner, formatQuantity } from './norwegian-format';

/** One field that differs between two versions, formatted for people (Norwegian); null means "not given". */
export interface TermsChange {
  readonly field: string;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

type Formatter = (terms: Terms) => string | null;

const yesNo = (value: boolean | null): string | null => (value === null ? null : value ? 'Ja' : 'Nei');
const text = (value: string | null): string | null => (value?.trim() ? value.trim() : null);

/** The version fields in the order people read them, each with its Norwegian label and format. */
const FIELDS: readonly (readonly [field: string, label: string, format: Formatter])[] = [
  ['serviceDescription', 'Tjenestebeskrivelse', (t) => text(t.serviceDescription)],
  [
    'volume',
    'Volum',
    (t) =>
      t.volumeAmount === null
        ? null
        : `${formatQuantity(t.volumeAmount)}${t.volumeUnit ? ` ${VOLUME_UNIT_LABELS[t.volumeUnit].nb}` : ''}`,
  ],
  ['priceModel', 'Prismodell', (t) => (t.priceModel ? PRICE_MODEL_LABELS[t.priceModel].nb : null)],
  ['price', 'Pris', (t) => (t.price === null ? null : formatKroner(t.price))],
  ['priceAdjustment', 'Prisjustering', (t) => text(t.priceAdjustment)],
  ['startDate', 'Startdato', (t) => (t.startDate ? formatDate(t.startDate) : null)],
  ['endDate', 'Sluttdato', (t) => (t.endDate ? formatDate(t.endDate) : null)],
  [
    'noticeMonths',
    'Oppsigelsestid',
    (t) =>
      t.noticeMonths === null ? null : `${t.noticeMonths} ${t.noticeMonths === 1 ? 'måned' : 'måneder'}`,
  ],
  ['dataProcessingAgreement', 'Databehandleravtale', (t) => yesNo(t.dataProcessingAgreement)],
  [
    'assessment.commonGoals',
    'Felles mål for offentlige tjenester (§ 3-3)',
    (t) => yesNo(t.assessment.commonGoals),
  ],
  [
    'assessment.publicInterest',
    'Bare allmennhetens interesser (§ 3-3)',
    (t) => yesNo(t.assessment.publicInterest),
  ],
  [
    'assessment.marketUnder20',
    'Under 20 % i det åpne markedet (§ 3-3)',
    (t) => yesNo(t.assessment.marketUnder20),
  ],
  ['assessment.assessedBy', 'Vurdert av', (t) => text(t.assessment.assessedBy)],
  [
    'assessment.assessedOn',
    'Vurdert dato',
    (t) => (t.assessment.assessedOn ? formatDate(t.assessment.assessedOn) : null),
  ],
  ['assessment.conclusion', 'Konklusjon (§ 3-3)', (t) => text(t.assessment.conclusion)],
];

type PartyFormatter = (party: PartyTerms) => string | null;

const PARTY_FIELDS: readonly (readonly [field: string, label: string, format: PartyFormatter])[] = [
  ['role', 'rolle', (p) => AGREEMENT_PARTY_ROLE_LABELS[p.role].nb],
  ['ownerShare', 'eierandel', (p) => (p.ownerShare === null ? null : `${formatQuantity(p.ownerShare)} %`)],
  ['annualCost', 'årlig kostnad', (p) => (p.annualCost === null ? null : formatKroner(p.annualCost))],
  ['buyerVolume', 'volum', (p) => (p.buyerVolume === null ? null : formatQuantity(p.buyerVolume))],
  ['organisationNumber', 'organisasjonsnummer', (p) => p.organisationNumber],
  ['signatory', 'signatar', (p) => text(p.signatory)],
];

/**
 * The fields that differ from `before` to `after`, party changes included ("Part: Rollag" added or removed,
 * "Flesberg: årlig kostnad" changed). `names` gives municipality names by number.
 */
export function termsChanges(before: Terms, after: Terms, names: ReadonlyMap<string, string>): TermsChange[] {
  const changes: TermsChange[] = [];
  for (const [field, label, format] of FIELDS) {
    const [was, is] = [format(before), format(after)];
    if (was !== is) changes.push({ field, label, before: was, after: is });
  }
  const numbers = [
    ...new Set([...before.parties, ...after.parties].map((party) => party.municipalityNumber)),
  ].sort();
  for (const number of numbers) {
    const name = names.get(number) ?? number;
    const was = before.parties.find((party) => party.municipalityNumber === number);
    const is = after.parties.find((party) => party.municipalityNumber === number);
    if (!was || !is) {
      changes.push({
        field: `parties.${number}`,
        label: `Part: ${name}`,
        before: was ? AGREEMENT_PARTY_ROLE_LABELS[was.role].nb : null,
        after: is ? AGREEMENT_PARTY_ROLE_LABELS[is.role].nb : null,
      });
      continue;
    }
    for (const [field, label, format] of PARTY_FIELDS) {
      const [old, now] = [format(was), format(is)];
      if (old !== now) {
        changes.push({
          field: `parties.${number}.${field}`,
          label: `${name}: ${label}`,
          before: old,
          after: now,
        });
      }
    }
  }
  return changes;
}
