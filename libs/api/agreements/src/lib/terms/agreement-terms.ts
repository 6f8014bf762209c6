import type { ErrorText } from '@samarbeid/api/platform';
import { badUserInput } from '@samarbeid/api/platform';
import type {
  AgreementLegalForm,
  AgreementPartyRole,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import { agreementTermsProblems, normalizeDecimal } from '@samarbeid/shared/domain';

import { termsProblemText } from '../agreements.errors';
import type { AgreementTermsInput } from '../dto/agreements.inputs';

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

/** The terms a version keeps in columns of their own, as given: all but the assessment and the parties. */
const STATED_TERMS = [
  'serviceDescription',
  'volumeAmount',
  'volumeUnit',
  'priceModel',
  'price',
  'priceAdjustment',
  'startDate',
  'endDate',
  'noticeMonths',
  'dataProcessingAgreement',
] as const satisfies readonly (keyof Terms)[];

export type StatedTerms = Pick<Terms, (typeof STATED_TERMS)[number]>;

export function statedTerms(terms: Terms): StatedTerms {
  return Object.fromEntries(STATED_TERMS.map((key) => [key, terms[key]])) as StatedTerms;
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

/**
 * Refuses terms that do not fit the legal form (the shared rules, agreementTermsProblems), with a sentence that says
 * what is wrong. `members` are the region's current member municipalities (number → name): every party must be one
 * of them, and none twice.
 */
export function assertTermsFitForm(
  form: AgreementLegalForm,
  terms: Terms,
  members: ReadonlyMap<string, string>,
): void {
  const problems = agreementTermsProblems(form, terms, members);
  if (problems.length > 0) refuse(termsProblemText(form, problems, members));
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

const given = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
const trimmed = (value: string | null | undefined, fallback: string | null): string | null =>
  value === undefined ? fallback : value?.trim() || null;

/**
 * The terms `input` describes on top of `base`: a field left out keeps its value (copy + changes), null clears it;
 * parties, when given, replace the list. Decimals are normalised so that equal values compare equal.
 */
export function mergeTerms(base: Terms, input: AgreementTermsInput | null | undefined): Terms {
  if (!input) return base;
  const assessment: Assessment = input.assessment
    ? {
        commonGoals: given(input.assessment.commonPublicGoals, base.assessment.commonGoals),
        publicInterest: given(input.assessment.publicInterestOnly, base.assessment.publicInterest),
        marketUnder20: given(input.assessment.marketShareUnder20, base.assessment.marketUnder20),
        assessedBy: trimmed(input.assessment.assessedBy, base.assessment.assessedBy),
        assessedOn: given(input.assessment.assessedOn, base.assessment.assessedOn),
        conclusion: trimmed(input.assessment.conclusion, base.assessment.conclusion),
      }
    : input.assessment === null
      ? EMPTY_ASSESSMENT
      : base.assessment;
  const parties: readonly PartyTerms[] =
    input.parties === undefined
      ? base.parties
      : (input.parties ?? [])
          .map((party) => ({
            municipalityNumber: party.municipalityNumber,
            role: party.role,
            ownerShare: normalizeDecimal(party.ownerShare),
            annualCost: normalizeDecimal(party.annualCost),
            buyerVolume: normalizeDecimal(party.buyerVolume),
            organisationNumber: party.organisationNumber ?? null,
            signatory: party.signatory?.trim() || null,
          }))
          .sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
  return {
    serviceDescription: given(input.serviceDescription, base.serviceDescription)?.trim() ?? '',
    volumeAmount: input.volumeAmount === undefined ? base.volumeAmount : normalizeDecimal(input.volumeAmount),
    volumeUnit: given(input.volumeUnit, base.volumeUnit),
    priceModel: given(input.priceModel, base.priceModel),
    price: input.price === undefined ? base.price : normalizeDecimal(input.price),
    priceAdjustment: given(input.priceAdjustment, base.priceAdjustment)?.trim() ?? '',
    startDate: given(input.startDate, base.startDate),
    endDate: given(input.endDate, base.endDate),
    noticeMonths: given(input.noticeMonths, base.noticeMonths),
    dataProcessingAgreement: given(input.dataProcessingAgreement, base.dataProcessingAgreement) ?? false,
    assessment,
    parties,
  };
}
