import {
  type AgreementLegalForm,
  type AgreementPartyRole,
  agreementTermsProblems,
  PARTY_ROLES_BY_FORM,
  parseDecimal,
  type PriceModel,
  sumDecimals,
  type VolumeUnit,
} from '@samarbeid/shared/domain';
import { formatAmount, type TranslationKey, type TranslationParams } from '@samarbeid/web/data-access';
import type {
  AgreementEditorAgreementQuery,
  AgreementPartyInput,
  AgreementTermsInput,
  CreateAgreementInput,
  UpdateAgreementInput,
} from '@samarbeid/web/graphql';

import { hasAnnualCosts, hasOwnerShares } from '../shared/agreement-labels';
import { decimalForInput } from '../shared/decimal';
import { AMOUNT, decimal, problemError, SHARE, termsUnderRules } from './draft-terms-rules';

export type EditedAgreement = AgreementEditorAgreementQuery['agreement'];

/** One party row, as the inputs hold it (empty = not set). `key` identifies the row while rows come and go. */
export interface PartyDraft {
  readonly key: string;
  readonly municipalityNumber: string;
  readonly role: AgreementPartyRole | '';
  readonly ownerShare: string;
  readonly annualCost: string;
  readonly buyerVolume: string;
  readonly organisationNumber: string;
  readonly signatory: string;
}
export type PartyField = Exclude<keyof PartyDraft, 'key'>;

/** Procurement regulation § 3-3: the three conditions (yes/no, null = not answered), who assessed, when, and why. */
export interface AssessmentDraft {
  readonly commonPublicGoals: boolean | null;
  readonly publicInterestOnly: boolean | null;
  readonly marketShareUnder20: boolean | null;
  readonly assessedBy: string;
  readonly assessedOn: string;
  readonly conclusion: string;
}
export type AssessmentField = keyof AssessmentDraft;
export const ASSESSMENT_CONDITIONS = [
  'commonPublicGoals',
  'publicInterestOnly',
  'marketShareUnder20',
] as const;
export type AssessmentCondition = (typeof ASSESSMENT_CONDITIONS)[number];

/** The editor's content. */
export interface AgreementDraft {
  readonly legalForm: AgreementLegalForm | '';
  readonly title: string;
  readonly measureId: string;
  readonly serviceDescription: string;
  readonly volumeAmount: string;
  readonly volumeUnit: VolumeUnit | '';
  readonly priceModel: PriceModel | '';
  readonly price: string;
  readonly priceAdjustment: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly noticeMonths: string;
  readonly dataProcessingAgreement: boolean;
  readonly assessment: AssessmentDraft;
  readonly parties: readonly PartyDraft[];
}
export type TextField = Exclude<
  keyof AgreementDraft,
  'legalForm' | 'dataProcessingAgreement' | 'assessment' | 'parties'
>;

/** A problem as a sentence of the dictionary, with what to fill in. */
export interface DraftError {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}
/**
 * Problems by path: a field (`title`, `endDate`, `assessment.assessedBy`), a party's field (`parties.0.ownerShare`,
 * as the API names it), or a rule over the parties (`parties`, `ownerShareSum`, `buyerVolumeSum`).
 */
export type DraftErrors = Readonly<Record<string, DraftError>>;

export const MAX_LENGTH = {
  title: 300,
  serviceDescription: 20_000,
  priceAdjustment: 2000,
  assessedBy: 200,
  conclusion: 4000,
  signatory: 200,
} as const;
export const MAX_PARTIES = 50;

let keys = 0;
/** A new row key, unique in the page. */
export function newKey(): string {
  keys += 1;
  return `p${keys}`;
}

export const EMPTY_ASSESSMENT: AssessmentDraft = {
  commonPublicGoals: null,
  publicInterestOnly: null,
  marketShareUnder20: null,
  assessedBy: '',
  assessedOn: '',
  conclusion: '',
};

export function emptyParty(role: AgreementPartyRole | '' = ''): PartyDraft {
  return {
    key: newKey(),
    municipalityNumber: '',
    role,
    ownerShare: '',
    annualCost: '',
    buyerVolume: '',
    organisationNumber: '',
    signatory: '',
  };
}

/** The two rows a new agreement of `form` starts with: e.g. a seller and a buyer. */
function startingParties(form: AgreementLegalForm): PartyDraft[] {
  const roles = PARTY_ROLES_BY_FORM[form];
  return [emptyParty(roles[0]), emptyParty(roles[1] ?? roles[0])];
}

export function emptyDraft(legalForm: AgreementLegalForm | '' = ''): AgreementDraft {
  return {
    legalForm,
    title: '',
    measureId: '',
    serviceDescription: '',
    volumeAmount: '',
    volumeUnit: '',
    priceModel: '',
    price: '',
    priceAdjustment: '',
    startDate: '',
    endDate: '',
    noticeMonths: '',
    dataProcessingAgreement: false,
    assessment: EMPTY_ASSESSMENT,
    parties: legalForm ? startingParties(legalForm) : [],
  };
}

/**
 * Another legal form (a new agreement only): parties keep their municipality; a role the form does not have becomes
 * its first role. Rows nobody has filled in yet start over with the form's usual roles.
 */
export function withLegalForm(draft: AgreementDraft, form: AgreementLegalForm): AgreementDraft {
  if (draft.legalForm === form) return draft;
  const roles = PARTY_ROLES_BY_FORM[form];
  const untouched = draft.parties.every((party) => !party.municipalityNumber);
  const parties = untouched
    ? startingParties(form)
    : draft.parties.map((party) =>
        party.role && roles.includes(party.role) ? party : { ...party, role: roles[0] },
      );
  return { ...draft, legalForm: form, parties };
}

/** The editor's content from the agreement's current version. */
export function draftOf(agreement: EditedAgreement): AgreementDraft {
  const version = agreement.currentVersion;
  return {
    legalForm: agreement.legalForm,
    title: agreement.title,
    measureId: agreement.measure?.id ?? '',
    serviceDescription: version.serviceDescription,
    volumeAmount: decimalForInput(version.volumeAmount),
    volumeUnit: version.volumeUnit ?? '',
    priceModel: version.priceModel ?? '',
    price: formatAmount(version.price),
    priceAdjustment: version.priceAdjustment,
    startDate: version.startDate ?? '',
    endDate: version.endDate ?? '',
    noticeMonths: version.noticeMonths === null ? '' : String(version.noticeMonths),
    dataProcessingAgreement: version.dataProcessingAgreement,
    assessment: {
      commonPublicGoals: version.assessment.commonPublicGoals,
      publicInterestOnly: version.assessment.publicInterestOnly,
      marketShareUnder20: version.assessment.marketShareUnder20,
      assessedBy: version.assessment.assessedBy ?? '',
      assessedOn: version.assessment.assessedOn ?? '',
      conclusion: version.assessment.conclusion ?? '',
    },
    parties: version.parties.map((party) => ({
      key: newKey(),
      municipalityNumber: party.municipalityNumber,
      role: party.role,
      ownerShare: decimalForInput(party.ownerShare),
      annualCost: formatAmount(party.annualCost),
      buyerVolume: decimalForInput(party.buyerVolume),
      organisationNumber: party.organisationNumber ?? '',
      signatory: party.signatory ?? '',
    })),
  };
}

export function updateParty(
  draft: AgreementDraft,
  index: number,
  field: PartyField,
  value: string,
): AgreementDraft {
  return {
    ...draft,
    parties: draft.parties.map((party, i) => (i === index ? { ...party, [field]: value } : party)),
  };
}

export function addParty(draft: AgreementDraft, party: PartyDraft): AgreementDraft {
  return { ...draft, parties: [...draft.parties, party] };
}

export function removeParty(draft: AgreementDraft, index: number): AgreementDraft {
  return { ...draft, parties: draft.parties.filter((_, i) => i !== index) };
}

/**
 * The owner shares' exact sum (a decimal string), counting the shares written as numbers so far; `complete` when
 * every share is one.
 */
export function ownerShareTotal(draft: AgreementDraft): { readonly sum: string; readonly complete: boolean } {
  const shares = draft.parties.map((party) => decimal(party.ownerShare, SHARE));
  const written = shares.filter((share): share is string => share !== undefined);
  return { sum: sumDecimals(written) ?? '0', complete: written.length === shares.length };
}

export interface ValidationOptions {
  /** A network leader must link the agreement to a measure of a network they lead. */
  readonly measureRequired: boolean;
  /** Municipality names by number, for the sentences. */
  readonly names: ReadonlyMap<string, string>;
  /**
   * A submitted or active service purchase: saving submits a new version at once, so it must be ready for approval
   * (description, dates, notice and a complete § 3-3 assessment), as the API requires.
   */
  readonly readyForApproval: boolean;
}

/**
 * Everything the API would refuse, checked before anything is sent: the input formats here, the terms rules shared
 * with the API (agreementTermsProblems in the shared domain), and readiness for approval.
 */
export function validateDraft(draft: AgreementDraft, options: ValidationOptions): DraftErrors {
  const errors: Record<string, DraftError> = {};
  const set = (path: string, key: TranslationKey, params?: TranslationParams) => {
    if (!errors[path]) errors[path] = params ? { key, params } : { key };
  };
  const form = draft.legalForm;
  if (!form) {
    set('legalForm', 'agreements.editor.error.legalForm');
    return errors;
  }
  const title = draft.title.trim();
  if (!title) set('title', 'agreements.editor.error.title');
  else if (title.length > MAX_LENGTH.title) set('title', 'agreements.editor.error.titleLength');
  if (options.measureRequired && !draft.measureId) set('measureId', 'agreements.editor.error.measure');

  // What was typed that is not a number of its kind: said first, so that it wins over "missing" below.
  validatePartyInputs(draft, form, set);
  const servicePurchase = form === 'SERVICE_PURCHASE';
  if (servicePurchase) {
    if (draft.volumeAmount.trim() && !decimal(draft.volumeAmount, AMOUNT)) {
      set('volumeAmount', 'agreements.editor.error.volume');
    }
    if (draft.price.trim() && !decimal(draft.price, AMOUNT)) set('price', 'agreements.editor.error.amount');
  }
  // The API's rules for the form, the same rule set (agreementTermsProblems), in the dictionary's words.
  for (const problem of agreementTermsProblems(form, termsUnderRules(draft, form))) {
    const [path, error] = problemError(problem, options.names);
    set(path, error.key, error.params);
  }
  if (!servicePurchase && !draft.startDate) set('startDate', 'agreements.editor.error.startRequired');
  const notice = draft.noticeMonths.trim();
  if (notice && (!/^\d{1,2}$/.test(notice) || Number(notice) > 60)) {
    set('noticeMonths', 'agreements.editor.error.notice');
  }
  if (draft.serviceDescription.length > MAX_LENGTH.serviceDescription) {
    set('serviceDescription', 'agreements.editor.error.tooLong', { max: MAX_LENGTH.serviceDescription });
  }
  if (draft.priceAdjustment.length > MAX_LENGTH.priceAdjustment) {
    set('priceAdjustment', 'agreements.editor.error.tooLong', { max: MAX_LENGTH.priceAdjustment });
  }
  if (servicePurchase) validateAssessment(draft.assessment, options.readyForApproval, set);
  if (servicePurchase && options.readyForApproval) {
    if (!draft.serviceDescription.trim()) {
      set('serviceDescription', 'agreements.editor.error.neededForApproval');
    }
    if (!draft.startDate) set('startDate', 'agreements.editor.error.neededForApproval');
    if (!draft.endDate) set('endDate', 'agreements.editor.error.neededForApproval');
    if (!notice) set('noticeMonths', 'agreements.editor.error.neededForApproval');
  }
  return errors;
}

type Setter = (path: string, key: TranslationKey, params?: TranslationParams) => void;

/** Each party's fields as typed: numbers, the organisation number and the signatory's length. */
function validatePartyInputs(draft: AgreementDraft, form: AgreementLegalForm, set: Setter): void {
  draft.parties.forEach((party, i) => {
    const path = `parties.${i}`;
    if (hasOwnerShares(form) && party.ownerShare.trim()) {
      const share = decimal(party.ownerShare, SHARE);
      if (!share || Number(share) > 100) set(`${path}.ownerShare`, 'agreements.editor.error.share');
    }
    if (hasAnnualCosts(form) && party.annualCost.trim() && !decimal(party.annualCost, AMOUNT)) {
      set(`${path}.annualCost`, 'agreements.editor.error.amount');
    }
    if (form === 'SERVICE_PURCHASE' && party.role === 'BUYER' && party.buyerVolume.trim()) {
      if (!decimal(party.buyerVolume, AMOUNT)) set(`${path}.buyerVolume`, 'agreements.editor.error.volume');
    }
    const orgNumber = party.organisationNumber.replace(/\s/g, '');
    if (orgNumber && !/^\d{9}$/.test(orgNumber)) {
      set(`${path}.organisationNumber`, 'agreements.editor.error.organisationNumber');
    }
    if (party.signatory.length > MAX_LENGTH.signatory) {
      set(`${path}.signatory`, 'agreements.editor.error.tooLong', { max: MAX_LENGTH.signatory });
    }
  });
}

function validateAssessment(assessment: AssessmentDraft, complete: boolean, set: Setter): void {
  if (assessment.assessedBy.length > MAX_LENGTH.assessedBy) {
    set('assessment.assessedBy', 'agreements.editor.error.tooLong', { max: MAX_LENGTH.assessedBy });
  }
  if (assessment.conclusion.length > MAX_LENGTH.conclusion) {
    set('assessment.conclusion', 'agreements.editor.error.tooLong', { max: MAX_LENGTH.conclusion });
  }
  if (!complete) return;
  for (const condition of ASSESSMENT_CONDITIONS) {
    if (assessment[condition] === null) set(`assessment.${condition}`, 'agreements.editor.error.answer');
  }
  if (!assessment.assessedBy.trim())
    set('assessment.assessedBy', 'agreements.editor.error.neededForApproval');
  if (!assessment.assessedOn) set('assessment.assessedOn', 'agreements.editor.error.neededForApproval');
  if (!assessment.conclusion.trim())
    set('assessment.conclusion', 'agreements.editor.error.neededForApproval');
}

const orNull = (text: string): string | null => text.trim() || null;

function partyInput(party: PartyDraft, form: AgreementLegalForm): AgreementPartyInput {
  const role = party.role as AgreementPartyRole;
  return {
    municipalityNumber: party.municipalityNumber,
    role,
    ownerShare: hasOwnerShares(form) ? (parseDecimal(party.ownerShare) ?? null) : null,
    annualCost: hasAnnualCosts(form) ? (parseDecimal(party.annualCost) ?? null) : null,
    buyerVolume:
      form === 'SERVICE_PURCHASE' && role === 'BUYER' ? (parseDecimal(party.buyerVolume) ?? null) : null,
    organisationNumber: orNull(party.organisationNumber.replace(/\s/g, '')),
    signatory: orNull(party.signatory),
  };
}

/**
 * The terms as the API's input: decimals as decimal strings ("12500.50"), dates as YYYY-MM-DD, empty as null. The
 * price, volume and § 3-3 assessment belong to service purchases; for the statutory forms they are left out (kept).
 */
export function termsInput(draft: AgreementDraft): AgreementTermsInput {
  const form = draft.legalForm as AgreementLegalForm;
  const notice = draft.noticeMonths.trim();
  const terms: AgreementTermsInput = {
    serviceDescription: draft.serviceDescription.trim(),
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
    noticeMonths: notice ? Number(notice) : null,
    dataProcessingAgreement: draft.dataProcessingAgreement,
    parties: draft.parties.map((party) => partyInput(party, form)),
  };
  if (form !== 'SERVICE_PURCHASE') return terms;
  const assessment = draft.assessment;
  return {
    ...terms,
    volumeAmount: parseDecimal(draft.volumeAmount),
    volumeUnit: draft.volumeUnit || null,
    priceModel: draft.priceModel || null,
    price: parseDecimal(draft.price),
    priceAdjustment: draft.priceAdjustment.trim(),
    assessment: {
      commonPublicGoals: assessment.commonPublicGoals,
      publicInterestOnly: assessment.publicInterestOnly,
      marketShareUnder20: assessment.marketShareUnder20,
      assessedBy: orNull(assessment.assessedBy),
      assessedOn: assessment.assessedOn || null,
      conclusion: orNull(assessment.conclusion),
    },
  };
}

export function createInput(draft: AgreementDraft, regionSlug: string): CreateAgreementInput {
  return {
    regionSlug,
    legalForm: draft.legalForm as AgreementLegalForm,
    title: draft.title.trim(),
    measureId: draft.measureId || null,
    terms: termsInput(draft),
  };
}

export function updateInput(
  draft: AgreementDraft,
  id: string,
  expectedVersion: number,
): UpdateAgreementInput {
  return {
    id,
    expectedVersion,
    title: draft.title.trim(),
    measureId: draft.measureId || null,
    terms: termsInput(draft),
  };
}

/** A server field path (`terms.parties.0.ownerShare`, `input.title`) as the editor's path. */
export function draftPathOf(path: string): string {
  return path.replace(/^input\./, '').replace(/^terms\./, '');
}
