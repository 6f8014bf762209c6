import type { ErrorText } from '@samarbeid/api/platform';
import { badUserInput } from '@samarbeid/api/platform';
import type {
  AgreementLegalForm,
  AgreementPartyRole,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import {
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  compareIsoDates,
  isValidIsoDate,
  PARTY_ROLES_BY_FORM,
} from '@samarbeid/shared/domain';
import Decimal from 'decimal.js';

import { formatDate, formatQuantity } from './norwegian-format';

/** Procurement regulation § 3-3: the three conditions for horizontal public cooperation, as assessed. */
export interface Assessment {
  readonly commonGoals: boolean | null;
  readonly publicInterest: boolean | null;
  readonly marketUnder20: boolean | null;
  readonly assessedBy: string | null;
  readonly assessedOn: string | null;
  readonly conclusion: string | null;
}

export interface PartyTerms {
  readonly municipalityNumber: string;
  readonly role: AgreementPartyRole;
  readonly ownerShare: string | null;
  readonly annualCost: string | null;
  readonly buyerVolume: string | null;
  readonly organisationNumber: string | null;
  readonly signatory: string | null;
}

/** The terms of one agreement version; decimals normalised (no trailing zeros), parties by municipality number. */
export interface Terms {
  readonly serviceDescription: string;
  readonly volumeAmount: string | null;
  readonly volumeUnit: VolumeUnit | null;
  readonly priceModel: PriceModel | null;
  readonly price: string | null;
  readonly priceAdjustment: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly noticeMonths: number | null;
  readonly dataProcessingAgreement: boolean;
  readonly assessment: Assessment;
  readonly parties: readonly PartyTerms[];
}

export const EMPTY_ASSESSMENT: Assessment = {
  commonGoals: null,
  publicInterest: null,
  marketUnder20: null,
  assessedBy: null,
  assessedOn: null,
  conclusion: null,
};

export const EMPTY_TERMS: Terms = {
  serviceDescription: '',
  volumeAmount: null,
  volumeUnit: null,
  priceModel: null,
  price: null,
  priceAdjustment: '',
  startDate: null,
  endDate: null,
  noticeMonths: null,
  dataProcessingAgreement: false,
  assessment: EMPTY_ASSESSMENT,
  parties: [],
};

const refuse = (text: ErrorText): never => {
  throw badUserInput(text);
};

function names(numbers: readonly string[], members: ReadonlyMap<string, string>): string {
  const list = numbers.map((number) => members.get(number) ?? number);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} og ${list.at(-1)}`;
}

function namesEn(numbers: readonly string[], members: ReadonlyMap<string, string>): string {
  const list = numbers.map((number) => members.get(number) ?? number);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * Refuses terms that do not fit the legal form, with a sentence that says what is wrong. `members` are the
 * region's current member municipalities (number → name): every party must be one of them, and none twice.
 */
export function assertTermsFitForm(
  form: AgreementLegalForm,
  terms: Terms,
  members: ReadonlyMap<string, string>,
): void {
  const formName = AGREEMENT_LEGAL_FORM_LABELS[form];
  const seen = new Set<string>();
  for (const party of terms.parties) {
    if (!members.has(party.municipalityNumber)) {
      refuse({
        nb: `Kommune ${party.municipalityNumber} er ikke medlem av regionen i dag, og kan ikke være part.`,
        en: `Municipality ${party.municipalityNumber} is not a member of the region today and cannot be a party.`,
      });
    }
    if (seen.has(party.municipalityNumber)) {
      refuse({
        nb: `${members.get(party.municipalityNumber)} står to ganger blant partene. En kommune kan bare være part én gang.`,
        en: `${members.get(party.municipalityNumber)} appears twice among the parties. A municipality can be a party only once.`,
      });
    }
    seen.add(party.municipalityNumber);
    const allowed = PARTY_ROLES_BY_FORM[form];
    if (!allowed.includes(party.role)) {
      refuse({
        nb: `${members.get(party.municipalityNumber)} er oppført som ${AGREEMENT_PARTY_ROLE_LABELS[party.role].nb.toLowerCase()}, men en ${formName.nb.toLowerCase()} har bare ${allowed.map((role) => AGREEMENT_PARTY_ROLE_LABELS[role].nb.toLowerCase()).join(' og ')}.`,
        en: `${members.get(party.municipalityNumber)} is listed as ${AGREEMENT_PARTY_ROLE_LABELS[party.role].en.toLowerCase()}, but a ${formName.en.toLowerCase()} only has ${allowed.map((role) => AGREEMENT_PARTY_ROLE_LABELS[role].en.toLowerCase()).join(' and ')}.`,
      });
    }
    if (party.ownerShare !== null && party.role !== 'OWNER') {
      refuse({
        nb: `Eierandel gjelder bare eiere i IKS og kommunalt oppgavefellesskap (${members.get(party.municipalityNumber)}).`,
        en: `An owner share applies only to owners of an IKS or municipal joint task body (${members.get(party.municipalityNumber)}).`,
      });
    }
    if (party.buyerVolume !== null && party.role !== 'BUYER') {
      refuse({
        nb: `Volum per part gjelder bare kjøpere i en tjenestekjøpsavtale (${members.get(party.municipalityNumber)}).`,
        en: `A volume per party applies only to buyers in a service purchase (${members.get(party.municipalityNumber)}).`,
      });
    }
    if (party.annualCost !== null && form === 'SERVICE_PURCHASE') {
      refuse({
        nb: 'I en tjenestekjøpsavtale følger kjøpernes årlige kostnad av prisen; oppgi ikke årlig kostnad per part.',
        en: "In a service purchase the buyers' annual cost follows from the price; do not give an annual cost per party.",
      });
    }
  }
  for (const date of [terms.startDate, terms.endDate, terms.assessment.assessedOn]) {
    if (date !== null && !isValidIsoDate(date)) {
      refuse({ nb: `${date} er ikke en gyldig dato.`, en: `${date} is not a valid date.` });
    }
  }
  const withRole = (role: AgreementPartyRole) => terms.parties.filter((party) => party.role === role);
  switch (form) {
    case 'SERVICE_PURCHASE':
      assertServicePurchase(terms, withRole('SELLER').length, withRole('BUYER'), members);
      break;
    case 'HOST_MUNICIPALITY_ADMINISTRATIVE':
    case 'HOST_MUNICIPALITY_JOINT_COMMITTEE':
      if (withRole('HOST').length !== 1 || withRole('PARTICIPANT').length < 1) {
        refuse({
          nb: `Et vertskommunesamarbeid har nøyaktig én vertskommune og minst én samarbeidskommune (nå ${withRole('HOST').length} vertskommune(r) og ${withRole('PARTICIPANT').length} samarbeidskommune(r)).`,
          en: `A host-municipality collaboration has exactly one host and at least one participating municipality (now ${withRole('HOST').length} host(s) and ${withRole('PARTICIPANT').length} participant(s)).`,
        });
      }
      break;
    case 'MUNICIPAL_JOINT_TASK':
    case 'INTERMUNICIPAL_COMPANY':
      assertOwnerShares(form, terms.parties, members);
      break;
    case 'POLITICAL_COUNCIL':
      if (terms.parties.length < 2) {
        refuse({
          nb: 'Et interkommunalt politisk råd har minst to medlemskommuner.',
          en: 'An inter-municipal political council has at least two member municipalities.',
        });
      }
      break;
  }
  if (terms.startDate && terms.endDate && compareIsoDates(terms.endDate, terms.startDate) < 0) {
    refuse({
      nb: `Sluttdatoen (${formatDate(terms.endDate)}) er før startdatoen (${formatDate(terms.startDate)}).`,
      en: `The end date (${terms.endDate}) is before the start date (${terms.startDate}).`,
    });
  }
}

function assertServicePurchase(
  terms: Terms,
  sellers: number,
  buyers: readonly PartyTerms[],
  members: ReadonlyMap<string, string>,
): void {
  if (sellers !== 1 || buyers.length < 1) {
    refuse({
      nb: `En tjenestekjøpsavtale har nøyaktig én selger og minst én kjøper (nå ${sellers} selger(e) og ${buyers.length} kjøper(e)).`,
      en: `A service purchase has exactly one seller and at least one buyer (now ${sellers} seller(s) and ${buyers.length} buyer(s)).`,
    });
  }
  const missing = [
    terms.volumeAmount === null || terms.volumeUnit === null
      ? { nb: 'volum og enhet', en: 'volume and unit' }
      : null,
    terms.priceModel === null ? { nb: 'prismodell', en: 'price model' } : null,
    terms.price === null ? { nb: 'pris', en: 'price' } : null,
  ].filter((item) => item !== null);
  if (missing.length > 0) {
    refuse({
      nb: `En tjenestekjøpsavtale må ha ${missing.map((item) => item.nb).join(', ')}.`,
      en: `A service purchase needs ${missing.map((item) => item.en).join(', ')}.`,
    });
  }
  const withVolume = buyers.filter((buyer) => buyer.buyerVolume !== null);
  if (withVolume.length > 0) {
    if (withVolume.length !== buyers.length) {
      const without = buyers.filter((buyer) => buyer.buyerVolume === null).map((b) => b.municipalityNumber);
      refuse({
        nb: `Oppgi volum for alle kjøperne eller ingen (mangler for ${names(without, members)}).`,
        en: `Give a volume for every buyer or for none (missing for ${namesEn(without, members)}).`,
      });
    }
    const sum = withVolume.reduce((total, buyer) => total.plus(buyer.buyerVolume ?? 0), new Decimal(0));
    if (!sum.equals(terms.volumeAmount ?? 0)) {
      refuse({
        nb: `Kjøpernes volum er til sammen ${formatQuantity(sum.toFixed())}, men avtalens volum er ${formatQuantity(terms.volumeAmount ?? '0')}.`,
        en: `The buyers' volumes add up to ${sum.toFixed()}, but the agreement's volume is ${terms.volumeAmount}.`,
      });
    }
  }
}

function assertOwnerShares(
  form: AgreementLegalForm,
  parties: readonly PartyTerms[],
  members: ReadonlyMap<string, string>,
): void {
  const formName = AGREEMENT_LEGAL_FORM_LABELS[form];
  if (parties.length < 2) {
    refuse({
      nb: `${formName.nb} har minst to eierkommuner.`,
      en: `${formName.en}: at least two owner municipalities are needed.`,
    });
  }
  const without = parties.filter((party) => party.ownerShare === null).map((p) => p.municipalityNumber);
  if (without.length > 0) {
    refuse({
      nb: `Oppgi eierandel for ${names(without, members)}; andelene skal til sammen være 100 %.`,
      en: `Give the owner share of ${namesEn(without, members)}; the shares must add up to 100 %.`,
    });
  }
  const sum = parties.reduce((total, party) => total.plus(party.ownerShare ?? 0), new Decimal(0));
  if (!sum.equals(100)) {
    refuse({
      nb: `Eierandelene er til sammen ${formatQuantity(sum.toFixed())} %, men skal være nøyaktig 100 %.`,
      en: `The owner shares add up to ${sum.toFixed()} %, but must be exactly 100 %.`,
    });
  }
}

/** What a service purchase lacks before it can be submitted for approval; empty when it is ready. */
export function missingForSubmission(terms: Terms): ErrorText[] {
  const missing: ErrorText[] = [];
  if (!terms.serviceDescription.trim())
    missing.push({ nb: 'tjenestebeskrivelse', en: 'service description' });
  if (!terms.startDate) missing.push({ nb: 'startdato', en: 'start date' });
  if (!terms.endDate) missing.push({ nb: 'sluttdato', en: 'end date' });
  if (terms.noticeMonths === null) missing.push({ nb: 'oppsigelsestid', en: 'notice period' });
  return missing;
}

/** What the § 3-3 assessment lacks; empty when it is complete. */
export function missingAssessment(assessment: Assessment): ErrorText[] {
  const missing: ErrorText[] = [];
  if (assessment.commonGoals === null) {
    missing.push({
      nb: 'om samarbeidet gjelder felles mål for offentlige tjenester',
      en: 'common public-service goals',
    });
  }
  if (assessment.publicInterest === null) {
    missing.push({
      nb: 'om det bare styres av hensyn til allmennhetens interesser',
      en: 'public-interest motives only',
    });
  }
  if (assessment.marketUnder20 === null) {
    missing.push({
      nb: 'om under 20 % av aktiviteten skjer i det åpne markedet',
      en: 'under 20 % on the open market',
    });
  }
  if (!assessment.assessedBy?.trim()) missing.push({ nb: 'hvem som vurderte', en: 'who assessed it' });
  if (!assessment.assessedOn) missing.push({ nb: 'dato for vurderingen', en: 'the date of the assessment' });
  if (!assessment.conclusion?.trim()) missing.push({ nb: 'konklusjon', en: 'the conclusion' });
  return missing;
}

/** Refuses a service purchase that is not ready for approval, naming everything that is missing. */
export function assertReadyToSubmit(terms: Terms): void {
  const missing = missingForSubmission(terms);
  if (missing.length > 0) {
    refuse({
      nb: `Avtalen kan ikke sendes til godkjenning før den har ${missing.map((m) => m.nb).join(', ')}.`,
      en: `The agreement cannot be submitted for approval before it has ${missing.map((m) => m.en).join(', ')}.`,
    });
  }
  const assessment = missingAssessment(terms.assessment);
  if (assessment.length > 0) {
    refuse({
      nb: `Vurderingen etter anskaffelsesforskriften § 3-3 må være fullført før avtalen sendes til godkjenning. Mangler: ${assessment.map((m) => m.nb).join('; ')}.`,
      en: `The assessment under procurement regulation § 3-3 must be complete before the agreement is submitted. Missing: ${assessment.map((m) => m.en).join('; ')}.`,
    });
  }
}

/** A statutory collaboration is registered as it stands: it needs a start date. */
export function assertReadyToRegister(terms: Terms): void {
  if (!terms.startDate) {
    refuse({
      nb: 'Oppgi når samarbeidet startet (startdato).',
      en: 'Give the date the collaboration started (start date).',
    });
  }
}
