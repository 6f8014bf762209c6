import { Injectable } from '@nestjs/common';
import { badUserInput } from '@samarbeid/api/platform';

import type { BenchmarkArea, KostraBenchmark } from '../dto/indicator.types';
import { IndicatorQueryService, toKostraFigure } from '../indicator-query.service';
import { IndicatorRepository } from '../indicator.repository';
import { KOSTRA_CATALOGUE, NATIONAL_AVERAGE } from './kostra-catalogue';
import { KostraRepository } from './kostra.repository';

/**
 * A director's benchmark: their municipality's KOSTRA key figures against the region's other municipalities, its
 * KOSTRA group's average and the national average — every figure with imported values, all in two statements.
 */
@Injectable()
export class KostraBenchmarkService {
  constructor(
    private readonly queries: IndicatorQueryService,
    private readonly indicators: IndicatorRepository,
    private readonly kostra: KostraRepository,
  ) {}

  async benchmark(regionSlug: string, municipalityNumber: string): Promise<KostraBenchmark> {
    const region = await this.queries.region(regionSlug);
    const members = await this.indicators.members(region.id);
    const self = members.find((member) => member.number === municipalityNumber);
    if (!self) {
      throw badUserInput({
        nb: `Kommune ${municipalityNumber} er ikke med i ${region.name}.`,
        en: `Municipality ${municipalityNumber} is not a member of ${region.name}.`,
      });
    }
    const group = (await this.kostra.groupsOf([municipalityNumber])).get(municipalityNumber) ?? null;
    const areas: Omit<BenchmarkArea, 'values'>[] = [
      { code: self.number, name: self.name, kind: 'SELF' },
      ...members
        .filter((member) => member.number !== municipalityNumber)
        .map((member) => ({ code: member.number, name: member.name, kind: 'MUNICIPALITY' as const })),
      ...(group ? [{ code: group.code, name: group.name, kind: 'GROUP' as const }] : []),
      { code: NATIONAL_AVERAGE.code, name: NATIONAL_AVERAGE.name.nb, kind: 'NATIONAL' },
    ];
    const rows = await this.kostra.values(
      KOSTRA_CATALOGUE.map((entry) => entry.code),
      areas.map((area) => area.code),
    );
    const figures = KOSTRA_CATALOGUE.filter((entry) => rows.some((row) => row.figure === entry.code)).map(
      (entry) => {
        const own = rows.filter((row) => row.figure === entry.code);
        const withValue = own.filter((row) => row.value !== null).map((row) => row.year);
        return {
          figure: toKostraFigure(entry),
          latestYear: withValue.length ? Math.max(...withValue) : null,
          areas: areas.map((area) => ({
            ...area,
            values: own
              .filter((row) => row.areaCode === area.code)
              .map((row) => ({ year: row.year, value: row.value, missingSymbol: row.missingSymbol })),
          })),
        };
      },
    );
    return {
      municipalityNumber: self.number,
      municipalityName: self.name,
      regionName: region.name,
      kostraGroupCode: group?.code ?? null,
      kostraGroupName: group?.name ?? null,
      figures,
    };
  }
}
