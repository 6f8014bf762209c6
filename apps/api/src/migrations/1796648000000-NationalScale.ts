import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National scale (written by hand: TypeORM does not generate expression or trigram indexes; the entities declare
 * them with `synchronize: false` so that the generator leaves them alone).
 * - ix_measure_code_order: the portfolio's natural code order (letters, then the number) within a region, so a page
 *   of measures is read in index order instead of sorting every measure of the region by two regular expressions.
 *   Codes are 1–4 capital letters and 1–3 digits (the measure input's rule), so the number part always casts.
 * - pg_trgm and trigram indexes on the history's summary and actor name, for its ILIKE '%words%' search. pg_trgm is
 *   a trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.
 */
export class NationalScale1796648000000 implements MigrationInterface {
  name = 'NationalScale1796648000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_measure_code_order" ON "measure" ("region_id", (regexp_replace("code", '[0-9]+$', '')), ((coalesce(nullif(regexp_replace("code", '^[^0-9]+', ''), ''), '0'))::int))`,
    );
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_summary_trgm" ON "audit_event" USING gin ("summary" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_actor_trgm" ON "audit_event" USING gin ("actor_name" gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_actor_trgm"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_summary_trgm"');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP INDEX "public"."ix_measure_code_order"');
  }
}
