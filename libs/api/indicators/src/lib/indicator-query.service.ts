import { Injectable } from '@nestjs/common';
import { regionNotFound } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';

import { buildSeries, missingRegionPeriods, SeriesArea, StoredValue } from './domain/indicator-board';
import { mayEditSettings, recordableAreas } from './domain/record-access';
import type {
  IndicatorBoard,
  IndicatorOverview,
  IndicatorStrategy,
  KostraFigure,
  KostraPoint,
} from './dto/indicator.types';
import { IndicatorRepository, IndicatorRow } from './indicator.repository';
import { indicatorNotFound, strategyNotFound } from './indicators.errors';
import { KOSTRA_CATALOGUE, kostraFigure, KostraFigureDefinition } from './kostra/kostra-catalogue';
import { KostraRepository } from './kostra/kostra.repository';

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

/** Reads for the indicator pages: a strategy's KPI board, one indicator, the region's strategies with indicators. */
@Injectable()
export class IndicatorQueryService {
  constructor(
    private readonly indicators: IndicatorRepository,
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

  async board(user: AuthenticatedUser, strategyId: string): Promise<IndicatorBoard> {
    const strategy = await this.indicators.strategy(strategyId);
    if (!strategy) throw strategyNotFound();
    const rows = await this.indicators.ofStrategy(strategyId);
    return {
      strategyId: strategy.id,
      strategyTitle: strategy.title,
      networkId: strategy.networkId,
      networkName: strategy.networkName,
      regionSlug: strategy.regionSlug,
      regionName: strategy.regionName,
      municipalities: await this.indicators.members(strategy.regionId),
      indicators: await this.overviews(user, rows),
    };
  }

  async one(user: AuthenticatedUser, indicatorId: string): Promise<IndicatorOverview> {
    const row = await this.indicators.byId(indicatorId);
    if (!row) throw indicatorNotFound();
    const [overview] = await this.overviews(user, [row]);
    return overview;
  }

  /** The overviews of indicators of one strategy (one network, one region): a fixed number of statements. */
  private async overviews(
    user: AuthenticatedUser,
    rows: readonly IndicatorRow[],
  ): Promise<IndicatorOverview[]> {
    if (rows.length === 0) return [];
    const { regionId, regionName, networkId } = rows[0];
    const [members, memberships, values] = await Promise.all([
      this.indicators.members(regionId),
      this.indicators.memberships(user.id, networkId),
      this.indicators.valuesOf(rows.map((row) => row.id)),
    ]);
    const numbers = members.map((member) => member.number);
    const groups = await this.kostra.groupsOf(numbers);
    const access = { roles: user.roles, memberships, members: numbers };
    const recordable = recordableAreas(access);
    const canEditSettings = mayEditSettings(access);
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
      const own: StoredValue[] = values.filter((value) => value.indicatorId === row.id);
      const kostraByArea = new Map<string, KostraPoint[]>();
      for (const point of kostraRows.filter((entry) => entry.figure === row.kostraFigure)) {
        kostraByArea.set(point.areaCode, [
          ...(kostraByArea.get(point.areaCode) ?? []),
          { year: point.year, value: point.value, missingSymbol: point.missingSymbol },
        ]);
      }
      const figure = row.kostraFigure ? kostraFigure(row.kostraFigure) : undefined;
      return {
        id: row.id,
        name: row.name,
        unit: row.unit,
        goalTitle: row.goalTitle,
        baselineYear: row.baselineYear,
        baselineValue: row.baselineValue,
        targetYear: row.targetYear,
        targetValue: row.targetValue,
        direction: row.direction,
        frequency: row.frequency,
        settingVersion: Number(row.settingVersion),
        kostraFigure: figure ? toKostraFigure(figure) : null,
        missingPeriods: missingRegionPeriods(
          row.baselineYear,
          Math.min(thisYear - 1, row.targetYear),
          row.frequency,
          own,
        ),
        series: buildSeries(row, areas, own, kostraByArea),
        viewerCanRecordFor: recordable,
        viewerCanEditSettings: canEditSettings,
      };
    });
  }
}
