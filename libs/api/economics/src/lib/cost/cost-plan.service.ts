import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CostKeyEntryEntity,
  CostLineEntity,
  CostPlanEntity,
  PortfolioAccess,
  recordAudit,
} from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput, staleVersion } from '@samarbeid/api/platform';
import { COST_KIND_LABELS, DISTRIBUTION_KEY_LABELS } from '@samarbeid/shared/domain';
import { allocate, AllocationError, sumAmounts } from '@samarbeid/shared/domain/allocation';
import { DataSource, EntityManager, In } from 'typeorm';

import {
  CostKeyInput,
  CostSharePreviewArgs,
  SetCostKeyInput,
  SetMeasureCostsInput,
} from '../dto/economics.inputs';
import { CostKey, CostShareTable, MeasureEconomics } from '../dto/economics.types';
import {
  assertParticipant,
  assertYearInPeriod,
  loadMeasureContext,
  MeasureContext,
} from '../measure-context';
import { loadAgreementCosts } from './agreement-costs';
import { allocationInput, CostLine, KeyEntrySpec, KeySpec, Population, shareTable } from './cost-shares';

export interface StoredCostPlan {
  readonly version: number;
  readonly spec: KeySpec;
  readonly lines: readonly (CostLine & { note: string })[];
}

const WHAT = { nb: 'Kostnadsplanen', en: 'The cost plan' };

/** Costs, distribution key and shares of a measure. Changes lock the measure row and check the plan's version. */
@Injectable()
export class CostPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
  ) {}

  async economics(user: AuthenticatedUser, measureId: string): Promise<MeasureEconomics> {
    const manager = this.dataSource.manager;
    const measure = await loadMeasureContext(manager, measureId);
    const plan = await this.loadPlan(manager, measureId);
    const spec = await this.withDefaultYear(manager, measure, plan.spec);
    const populations = await this.populations(manager, spec.populationYear);
    const canEdit = await this.access.canEditNetworkItem(user, measure.networkId, manager);
    return {
      measureId: measure.id,
      measureCode: measure.code,
      measureTitle: measure.title,
      firstYear: measure.firstYear,
      lastYear: measure.lastYear,
      costs: plan.lines.map((line) => ({ ...line })),
      key: this.keyView(spec, measure, populations),
      participants: [...measure.participants],
      shares: shareTable(plan.lines, spec, measure.participants, populations),
      agreementCosts: (await loadAgreementCosts(manager, [measure.id])).get(measure.id) ?? [],
      populationYears: await this.populationYears(manager, measure.regionId),
      version: plan.version,
      viewerCanEdit: canEdit,
    };
  }

  /** The shares under a key not yet saved, and/or without some participants. Saves nothing. */
  async preview(args: CostSharePreviewArgs): Promise<CostShareTable> {
    const manager = this.dataSource.manager;
    const measure = await loadMeasureContext(manager, args.measureId);
    const plan = await this.loadPlan(manager, args.measureId);
    const exclude = [...new Set(args.excludeMunicipalityNumbers ?? [])];
    for (const number of exclude) assertParticipant(measure, number);
    const spec = await this.withDefaultYear(manager, measure, args.key ? this.specOf(args.key) : plan.spec);
    return shareTable(
      plan.lines,
      spec,
      measure.participants,
      await this.populations(manager, spec.populationYear),
      exclude,
    );
  }

  async setCosts(user: AuthenticatedUser, input: SetMeasureCostsInput): Promise<MeasureEconomics> {
    await this.dataSource.transaction(async (manager) => {
      const measure = await loadMeasureContext(manager, input.measureId, true);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      const seen = new Set<string>();
      for (const line of input.costs) {
        assertYearInPeriod(measure, line.year);
        const key = `${line.year}|${line.kind}`;
        if (seen.has(key)) {
          throw badUserInput({
            nb: `${COST_KIND_LABELS[line.kind].nb} for ${line.year} står to ganger. Slå dem sammen til én linje.`,
            en: `${COST_KIND_LABELS[line.kind].en} for ${line.year} appears twice. Merge them into one line.`,
          });
        }
        seen.add(key);
      }
      const before = await this.loadPlan(manager, measure.id);
      this.assertVersion(before, input.expectedVersion);
      await this.touchPlan(manager, measure.id, user, before);
      await manager.delete(CostLineEntity, { measureId: measure.id });
      const lines = input.costs
        .filter((line) => !/^0+(\.0+)?$/.test(line.amount) || line.note?.trim())
        .map((line) => ({
          measureId: measure.id,
          year: line.year,
          kind: line.kind,
          amount: line.amount,
          note: line.note?.trim() ?? '',
        }));
      if (lines.length) await manager.insert(CostLineEntity, lines);
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: kostnader endret (${lines.length} linjer)`,
        before: { costs: before.lines },
        after: { costs: lines.map(({ year, kind, amount, note }) => ({ year, kind, amount, note })) },
      });
    });
    return this.economics(user, input.measureId);
  }

  async setKey(user: AuthenticatedUser, input: SetCostKeyInput): Promise<MeasureEconomics> {
    await this.dataSource.transaction(async (manager) => {
      const measure = await loadMeasureContext(manager, input.measureId, true);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      const spec = await this.withDefaultYear(manager, measure, this.specOf(input.key));
      for (const number of spec.entries.keys()) assertParticipant(measure, number);
      this.validateKey(measure, spec, await this.populations(manager, spec.populationYear));
      const before = await this.loadPlan(manager, measure.id);
      this.assertVersion(before, input.expectedVersion);
      await this.touchPlan(manager, measure.id, user, before, spec);
      await manager.delete(CostKeyEntryEntity, { measureId: measure.id });
      const entries = [...spec.entries].map(([municipalityNumber, entry]) => ({
        measureId: measure.id,
        municipalityNumber,
        ...entry,
      }));
      if (entries.length) await manager.insert(CostKeyEntryEntity, entries);
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: fordelingsnøkkel ${DISTRIBUTION_KEY_LABELS[before.spec.kind].nb.toLowerCase()} → ${DISTRIBUTION_KEY_LABELS[spec.kind].nb.toLowerCase()}`,
        before: this.auditKey(before.spec),
        after: this.auditKey(spec),
      });
    });
    return this.economics(user, input.measureId);
  }

  /** The stored plan, or the default (EQUAL, no costs, version 0) when nothing is stored yet. */
  async loadPlan(manager: EntityManager, measureId: string): Promise<StoredCostPlan> {
    const plans = await this.loadPlans(manager, [measureId]);
    return plans.get(measureId) as StoredCostPlan;
  }

  /** Plans of several measures in three queries. */
  async loadPlans(
    manager: EntityManager,
    measureIds: readonly string[],
  ): Promise<Map<string, StoredCostPlan>> {
    const ids = In([...measureIds]);
    const [plans, lines, entries] = await Promise.all([
      manager.findBy(CostPlanEntity, { measureId: ids }),
      manager.find(CostLineEntity, { where: { measureId: ids }, order: { year: 'ASC', kind: 'ASC' } }),
      manager.find(CostKeyEntryEntity, { where: { measureId: ids }, order: { municipalityNumber: 'ASC' } }),
    ]);
    return new Map(
      measureIds.map((measureId) => {
        const plan = plans.find((candidate) => candidate.measureId === measureId);
        const spec: KeySpec = {
          kind: plan?.keyKind ?? 'EQUAL',
          fixedPercent: plan?.fixedPercent ?? null,
          populationYear: plan?.populationYear ?? null,
          populationSource: plan?.populationSource ?? null,
          entries: new Map(
            entries
              .filter((entry) => entry.measureId === measureId)
              .map((entry) => [
                entry.municipalityNumber,
                {
                  populationOverride: entry.populationOverride,
                  adjustmentNote: entry.adjustmentNote,
                  units: entry.units,
                  percent: entry.percent,
                },
              ]),
          ),
        };
        const own = lines
          .filter((line) => line.measureId === measureId)
          .map(({ year, kind, amount, note }) => ({ year, kind, amount: sumAmounts([amount]), note }));
        return [measureId, { version: plan?.version ?? 0, spec, lines: own }];
      }),
    );
  }

  /** Official population on 1 January of `year`, by municipality number. */
  async populations(manager: EntityManager, year: number | null): Promise<Map<string, Population>> {
    return (await this.populationsIn(manager, year === null ? [] : [year])).get(year ?? 0) ?? new Map();
  }

  /** Official populations of several years in one query: year → municipality number → figure. */
  async populationsIn(
    manager: EntityManager,
    years: readonly number[],
  ): Promise<Map<number, Map<string, Population>>> {
    const result = new Map<number, Map<string, Population>>();
    if (years.length === 0) return result;
    const rows: { municipality_number: string; year: number; count: number; source: string }[] =
      await manager.query(
        'SELECT municipality_number, year, count, source FROM municipality_population WHERE year = ANY($1::int[])',
        [[...new Set(years)]],
      );
    for (const row of rows) {
      const year = result.get(row.year) ?? new Map<string, Population>();
      year.set(row.municipality_number, { count: row.count, source: row.source });
      result.set(row.year, year);
    }
    return result;
  }

  private async populationYears(manager: EntityManager, regionId: string): Promise<number[]> {
    const rows: { year: number }[] = await manager.query(
      `SELECT DISTINCT p.year FROM municipality_population p
         JOIN region_membership rm ON rm.municipality_number = p.municipality_number AND rm.region_id = $1
        ORDER BY p.year DESC`,
      [regionId],
    );
    return rows.map((row) => row.year);
  }

  /** A population key without a year uses the newest year with figures for every participant. */
  private async withDefaultYear(
    manager: EntityManager,
    measure: MeasureContext,
    spec: KeySpec,
  ): Promise<KeySpec> {
    if (spec.kind !== 'POPULATION' && spec.kind !== 'FIXED_PLUS_POPULATION') {
      return { ...spec, populationYear: null, populationSource: null, fixedPercent: null };
    }
    const withFixed = spec.kind === 'POPULATION' ? { ...spec, fixedPercent: null } : spec;
    if (withFixed.populationYear !== null && withFixed.populationSource) return withFixed;
    const numbers = measure.participants.map((participant) => participant.number);
    const rows: { year: number; source: string }[] = await manager.query(
      `SELECT year, min(source) AS source FROM municipality_population WHERE municipality_number = ANY($1::text[])
        ${withFixed.populationYear !== null ? 'AND year = $2' : ''}
        GROUP BY year HAVING count(*) = $${withFixed.populationYear !== null ? 3 : 2} ORDER BY year DESC LIMIT 1`,
      withFixed.populationYear !== null
        ? [numbers, withFixed.populationYear, numbers.length]
        : [numbers, numbers.length],
    );
    return {
      ...withFixed,
      populationYear: withFixed.populationYear ?? rows[0]?.year ?? null,
      populationSource: withFixed.populationSource ?? rows[0]?.source ?? null,
    };
  }

  private specOf(input: CostKeyInput): KeySpec {
    const entries = new Map<string, KeyEntrySpec>();
    for (const entry of input.entries ?? []) {
      if (entries.has(entry.municipalityNumber)) {
        throw badUserInput({
          nb: `Kommune ${entry.municipalityNumber} står to ganger i nøkkelen.`,
          en: `Municipality ${entry.municipalityNumber} appears twice in the key.`,
        });
      }
      const override = input.kind === 'POPULATION' || input.kind === 'FIXED_PLUS_POPULATION';
      entries.set(entry.municipalityNumber, {
        populationOverride: override ? (entry.populationOverride ?? null) : null,
        adjustmentNote:
          override && entry.populationOverride != null ? entry.adjustmentNote?.trim() || null : null,
        units: input.kind === 'USAGE' ? (entry.units ?? null) : null,
        percent: input.kind === 'MANUAL' ? (entry.percent ?? null) : null,
      });
    }
    if (input.kind === 'FIXED_PLUS_POPULATION' && !input.fixedPercent) {
      throw badUserInput({
        nb: 'Oppgi hvor mange prosent som skal deles likt.',
        en: 'Give the percentage to be split equally.',
      });
    }
    return {
      kind: input.kind,
      fixedPercent: input.fixedPercent ?? null,
      populationYear: input.populationYear ?? null,
      populationSource: input.populationSource?.trim() || null,
      entries,
    };
  }

  /** A key is saved only if it can split a cost among today's participants. */
  private validateKey(measure: MeasureContext, spec: KeySpec, populations: Map<string, Population>): void {
    if (measure.participants.length === 0) return;
    if (spec.kind === 'MANUAL' || spec.kind === 'USAGE') {
      const missing = measure.participants.filter((participant) => {
        const entry = spec.entries.get(participant.number);
        return spec.kind === 'MANUAL' ? !entry?.percent : !entry?.units;
      });
      if (missing.length) {
        throw badUserInput({
          nb: `Mangler ${spec.kind === 'MANUAL' ? 'prosentandel' : 'bruk'} for ${missing.map((m) => m.name).join(', ')}.`,
          en: `${spec.kind === 'MANUAL' ? 'Percentage' : 'Usage'} missing for ${missing.map((m) => m.name).join(', ')}.`,
        });
      }
    }
    if (
      (spec.kind === 'POPULATION' || spec.kind === 'FIXED_PLUS_POPULATION') &&
      spec.populationYear === null
    ) {
      throw badUserInput({
        nb: 'Det finnes ingen folketall for alle deltakerne. Hent folketall fra SSB eller oppgi avtalte tall.',
        en: 'There are no population figures for every participant. Import them from SSB or give agreed figures.',
      });
    }
    try {
      const { key, participants } = allocationInput(spec, measure.participants, populations);
      allocate('1000', participants, key);
    } catch (error) {
      if (error instanceof AllocationError) throw badUserInput({ nb: error.nb, en: error.en });
      throw error;
    }
  }

  private keyView(spec: KeySpec, measure: MeasureContext, populations: Map<string, Population>): CostKey {
    return {
      kind: spec.kind,
      fixedPercent: spec.fixedPercent,
      populationYear: spec.populationYear,
      populationSource: spec.populationSource,
      entries: measure.participants.map(({ number, name }) => {
        const entry = spec.entries.get(number);
        return {
          municipalityNumber: number,
          municipalityName: name,
          officialPopulation: populations.get(number)?.count ?? null,
          populationOverride: entry?.populationOverride ?? null,
          adjustmentNote: entry?.adjustmentNote ?? null,
          units: entry?.units ?? null,
          percent: entry?.percent ?? null,
        };
      }),
    };
  }

  private assertVersion(plan: StoredCostPlan, expected: number | null | undefined): void {
    if (expected !== null && expected !== undefined && expected !== plan.version) throw staleVersion(WHAT);
  }

  /** Creates the plan row or bumps its version (and stores the key's own fields when given). */
  private async touchPlan(
    manager: EntityManager,
    measureId: string,
    user: AuthenticatedUser,
    before: StoredCostPlan,
    spec?: KeySpec,
  ): Promise<void> {
    const key = spec ?? before.spec;
    const fields = {
      keyKind: key.kind,
      fixedPercent: key.fixedPercent,
      populationYear: key.populationYear,
      populationSource: key.populationSource,
      updatedBy: user.id,
    };
    if (before.version === 0) {
      await manager.insert(CostPlanEntity, { measureId, ...fields });
    } else {
      await manager
        .createQueryBuilder()
        .update(CostPlanEntity)
        .set({ ...fields, version: () => 'version + 1' })
        .where('measure_id = :measureId', { measureId })
        .execute();
    }
  }

  private auditKey(spec: KeySpec) {
    return {
      kind: spec.kind,
      fixedPercent: spec.fixedPercent,
      populationYear: spec.populationYear,
      populationSource: spec.populationSource,
      entries: Object.fromEntries(spec.entries),
    };
  }
}
