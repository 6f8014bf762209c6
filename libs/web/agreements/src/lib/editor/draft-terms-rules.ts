import {
  type AgreementLegalForm,
  type AgreementTermsProblem,
  parseDecimal,
  type TermsUnderRules,
} from '@samarbeid/shared/domain';
import type { TranslationKey, TranslationParams } from '@samarbeid/web/data-access';

import { hasAnnualCosts, hasOwnerShares } from '../shared/agreement-labels';
import { formatDecimal } from '../shared/decimal';
import type { AgreementDraft, DraftError } from './agreement-draft';

/**
 * The editor's side of the agreement terms rules shared with the API (agreementTermsProblems in the shared domain):
 * the draft as the rules read it, and each problem code as the field it belongs to and the dictionary's sentence.
 */

/** What the API takes: an amount or volume (two decimals), an owner share (six). */
export const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;
export const SHARE = /^\d{1,3}(\.\d{1,6})?$/;

/** "12 500,50" → "12500.50" (the shared reading of a decimal); undefined when it is not a number of the form. */
export function decimal(text: string, pattern: RegExp): string | undefined {
  const parsed = parseDecimal(text);
  return parsed !== null && pattern.test(parsed) ? parsed : undefined;
}

/**
 * The draft as the shared terms rules read it, as it would be sent (termsInput): a number not (yet) written as one,
 * or a choice not made, counts as not given; fields the form or role does not have are left out.
 */
export function termsUnderRules(draft: AgreementDraft, form: AgreementLegalForm): TermsUnderRules {
  const servicePurchase = form === 'SERVICE_PURCHASE';
  const number = (text: string, pattern: RegExp) => decimal(text, pattern) ?? null;
  return {
    volumeAmount: number(draft.volumeAmount, AMOUNT),
    volumeUnit: draft.volumeUnit || null,
    priceModel: draft.priceModel || null,
    price: number(draft.price, AMOUNT),
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
    assessment: { assessedOn: servicePurchase ? draft.assessment.assessedOn || null : null },
    parties: draft.parties.map((party) => ({
      municipalityNumber: party.municipalityNumber,
      role: party.role || null,
      ownerShare: hasOwnerShares(form) ? number(party.ownerShare, SHARE) : null,
      annualCost: hasAnnualCosts(form) ? number(party.annualCost, AMOUNT) : null,
      buyerVolume: servicePurchase && party.role === 'BUYER' ? number(party.buyerVolume, AMOUNT) : null,
    })),
  };
}

/** A problem the rules found, as the editor shows it: the field's path and the dictionary's sentence. */
export function problemError(
  problem: AgreementTermsProblem,
  names: ReadonlyMap<string, string>,
): [path: string, error: DraftError] {
  const error = (key: TranslationKey, params?: TranslationParams): DraftError =>
    params ? { key, params } : { key };
  switch (problem.code) {
    case 'MUNICIPALITY_MISSING':
    case 'NOT_A_MEMBER':
      return [
        `parties.${problem.index}.municipalityNumber`,
        error('agreements.editor.error.partyMunicipality'),
      ];
    case 'PARTY_TWICE':
      return [
        `parties.${problem.index}.municipalityNumber`,
        error('agreements.editor.error.partyTwice', { name: names.get(problem.party) ?? problem.party }),
      ];
    // A share, volume or cost on a party whose role does not have it: the editor offers those fields only for the
    // roles and forms they belong to, so the role is what is wrong.
    case 'ROLE_MISSING':
    case 'ROLE_NOT_IN_FORM':
    case 'OWNER_SHARE_NOT_OWNER':
    case 'BUYER_VOLUME_NOT_BUYER':
    case 'ANNUAL_COST_IN_PURCHASE':
      return [`parties.${problem.index}.role`, error('agreements.editor.error.partyRole')];
    case 'OWNER_SHARE_MISSING':
      return [`parties.${problem.index}.ownerShare`, error('agreements.editor.error.shareRequired')];
    case 'BUYER_VOLUME_MISSING':
      return [`parties.${problem.index}.buyerVolume`, error('agreements.editor.error.buyerVolumeAll')];
    case 'VOLUME_MISSING':
      return ['volumeAmount', error('agreements.editor.error.volumeRequired')];
    case 'VOLUME_UNIT_MISSING':
      return ['volumeUnit', error('agreements.editor.error.volumeUnit')];
    case 'PRICE_MODEL_MISSING':
      return ['priceModel', error('agreements.editor.error.priceModel')];
    case 'PRICE_MISSING':
      return ['price', error('agreements.editor.error.priceRequired')];
    case 'INVALID_DATE':
      return [
        problem.field === 'assessedOn' ? 'assessment.assessedOn' : problem.field,
        error('agreements.editor.error.date'),
      ];
    case 'SELLERS_AND_BUYERS':
      return [
        'parties',
        error('agreements.editor.error.sellerBuyer', { sellers: problem.sellers, buyers: problem.buyers }),
      ];
    case 'HOSTS_AND_PARTICIPANTS':
      return [
        'parties',
        error('agreements.editor.error.hostParticipant', {
          hosts: problem.hosts,
          participants: problem.participants,
        }),
      ];
    case 'TOO_FEW_OWNERS':
      return ['parties', error('agreements.editor.error.twoOwners')];
    case 'TOO_FEW_MEMBERS':
      return ['parties', error('agreements.editor.error.twoMembers')];
    case 'OWNER_SHARE_SUM':
      return [
        'ownerShareSum',
        error('agreements.editor.error.shareSum', { sum: formatDecimal(problem.sum) }),
      ];
    case 'BUYER_VOLUME_SUM':
      return [
        'buyerVolumeSum',
        error('agreements.editor.error.buyerVolumeSum', {
          sum: formatDecimal(problem.sum),
          total: formatDecimal(problem.total),
        }),
      ];
    case 'END_BEFORE_START':
      return ['endDate', error('agreements.editor.error.endBeforeStart')];
  }
}
