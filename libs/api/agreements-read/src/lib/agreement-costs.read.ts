import type { PriceModel } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

/** A buyer in a service purchase in force. */
export interface AgreementCostBuyer {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  /** The buyer's part of the volume as stored (a decimal string, e.g. "700.00"), or null. */
  readonly volume: string | null;
}

/**
 * The cost terms of a service purchase's version in force: what its buyers pay is computed from these (by the
 * economics feature). Decimals as stored ("1150.00"), dates as YYYY-MM-DD.
 */
export interface AgreementCostTerms {
  readonly measureId: string;
  readonly agreementId: string;
  readonly title: string;
  readonly priceModel: PriceModel | null;
  readonly price: string | null;
  readonly volumeAmount: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  /** By municipality number. */
  readonly buyers: readonly AgreementCostBuyer[];
}

interface Row {
  measure_id: string;
  agreement_id: string;
  title: string;
  price_model: PriceModel | null;
  price: string | null;
  volume_amount: string | null;
  start_date: string | null;
  end_date: string | null;
  municipality_number: string;
  name: string;
  buyer_volume: string | null;
}

/**
 * The service purchases linked to the measures that have a version in force and are not terminated, each with the
 * terms and buyers of that version: by measure, then title. One statement for any number of measures; none when
 * there are no measures. `manager` is the caller's (its transaction, if any).
 */
export async function agreementCostsForMeasures(
  manager: EntityManager,
  measureIds: readonly string[],
): Promise<AgreementCostTerms[]> {
  if (measureIds.length === 0) return [];
  const rows: Row[] = await manager.query(
    `SELECT a.measure_id, a.id AS agreement_id, a.title, v.price_model, v.price::text, v.volume_amount::text,
            v.start_date::text, v.end_date::text, p.municipality_number, m.name, p.buyer_volume::text
       FROM agreement a
       JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
       JOIN agreement_version_party p ON p.version_id = v.id AND p.role = 'BUYER'
       JOIN municipality m ON m.number = p.municipality_number
      WHERE a.measure_id = ANY($1::uuid[]) AND a.legal_form = 'SERVICE_PURCHASE' AND a.status <> 'TERMINATED'
      ORDER BY a.measure_id, a.title, a.id, p.municipality_number`,
    [[...measureIds]],
  );
  const agreements = new Map<string, AgreementCostTerms & { buyers: AgreementCostBuyer[] }>();
  for (const row of rows) {
    const buyer = {
      municipalityNumber: row.municipality_number,
      municipalityName: row.name,
      volume: row.buyer_volume,
    };
    const known = agreements.get(row.agreement_id);
    if (known) {
      known.buyers.push(buyer);
      continue;
    }
    agreements.set(row.agreement_id, {
      measureId: row.measure_id,
      agreementId: row.agreement_id,
      title: row.title,
      priceModel: row.price_model,
      price: row.price,
      volumeAmount: row.volume_amount,
      startDate: row.start_date,
      endDate: row.end_date,
      buyers: [buyer],
    });
  }
  return [...agreements.values()];
}

/**
 * The region's measures that have a service purchase in force (a version in force, not terminated): what
 * agreementCostsForMeasures has costs for. One statement.
 */
export async function measuresWithAgreementCosts(
  manager: EntityManager,
  regionId: string,
): Promise<string[]> {
  const rows: { measure_id: string }[] = await manager.query(
    `SELECT DISTINCT a.measure_id FROM agreement a
      WHERE a.region_id = $1 AND a.measure_id IS NOT NULL AND a.active_version IS NOT NULL
        AND a.legal_form = 'SERVICE_PURCHASE' AND a.status <> 'TERMINATED'
      ORDER BY a.measure_id`,
    [regionId],
  );
  return rows.map((row) => row.measure_id);
}

/**
 * The selling municipalities of the agreements' versions in force (role SELLER), by agreement id: what buyers pay
 * under a service purchase is the seller's income. One statement; none for no agreements.
 */
export async function agreementSellers(
  manager: EntityManager,
  agreementIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (agreementIds.length === 0) return result;
  const rows: { agreement_id: string; municipality_number: string }[] = await manager.query(
    `SELECT a.id AS agreement_id, p.municipality_number
       FROM agreement a
       JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
       JOIN agreement_version_party p ON p.version_id = v.id AND p.role = 'SELLER'
      WHERE a.id = ANY($1::uuid[])
      ORDER BY a.id, p.municipality_number`,
    [[...agreementIds]],
  );
  for (const row of rows) {
    result.set(row.agreement_id, [...(result.get(row.agreement_id) ?? []), row.municipality_number]);
  }
  return result;
}
