import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { conflict, notFound } from '@samarbeid/api/platform';
import { DataSource, EntityManager } from 'typeorm';

import type { Actor, AuditRecord } from '../audit/audit-log';
import { recordAudit } from '../audit/audit-log';
import { ImportJobEntity, ImportJobKind } from './import-job.entity';
import { JsonStatError } from './json-stat';
import { SsbUnavailableError } from './ssb-http';

/** A sentence in Norwegian and English. */
export interface Sentence {
  readonly nb: string;
  readonly en: string;
}

/** The transaction an import saves in; the caller hands it to its repository and never looks inside. */
export type ImportTransaction = EntityManager;

/** A job still RUNNING after this long was cut off (the process stopped): it is shown as failed. */
export const STALE_AFTER_MS = 10 * 60_000;

/** A RUNNING job older than {@link STALE_AFTER_MS} was cut off: shown as failed, with what that means. */
export function shownJob<T extends { status: string; startedAt: Date; message: string; messageEn: string }>(
  job: T,
  now: number,
): T {
  if (job.status !== 'RUNNING' || now - job.startedAt.getTime() <= STALE_AFTER_MS) return job;
  return {
    ...job,
    status: 'FAILED',
    message: 'Importen ble avbrutt. Ingenting er endret. Start den på nytt.',
    messageEn: 'The import was interrupted. Nothing was changed. Start it again.',
  };
}

/** Why an import failed, as the job shows it: SSB unreachable, SSB's answer unreadable, or anything else. */
export function failureMessage(kind: 'UNAVAILABLE' | 'UNREADABLE' | 'OTHER'): Sentence {
  switch (kind) {
    case 'UNAVAILABLE':
      return {
        nb: 'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
        en: 'Could not reach SSB. Nothing was changed. Try again later.',
      };
    case 'UNREADABLE':
      return {
        nb: 'SSB svarte med noe vi ikke kunne lese. Ingenting er endret.',
        en: 'SSB answered with something we could not read. Nothing was changed.',
      };
    case 'OTHER':
      return { nb: 'Importen feilet. Ingenting er endret.', en: 'The import failed. Nothing was changed.' };
  }
}

/** What an import's work may do while it runs. */
export interface ImportSteps {
  /** Reports how far the job has come (0–100) and what it is doing. */
  progress(percent: number, message: Sentence): Promise<void>;
  /**
   * Saves everything the import changes in one transaction, with its history record, and marks the job succeeded
   * in the same transaction: all of it, or (on any error) none of it.
   */
  commit(
    save: (tx: ImportTransaction) => Promise<{
      readonly summary: string;
      readonly before?: object | null;
      readonly after?: object | null;
      readonly done: Sentence;
    }>,
  ): Promise<void>;
}

const alreadyRunning = () =>
  conflict({
    nb: 'En import fra SSB pågår allerede for denne regionen. Vent til den er ferdig.',
    en: 'An import from SSB is already running for this region. Wait until it has finished.',
  });

/**
 * The import machinery every SSB import shares (population, KOSTRA): one running import per region at a time, a
 * job whose progress lives in the database (any replica answers a poll), the work run in the background, and the
 * all-or-nothing rule — the work fetches and decides first, then saves in one transaction with its history record;
 * a failure anywhere marks the job FAILED with a sentence saying that nothing was changed.
 */
@Injectable()
export class ImportJobs {
  private readonly logger = new Logger(ImportJobs.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Starts a job for the region (refused with CONFLICT while another runs), recording the start in the history. */
  async start(
    actor: Actor & { readonly id: string },
    region: { readonly id: string },
    kind: ImportJobKind,
    summary: string,
  ): Promise<ImportJobEntity> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ssb-import:${region.id}`]);
      const running: unknown[] = await tx.query(
        `SELECT 1 FROM import_job WHERE region_id = $1 AND status = 'RUNNING' AND started_at > now() - interval '10 minutes'`,
        [region.id],
      );
      if (running.length > 0) throw alreadyRunning();
      const job = await tx.getRepository(ImportJobEntity).save({
        kind,
        regionId: region.id,
        startedBy: actor.id,
        message: 'Starter …',
        messageEn: 'Starting …',
      });
      await recordAudit(tx, actor, {
        action: 'CREATE',
        entityType: 'import',
        entityId: job.id,
        regionId: region.id,
        summary,
      });
      return job;
    });
  }

  /** The job as a client sees it (a job cut off by a stopped process shows as failed). */
  async job(id: string): Promise<ImportJobEntity> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw notFound({ nb: 'Fant ikke importen.', en: 'The import was not found.' });
    return shownJob(job, Date.now());
  }

  /**
   * Runs the work of a started job; never throws. The work reports progress and ends with `commit`; if it throws
   * (SSB unreachable, an unreadable answer, anything else) the job is marked FAILED and nothing is saved.
   */
  async run(
    job: { readonly id: string; readonly regionId: string },
    actor: Actor,
    work: (steps: ImportSteps) => Promise<void>,
  ): Promise<void> {
    const steps: ImportSteps = {
      progress: async (percent, message) => {
        await this.dataSource
          .getRepository(ImportJobEntity)
          .update(
            { id: job.id, status: 'RUNNING' },
            { progress: percent, message: message.nb, messageEn: message.en },
          );
      },
      commit: (save) =>
        this.dataSource.transaction(async (tx) => {
          const { summary, before, after, done } = await save(tx);
          const record: AuditRecord = {
            action: 'UPDATE',
            entityType: 'import',
            entityId: job.id,
            regionId: job.regionId,
            summary,
            before: before ?? null,
            after: after ?? null,
          };
          await recordAudit(tx, actor, record);
          await tx.update(
            ImportJobEntity,
            { id: job.id },
            {
              status: 'SUCCEEDED',
              progress: 100,
              message: done.nb,
              messageEn: done.en,
              finishedAt: new Date(),
            },
          );
        }),
    };
    try {
      await work(steps);
    } catch (error) {
      this.logger.warn(`Import ${job.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      const kind =
        error instanceof SsbUnavailableError
          ? 'UNAVAILABLE'
          : error instanceof JsonStatError
            ? 'UNREADABLE'
            : 'OTHER';
      const message = failureMessage(kind);
      await this.dataSource
        .getRepository(ImportJobEntity)
        .update(
          { id: job.id },
          { status: 'FAILED', message: message.nb, messageEn: message.en, finishedAt: new Date() },
        )
        .catch(() => undefined);
    }
  }
}
