import { MigrationInterface, QueryRunner } from 'typeorm';

export class CostYearFigures1796683915935 implements MigrationInterface {
  name = 'CostYearFigures1796683915935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cost_year_figure" ("measure_id" uuid NOT NULL, "year" integer NOT NULL, "income" numeric(16,2), "income_source" character varying(200) NOT NULL DEFAULT \'\', "actual" numeric(16,2), "actual_note" character varying(500) NOT NULL DEFAULT \'\', CONSTRAINT "ck_cost_year_figure_actual" CHECK ("actual" IS NULL OR "actual" >= 0), CONSTRAINT "ck_cost_year_figure_income" CHECK ("income" IS NULL OR "income" >= 0), CONSTRAINT "PK_02512d74b7a19bb4f338fd8b472" PRIMARY KEY ("measure_id", "year"))',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_year_figure" ADD CONSTRAINT "FK_85210ec5c3ab8656f444b8ad589" FOREIGN KEY ("measure_id") REFERENCES "cost_plan"("measure_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "cost_year_figure" DROP CONSTRAINT "FK_85210ec5c3ab8656f444b8ad589"',
    );
    await queryRunner.query('DROP TABLE "cost_year_figure"');
  }
}
