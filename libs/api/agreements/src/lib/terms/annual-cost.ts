import type { AgreementLegalForm } from '@samarbeid/shared/domain';
import { VOLUME_UNIT_LABELS } from '@samarbeid/shared/domain';
import { annualPrice, buyerShares, splitByVolume } from '@samarbeid/shared/domain/allocation';

import type { Terms } from './agreement-terms';
import { formatKroner, formatQuantity } from './norwegian-format';

export interface AnnualCost {
  /** NOK per year, a decimal string; null when the party pays nothing stated (a seller, or no cost given). */
  readonly amount: string | null;
  readonly explanation: string | null;
}

/**
 * What a party pays per year under a version. A service-purchase buyer pays its share of the price: the fixed
 * annual price, or price × volume for hourly and per-case prices, split by the buyers' volumes when they are given,
 * else equally; by largest remainder in whole kroner when the price is whole kroner, else in øre (price × volume is
 * rounded half up to øre first), so the buyers' shares sum exactly to the total. Other forms state each party's
 * annual cost.
 */
export function annualCostOf(form: AgreementLegalForm, terms: Terms, municipalityNumber: string): AnnualCost {
  const party = terms.parties.find((candidate) => candidate.municipalityNumber === municipalityNumber);
  if (!party) return { amount: null, explanation: null };
  if (form !== 'SERVICE_PURCHASE') {
    return { amount: party.annualCost, explanation: null };
  }
  if (party.role !== 'BUYER' || terms.price === null || terms.priceModel === null) {
    return { amount: null, explanation: null };
  }
  const perUnit = terms.priceModel !== 'FIXED_ANNUAL';
  const price = {
    priceModel: terms.priceModel,
    price: terms.price,
    volumeAmount: terms.volumeAmount,
    buyers: terms.parties
      .filter((candidate) => candidate.role === 'BUYER')
      .map((buyer) => ({ municipalityNumber: buyer.municipalityNumber, volume: buyer.buyerVolume })),
  };
  const total = annualPrice(price);
  if (total === null) return { amount: null, explanation: null };
  const byVolume = splitByVolume(price);
  const shares = buyerShares(total, price);
  const share = shares.find((candidate) => candidate.municipalityNumber === municipalityNumber);
  const unit = terms.volumeUnit ? ` ${VOLUME_UNIT_LABELS[terms.volumeUnit].nb}` : '';
  const totalText = perUnit
    ? `${formatKroner(terms.price)} × ${formatQuantity(terms.volumeAmount ?? '0')}${unit} = ${formatKroner(total)} per år`
    : `${formatKroner(terms.price)} per år`;
  return {
    amount: share?.rounded ?? null,
    explanation: share ? `${totalText}; ${byVolume ? 'etter volum' : 'likt'}: ${share.explanation.nb}` : null,
  };
}
