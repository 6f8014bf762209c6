import { Injectable } from '@nestjs/common';
import { ImportJobEntity, ImportJobs, regionNotFound, SsbHttp } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';

import { IndicatorRepository } from '../indicator.repository';
import { figuresByTable, KOSTRA_GROUPS, NATIONAL_AVERAGE } from './kostra-catalogue';
import { KostraFigureValue, parseKostraTable } from './kostra-parser';
import { KostraRepository } from './kostra.repository';

/**
 * Imports the catalogue's KOSTRA key figures from SSB for the region's municipalities, their KOSTRA groups and the
 * national average, over every year SSB has — with the same machinery as the population import (ImportJobs):
 * progress per table, and all tables saved in one transaction at the end, so one failed request saves nothing.
 */
@Injectable()
export class KostraImportService {
  constructor(
    private readonly jobs: ImportJobs,
    private readonly ssb: SsbHttp,
    private readonly indicators: IndicatorRepository,
    private readonly kostra: KostraRepository,
  ) {}

  async start(user: AuthenticatedUser, regionSlug: string): Promise<ImportJobEntity> {
    const region = await this.indicators.regionBySlug(regionSlug);
    if (!region) throw regionNotFound(regionSlug);
    const job = await this.jobs.start(
      user,
      region,
      'SSB_KOSTRA',
      `Import av KOSTRA-tall fra SSB startet for ${region.name}`,
    );
    void this.run(job, region, user);
    return job;
  }

  private run(
    job: ImportJobEntity,
    region: { id: string; name: string },
    user: AuthenticatedUser,
  ): Promise<void> {
    return this.jobs.run(job, user, async (steps) => {
      const members = (await this.indicators.members(region.id)).map((member) => member.number);
      const groups = members
        .filter((number) => KOSTRA_GROUPS[number])
        .map((number) => ({ number, ...KOSTRA_GROUPS[number] }));
      const areas = [...new Set([...members, ...groups.map((group) => group.code), NATIONAL_AVERAGE.code])];
      const tables = [...figuresByTable()];
      const values: KostraFigureValue[] = [];
      for (const [index, [table, figures]] of tables.entries()) {
        await steps.progress(5 + Math.round((index / tables.length) * 80), {
          nb: `Henter KOSTRA-tabell ${table} fra SSB (${index + 1} av ${tables.length}) …`,
          en: `Fetching KOSTRA table ${table} from SSB (${index + 1} of ${tables.length}) …`,
        });
        const response = await this.ssb.pxwebTable(table, {
          'valueCodes[KOKkommuneregion0000]': areas.join(','),
          'valueCodes[ContentsCode]': figures.map((figure) => figure.contentsCode).join(','),
          'valueCodes[Tid]': '*',
        });
        values.push(...parseKostraTable(response, figures, areas));
      }
      await steps.progress(90, { nb: 'Lagrer …', en: 'Saving …' });
      const today = new Date().toISOString().slice(0, 10);
      const years = [...new Set(values.map((value) => value.year))].sort();
      const missing = values.filter((value) => value.value === null).length;
      await steps.commit(async (tx) => {
        const before = await this.kostra.countFor(tx, areas);
        await this.kostra.saveGroups(tx, groups);
        await this.kostra.saveValues(tx, values, `SSB KOSTRA, hentet ${today}`);
        const span = years.length ? `${years[0]}–${years[years.length - 1]}` : '–';
        return {
          summary: `KOSTRA-tall fra SSB lagret for ${region.name}: ${values.length} tall (${span})`,
          before: { values: before },
          after: { values: values.length, missing, tables: tables.map(([table]) => table), areas },
          done: {
            nb: `Ferdig: ${values.length} KOSTRA-tall for ${members.length} kommuner, KOSTRA-grupper og landet (${span}); ${missing} mangler hos SSB.`,
            en: `Done: ${values.length} KOSTRA figures for ${members.length} municipalities, KOSTRA groups and the country (${span}); ${missing} missing at SSB.`,
          },
        };
      });
    });
  }
}
