import { Injectable, Logger } from '@nestjs/common';
import { ImportJobEntity, regionNotFound } from '@samarbeid/api/data-access';
import { AuthenticatedUser, conflict, notFound } from '@samarbeid/api/platform';

import { failureMessage, importOutcome, shownJob } from './domain/import-outcome';
import { JsonStatError } from './json-stat';
import { SsbClient, SsbUnavailableError } from './ssb-client';
import { SsbImportRepository } from './ssb-import.repository';

const alreadyRunning = () =>
  conflict({
    nb: 'En import fra SSB pågår allerede for denne regionen. Vent til den er ferdig.',
    en: 'An import from SSB is already running for this region. Wait until it has finished.',
  });

/**
 * Imports the region's municipality names (KLASS 131) and population (table 07459) from SSB. The job reports
 * progress as it goes; all data is written in one transaction at the end, so a failure changes nothing.
 */
@Injectable()
export class SsbImportService {
  private readonly logger = new Logger(SsbImportService.name);

  constructor(
    private readonly imports: SsbImportRepository,
    private readonly ssb: SsbClient,
  ) {}

  async start(user: AuthenticatedUser, regionSlug: string): Promise<ImportJobEntity> {
    const region = await this.imports.regionBySlug(regionSlug);
    if (!region) throw regionNotFound(regionSlug);
    const job = await this.imports.transaction(async (tx) => {
      if (await this.imports.lockAndFindRunning(tx, region.id)) throw alreadyRunning();
      const saved = await this.imports.insertJob(tx, region.id, user.id);
      await this.imports.record(tx, user, {
        action: 'CREATE',
        entityType: 'import',
        entityId: saved.id,
        regionId: region.id,
        summary: `Import av kommuner og folketall fra SSB startet for ${region.name}`,
      });
      return saved;
    });
    void this.run(job.id, region, user);
    return job;
  }

  async job(id: string): Promise<ImportJobEntity> {
    const job = await this.imports.jobById(id);
    if (!job) throw notFound({ nb: 'Fant ikke importen.', en: 'The import was not found.' });
    return shownJob(job, Date.now());
  }

  private async run(
    jobId: string,
    region: { id: string; name: string },
    user: AuthenticatedUser,
  ): Promise<void> {
    try {
      const members = await this.imports.currentMembers(region.id);
      await this.imports.reportProgress(jobId, 10, {
        nb: 'Henter kommunelisten fra SSB (KLASS 131) …',
        en: 'Fetching the municipality list from SSB (KLASS 131) …',
      });
      const today = new Date().toISOString().slice(0, 10);
      const klass = new Map((await this.ssb.municipalitiesAt(today)).map((m) => [m.number, m.name]));
      await this.imports.reportProgress(jobId, 40, {
        nb: 'Henter folketall fra SSB (tabell 07459) …',
        en: 'Fetching population from SSB (table 07459) …',
      });
      const numbers = members.map((member) => member.number);
      const outcome = importOutcome(members, klass, await this.ssb.population(numbers));
      await this.imports.reportProgress(jobId, 80, { nb: 'Lagrer …', en: 'Saving …' });
      const source = `SSB tabell 07459, hentet ${today}`;
      await this.imports.transaction(async (tx) => {
        for (const { number, to } of outcome.renamed) await this.imports.renameMunicipality(tx, number, to);
        const before = await this.imports.populationOf(tx, numbers);
        for (const figure of outcome.figures) await this.imports.savePopulation(tx, figure, source);
        await this.imports.record(tx, user, {
          action: 'UPDATE',
          entityType: 'import',
          entityId: jobId,
          regionId: region.id,
          summary: `Folketall fra SSB lagret for ${region.name}: ${outcome.figures.length} tall (${outcome.years.join(', ')})`,
          before: { population: before },
          after: { population: outcome.figures, renamed: outcome.renamed },
        });
        await this.imports.finishJob(tx, jobId, outcome.done);
      });
    } catch (error) {
      this.logger.warn(
        `SSB import ${jobId} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      const kind =
        error instanceof SsbUnavailableError
          ? 'UNAVAILABLE'
          : error instanceof JsonStatError
            ? 'UNREADABLE'
            : 'OTHER';
      await this.imports.failJob(jobId, failureMessage(kind)).catch(() => undefined);
    }
  }
}
