import { agreementCostsForMeasures } from '@samarbeid/api/agreements-read';
import type { ServicePurchasePrice } from '@samarbeid/shared/domain/allocation';
import {
  annualPrice,
  buyerShares,
  formatNumber,
  monthsInYear,
  priceForMonths,
  splitByVolume,
  sumAmounts,
} from '@samarbeid/shared/domain/allocation';
import { EntityManager } from 'typeorm';

import type { AgreementCostYear } from '../dto/economics.types';

/**
 * What the service-purchase agreements in force cost each measure's buyers, per year: the version in force of every
 * agreement linked to the measure (not terminated), for the months of each year it runs, split among the buyers by
 * the agreement's own terms (their volumes, else equally): the price for the months rounded half up to øre, the shares
 * in whole kroner when it is whole kroner, else in øre, always summing to it. The terms are the agreements
 * feature's to read (agreementCostsForMeasures, one query for any number of measures); the costs are computed here.
 */
export async function loadAgreementCosts(
  manager: EntityManager,
  measureIds: readonly string[],
): Promise<Map<string, AgreementCostYear[]>> {
  const result = new Map<string, AgreementCostYear[]>(measureIds.map((id) => [id, []]));
  if (measureIds.length === 0) return result;
  for (const agreement of await agreementCostsForMeasures(manager, measureIds)) {
    const { priceModel, price, startDate, endDate, title } = agreement;
    if (!priceModel || !price || !startDate) continue;
    const terms: ServicePurchasePrice = {
      priceModel,
      price,
      volumeAmount: agreement.volumeAmount,
      buyers: agreement.buyers.map((buyer) => ({
        municipalityNumber: buyer.municipalityNumber,
        volume: buyer.volume,
      })),
    };
    const annual = annualPrice(terms);
    if (annual === null) continue;
    const names = new Map(
      agreement.buyers.map((buyer) => [buyer.municipalityNumber, buyer.municipalityName]),
    );
    const lastYear = endDate ? Number(endDate.slice(0, 4)) : Number(startDate.slice(0, 4)) + 9;
    const split = splitByVolume(terms) ? 'etter avtalt volum' : 'likt';
    const splitEn = splitByVolume(terms) ? 'by agreed volume' : 'equally';
    for (let year = Number(startDate.slice(0, 4)); year <= lastYear; year++) {
      const months = monthsInYear(startDate, endDate, year);
      if (months === 0) continue;
      const total = priceForMonths(annual, months);
      const shares = buyerShares(total, terms).map((share) => ({
        municipalityNumber: share.municipalityNumber,
        municipalityName: names.get(share.municipalityNumber) ?? share.municipalityNumber,
        exact: share.exact,
        exactIsRounded: share.exactIsRounded,
        amount: share.rounded,
        explanation: `Avtalen «${title}»: ${formatNumber(annual)} kr per år × ${months}/12 måneder, fordelt ${split}: ${share.explanation.nb}`,
        explanationEn: `Agreement "${title}": ${formatNumber(annual)} kr a year × ${months}/12 months, split ${splitEn}: ${share.explanation.en}`,
        change: null,
        roundingParadox: false,
        paradoxExplanation: null,
        paradoxExplanationEn: null,
      }));
      result.get(agreement.measureId)?.push({
        agreementId: agreement.agreementId,
        agreementTitle: title,
        year,
        months,
        total: sumAmounts(shares.map((share) => share.amount)),
        shares,
      });
    }
  }
  return result;
}
