import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { currentMembership, recordAudit } from '@samarbeid/api/data-access';
import { DataSource, EntityManager } from 'typeorm';

import type { DependencyKind, MilestonePoint, PlannedMeasure } from './domain/plan-rules';

/** The transaction of one change. */
export type Tx = EntityManager;

export interface RegionRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** A measure or sub-measure with everything its bar and flags need, read in one statement. */
export interface MeasureRow {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly parentId: string | null;
  readonly networkId: string;
  readonly tier: string;
  readonly status: string;
  readonly mobilisation: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly progressPercent: number | null;
  readonly weight: number | null;
  readonly version: number;
  readonly politicalAnchoring: string;
  readonly politicalDecisionNeeded: boolean;
  readonly politicalDecisionRecorded: boolean;
  readonly resourcesFromOtherUnits: string;
  readonly firstBenefitYear: number | null;
  /** Numbers of the municipalities taking part. */
  readonly participants: readonly string[];
}

export interface DependencyRow {
  readonly measureId: string;
  readonly dependsOnId: string;
  readonly kind: DependencyKind;
}

export interface MilestoneRow {
  readonly id: string;
  readonly measureId: string;
  readonly name: string;
  readonly date: string;
  readonly done: boolean;
  readonly version: number;
}

export interface NetworkRow {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  /** Null: no setting of its own (the default applies). */
  readonly capacity: number | null;
}

export interface MunicipalityRow {
  readonly number: string;
  readonly name: string;
}

export interface BaselineRow {
  readonly id: string;
  readonly regionId: string;
  readonly name: string;
  readonly frozenAt: Date;
  readonly frozenBy: string;
}

export interface FeedRow {
  readonly id: string;
  readonly regionId: string;
  readonly userId: string;
  readonly networkId: string | null;
  readonly networkName: string | null;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** What a move or a milestone change needs to know of its measure (locked). */
export interface MeasureHead {
  readonly id: string;
  readonly regionId: string;
  readonly networkId: string;
  readonly code: string;
  readonly title: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly version: number;
  readonly resourcesFromOtherUnits: string;
}

/** Every measure and sub-measure of a region with its facts: governance, plan notes, gains, participants. */
const MEASURES_SQL = `
  SELECT m.id, m.code, m.title, m.parent_id AS "parentId", m.network_id AS "networkId", m.tier, m.status,
         m.mobilisation, m.start_date::text AS "startDate", m.end_date::text AS "endDate",
         m.progress_percent AS "progressPercent", m.weight, m.version,
         m.political_anchoring AS "politicalAnchoring",
         coalesce(g.political_decision_needed, false) AS "politicalDecisionNeeded",
         (g.political_decision_case IS NOT NULL OR g.anchoring_decided_on IS NOT NULL) AS "politicalDecisionRecorded",
         coalesce(mp.resources_from_other_units, '') AS "resourcesFromOtherUnits",
         gain.year AS "firstBenefitYear",
         coalesce(part.numbers, '{}') AS participants
    FROM measure m
    LEFT JOIN measure_governance g ON g.measure_id = m.id
    LEFT JOIN measure_plan mp ON mp.measure_id = m.id
    LEFT JOIN LATERAL (
      SELECT min(v.year)::int AS year
        FROM benefit b JOIN benefit_plan_value v ON v.benefit_id = b.id
       WHERE b.measure_id = m.id AND b.unit_kind <> 'QUALITATIVE' AND v.planned > 0) gain ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(p.municipality_number::text ORDER BY p.municipality_number) AS numbers
        FROM participation p WHERE p.measure_id = m.id AND p.state = 'PARTICIPATING') part ON true
   WHERE m.region_id = $1
   ORDER BY m.network_id, regexp_replace(m.code, '[0-9]+$', ''),
            coalesce(nullif(regexp_replace(m.code, '^[^0-9]*', ''), ''), '0')::numeric, m.code`;

const MEASURE_HEAD = `m.id, m.region_id AS "regionId", m.network_id AS "networkId", m.code, m.title,
  m.start_date::text AS "startDate", m.end_date::text AS "endDate", m.version,
  coalesce(mp.resources_from_other_units, '') AS "resourcesFromOtherUnits"`;

/** All SQL of the implementation plan: the plan of a region in a few statements, and every change with its record. */
@Injectable()
export class PlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private run(tx?: Tx): Tx | DataSource {
    return tx ?? this.dataSource;
  }

  async region(slug: string, tx?: Tx): Promise<RegionRow | null> {
    const rows: RegionRow[] = await this.run(tx).query('SELECT id, slug, name FROM region WHERE slug = $1', [
      slug,
    ]);
    return rows[0] ?? null;
  }

  async regionById(id: string, tx?: Tx): Promise<RegionRow | null> {
    const rows: RegionRow[] = await this.run(tx).query('SELECT id, slug, name FROM region WHERE id = $1', [
      id,
    ]);
    return rows[0] ?? null;
  }

  measures(regionId: string, tx?: Tx): Promise<MeasureRow[]> {
    return this.run(tx).query(MEASURES_SQL, [regionId]);
  }

  dependencies(regionId: string, tx?: Tx): Promise<DependencyRow[]> {
    return this.run(tx).query(
      `SELECT d.measure_id AS "measureId", d.depends_on_id AS "dependsOnId", d.kind
         FROM measure_dependency d JOIN measure m ON m.id = d.measure_id
        WHERE m.region_id = $1 ORDER BY d.measure_id, d.depends_on_id`,
      [regionId],
    );
  }

  milestones(regionId: string, tx?: Tx): Promise<MilestoneRow[]> {
    return this.run(tx).query(
      `SELECT s.id, s.measure_id AS "measureId", s.name, s.date::text AS date, s.done, s.version
         FROM plan_milestone s JOIN measure m ON m.id = s.measure_id
        WHERE m.region_id = $1 ORDER BY s.date, s.name, s.id`,
      [regionId],
    );
  }

  networks(regionId: string, tx?: Tx): Promise<NetworkRow[]> {
    return this.run(tx).query(
      `SELECT n.id, n.key, n.name, s.capacity
         FROM network n LEFT JOIN plan_network_setting s ON s.network_id = n.id
        WHERE n.region_id = $1 ORDER BY n.name, n.id`,
      [regionId],
    );
  }

  members(regionId: string, tx?: Tx): Promise<MunicipalityRow[]> {
    return this.run(tx).query(
      `SELECT DISTINCT mu.number::text AS number, mu.name
         FROM region_membership rm JOIN municipality mu ON mu.number = rm.municipality_number
        WHERE rm.region_id = $1 AND ${currentMembership('rm')}
        ORDER BY mu.name`,
      [regionId],
    );
  }

  baselines(regionId: string, tx?: Tx): Promise<BaselineRow[]> {
    return this.run(tx).query(
      `SELECT id, region_id AS "regionId", name, frozen_at AS "frozenAt", frozen_by AS "frozenBy"
         FROM plan_baseline WHERE region_id = $1 ORDER BY frozen_at DESC, name`,
      [regionId],
    );
  }

  async baselineMeasures(baselineId: string, tx?: Tx): Promise<PlannedMeasure[]> {
    const rows: {
      measureId: string;
      code: string;
      title: string;
      startDate: string | null;
      endDate: string | null;
      milestones: MilestonePoint[];
    }[] = await this.run(tx).query(
      `SELECT measure_id AS "measureId", code, title, start_date::text AS "startDate", end_date::text AS "endDate",
              milestones
         FROM plan_baseline_measure WHERE baseline_id = $1 ORDER BY code`,
      [baselineId],
    );
    return rows;
  }

  feedsOf(userId: string, regionId: string, tx?: Tx): Promise<FeedRow[]> {
    return this.run(tx).query(
      `SELECT f.id, f.region_id AS "regionId", f.user_id AS "userId", f.network_id AS "networkId",
              n.name AS "networkName", f.created_at AS "createdAt", f.revoked_at AS "revokedAt"
         FROM plan_calendar_feed f LEFT JOIN network n ON n.id = f.network_id
        WHERE f.user_id = $1 AND f.region_id = $2 AND f.revoked_at IS NULL
        ORDER BY f.created_at DESC`,
      [userId, regionId],
    );
  }

  // ---- Changes ---------------------------------------------------------------------------------------------

  async lockMeasure(tx: Tx, id: string): Promise<MeasureHead | null> {
    const rows: MeasureHead[] = await tx.query(
      `SELECT ${MEASURE_HEAD} FROM measure m LEFT JOIN measure_plan mp ON mp.measure_id = m.id
        WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** New dates (and the version the optimistic lock compares), and the plan's note on other units' resources. */
  async moveMeasure(
    tx: Tx,
    measure: MeasureHead,
    change: { startDate: string | null; endDate: string | null; resourcesFromOtherUnits: string },
    by: string,
  ): Promise<number> {
    const [row]: { version: number }[] = await tx.query(
      `UPDATE measure SET start_date = $2, end_date = $3, version = version + 1, updated_at = now()
        WHERE id = $1 RETURNING version`,
      [measure.id, change.startDate, change.endDate],
    );
    if (change.resourcesFromOtherUnits !== measure.resourcesFromOtherUnits) {
      await tx.query(
        `INSERT INTO measure_plan (measure_id, resources_from_other_units, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (measure_id) DO UPDATE SET resources_from_other_units = EXCLUDED.resources_from_other_units,
                                                 updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [measure.id, change.resourcesFromOtherUnits, by],
      );
    }
    return row?.version ?? measure.version + 1;
  }

  async lockMilestone(
    tx: Tx,
    id: string,
  ): Promise<(MilestoneRow & { regionId: string; networkId: string; code: string }) | null> {
    const rows: (MilestoneRow & { regionId: string; networkId: string; code: string })[] = await tx.query(
      `SELECT s.id, s.measure_id AS "measureId", s.name, s.date::text AS date, s.done, s.version,
              m.region_id AS "regionId", m.network_id AS "networkId", m.code
         FROM plan_milestone s JOIN measure m ON m.id = s.measure_id
        WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    return rows[0] ?? null;
  }

  async countMilestones(tx: Tx, measureId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await tx.query(
      'SELECT count(*)::int AS n FROM plan_milestone WHERE measure_id = $1',
      [measureId],
    );
    return n;
  }

  async insertMilestone(
    tx: Tx,
    milestone: { measureId: string; name: string; date: string; done: boolean },
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      'INSERT INTO plan_milestone (measure_id, name, date, done) VALUES ($1, $2, $3, $4) RETURNING id',
      [milestone.measureId, milestone.name, milestone.date, milestone.done],
    );
    return row.id;
  }

  async updateMilestone(
    tx: Tx,
    id: string,
    change: { name: string; date: string; done: boolean },
  ): Promise<void> {
    await tx.query(
      `UPDATE plan_milestone SET name = $2, date = $3, done = $4, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, change.name, change.date, change.done],
    );
  }

  async deleteMilestone(tx: Tx, id: string): Promise<void> {
    await tx.query('DELETE FROM plan_milestone WHERE id = $1', [id]);
  }

  async networkInRegion(
    tx: Tx,
    networkId: string,
  ): Promise<{ id: string; name: string; regionId: string } | null> {
    const rows: { id: string; name: string; regionId: string }[] = await tx.query(
      'SELECT id, name, region_id AS "regionId" FROM network WHERE id = $1',
      [networkId],
    );
    return rows[0] ?? null;
  }

  /** The capacity before the change (null: none of its own). */
  async setCapacity(tx: Tx, networkId: string, capacity: number, by: string): Promise<number | null> {
    const before: { capacity: number }[] = await tx.query(
      'SELECT capacity FROM plan_network_setting WHERE network_id = $1 FOR UPDATE',
      [networkId],
    );
    await tx.query(
      `INSERT INTO plan_network_setting (network_id, capacity, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (network_id) DO UPDATE SET capacity = EXCLUDED.capacity, updated_by = EXCLUDED.updated_by,
                                               updated_at = now()`,
      [networkId, capacity, by],
    );
    return before[0]?.capacity ?? null;
  }

  async baselineNameTaken(tx: Tx, regionId: string, name: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM plan_baseline WHERE region_id = $1 AND lower(name) = lower($2)',
      [regionId, name],
    );
    return rows.length > 0;
  }

  /** Freezes the region's plan as it is now: every measure's dates and milestones, in two statements. */
  async freezeBaseline(
    tx: Tx,
    regionId: string,
    name: string,
    by: string,
  ): Promise<{ id: string; measures: number }> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`plan_baseline:${regionId}`]);
    const [baseline]: { id: string }[] = await tx.query(
      'INSERT INTO plan_baseline (region_id, name, frozen_by) VALUES ($1, $2, $3) RETURNING id',
      [regionId, name, by],
    );
    const inserted: unknown[] = await tx.query(
      `INSERT INTO plan_baseline_measure (baseline_id, measure_id, code, title, start_date, end_date, milestones)
       SELECT $1, m.id, m.code, m.title, m.start_date, m.end_date,
              coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'date', s.date::text)
                                         ORDER BY s.date, s.name)
                          FROM plan_milestone s WHERE s.measure_id = m.id), '[]'::jsonb)
         FROM measure m WHERE m.region_id = $2
       RETURNING measure_id`,
      [baseline.id, regionId],
    );
    return { id: baseline.id, measures: inserted.length };
  }

  async insertFeed(
    tx: Tx,
    feed: { regionId: string; userId: string; networkId: string | null; tokenHash: string },
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO plan_calendar_feed (region_id, user_id, network_id, token_hash) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [feed.regionId, feed.userId, feed.networkId, feed.tokenHash],
    );
    return row.id;
  }

  async lockFeed(tx: Tx, id: string): Promise<FeedRow | null> {
    const rows: FeedRow[] = await tx.query(
      `SELECT f.id, f.region_id AS "regionId", f.user_id AS "userId", f.network_id AS "networkId",
              NULL AS "networkName", f.created_at AS "createdAt", f.revoked_at AS "revokedAt"
         FROM plan_calendar_feed f WHERE f.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async revokeFeed(tx: Tx, id: string): Promise<void> {
    await tx.query('UPDATE plan_calendar_feed SET revoked_at = now() WHERE id = $1', [id]);
  }

  /** The live feed with this secret's hash, or null (unknown or revoked). */
  async feedByHash(tokenHash: string): Promise<FeedRow | null> {
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT f.id, f.region_id AS "regionId", f.user_id AS "userId", f.network_id AS "networkId",
              n.name AS "networkName", f.created_at AS "createdAt", f.revoked_at AS "revokedAt"
         FROM plan_calendar_feed f LEFT JOIN network n ON n.id = f.network_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** The region's reporting periods' due dates (deadlines in the calendar feed). */
  deadlines(regionId: string): Promise<{ id: string; name: string; dueDate: string }[]> {
    return this.dataSource.query(
      `SELECT id, name, due_date::text AS "dueDate" FROM reporting_period
        WHERE region_id = $1 ORDER BY due_date, name`,
      [regionId],
    );
  }

  record(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }
}
