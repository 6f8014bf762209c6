import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { currentMembership, ImportJobEntity, recordAudit, RegionEntity } from '@samarbeid/api/data-access';
import { DataSource, EntityManager } from 'typeorm';

import type { Sentence } from './domain/import-outcome';
import type { PopulationFigure } from './ssb-parsers';

/** The transaction one step of an import runs in; the service hands it on and never looks inside. */
export type ImportTransaction = EntityManager;

/**
 * What the SSB import reads and writes: the region and its members, import jobs, municipality names, population
 * figures, and the history records of the import — every statement of the import.
 */
@Injectable()
export class SsbImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction: all of it commits, or none. */
  transaction<T>(work: (tx: ImportTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async regionBySlug(slug: string): Promise<{ id: string; name: string } | null> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug });
    return region ? { id: region.id, name: region.name } : null;
  }

  /**
   * Serialises starting imports of a region until the transaction ends, then tells whether one started in the last
   * ten minutes is still running.
   */
  async lockAndFindRunning(tx: ImportTransaction, regionId: string): Promise<boolean> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ssb-import:${regionId}`]);
    const running: unknown[] = await tx.query(
      `SELECT 1 FROM import_job WHERE region_id = $1 AND status = 'RUNNING' AND started_at > now() - interval '10 minutes'`,
      [regionId],
    );
    return running.length > 0;
  }

  insertJob(tx: ImportTransaction, regionId: string, startedBy: string): Promise<ImportJobEntity> {
    return tx.getRepository(ImportJobEntity).save({
      kind: 'SSB_POPULATION',
      regionId,
      startedBy,
      message: 'Starter …',
      messageEn: 'Starting …',
    });
  }

  jobById(id: string): Promise<ImportJobEntity | null> {
    return this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
  }

  /** The region's current member municipalities with our names for them, by number. */
  currentMembers(regionId: string): Promise<{ number: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT mu.number, mu.name FROM region_membership m JOIN municipality mu ON mu.number = m.municipality_number
        WHERE m.region_id = $1 AND ${currentMembership('m')}
        ORDER BY mu.number`,
      [regionId],
    );
  }

  /** Reports how far a running job has come (a job no longer running is left as it is). */
  async reportProgress(jobId: string, progress: number, message: Sentence): Promise<void> {
    await this.dataSource
      .getRepository(ImportJobEntity)
      .update({ id: jobId, status: 'RUNNING' }, { progress, message: message.nb, messageEn: message.en });
  }

  async renameMunicipality(tx: ImportTransaction, number: string, name: string): Promise<void> {
    await tx.query('UPDATE municipality SET name = $2, updated_at = now() WHERE number = $1', [number, name]);
  }

  /** The population figures stored for the municipalities. */
  populationOf(
    tx: ImportTransaction,
    numbers: readonly string[],
  ): Promise<{ municipality_number: string; year: number; count: number }[]> {
    return tx.query(
      'SELECT municipality_number, year, count FROM municipality_population WHERE municipality_number = ANY($1::char(4)[])',
      [[...numbers]],
    );
  }

  /** Stores a figure, replacing the one stored for that municipality and year. */
  async savePopulation(tx: ImportTransaction, figure: PopulationFigure, source: string): Promise<void> {
    await tx.query(
      `INSERT INTO municipality_population (municipality_number, year, count, source) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality_number, year) DO UPDATE SET count = EXCLUDED.count, source = EXCLUDED.source`,
      [figure.municipalityNumber, figure.year, figure.count, source],
    );
  }

  /** Writes one history record in the import's own transaction. */
  record(tx: ImportTransaction, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }

  async finishJob(tx: ImportTransaction, jobId: string, message: Sentence): Promise<void> {
    await tx.update(
      ImportJobEntity,
      { id: jobId },
      {
        status: 'SUCCEEDED',
        progress: 100,
        message: message.nb,
        messageEn: message.en,
        finishedAt: new Date(),
      },
    );
  }

  /** Marks the job failed (outside any transaction: the failed one has rolled back). */
  async failJob(jobId: string, message: Sentence): Promise<void> {
    await this.dataSource
      .getRepository(ImportJobEntity)
      .update(
        { id: jobId },
        { status: 'FAILED', message: message.nb, messageEn: message.en, finishedAt: new Date() },
      );
  }
}
