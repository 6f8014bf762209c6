import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentNetworkMember, economicAnalysisFacts } from '@samarbeid/api/data-access';
import type { MeasureStatus, ReadinessFacts, ReadinessRules } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import type { Measure } from '../dto/portfolio.types';
import { Transaction } from '../shared/transaction';
import type {
  ChecklistItem,
  GateOverride,
  MeasureChecklistEntry,
  MeasureSteering,
  RegionGovernance,
} from './governance.types';

/** The steering document's columns as written (the gates' facts among them). */
export type SteeringWrite = Partial<Omit<MeasureSteering, 'responsibleName' | 'cooperatingNetworkIds'>>;

type Reader = Pick<EntityManager, 'query'>;

interface GovernanceRow {
  region_id: string;
  require_anchoring: boolean;
  require_economics: boolean;
  require_checklist: boolean;
  require_union_consultation: boolean;
  version: number;
}

interface SteeringRow {
  measure_id: string;
  anchoring_decided_on: string | null;
  anchoring_body: string | null;
  anchoring_case_reference: string | null;
  no_economic_effect_reason: string | null;
  union_consultation_needed: boolean;
  union_consultation_date: string | null;
  union_consultation_outcome: string | null;
  current_situation: string;
  causes: string;
  desired_situation: string;
  mandate: string;
  responsible_member_id: string | null;
  responsible_name: string | null;
  implementation_group: string;
  time_and_resource_frame: string;
  preconditions: string;
  reporting_requirements: string;
  political_decision_needed: boolean;
  political_decision_case: string | null;
}

export const STEERING_COLUMNS: Readonly<Record<keyof SteeringWrite, string>> = {
  anchoringDecidedOn: 'anchoring_decided_on',
  anchoringBody: 'anchoring_body',
  anchoringCaseReference: 'anchoring_case_reference',
  noEconomicEffectReason: 'no_economic_effect_reason',
  unionConsultationNeeded: 'union_consultation_needed',
  unionConsultationDate: 'union_consultation_date',
  unionConsultationOutcome: 'union_consultation_outcome',
  currentSituation: 'current_situation',
  causes: 'causes',
  desiredSituation: 'desired_situation',
  mandate: 'mandate',
  responsibleMemberId: 'responsible_member_id',
  implementationGroup: 'implementation_group',
  timeAndResourceFrame: 'time_and_resource_frame',
  preconditions: 'preconditions',
  reportingRequirements: 'reporting_requirements',
  politicalDecisionNeeded: 'political_decision_needed',
  politicalDecisionCase: 'political_decision_case',
};

const EMPTY_STEERING: Omit<MeasureSteering, 'cooperatingNetworkIds'> = {
  anchoringDecidedOn: null,
  anchoringBody: null,
  anchoringCaseReference: null,
  noEconomicEffectReason: null,
  unionConsultationNeeded: false,
  unionConsultationDate: null,
  unionConsultationOutcome: null,
  currentSituation: '',
  causes: '',
  desiredSituation: '',
  mandate: '',
  responsibleMemberId: null,
  responsibleName: null,
  implementationGroup: '',
  timeAndResourceFrame: '',
  preconditions: '',
  reportingRequirements: '',
  politicalDecisionNeeded: false,
  politicalDecisionCase: null,
};

/**
 * Readiness gates and steering documents: every statement on region_governance, governance_checklist_item,
 * measure_checklist_tick, measure_governance, measure_cooperating_network and measure_gate_override.
 */
@Injectable()
export class GovernanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The region's settings with its active checklist; all gates off (version 0) before the first save. */
  async settings(regionId: string, reader: Reader = this.dataSource): Promise<RegionGovernance> {
    const [row]: GovernanceRow[] = await reader.query(
      'SELECT * FROM region_governance WHERE region_id = $1',
      [regionId],
    );
    return {
      regionId,
      requireAnchoring: row?.require_anchoring ?? false,
      requireEconomics: row?.require_economics ?? false,
      requireChecklist: row?.require_checklist ?? false,
      requireUnionConsultation: row?.require_union_consultation ?? false,
      version: row?.version ?? 0,
      checklist: await this.activeChecklist(regionId, reader),
    };
  }

  /** Locks the region's settings row (creating it when missing) for a change. */
  async lockSettings(tx: Transaction, regionId: string, updatedBy: string): Promise<RegionGovernance> {
    await tx.query(
      `INSERT INTO region_governance (region_id, updated_by, version) VALUES ($1, $2, 0)
       ON CONFLICT (region_id) DO NOTHING`,
      [regionId, updatedBy],
    );
    await tx.query('SELECT 1 FROM region_governance WHERE region_id = $1 FOR UPDATE', [regionId]);
    return this.settings(regionId, tx);
  }

  async saveSettings(
    tx: Transaction,
    regionId: string,
    rules: Pick<
      RegionGovernance,
      'requireAnchoring' | 'requireEconomics' | 'requireChecklist' | 'requireUnionConsultation'
    >,
    updatedBy: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE region_governance SET require_anchoring = $2, require_economics = $3, require_checklist = $4,
              require_union_consultation = $5, updated_by = $6, version = version + 1, updated_at = now()
        WHERE region_id = $1`,
      [
        regionId,
        rules.requireAnchoring,
        rules.requireEconomics,
        rules.requireChecklist,
        rules.requireUnionConsultation,
        updatedBy,
      ],
    );
  }

  /** Ids of the region's checklist items (active or retired) among `ids`. */
  async checklistItemsInRegion(
    tx: Transaction,
    ids: readonly string[],
    regionId: string,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await tx.query(
      'SELECT id FROM governance_checklist_item WHERE id = ANY($1::uuid[]) AND region_id = $2',
      [[...ids], regionId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Makes the active checklist exactly `items`, in order: existing ones kept (relabelled), others retired. */
  async replaceChecklist(
    tx: Transaction,
    regionId: string,
    items: readonly { id?: string | null; label: string }[],
  ): Promise<void> {
    await tx.query('UPDATE governance_checklist_item SET active = false WHERE region_id = $1', [regionId]);
    for (const [position, item] of items.entries()) {
      if (item.id) {
        await tx.query(
          `UPDATE governance_checklist_item SET label = $3, position = $4, active = true
            WHERE id = $1 AND region_id = $2`,
          [item.id, regionId, item.label, position],
        );
      } else {
        await tx.query(
          'INSERT INTO governance_checklist_item (region_id, position, label) VALUES ($1, $2, $3)',
          [regionId, position, item.label],
        );
      }
    }
  }

  private async activeChecklist(regionId: string, reader: Reader): Promise<ChecklistItem[]> {
    return reader.query(
      `SELECT id, label, position FROM governance_checklist_item WHERE region_id = $1 AND active
        ORDER BY position, label`,
      [regionId],
    );
  }

  /** Each measure's checklist: the region's active items with whether each is done. */
  async checklistOf(
    measures: readonly Measure[],
    reader: Reader = this.dataSource,
  ): Promise<MeasureChecklistEntry[][]> {
    if (measures.length === 0) return [];
    const rows: (MeasureChecklistEntry & { measure_id: string })[] = await reader.query(
      `SELECT m.id AS measure_id, i.id, i.label, t.item_id IS NOT NULL AS done, t.done_by AS "doneBy",
              t.done_at AS "doneAt"
         FROM measure m
         JOIN governance_checklist_item i ON i.region_id = m.region_id AND i.active
         LEFT JOIN measure_checklist_tick t ON t.measure_id = m.id AND t.item_id = i.id
        WHERE m.id = ANY($1::uuid[])
        ORDER BY i.position, i.label`,
      [measures.map((measure) => measure.id)],
    );
    return measures.map((measure) =>
      rows
        .filter((row) => row.measure_id === measure.id)
        .map(({ id, label, done, doneBy, doneAt }) => ({ id, label, done, doneBy, doneAt })),
    );
  }

  async tick(tx: Transaction, measureId: string, itemId: string, doneBy: string): Promise<void> {
    await tx.query(
      `INSERT INTO measure_checklist_tick (measure_id, item_id, done_by) VALUES ($1, $2, $3)
       ON CONFLICT (measure_id, item_id) DO NOTHING`,
      [measureId, itemId, doneBy],
    );
  }

  async untick(tx: Transaction, measureId: string, itemId: string): Promise<void> {
    await tx.query('DELETE FROM measure_checklist_tick WHERE measure_id = $1 AND item_id = $2', [
      measureId,
      itemId,
    ]);
  }

  /** Each measure's steering document (empty where none is saved), with its responsible person's name. */
  async steeringOf(
    measureIds: readonly string[],
    reader: Reader = this.dataSource,
  ): Promise<MeasureSteering[]> {
    if (measureIds.length === 0) return [];
    const rows: SteeringRow[] = await reader.query(
      `SELECT g.*, g.anchoring_decided_on::text AS anchoring_decided_on,
              g.union_consultation_date::text AS union_consultation_date, nm.person_name AS responsible_name
         FROM measure_governance g
         LEFT JOIN network_member nm ON nm.id = g.responsible_member_id
        WHERE g.measure_id = ANY($1::uuid[])`,
      [[...measureIds]],
    );
    const networks: { measure_id: string; network_id: string }[] = await reader.query(
      `SELECT c.measure_id, c.network_id FROM measure_cooperating_network c JOIN network n ON n.id = c.network_id
        WHERE c.measure_id = ANY($1::uuid[]) ORDER BY n.name`,
      [[...measureIds]],
    );
    const byId = new Map(rows.map((row) => [row.measure_id, row]));
    return measureIds.map((id) => {
      const row = byId.get(id);
      const cooperatingNetworkIds = networks.filter((n) => n.measure_id === id).map((n) => n.network_id);
      return row
        ? { ...fromSteeringRow(row), cooperatingNetworkIds }
        : { ...EMPTY_STEERING, cooperatingNetworkIds };
    });
  }

  /** Writes the given steering fields (the row made on the first save). */
  async saveSteering(tx: Transaction, measureId: string, changes: SteeringWrite): Promise<void> {
    await tx.query(
      'INSERT INTO measure_governance (measure_id) VALUES ($1) ON CONFLICT (measure_id) DO NOTHING',
      [measureId],
    );
    const entries = (Object.keys(changes) as (keyof SteeringWrite)[]).filter(
      (key) => changes[key] !== undefined,
    );
    if (entries.length === 0) return;
    const sets = entries.map((key, index) => `${STEERING_COLUMNS[key]} = $${index + 2}`);
    await tx.query(
      `UPDATE measure_governance SET ${sets.join(', ')}, updated_at = now() WHERE measure_id = $1`,
      [measureId, ...entries.map((key) => changes[key])],
    );
  }

  async replaceCooperatingNetworks(
    tx: Transaction,
    measureId: string,
    networkIds: readonly string[],
  ): Promise<void> {
    await tx.query('DELETE FROM measure_cooperating_network WHERE measure_id = $1', [measureId]);
    if (networkIds.length === 0) return;
    await tx.query(
      `INSERT INTO measure_cooperating_network (measure_id, network_id)
       SELECT $1, unnest($2::uuid[])`,
      [measureId, [...networkIds]],
    );
  }

  /** Whether the member belongs to a network of the region. */
  async memberInRegion(tx: Transaction, memberId: string, regionId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM network_member nm JOIN network n ON n.id = nm.network_id
        WHERE nm.id = $1 AND n.region_id = $2 AND ${currentNetworkMember('nm')}`,
      [memberId, regionId],
    );
    return rows.length > 0;
  }

  /** How many of the (distinct) networks are the region's. */
  async networksInRegion(tx: Transaction, ids: readonly string[], regionId: string): Promise<number> {
    if (ids.length === 0) return 0;
    const [{ n }]: { n: number }[] = await tx.query(
      'SELECT count(*)::int AS n FROM network WHERE id = ANY($1::uuid[]) AND region_id = $2',
      [[...ids], regionId],
    );
    return n;
  }

  /** What the gates read about one measure, in the change's transaction. */
  async facts(tx: Reader, measure: Measure): Promise<ReadinessFacts> {
    // One after the other: a transaction's connection runs one statement at a time.
    const [steering] = await this.steeringOf([measure.id], tx);
    const [economics] = await economicAnalysisFacts(tx, [measure.id]);
    const [checklist] = await this.checklistOf([measure], tx);
    return readinessFacts(measure, steering, economics, checklist);
  }

  /** The facts of many measures for the page, batched. */
  async factsOf(measures: readonly Measure[]): Promise<ReadinessFacts[]> {
    const ids = measures.map((measure) => measure.id);
    const [steering, economics, checklists] = await Promise.all([
      this.steeringOf(ids),
      economicAnalysisFacts(this.dataSource, ids),
      this.checklistOf(measures),
    ]);
    return measures.map((measure, index) =>
      readinessFacts(measure, steering[index], economics[index], checklists[index]),
    );
  }

  async insertOverride(
    tx: Transaction,
    override: { measureId: string; toStatus: MeasureStatus; reason: string; missing: string[]; by: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO measure_gate_override (measure_id, to_status, reason, missing, overridden_by)
       VALUES ($1, $2, $3, $4::jsonb, $5)`,
      [override.measureId, override.toStatus, override.reason, JSON.stringify(override.missing), override.by],
    );
  }

  async overridesOf(measureIds: readonly string[]): Promise<GateOverride[][]> {
    const rows: (GateOverride & { measureId: string })[] = await this.dataSource.query(
      `SELECT id, measure_id AS "measureId", to_status AS "toStatus", reason, missing,
              overridden_by AS "overriddenBy", overridden_at AS "overriddenAt"
         FROM measure_gate_override WHERE measure_id = ANY($1::uuid[]) ORDER BY overridden_at DESC`,
      [[...measureIds]],
    );
    return measureIds.map((id) => rows.filter((row) => row.measureId === id));
  }
}

/** The gates' rules from the settings. */
export function rulesOf(settings: RegionGovernance): ReadinessRules {
  return {
    ANCHORING: settings.requireAnchoring,
    ECONOMICS: settings.requireEconomics,
    CHECKLIST: settings.requireChecklist,
    UNION_CONSULTATION: settings.requireUnionConsultation,
  };
}

function readinessFacts(
  measure: Measure,
  steering: MeasureSteering,
  economics: { costLines: number; hasDistributionKey: boolean; benefits: number },
  checklist: readonly MeasureChecklistEntry[],
): ReadinessFacts {
  return {
    politicalAnchoring: measure.politicalAnchoring,
    anchoring: {
      decidedOn: steering.anchoringDecidedOn,
      body: steering.anchoringBody,
      caseReference: steering.anchoringCaseReference,
    },
    ...economics,
    noEconomicEffectReason: steering.noEconomicEffectReason,
    unionConsultation: {
      needed: steering.unionConsultationNeeded,
      date: steering.unionConsultationDate,
      outcome: steering.unionConsultationOutcome,
    },
    checklist: checklist.map(({ id, label, done }) => ({ id, label, done })),
  };
}

function fromSteeringRow(row: SteeringRow): Omit<MeasureSteering, 'cooperatingNetworkIds'> {
  return {
    anchoringDecidedOn: row.anchoring_decided_on,
    anchoringBody: row.anchoring_body,
    anchoringCaseReference: row.anchoring_case_reference,
    noEconomicEffectReason: row.no_economic_effect_reason,
    unionConsultationNeeded: row.union_consultation_needed,
    unionConsultationDate: row.union_consultation_date,
    unionConsultationOutcome: row.union_consultation_outcome,
    currentSituation: row.current_situation,
    causes: row.causes,
    desiredSituation: row.desired_situation,
    mandate: row.mandate,
    responsibleMemberId: row.responsible_member_id,
    responsibleName: row.responsible_name,
    implementationGroup: row.implementation_group,
    timeAndResourceFrame: row.time_and_resource_frame,
    preconditions: row.preconditions,
    reportingRequirements: row.reporting_requirements,
    politicalDecisionNeeded: row.political_decision_needed,
    politicalDecisionCase: row.political_decision_case,
  };
}
