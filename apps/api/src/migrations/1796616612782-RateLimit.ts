import { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimit1796616612782 implements MigrationInterface {
  name = 'RateLimit1796616612782';

  async up(queryRunner: QueryRunner): Promise<void> {
    // UNLOGGED (edited by hand; TypeORM cannot say it): counters written on every request are worth no WAL, and a
    // crash that empties the table only restarts the current minute's counts.
    await queryRunner.query(
      'CREATE UNLOGGED TABLE "rate_limit_counter" ("key" character(64) NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5bfa3ad3fe33321b1d17eae4746" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_rate_limit_counter_window_ends_at" ON "rate_limit_counter"  ("window_ends_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_rate_limit_counter_window_ends_at"');
    await queryRunner.query('DROP TABLE "rate_limit_counter"');
  }
}
