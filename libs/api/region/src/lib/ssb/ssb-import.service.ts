import { Injectable } from '@nestjs/common';
import { ImportJobEntity, ImportJobs, regionNotFound } from '@samarbeid/api/data-access';
import { AuthenticatedUser } from '@samarbeid/api/platform';

import { importOutcome } from './domain/import-outcome';
import { SsbClient } from './ssb-client';
import { SsbImportRepository } from './ssb-import.repository';

/**
 * Imports the region's municipality names (KLASS 131) and population (table 07459) from SSB through the shared
 * import machinery (ImportJobs): the job reports progress as it goes; all data is written in one transaction at the
 * end, so a failure changes nothing.
 */
@Injectable()
export class SsbImportService {
  constructor(
    private readonly imports: SsbImportRepository,
    private readonly jobs: ImportJobs,
    private readonly ssb: SsbClient,
  ) {}

  async start(user: AuthenticatedUser, regionSlug: string): Promise<ImportJobEntity> {
    const region = await this.imports.regionBySlug(regionSlug);
    if (!region) throw regionNotFound(regionSlug);
    const job = await this.jobs.start(
      user,
      region,
      'SSB_POPULATION',
      `Import av kommuner og folketall fra SSB startet for ${region.name}`,
    );
    void this.run(job, region, user);
    return job;
  }

  job(id: string): Promise<ImportJobEntity> {
    return this.jobs.job(id);
  }

  private run(
    job: ImportJobEntity,
    region: { id: string; name: string },
    user: AuthenticatedUser,
  ): Promise<void> {
    return this.jobs.run(job, user, async (steps) => {
      const members = await this.imports.currentMembers(region.id);
      await steps.progress(10, {
        nb: 'Henter kommunelisten fra SSB (KLASS 131) …',
        en: 'Fetching the municipality list from SSB (KLASS 131) …',
      });
      const today = new Date().toISOString().slice(0, 10);
      const klass = new Map((await this.ssb.municipalitiesAt(today)).map((m) => [m.number, m.name]));
      await steps.progress(40, {
        nb: 'Henter folketall fra SSB (tabell 07459) …',
        en: 'Fetching population from SSB (table 07459) …',
      });
      const numbers = members.map((member) => member.number);
      const outcome = importOutcome(members, klass, await this.ssb.population(numbers));
      await steps.progress(80, { nb: 'Lagrer …', en: 'Saving …' });
      const source = `SSB tabell 07459, hentet ${today}`;
      await steps.commit(async (tx) => {
        for (const { number, to } of outcome.renamed) await this.imports.renameMunicipality(tx, number, to);
        const before = await this.imports.populationOf(tx, numbers);
        for (const figure of outcome.figures) await this.imports.savePopulation(tx, figure, source);
        return {
          summary: `Folketall fra SSB lagret for ${region.name}: ${outcome.figures.length} tall (${outcome.years.join(', ')})`,
          before: { population: before },
          after: { population: outcome.figures, renamed: outcome.renamed },
          done: outcome.done,
        };
      });
    });
  }
}
