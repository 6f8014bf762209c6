import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportVariants1796671108136 implements MigrationInterface {
  name = 'ReportVariants1796671108136';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "frozen_report" DROP CONSTRAINT "uq_frozen_report_number"');
    await queryRunner.query('ALTER TABLE "frozen_report" ADD "municipality_number" character(4)');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_frozen_report_municipality_number" ON "frozen_report"  ("period_id", "municipality_number", "number") WHERE "municipality_number" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_frozen_report_number" ON "frozen_report"  ("period_id", "number") WHERE "municipality_number" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The schema before had no municipality variants: they go with the column (the region's versions stay).
    await queryRunner.query('DELETE FROM "frozen_report" WHERE "municipality_number" IS NOT NULL');
    await queryRunner.query('DROP INDEX "public"."uq_frozen_report_number"');
    await queryRunner.query('DROP INDEX "public"."uq_frozen_report_municipality_number"');
    await queryRunner.query('ALTER TABLE "frozen_report" DROP COLUMN "municipality_number"');
    await queryRunner.query(
      'ALTER TABLE "frozen_report" ADD CONSTRAINT "uq_frozen_report_number" UNIQUE ("period_id", "number")',
    );
  }
}
