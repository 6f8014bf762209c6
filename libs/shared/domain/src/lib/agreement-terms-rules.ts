import { compareIsoDates, isValidIsoDate } from './agreement-deadlines';
import type { AgreementLegalForm, AgreementPartyRole, PriceModel, VolumeUnit } from './agreements';
import { PARTY_ROLES_BY_FORM } from './agreements';
import { sameDecimal, sumDecimals } from './decimal';

/**
 * Whether an agreement's terms fit its legal form: the one rule set the API enforces and the web editor shows before
 * anything is sent. It answers with problem codes, not sentences; each side words them in its own language (the API
 * as its Norwegian|English errors, the web from its dictionaries).
 */

/** A party as the rules read it. Decimals are decimal strings ("33.5"); null = not given. */
export interface PartyUnderRules {
  /** Empty while nobody has chosen the municipality (the web editor's new row). */
  readonly municipalityNumber: string;
  /** Null while nobody has chosen the role. */
  readonly role: AgreementPartyRole | null;
  readonly ownerShare: string | null;
  readonly annualCost: string | null;
  readonly buyerVolume: string | null;
}

/** The terms of a version as the rules read them; dates as YYYY-MM-DD. */
export interface TermsUnderRules {
  readonly volumeAmount: string | null;
  readonly volumeUnit: VolumeUnit | null;
  readonly priceModel: PriceModel | null;
  readonly price: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly assessment: { readonly assessedOn: string | null };
  readonly parties: readonly PartyUnderRules[];
}

/** Problems with one party: `party` is its municipality number, `index` its place in the list given. */
export type PartyProblemCode =
  /** No municipality chosen. */
  | 'MUNICIPALITY_MISSING'
  /** Not one of the region's member municipalities today (checked only when the members are given). */
  | 'NOT_A_MEMBER'
  /** The municipality is already a party higher up the list. */
  | 'PARTY_TWICE'
  | 'ROLE_MISSING'
  /** A role the legal form does not have (a seller in an IKS). */
  | 'ROLE_NOT_IN_FORM'
  /** An owner share on a party that is not an owner. */
  | 'OWNER_SHARE_NOT_OWNER'
  /** A buyer's volume on a party that is not a buyer. */
  | 'BUYER_VOLUME_NOT_BUYER'
  /** An annual cost stated per party in a service purchase, where it follows from the price. */
  | 'ANNUAL_COST_IN_PURCHASE'
  /** IKS / oppgavefellesskap: this party's owner share is missing. */
  | 'OWNER_SHARE_MISSING'
  /** Service purchase: some buyers have a volume, this one has none. */
  | 'BUYER_VOLUME_MISSING';

/** Problems with the service purchase's price and volume. */
export type PriceProblemCode =
  'VOLUME_MISSING' | 'VOLUME_UNIT_MISSING' | 'PRICE_MODEL_MISSING' | 'PRICE_MISSING';

export type AgreementTermsProblem =
  | {
      readonly code: Exclude<PartyProblemCode, 'ROLE_NOT_IN_FORM'>;
      readonly party: string;
      readonly index: number;
    }
  | {
      readonly code: 'ROLE_NOT_IN_FORM';
      readonly party: string;
      readonly index: number;
      readonly role: AgreementPartyRole;
    }
  | { readonly code: PriceProblemCode }
  | {
      readonly code: 'INVALID_DATE';
      readonly field: 'startDate' | 'endDate' | 'assessedOn';
      readonly value: string;
    }
  /** Service purchase: exactly one seller and at least one buyer. */
  | { readonly code: 'SELLERS_AND_BUYERS'; readonly sellers: number; readonly buyers: number }
  /** Vertskommune: exactly one host and at least one participant. */
  | { readonly code: 'HOSTS_AND_PARTICIPANTS'; readonly hosts: number; readonly participants: number }
  /** IKS / oppgavefellesskap: at least two owners. */
  | { readonly code: 'TOO_FEW_OWNERS' }
  /** Interkommunalt politisk råd: at least two members. */
  | { readonly code: 'TOO_FEW_MEMBERS' }
  /** The owner shares (all given) do not add up to exactly 100. `sum` is canonical ("99.5"). */
  | { readonly code: 'OWNER_SHARE_SUM'; readonly sum: string }
  /** The buyers' volumes (all given) do not add up to the agreement's volume. */
  | { readonly code: 'BUYER_VOLUME_SUM'; readonly sum: string; readonly total: string }
  | { readonly code: 'END_BEFORE_START'; readonly startDate: string; readonly endDate: string };

export type AgreementTermsProblemCode = AgreementTermsProblem['code'];

/**
 * Every problem with `terms` under `form`, in the order the API reports them (it refuses with the first): each
 * party's own problems, party by party; dates that do not exist; the form's rules on the parties, price and volume;
 * an end before the start. Empty when the terms fit. `members` (number → name) are the region's member
 * municipalities today; without them, membership is not checked.
 */
export function agreementTermsProblems(
  form: AgreementLegalForm,
  terms: TermsUnderRules,
  members?: ReadonlyMap<string, unknown>,
): AgreementTermsProblem[] {
  const problems: AgreementTermsProblem[] = [
    ...partyProblems(form, terms.parties, members),
    ...dateProblems(terms),
  ];
  const count = (role: AgreementPartyRole) => terms.parties.filter((party) => party.role === role).length;
  switch (form) {
    case 'SERVICE_PURCHASE':
      if (count('SELLER') !== 1 || count('BUYER') < 1) {
        problems.push({ code: 'SELLERS_AND_BUYERS', sellers: count('SELLER'), buyers: count('BUYER') });
      }
      problems.push(...priceProblems(terms), ...buyerVolumeProblems(terms));
      break;
    case 'HOST_MUNICIPALITY_ADMINISTRATIVE':
    case 'HOST_MUNICIPALITY_JOINT_COMMITTEE':
      if (count('HOST') !== 1 || count('PARTICIPANT') < 1) {
        problems.push({
          code: 'HOSTS_AND_PARTICIPANTS',
          hosts: count('HOST'),
          participants: count('PARTICIPANT'),
        });
      }
      break;
    case 'MUNICIPAL_JOINT_TASK':
    case 'INTERMUNICIPAL_COMPANY':
      problems.push(...ownerShareProblems(terms.parties));
      break;
    case 'POLITICAL_COUNCIL':
      if (terms.parties.length < 2) problems.push({ code: 'TOO_FEW_MEMBERS' });
      break;
  }
  const { startDate, endDate } = terms;
  if (startDate && endDate && isValidIsoDate(startDate) && isValidIsoDate(endDate)) {
    if (compareIsoDates(endDate, startDate) < 0)
      problems.push({ code: 'END_BEFORE_START', startDate, endDate });
  }
  return problems;
}

function partyProblems(
  form: AgreementLegalForm,
  parties: readonly PartyUnderRules[],
  members: ReadonlyMap<string, unknown> | undefined,
): AgreementTermsProblem[] {
  const problems: AgreementTermsProblem[] = [];
  const seen = new Set<string>();
  parties.forEach((party, index) => {
    const add = (code: Exclude<PartyProblemCode, 'ROLE_NOT_IN_FORM'>) =>
      problems.push({ code, party: party.municipalityNumber, index });
    if (!party.municipalityNumber) add('MUNICIPALITY_MISSING');
    else {
      if (members && !members.has(party.municipalityNumber)) add('NOT_A_MEMBER');
      if (seen.has(party.municipalityNumber)) add('PARTY_TWICE');
      seen.add(party.municipalityNumber);
    }
    // The role decides which of a party's fields apply; without one, only its absence is a problem.
    if (party.role === null) {
      add('ROLE_MISSING');
      return;
    }
    if (!PARTY_ROLES_BY_FORM[form].includes(party.role)) {
      problems.push({ code: 'ROLE_NOT_IN_FORM', party: party.municipalityNumber, index, role: party.role });
    }
    if (party.ownerShare !== null && party.role !== 'OWNER') add('OWNER_SHARE_NOT_OWNER');
    if (party.buyerVolume !== null && party.role !== 'BUYER') add('BUYER_VOLUME_NOT_BUYER');
    if (party.annualCost !== null && form === 'SERVICE_PURCHASE') add('ANNUAL_COST_IN_PURCHASE');
  });
  return problems;
}

function dateProblems(terms: TermsUnderRules): AgreementTermsProblem[] {
  const dates = [
    ['startDate', terms.startDate],
    ['endDate', terms.endDate],
    ['assessedOn', terms.assessment.assessedOn],
  ] as const;
  return dates
    .filter(([, value]) => value !== null && !isValidIsoDate(value))
    .map(([field, value]) => ({ code: 'INVALID_DATE', field, value: value as string }));
}

function priceProblems(terms: TermsUnderRules): AgreementTermsProblem[] {
  const missing: PriceProblemCode[] = [];
  if (terms.volumeAmount === null) missing.push('VOLUME_MISSING');
  if (terms.volumeUnit === null) missing.push('VOLUME_UNIT_MISSING');
  if (terms.priceModel === null) missing.push('PRICE_MODEL_MISSING');
  if (terms.price === null) missing.push('PRICE_MISSING');
  return missing.map((code) => ({ code }));
}

/** Buyers' volumes: for every buyer or for none, adding up to the agreement's volume. */
function buyerVolumeProblems(terms: TermsUnderRules): AgreementTermsProblem[] {
  const buyers = terms.parties
    .map((party, index) => ({ party, index }))
    .filter(({ party }) => party.role === 'BUYER');
  const volumes = buyers.flatMap(({ party }) => (party.buyerVolume === null ? [] : [party.buyerVolume]));
  if (volumes.length === 0) return [];
  if (volumes.length !== buyers.length) {
    return buyers
      .filter(({ party }) => party.buyerVolume === null)
      .map(({ party, index }) => ({ code: 'BUYER_VOLUME_MISSING', party: party.municipalityNumber, index }));
  }
  const sum = sumDecimals(volumes);
  if (sum === null || terms.volumeAmount === null || sameDecimal(sum, terms.volumeAmount)) return [];
  return [{ code: 'BUYER_VOLUME_SUM', sum, total: terms.volumeAmount }];
}

/** At least two owners, each with a share, the shares adding up to exactly 100 %. */
function ownerShareProblems(parties: readonly PartyUnderRules[]): AgreementTermsProblem[] {
  const problems: AgreementTermsProblem[] = [];
  if (parties.length < 2) problems.push({ code: 'TOO_FEW_OWNERS' });
  parties.forEach((party, index) => {
    if (party.ownerShare === null) {
      problems.push({ code: 'OWNER_SHARE_MISSING', party: party.municipalityNumber, index });
    }
  });
  const shares = parties.flatMap((party) => (party.ownerShare === null ? [] : [party.ownerShare]));
  if (parties.length === 0 || shares.length !== parties.length) return problems;
  const sum = sumDecimals(shares);
  if (sum !== null && !sameDecimal(sum, '100')) problems.push({ code: 'OWNER_SHARE_SUM', sum });
  return problems;
}
