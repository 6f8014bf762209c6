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

interface Row {
  measure_id: string;
  agreement_id: string;
  title: string;
  price_model: ServicePurchasePrice['priceModel'] | null;
  price: string | null;
  volume_amount: string | null;
  start_date: string | null;
  end_date: string | null;
  municipality_number: string;
  name: string;
  buyer_volume: string | null;
}

/**
 * What the service-purchase agreements in force cost each measure's buyers, per year: the version in force of every
 * agreement linked to the measure (not terminated), for the months of each year it runs, split among the buyers by
 * the agreement's own terms (their volumes, else equally): the price for the months rounded half up to øre, the shares
 * in whole kroner when it is whole kroner, else in øre, always summing to it. One query for any number of measures.
 */
export async function loadAgreementCosts(
  manager: EntityManager,
  measureIds: readonly string[],
): Promise<Map<string, AgreementCostYear[]>> {
  const result = new Map<string, AgreementCostYear[]>(measureIds.map((id) => [id, []]));
  if (measureIds.length === 0) return result;
  const rows: Row[] = await manager.query(
    `SELECT a.measure_id, a.id AS agreement_id, a.title, v.price_model, v.price::text, v.volume_amount::text,
            v.start_date::text, v.end_date::text, p.municipality_number, m.name, p.buyer_volume::text
       FROM agreement a
       JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
       JOIN agreement_version_party p ON p.version_id = v.id AND p.role = 'BUYER'
       JOIN municipality m ON m.number = p.municipality_number
      WHERE a.measure_id = ANY($1::uuid[]) AND a.legal_form = 'SERVICE_PURCHASE' AND a.status <> 'TERMINATED'
      ORDER BY a.measure_id, a.title, a.id, p.municipality_number`,
    [measureIds],
  );
  const agreements = new Map<string, Row[]>();
  for (const row of rows)
    agreements.set(row.agreement_id, [...(agreements.get(row.agreement_id) ?? []), row]);
  for (const buyers of agreements.values()) {
    const first = buyers[0];
    if (!first.price_model || !first.price || !first.start_date) continue;
    const terms: ServicePurchasePrice = {
      priceModel: first.price_model,
      price: first.price,
      volumeAmount: first.volume_amount,
      buyers: buyers.map((buyer) => ({
        municipalityNumber: buyer.municipality_number,
        volume: buyer.buyer_volume,
      })),
    };
    const annual = annualPrice(terms);
    if (annual === null) continue;
    const names = new Map(buyers.map((buyer) => [buyer.municipality_number, buyer.name]));
    const lastYear = first.end_date
      ? Number(first.end_date.slice(0, 4))
      : Number(first.start_date.slice(0, 4)) + 9;
    const split = splitByVolume(terms) ? 'etter avtalt volum' : 'likt';
    const splitEn = splitByVolume(terms) ? 'by agreed volume' : 'equally';
    for (let year = Number(first.start_date.slice(0, 4)); year <= lastYear; year++) {
      const months = monthsInYear(first.start_date, first.end_date, year);
      if (months === 0) continue;
      const total = priceForMonths(annual, months);
      const shares = buyerShares(total, terms).map((share) => ({
        municipalityNumber: share.municipalityNumber,
        municipalityName: names.get(share.municipalityNumber) ?? share.municipalityNumber,
        exact: share.exact,
        exactIsRounded: share.exactIsRounded,
        amount: share.rounded,
        explanation: `Avtalen «${first.title}»: ${formatNumber(annual)} kr per år × ${months}/12 måneder, fordelt ${split}: ${share.explanation.nb}`,
        explanationEn: `Agreement "${first.title}": ${formatNumber(annual)} kr a year × ${months}/12 months, split ${splitEn}: ${share.explanation.en}`,
        change: null,
        roundingParadox: false,
        paradoxExplanation: null,
        paradoxExplanationEn: null,
      }));
      result.get(first.measure_id)?.push({
        agreementId: first.agreement_id,
        agreementTitle: first.title,
        year,
        months,
        total: sumAmounts(shares.map((share) => share.amount)),
        shares,
      });
    }
  }
  return result;
}
