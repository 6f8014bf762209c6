import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { normalizeDecimal } from '@samarbeid/shared/domain';

import type { IndicatorOwner } from '../domain/record-access';
import { mayEditSettings } from '../domain/record-access';
import type { AddIndicatorInput, CreateKpiSetInput } from '../dto/indicator.inputs';
import type { IndicatorOverview, KpiSet } from '../dto/indicator.types';
import { IndicatorQueryService, ownerOf } from '../indicator-query.service';
import { IndicatorRepository, Tx } from '../indicator.repository';
import {
  benefitNotFound,
  indicatorNotFound,
  kpiSetNameTaken,
  mayNotManageIndicators,
  mayNotManageKpiSet,
  municipalityNotInRegion,
  oneHome,
  onlyOwnIndicators,
  scopeNotFound,
  targetBeforeBaseline,
} from '../indicators.errors';
import { PlacementRepository, ScopeHead } from './placement.repository';

/**
 * Indicators beyond the strategy goals: KPI sets of the region or of one municipality, and indicators on measures,
 * benefits and KPI sets. Each change in one transaction: lock what it changes → check access → rule → save → audit.
 */
@Injectable()
export class PlacementService {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly placements: PlacementRepository,
    private readonly queries: IndicatorQueryService,
  ) {}

  async createKpiSet(user: AuthenticatedUser, input: CreateKpiSetInput): Promise<KpiSet> {
    const municipality = input.municipalityNumber ?? null;
    const name = input.name.trim();
    const id = await this.indicators.transaction(async (tx) => {
      const region = await this.queries.region(input.regionSlug);
      await this.assertMayManage(tx, user, { kind: 'KPI_SET', municipalityNumber: municipality }, null);
      if (municipality) {
        const members = await this.indicators.members(region.id, tx);
        if (!members.some((member) => member.number === municipality)) {
          throw municipalityNotInRegion(municipality);
        }
      }
      if (await this.placements.kpiSetNameTaken(tx, region.id, name)) throw kpiSetNameTaken(name);
      const description = input.description?.trim() ?? '';
      const setId = await this.placements.insertKpiSet(tx, {
        regionId: region.id,
        municipalityNumber: municipality,
        name,
        description,
        ownerUserId: user.id,
      });
      await this.indicators.record(tx, user, {
        action: 'CREATE',
        entityType: 'kpi_set',
        entityId: setId,
        regionId: region.id,
        summary: `Indikatorsettet «${name}» opprettet${municipality ? ` for kommune ${municipality}` : ''}`,
        after: { name, description, municipalityNumber: municipality },
      });
      return setId;
    });
    const sets = await this.queries.kpiSets(user, input.regionSlug);
    return sets.find((set) => set.id === id) as KpiSet;
  }

  async addIndicator(user: AuthenticatedUser, input: AddIndicatorInput): Promise<IndicatorOverview> {
    const homes = [input.measureId, input.benefitId, input.kpiSetId].filter((id) => !!id);
    if (homes.length !== 1) throw oneHome();
    if (input.targetYear < input.baselineYear) throw targetBeforeBaseline();
    const id = await this.indicators.transaction(async (tx) => {
      const { head, owner } = await this.home(tx, input);
      await this.assertMayManage(tx, user, owner, head.networkId);
      const indicator = {
        measureId: input.measureId ?? null,
        benefitId: input.benefitId ?? null,
        kpiSetId: input.kpiSetId ?? null,
        name: input.name.trim(),
        unit: input.unit.trim(),
        baselineYear: input.baselineYear,
        baselineValue: normalizeDecimal(input.baselineValue) ?? input.baselineValue,
        targetYear: input.targetYear,
        targetValue: normalizeDecimal(input.targetValue) ?? input.targetValue,
        direction: input.direction,
        frequency: input.frequency ?? 'YEARLY',
      };
      const indicatorId = await this.placements.insertIndicator(tx, indicator);
      await this.indicators.record(tx, user, {
        action: 'CREATE',
        entityType: 'indicator',
        entityId: indicatorId,
        regionId: head.regionId,
        summary: `Indikatoren «${indicator.name}» lagt til på ${head.title}`,
        after: { ...indicator },
      });
      return indicatorId;
    });
    return this.queries.one(user, id);
  }

  /** Removes an indicator of a measure, a benefit or a KPI set, with its values; returns its id. */
  async removeIndicator(user: AuthenticatedUser, indicatorId: string): Promise<string> {
    await this.indicators.transaction(async (tx) => {
      const indicator = await this.indicators.lock(tx, indicatorId);
      if (!indicator) throw indicatorNotFound();
      if (indicator.placement === 'GOAL') throw onlyOwnIndicators();
      await this.assertMayManage(tx, user, ownerOf(indicator), indicator.networkId);
      const values = await this.indicators.valuesOf([indicator.id], tx);
      await this.placements.deleteIndicator(tx, indicator.id);
      await this.indicators.record(tx, user, {
        action: 'DELETE',
        entityType: 'indicator',
        entityId: indicator.id,
        regionId: indicator.regionId,
        summary: `Indikatoren «${indicator.name}» fjernet fra ${indicator.placedOn} (${values.length} verdier)`,
        before: {
          name: indicator.name,
          unit: indicator.unit,
          placedOn: indicator.placedOn,
          values: values.map((value) => ({
            period: value.period,
            municipalityNumber: value.municipalityNumber,
            value: value.value,
          })),
        },
      });
    });
    return indicatorId;
  }

  /** What the new indicator goes on, locked, and who owns it. */
  private async home(tx: Tx, input: AddIndicatorInput): Promise<{ head: ScopeHead; owner: IndicatorOwner }> {
    if (input.kpiSetId) {
      const head = await this.placements.kpiSet(input.kpiSetId, tx);
      if (!head) throw scopeNotFound('KPI_SET');
      return { head, owner: { kind: 'KPI_SET', municipalityNumber: head.municipalityNumber } };
    }
    const head = input.measureId
      ? await this.placements.measure(input.measureId, tx)
      : await this.placements.benefit(input.benefitId as string, tx);
    if (!head) throw input.measureId ? scopeNotFound('MEASURE') : benefitNotFound();
    return { head, owner: { kind: 'NETWORK' } };
  }

  private async assertMayManage(
    tx: Tx,
    user: AuthenticatedUser,
    owner: IndicatorOwner,
    networkId: string | null,
  ): Promise<void> {
    const allowed = mayEditSettings({
      roles: user.roles,
      municipalityNumber: user.municipalityNumber,
      memberships: await this.indicators.memberships(user.id, networkId, tx),
      members: [],
      owner,
    });
    if (allowed) return;
    throw owner.kind === 'KPI_SET'
      ? mayNotManageKpiSet(owner.municipalityNumber !== null)
      : mayNotManageIndicators();
  }
}
