/**
 * Measures that need attention, as SQL conditions on a measure aliased `m`: one definition for the overview's
 * tiles (libs/api/overview) and the measures list they link to (libs/api/portfolio), so that a tile's count is
 * always the length of the list behind it.
 */

/** Statuses in which a measure is still on its way: it can be stuck. */
export const MEASURE_UNDER_WAY_STATUSES_SQL = `('PROPOSED', 'UNDER_ASSESSMENT', 'DECIDED', 'IN_PROGRESS')`;

/** When `m` last changed status: its last status change or creation in the history, else when the row was made. */
export const MEASURE_STATUS_CHANGED_AT_SQL = `coalesce((SELECT max(e.occurred_at) FROM audit_event e
    WHERE e.entity_type = 'measure' AND e.entity_id = m.id::text AND e.action IN ('CREATE', 'TRANSITION')),
  m.created_at)`;

/** `m` is under way and its status has not changed for the number of months in parameter `months` ($n). */
export function measureStuckSql(months: string): string {
  return `(m.status IN ${MEASURE_UNDER_WAY_STATUSES_SQL}
    AND ${MEASURE_STATUS_CHANGED_AT_SQL} < now() - make_interval(months => ${months}))`;
}

/**
 * `FROM … WHERE …` of the dependencies `m` waits for: a START dependency not yet started (or done), a FINISH
 * dependency not completed.
 */
export const MEASURE_UNMET_DEPENDENCIES_SQL = `FROM measure_dependency dep JOIN measure d ON d.id = dep.depends_on_id
   WHERE dep.measure_id = m.id AND d.status <> 'COMPLETED' AND (dep.kind = 'FINISH' OR d.status <> 'IN_PROGRESS')`;

/** `m` is not done and waits for at least one dependency. */
export const MEASURE_BLOCKED_SQL = `(m.status NOT IN ('COMPLETED', 'REJECTED')
    AND EXISTS (SELECT 1 ${MEASURE_UNMET_DEPENDENCIES_SQL}))`;
