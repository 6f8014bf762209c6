import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';
import type { MeasureStatus } from '@samarbeid/shared/domain';
import {
  gatesApplyTo,
  readinessGates,
  readinessProblems,
  readinessProblemText,
} from '@samarbeid/shared/domain';

import type { Measure } from '../dto/portfolio.types';
import { HistoryRepository } from '../history/history.repository';
import { MEASURE, measureNotFound } from '../measure/measure.errors';
import { MeasureRepository } from '../measure/measure.repository';
import { RegionLookup } from '../shared/region-lookup.repository';
import { PortfolioTransactions, Transaction } from '../shared/transaction';
import { governanceAudit } from './governance.audit';
import {
  cooperatingNetworkProblem,
  duplicateChecklistItem,
  GOVERNANCE,
  memberNotInRegion,
  notReady,
  onlySecretariatOverrides,
  unionConsultationIncomplete,
  unknownChecklistItem,
} from './governance.errors';
import {
  RecordPoliticalAnchoringInput,
  SaveMeasureSteeringInput,
  SetMeasureChecklistItemInput,
  SetRegionGovernanceInput,
} from './governance.inputs';
import { GovernanceRepository, rulesOf, STEERING_COLUMNS, SteeringWrite } from './governance.repository';
import type { MeasureReadiness, ReadinessProblemView, RegionGovernance } from './governance.types';

/** The steering fields the input names (left out: unchanged). */
function steeringChanges(input: SaveMeasureSteeringInput): SteeringWrite {
  const keys = Object.keys(STEERING_COLUMNS) as (keyof SteeringWrite)[];
  return Object.fromEntries(
    keys
      .filter((key) => key in input && input[key as keyof SaveMeasureSteeringInput] !== undefined)
      .map((key) => [key, input[key as keyof SaveMeasureSteeringInput]]),
  );
}

const nameOf = (user: AuthenticatedUser) => user.name ?? user.username ?? user.id;

const view = (problem: {
  gate: ReadinessProblemView['gate'];
  code: ReadinessProblemView['code'];
  item?: string;
}): ReadinessProblemView => {
  const text = readinessProblemText(problem);
  return {
    gate: problem.gate,
    code: problem.code,
    item: problem.item ?? null,
    text: text.nb,
    textEn: text.en,
  };
};

/** The readiness gates before a decision, the region's settings for them, and the steering document. */
@Injectable()
export class GovernanceService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly governance: GovernanceRepository,
    private readonly measures: MeasureRepository,
    private readonly regions: RegionLookup,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async settings(regionSlug: string): Promise<RegionGovernance> {
    return this.governance.settings(await this.regions.idOf(regionSlug));
  }

  async saveSettings(user: AuthenticatedUser, input: SetRegionGovernanceInput): Promise<RegionGovernance> {
    this.access.assertSecretariat(user, { nb: 'endre kravene før vedtak', en: 'change the readiness gates' });
    const regionId = await this.regions.idOf(input.regionSlug);
    const ids = input.checklist.flatMap((item) => (item.id ? [item.id] : []));
    if (new Set(ids).size !== ids.length) throw duplicateChecklistItem();
    return this.transactions.run(async (tx) => {
      const before = await this.governance.lockSettings(tx, regionId, nameOf(user));
      assertExpectedVersion(before, input.version, GOVERNANCE);
      const known = await this.governance.checklistItemsInRegion(tx, ids, regionId);
      if (known.size !== ids.length) throw unknownChecklistItem();
      await this.governance.saveSettings(tx, regionId, input, nameOf(user));
      await this.governance.replaceChecklist(tx, regionId, input.checklist);
      const after = await this.governance.settings(regionId, tx);
      await this.history.record(tx, user, governanceAudit.settingsSaved(before, after));
      return after;
    });
  }

  /** Each measure's readiness, for the page (batched). */
  async readinessOf(measures: readonly Measure[]): Promise<MeasureReadiness[]> {
    const regionIds = [...new Set(measures.map((measure) => measure.regionId))];
    const settings = new Map(
      await Promise.all(regionIds.map(async (id) => [id, await this.governance.settings(id)] as const)),
    );
    const [facts, checklists] = await Promise.all([
      this.governance.factsOf(measures),
      this.governance.checklistOf(measures),
    ]);
    return measures.map((measure, index) => {
      const rules = rulesOf(settings.get(measure.regionId) as RegionGovernance);
      const blocking = readinessProblems(rules, facts[index]).map(view);
      return {
        ready: blocking.length === 0,
        blocking,
        gates: readinessGates(rules, facts[index]).map((gate) => ({
          ...gate,
          problems: gate.problems.map(view),
        })),
        checklist: checklists[index],
      };
    });
  }

  /**
   * The gates for a transition, in its transaction: refused with everything missing, unless the secretariat gives a
   * reason to override (recorded). Returns the override's missing sentences when one was used.
   */
  async checkTransition(
    tx: Transaction,
    user: AuthenticatedUser,
    measure: Measure,
    to: MeasureStatus,
    overrideReason: string | null | undefined,
  ): Promise<readonly string[] | null> {
    if (!gatesApplyTo(to)) return null;
    const settings = await this.governance.settings(measure.regionId, tx);
    const problems = readinessProblems(rulesOf(settings), await this.governance.facts(tx, measure));
    if (problems.length === 0) return null;
    if (!overrideReason) throw notReady(to, problems);
    if (!this.access.isSecretariat(user)) throw onlySecretariatOverrides();
    const missing = problems.map((problem) => readinessProblemText(problem).nb);
    await this.governance.insertOverride(tx, {
      measureId: measure.id,
      toStatus: to,
      reason: overrideReason,
      missing,
      by: nameOf(user),
    });
    return missing;
  }

  async recordAnchoring(user: AuthenticatedUser, input: RecordPoliticalAnchoringInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockForChange(tx, input.measureId, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
      const anchoring = { decidedOn: input.decidedOn, body: input.body, caseReference: input.caseReference };
      await this.governance.saveSteering(tx, current.id, {
        anchoringDecidedOn: anchoring.decidedOn,
        anchoringBody: anchoring.body,
        anchoringCaseReference: anchoring.caseReference,
      });
      const updated = await this.measures.update(tx, current, { politicalAnchoring: 'ANCHORED' });
      await this.history.record(tx, user, governanceAudit.anchoringRecorded(current, anchoring));
      return updated;
    });
  }

  async setChecklistItem(user: AuthenticatedUser, input: SetMeasureChecklistItemInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockForChange(tx, input.measureId, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
      const [checklist] = await this.governance.checklistOf([current], tx);
      const item = checklist.find((entry) => entry.id === input.itemId);
      if (!item) throw unknownChecklistItem();
      if (input.done) await this.governance.tick(tx, current.id, item.id, nameOf(user));
      else await this.governance.untick(tx, current.id, item.id);
      const updated = await this.measures.update(tx, current, {});
      await this.history.record(tx, user, governanceAudit.checklistItemSet(current, item.label, input.done));
      return updated;
    });
  }

  async saveSteering(user: AuthenticatedUser, input: SaveMeasureSteeringInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockForChange(tx, input.measureId, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
      const { cooperatingNetworkIds } = input;
      const changes = steeringChanges(input);
      const [before] = await this.governance.steeringOf([current.id], tx);
      const merged = { ...before, ...changes };
      if (
        !merged.unionConsultationNeeded &&
        (merged.unionConsultationDate || merged.unionConsultationOutcome)
      ) {
        throw unionConsultationIncomplete();
      }
      if (
        changes.responsibleMemberId &&
        !(await this.governance.memberInRegion(tx, changes.responsibleMemberId, current.regionId))
      ) {
        throw memberNotInRegion();
      }
      if (cooperatingNetworkIds) {
        const ids = [...new Set(cooperatingNetworkIds)];
        const inRegion = await this.governance.networksInRegion(tx, ids, current.regionId);
        if (inRegion !== ids.length || ids.includes(current.networkId)) throw cooperatingNetworkProblem();
        await this.governance.replaceCooperatingNetworks(tx, current.id, ids);
      }
      await this.governance.saveSteering(tx, current.id, changes);
      const updated = await this.measures.update(tx, current, {});
      const [after] = await this.governance.steeringOf([current.id], tx);
      const fields = [...Object.keys(changes), ...(cooperatingNetworkIds ? ['cooperatingNetworkIds'] : [])];
      await this.history.record(tx, user, governanceAudit.steeringSaved(updated, before, after, fields));
      return updated;
    });
  }

  private async lockForChange(tx: Transaction, id: string, version: number): Promise<Measure> {
    const measure = await this.measures.lock(tx, id);
    if (!measure) throw measureNotFound();
    assertExpectedVersion(measure, version, MEASURE);
    return measure;
  }
}
