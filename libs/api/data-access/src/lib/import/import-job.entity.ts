import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_JOB_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** What a job imports: population and municipality names, or KOSTRA key figures. */
export type ImportJobKind = 'SSB_POPULATION' | 'SSB_KOSTRA';

/**
 * A long-running import (e.g. population from SSB): its progress and outcome live in the database, so any API
 * replica can answer a client that polls it.
 */
@Entity({ name: 'import_job' })
@Index('ix_import_job_region', ['regionId', 'startedAt'])
@Check('ck_import_job_progress', '"progress" BETWEEN 0 AND 100')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ImportJobKind;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @Column({ type: 'varchar', length: 16, default: 'RUNNING' })
  status!: ImportJobStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 500, default: '' })
  message!: string;

  @Column({ type: 'varchar', length: 500, name: 'message_en', default: '' })
  messageEn!: string;

  @Column({ type: 'varchar', length: 255, name: 'started_by' })
  startedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
