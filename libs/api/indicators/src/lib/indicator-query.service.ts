import { Injectable } from '@nestjs/common';
import { regionNotFound } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';

import { buildSeries, missingPeriods, SeriesArea, StoredValue } from './domain/indicator-board';
import type { IndicatorOwner } from './domain/record-access';
import { mayEditSettings, recordableAreas } from './domain/record-access';
import type {
  IndicatorBoard,
  IndicatorOverview,
  IndicatorScope,
  IndicatorStrategy,
  KostraFigure,
  KostraPoint,
  KpiSet,
} from './dto/indicator.types';
import { IndicatorRepository, IndicatorRow } from './indicator.repository';
import { indicatorNotFound, scopeNotFound } from './indicators.errors';
import { KOSTRA_CATALOGUE, kostraFigure, KostraFigureDefinition } from './kostra/kostra-catalogue';
import { KostraRepository } from './kostra/kostra.repository';
import { PlacementRepository, ScopeHead } from './placement/placement.repository';

/** The catalogue entry as GraphQL shows it. */
export function toKostraFigure(entry: KostraFigureDefinition): KostraFigure {
  return {
    code: entry.code,
    name: entry.name.nb,
    nameEn: entry.name.en,
    unit: entry.unit,
    table: entry.table,
    contentsCode: entry.contentsCode,
    checked: entry.checked,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The owner of what a row sits on, for the access rules. */
export const ownerOf = (row: {
  readonly kpiSetId: string | null;
  readonly kpiSetMunicipality: string | null;
}): IndicatorOwner =>
  row.kpiSetId ? { kind: 'KPI_SET', municipalityNumber: row.kpiSetMunicipality } : { kind: 'NETWORK' };

/** The owner of what a board shows, for whether the caller may add indicators there. */
const scopeOwner = (scope: IndicatorScope, head: ScopeHead): IndicatorOwner =>
  scope === 'KPI_SET'
    ? { kind: 'KPI_SET', municipalityNumber: head.municipalityNumber }
    : { kind: 'NETWORK' };

/**
 * Reads for the indicator pages: a KPI board (a strategy's, a network's, the region's, a KPI set's or a measure's
 * indicators), one indicator, the region's strategies with indicators and its KPI sets.
 */
@Injectable()
export class IndicatorQueryService {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly placements: PlacementRepository,
    private readonly kostra: KostraRepository,
  ) {}

  catalogue(): KostraFigure[] {
    return KOSTRA_CATALOGUE.map(toKostraFigure);
  }

  async strategies(regionId: string): Promise<IndicatorStrategy[]> {
    return this.indicators.strategiesWithIndicators(regionId);
  }

  async region(slug: string): Promise<{ id: string; name: string }> {
    const region = await this.indicators.regionBySlug(slug);
    if (!region) throw regionNotFound(slug);
    return region;
  }

  async kpiSets(user: AuthenticatedUser, regionSlug: string): Promise<KpiSet[]> {
    const region = await this.region(regionSlug);
    const sets = await this.placements.kpiSets(region.id);
    return sets.map((set) => ({
      id: set.id,
      name: set.name,
      description: set.description,
      municipalityNumber: set.municipalityNumber,
      municipalityName: set.municipalityName,
      indicatorCount: set.indicatorCount,
      viewerCanManage: mayEditSettings({
        roles: user.roles,
        municipalityNumber: user.municipalityNumber,
        memberships: [],
        members: [],
        owner: { kind: 'KPI_SET', municipalityNumber: set.municipalityNumber },
      }),
    }));
  }

  board(user: AuthenticatedUser, strategyId: string): Promise<IndicatorBoard> {
    return this.scopeBoard(user, 'STRATEGY', strategyId);
  }

  /** The KPI table of the scope; an unknown id (or region) is NOT_FOUND. */
  async scopeBoard(user: AuthenticatedUser, scope: IndicatorScope, id: string): Promise<IndicatorBoard> {
    const head = await this.head(scope, id);
    if (!head) throw scopeNotFound(scope);
    const members = await this.indicators.members(head.regionId);
    const rows = await this.indicators.inScope(scope, scope === 'REGION' ? head.regionId : head.id);
    const memberships = await this.indicators.memberships(user.id, head.networkId);
    const manageable = scope === 'KPI_SET' || scope === 'MEASURE';
    return {
      scope,
      scopeId: id,
      title: head.title,
      strategyId: scope === 'STRATEGY' ? head.id : null,
      strategyTitle: scope === 'STRATEGY' ? head.title : null,
      networkId: head.networkId,
      networkName: head.networkName,
      municipalityNumber: head.municipalityNumber,
      regionSlug: head.regionSlug,
      regionName: head.regionName,
      municipalities: head.municipalityNumber
        ? members.filter((member) => member.number === head.municipalityNumber)
        : members,
      indicators: await this.overviews(user, rows),
      viewerCanManage:
        manageable &&
        mayEditSettings({
          roles: user.roles,
          municipalityNumber: user.municipalityNumber,
          memberships,
          members: [],
          owner: scopeOwner(scope, head),
        }),
      exportPath:
        scope === 'STRATEGY'
          ? `strategies/${id}/indicators.xlsx`
          : `indicators/${scope.toLowerCase().replace('_', '-')}/${encodeURIComponent(id)}/indicators.xlsx`,
    };
  }

  async one(user: AuthenticatedUser, indicatorId: string): Promise<IndicatorOverview> {
    const row = await this.indicators.byId(indicatorId);
    if (!row) throw indicatorNotFound();
    const [overview] = await this.overviews(user, [row]);
    return overview;
  }

  private head(scope: IndicatorScope, id: string): Promise<ScopeHead | null> {
    if (scope === 'REGION') return this.placements.region(id);
    if (!UUID.test(id)) return Promise.resolve(null);
    switch (scope) {
      case 'STRATEGY':
        return this.indicators.strategy(id).then(
          (strategy) =>
            strategy && {
              ...strategy,
              municipalityNumber: null,
            },
        );
      case 'NETWORK':
        return this.placements.network(id);
      case 'KPI_SET':
        return this.placements.kpiSet(id);
      case 'MEASURE':
        return this.placements.measure(id);
    }
  }

  /** The overviews of indicators of one region: a fixed number of statements, whatever their networks. */
  private async overviews(
    user: AuthenticatedUser,
    rows: readonly IndicatorRow[],
  ): Promise<IndicatorOverview[]> {
    if (rows.length === 0) return [];
    const { regionId, regionName } = rows[0];
    const networkIds = [...new Set(rows.map((row) => row.networkId).filter((id): id is string => !!id))];
    const [members, memberships, values] = await Promise.all([
      this.indicators.members(regionId),
      this.indicators.membershipsIn(user.id, networkIds),
      this.indicators.valuesOf(rows.map((row) => row.id)),
    ]);
    const numbers = members.map((member) => member.number);
    const groups = await this.kostra.groupsOf(numbers);
    const linked = [...new Set(rows.map((row) => row.kostraFigure).filter((code): code is string => !!code))];
    const kostraRows = await this.kostra.values(linked, [
      ...new Set([...groups.values()].map((group) => group.code)),
    ]);
    const areas: SeriesArea[] = [
      { municipalityNumber: null, name: regionName, kostraGroup: null },
      ...members.map((member) => ({
        municipalityNumber: member.number,
        name: member.name,
        kostraGroup: groups.get(member.number) ?? null,
      })),
    ];
    const thisYear = new Date().getFullYear();
    return rows.map((row) => {
      const access = {
        roles: user.roles,
        municipalityNumber: user.municipalityNumber,
        memberships: (row.networkId && memberships.get(row.networkId)) || [],
        members: numbers,
        owner: ownerOf(row),
      };
      const own: StoredValue[] = values.filter((value) => value.indicatorId === row.id);
      const kostraByArea = new Map<string, KostraPoint[]>();
      for (const point of kostraRows.filter((entry) => entry.figure === row.kostraFigure)) {
        kostraByArea.set(point.areaCode, [
          ...(kostraByArea.get(point.areaCode) ?? []),
          { year: point.year, value: point.value, missingSymbol: point.missingSymbol },
        ]);
      }
      const figure = row.kostraFigure ? kostraFigure(row.kostraFigure) : undefined;
      const rowAreas = row.kpiSetMunicipality
        ? areas.filter((area) => area.municipalityNumber === row.kpiSetMunicipality)
        : areas;
      return {
        id: row.id,
        name: row.name,
        unit: row.unit,
        goalTitle: row.placedOn,
        placement: row.placement,
        placedOn: row.placedOn,
        baselineYear: row.baselineYear,
        baselineValue: row.baselineValue,
        targetYear: row.targetYear,
        targetValue: row.targetValue,
        direction: row.direction,
        frequency: row.frequency,
        settingVersion: Number(row.settingVersion),
        kostraFigure: figure ? toKostraFigure(figure) : null,
        missingPeriods: missingPeriods(
          row.baselineYear,
          Math.min(thisYear - 1, row.targetYear),
          row.frequency,
          own,
          row.kpiSetMunicipality,
        ),
        series: buildSeries(row, rowAreas, own, kostraByArea),
        viewerCanRecordFor: recordableAreas(access),
        viewerCanEditSettings: mayEditSettings(access),
      };
    });
  }
}
