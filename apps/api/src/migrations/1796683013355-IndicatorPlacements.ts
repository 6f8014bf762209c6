import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators beyond the strategy goals: on a measure, a benefit or a KPI set (goal_indicator gets one owner column
 * each, exactly one set), the KPI sets of the region and of a municipality, and the marks of the reminders sent when a
 * value is due.
 */
export class IndicatorPlacements1796683013355 implements MigrationInterface {
  name = 'IndicatorPlacements1796683013355';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "kpi_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "region_id" uuid NOT NULL, "municipality_number" character(4), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "owner_user_id" character varying(255), CONSTRAINT "PK_298ca5f235642c3ca39dca7d3b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_kpi_set_region" ON "kpi_set"  ("region_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_kpi_set_name" ON "kpi_set"  ("region_id", "name") ');
    await queryRunner.query(
      'CREATE TABLE "indicator_reminder" ("indicator_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b7f62dad543313a3cdf53b9899" PRIMARY KEY ("indicator_id", "period"))',
    );
    await queryRunner.query('ALTER TABLE "goal_indicator" ADD "measure_id" uuid');
    await queryRunner.query('ALTER TABLE "goal_indicator" ADD "benefit_id" uuid');
    await queryRunner.query('ALTER TABLE "goal_indicator" ADD "kpi_set_id" uuid');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_ffe19ce05784e928907e3ca0416"');
    await queryRunner.query('ALTER TABLE "goal_indicator" ALTER COLUMN "goal_id" DROP NOT NULL');
    await queryRunner.query('CREATE INDEX "ix_goal_indicator_measure" ON "goal_indicator"  ("measure_id") ');
    await queryRunner.query('CREATE INDEX "ix_goal_indicator_benefit" ON "goal_indicator"  ("benefit_id") ');
    await queryRunner.query('CREATE INDEX "ix_goal_indicator_kpi_set" ON "goal_indicator"  ("kpi_set_id") ');
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "ck_goal_indicator_owner" CHECK (num_nonnulls("goal_id", "measure_id", "benefit_id", "kpi_set_id") = 1)',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_ffe19ce05784e928907e3ca0416" FOREIGN KEY ("goal_id") REFERENCES "strategy_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_c90be8715065766cb424de29756" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_ec83cbf2e4986d775102be676fd" FOREIGN KEY ("benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_24acc53d621d78bfe78bcb30fbc" FOREIGN KEY ("kpi_set_id") REFERENCES "kpi_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_set" ADD CONSTRAINT "FK_761c567aee9ea94562a9dafc3ff" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_set" ADD CONSTRAINT "FK_1c1cefb1d5105fc3f195621b563" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_reminder" ADD CONSTRAINT "FK_54f13c3e5eb805e0c2388415ac7" FOREIGN KEY ("indicator_id") REFERENCES "goal_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Only a goal's indicators existed before: the others go, with their values, settings and reminders.
    await queryRunner.query('DELETE FROM "goal_indicator" WHERE "goal_id" IS NULL');
    await queryRunner.query(
      'ALTER TABLE "indicator_reminder" DROP CONSTRAINT "FK_54f13c3e5eb805e0c2388415ac7"',
    );
    await queryRunner.query('ALTER TABLE "kpi_set" DROP CONSTRAINT "FK_1c1cefb1d5105fc3f195621b563"');
    await queryRunner.query('ALTER TABLE "kpi_set" DROP CONSTRAINT "FK_761c567aee9ea94562a9dafc3ff"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_24acc53d621d78bfe78bcb30fbc"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_ec83cbf2e4986d775102be676fd"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_c90be8715065766cb424de29756"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_ffe19ce05784e928907e3ca0416"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "ck_goal_indicator_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_indicator_kpi_set"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_indicator_benefit"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_indicator_measure"');
    await queryRunner.query('ALTER TABLE "goal_indicator" ALTER COLUMN "goal_id" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_ffe19ce05784e928907e3ca0416" FOREIGN KEY ("goal_id") REFERENCES "strategy_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP COLUMN "kpi_set_id"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP COLUMN "benefit_id"');
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP COLUMN "measure_id"');
    await queryRunner.query('DROP TABLE "indicator_reminder"');
    await queryRunner.query('DROP INDEX "public"."uq_kpi_set_name"');
    await queryRunner.query('DROP INDEX "public"."ix_kpi_set_region"');
    await queryRunner.query('DROP TABLE "kpi_set"');
  }
}
