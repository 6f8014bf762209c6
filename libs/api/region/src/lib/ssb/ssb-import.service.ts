import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  currentMembership,
  ImportJobEntity,
  recordAudit,
  RegionEntity,
  regionNotFound,
} from '@samarbeid/api/data-access';
import { AuthenticatedUser, conflict, notFound } from '@samarbeid/api/platform';
import { DataSource } from 'typeorm';

import { JsonStatError } from './json-stat';
import { SsbClient, SsbUnavailableError } from './ssb-client';

/** A job still RUNNING after this long was cut off (the process stopped): it is shown as failed. */
const STALE_AFTER_MS = 10 * 60_000;

interface Step {
  readonly progress: number;
  readonly nb: string;
  readonly en: string;
}

/**
 * Imports the region's municipality names (KLASS 131) and population (table 07459) from SSB. The job reports
 * progress as it goes; all data is written in one transaction at the end, so a failure changes nothing.
 */
@Injectable()
export class SsbImportService {
  private readonly logger = new Logger(SsbImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ssb: SsbClient,
  ) {}

  async start(user: AuthenticatedUser, regionSlug: string): Promise<ImportJobEntity> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug: regionSlug });
    if (!region) throw regionNotFound(regionSlug);
    const job = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ssb-import:${region.id}`]);
      const running: unknown[] = await manager.query(
        `SELECT 1 FROM import_job WHERE region_id = $1 AND status = 'RUNNING' AND started_at > now() - interval '10 minutes'`,
        [region.id],
      );
      if (running.length > 0) {
        throw conflict({
          nb: 'En import fra SSB pågår allerede for denne regionen. Vent til den er ferdig.',
          en: 'An import from SSB is already running for this region. Wait until it has finished.',
        });
      }
      const saved = await manager.getRepository(ImportJobEntity).save({
        kind: 'SSB_POPULATION',
        regionId: region.id,
        startedBy: user.id,
        message: 'Starter …',
        messageEn: 'Starting …',
      });
      await recordAudit(manager, user, {
        action: 'CREATE',
        entityType: 'import',
        entityId: saved.id,
        regionId: region.id,
        summary: `Import av kommuner og folketall fra SSB startet for ${region.name}`,
      });
      return saved;
    });
    void this.run(job, region, user);
    return job;
  }

  async job(id: string): Promise<ImportJobEntity> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw notFound({ nb: 'Fant ikke importen.', en: 'The import was not found.' });
    if (job.status === 'RUNNING' && Date.now() - job.startedAt.getTime() > STALE_AFTER_MS) {
      return {
        ...job,
        status: 'FAILED',
        message: 'Importen ble avbrutt. Ingenting er endret. Start den på nytt.',
        messageEn: 'The import was interrupted. Nothing was changed. Start it again.',
      };
    }
    return job;
  }

  private async run(job: ImportJobEntity, region: RegionEntity, user: AuthenticatedUser): Promise<void> {
    try {
      const members: { number: string; name: string }[] = await this.dataSource.query(
        `SELECT mu.number, mu.name FROM region_membership m JOIN municipality mu ON mu.number = m.municipality_number
          WHERE m.region_id = $1 AND ${currentMembership('m')}
          ORDER BY mu.number`,
        [region.id],
      );
      await this.report(job.id, {
        progress: 10,
        nb: 'Henter kommunelisten fra SSB (KLASS 131) …',
        en: 'Fetching the municipality list from SSB (KLASS 131) …',
      });
      const today = new Date().toISOString().slice(0, 10);
      const klass = new Map((await this.ssb.municipalitiesAt(today)).map((m) => [m.number, m.name]));
      await this.report(job.id, {
        progress: 40,
        nb: 'Henter folketall fra SSB (tabell 07459) …',
        en: 'Fetching population from SSB (table 07459) …',
      });
      const numbers = members.map((member) => member.number);
      const figures = (await this.ssb.population(numbers)).filter((f) =>
        numbers.includes(f.municipalityNumber),
      );
      const years = [...new Set(figures.map((f) => f.year))].sort();
      await this.report(job.id, { progress: 80, nb: 'Lagrer …', en: 'Saving …' });
      const source = `SSB tabell 07459, hentet ${today}`;
      await this.dataSource.transaction(async (manager) => {
        const renamed = members.filter(
          (member) => klass.has(member.number) && klass.get(member.number) !== member.name,
        );
        for (const member of renamed) {
          await manager.query('UPDATE municipality SET name = $2, updated_at = now() WHERE number = $1', [
            member.number,
            klass.get(member.number),
          ]);
        }
        const before: { municipality_number: string; year: number; count: number }[] = await manager.query(
          'SELECT municipality_number, year, count FROM municipality_population WHERE municipality_number = ANY($1::char(4)[])',
          [numbers],
        );
        for (const figure of figures) {
          await manager.query(
            `INSERT INTO municipality_population (municipality_number, year, count, source) VALUES ($1, $2, $3, $4)
             ON CONFLICT (municipality_number, year) DO UPDATE SET count = EXCLUDED.count, source = EXCLUDED.source`,
            [figure.municipalityNumber, figure.year, figure.count, source],
          );
        }
        const missing = members.filter((m) => !klass.has(m.number)).map((m) => m.number);
        const nb =
          `Ferdig: folketall for ${new Set(figures.map((f) => f.municipalityNumber)).size} kommuner (${years.join(', ')})` +
          (renamed.length ? `, ${renamed.length} navn oppdatert` : '') +
          (missing.length ? `. Ikke i SSBs kommuneliste: ${missing.join(', ')}` : '') +
          '.';
        const en =
          `Done: population for ${new Set(figures.map((f) => f.municipalityNumber)).size} municipalities (${years.join(', ')})` +
          (renamed.length ? `, ${renamed.length} names updated` : '') +
          (missing.length ? `. Not in SSB's municipality list: ${missing.join(', ')}` : '') +
          '.';
        await recordAudit(manager, user, {
          action: 'UPDATE',
          entityType: 'import',
          entityId: job.id,
          regionId: region.id,
          summary: `Folketall fra SSB lagret for ${region.name}: ${figures.length} tall (${years.join(', ')})`,
          before: { population: before },
          after: {
            population: figures,
            renamed: renamed.map((m) => ({ number: m.number, from: m.name, to: klass.get(m.number) })),
          },
        });
        await manager.update(
          ImportJobEntity,
          { id: job.id },
          { status: 'SUCCEEDED', progress: 100, message: nb, messageEn: en, finishedAt: new Date() },
        );
      });
    } catch (error) {
      this.logger.warn(
        `SSB import ${job.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      const [nb, en] =
        error instanceof SsbUnavailableError
          ? [
              'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
              'Could not reach SSB. Nothing was changed. Try again later.',
            ]
          : error instanceof JsonStatError
            ? [
                'SSB svarte med noe vi ikke kunne lese. Ingenting er endret.',
                'SSB answered with something we could not read. Nothing was changed.',
              ]
            : ['Importen feilet. Ingenting er endret.', 'The import failed. Nothing was changed.'];
      await this.dataSource
        .getRepository(ImportJobEntity)
        .update({ id: job.id }, { status: 'FAILED', message: nb, messageEn: en, finishedAt: new Date() })
        .catch(() => undefined);
    }
  }

  private async report(jobId: string, step: Step): Promise<void> {
    await this.dataSource
      .getRepository(ImportJobEntity)
      .update(
        { id: jobId, status: 'RUNNING' },
        { progress: step.progress, message: step.nb, messageEn: step.en },
      );
  }
}
