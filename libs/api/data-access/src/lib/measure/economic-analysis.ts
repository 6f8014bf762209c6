import type { EntityManager } from 'typeorm';

/** How complete a measure's economic analysis is, as the readiness gate (F4) reads it. */
export interface EconomicAnalysisFacts {
  readonly costLines: number;
  readonly hasDistributionKey: boolean;
  readonly benefits: number;
}

/**
 * The economics feature's tables read for the portfolio's readiness gates: one statement for many measures, in the
 * order asked. Kept here (shared data access) so that portfolio does not import the economics feature.
 */
export async function economicAnalysisFacts(
  manager: Pick<EntityManager, 'query'>,
  measureIds: readonly string[],
): Promise<EconomicAnalysisFacts[]> {
  if (measureIds.length === 0) return [];
  const rows: { id: string; cost_lines: number; has_plan: boolean; benefits: number }[] = await manager.query(
    `SELECT m.id,
            (SELECT count(*) FROM cost_line cl WHERE cl.measure_id = m.id)::int AS cost_lines,
            EXISTS (SELECT 1 FROM cost_plan cp WHERE cp.measure_id = m.id) AS has_plan,
            (SELECT count(*) FROM benefit b WHERE b.measure_id = m.id)::int AS benefits
       FROM unnest($1::uuid[]) AS m(id)`,
    [[...measureIds]],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return measureIds.map((id) => {
    const row = byId.get(id);
    return {
      costLines: row?.cost_lines ?? 0,
      hasDistributionKey: row?.has_plan ?? false,
      benefits: row?.benefits ?? 0,
    };
  });
}
