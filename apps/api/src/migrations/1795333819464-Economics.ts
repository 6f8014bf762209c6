import { MigrationInterface, QueryRunner } from 'typeorm';

export class Economics1795333819464 implements MigrationInterface {
  name = 'Economics1795333819464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cost_plan" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "measure_id" uuid NOT NULL, "key_kind" character varying(32) NOT NULL DEFAULT \'EQUAL\', "fixed_percent" numeric(5,2), "population_year" integer, "population_source" character varying(200), "updated_by" character varying(255) NOT NULL, CONSTRAINT "ck_cost_plan_fixed_range" CHECK ("fixed_percent" IS NULL OR "fixed_percent" BETWEEN 0 AND 100), CONSTRAINT "ck_cost_plan_fixed" CHECK ("key_kind" <> \'FIXED_PLUS_POPULATION\' OR "fixed_percent" IS NOT NULL), CONSTRAINT "PK_9d4e3f47b5e99da85a48c6a1c19" PRIMARY KEY ("measure_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "cost_line" ("measure_id" uuid NOT NULL, "year" integer NOT NULL, "kind" character varying(16) NOT NULL, "amount" numeric(16,2) NOT NULL, "note" character varying(500) NOT NULL DEFAULT \'\', CONSTRAINT "ck_cost_line_amount" CHECK ("amount" >= 0), CONSTRAINT "PK_25f34d972cf7a80ca92b012703c" PRIMARY KEY ("measure_id", "year", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "cost_key_entry" ("measure_id" uuid NOT NULL, "municipality_number" character(4) NOT NULL, "population_override" integer, "adjustment_note" character varying(500), "units" numeric(16,2), "percent" numeric(9,6), CONSTRAINT "ck_cost_key_entry_percent" CHECK ("percent" IS NULL OR "percent" BETWEEN 0 AND 100), CONSTRAINT "ck_cost_key_entry_units" CHECK ("units" IS NULL OR "units" >= 0), CONSTRAINT "ck_cost_key_entry_population" CHECK ("population_override" IS NULL OR "population_override" >= 0), CONSTRAINT "PK_f7c47c15e118aecbb2d8989e60f" PRIMARY KEY ("measure_id", "municipality_number"))',
    );
    await queryRunner.query(
      'CREATE TABLE "benefit" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "type" character varying(16) NOT NULL, "unit_kind" character varying(16) NOT NULL, "fte_cost_nok" numeric(16,2), "indicator" character varying(200), "unit" character varying(50), "baseline_value" numeric(16,2), "baseline_date" date, "owner" character varying(200) NOT NULL, "change_description" text NOT NULL DEFAULT \'\', "goal_id" uuid, "per_municipality" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_benefit_qualitative" CHECK ("unit_kind" <> \'QUALITATIVE\' OR "unit" IS NOT NULL), CONSTRAINT "ck_benefit_fte" CHECK ("unit_kind" <> \'FTE\' OR "fte_cost_nok" > 0), CONSTRAINT "PK_c024dccb30e6f4702adffe884d1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_benefit_measure" ON "benefit"  ("measure_id") ');
    await queryRunner.query('CREATE INDEX "ix_benefit_goal" ON "benefit"  ("goal_id") ');
    await queryRunner.query(
      'CREATE TABLE "benefit_plan_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "benefit_id" uuid NOT NULL, "year" integer NOT NULL, "municipality_number" character(4), "planned" numeric(16,2) NOT NULL, CONSTRAINT "ck_benefit_plan_value_planned" CHECK ("planned" >= 0), CONSTRAINT "PK_ee6315a147e3814caf674623d0f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_benefit_plan_municipality" ON "benefit_plan_value"  ("benefit_id", "year", "municipality_number") WHERE "municipality_number" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_benefit_plan_region" ON "benefit_plan_value"  ("benefit_id", "year") WHERE "municipality_number" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "benefit_actual" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "benefit_id" uuid NOT NULL, "year" integer NOT NULL, "municipality_number" character(4) NOT NULL, "value" numeric(16,2) NOT NULL, "comment" character varying(2000) NOT NULL DEFAULT \'\', "recorded_by_id" character varying(255) NOT NULL, "recorded_by_name" character varying(200), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05825621d3adac7c1d495a4d88b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_benefit_actual_benefit" ON "benefit_actual"  ("benefit_id", "year", "municipality_number", "recorded_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "region_economics" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "region_id" uuid NOT NULL, "green_from_percent" numeric(5,2) NOT NULL DEFAULT \'90\', "yellow_from_percent" numeric(5,2) NOT NULL DEFAULT \'70\', CONSTRAINT "ck_region_economics_thresholds" CHECK ("yellow_from_percent" BETWEEN 0 AND "green_from_percent"), CONSTRAINT "PK_0199243c2614aff01d4d028e604" PRIMARY KEY ("region_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "savings_requirement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "year" integer NOT NULL, "municipality_number" character(4), "amount" numeric(16,2) NOT NULL, CONSTRAINT "ck_savings_requirement_amount" CHECK ("amount" >= 0), CONSTRAINT "PK_3a0e4b862e202aa2ecdf35223df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_savings_requirement_municipality" ON "savings_requirement"  ("region_id", "year", "municipality_number") WHERE "municipality_number" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_savings_requirement_region" ON "savings_requirement"  ("region_id", "year") WHERE "municipality_number" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_plan" ADD CONSTRAINT "FK_9d4e3f47b5e99da85a48c6a1c19" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_line" ADD CONSTRAINT "FK_6534527ac6bea6b3bbf594edae0" FOREIGN KEY ("measure_id") REFERENCES "cost_plan"("measure_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_key_entry" ADD CONSTRAINT "FK_27b421f6399cf7a58a92f43055f" FOREIGN KEY ("measure_id") REFERENCES "cost_plan"("measure_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_key_entry" ADD CONSTRAINT "FK_b70802c36ea63ba1b2116f94d86" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit" ADD CONSTRAINT "FK_8fac778cca4753eaebed8e6aeca" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit" ADD CONSTRAINT "FK_be6c1b774bc843635f38a683793" FOREIGN KEY ("goal_id") REFERENCES "strategy_goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit_plan_value" ADD CONSTRAINT "FK_7041826c00f3765f6d4217e4c5d" FOREIGN KEY ("benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit_plan_value" ADD CONSTRAINT "FK_3cb9ec0e13b8d6576889d2fc606" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit_actual" ADD CONSTRAINT "FK_d423d4cbdfdb8fe529e444f467f" FOREIGN KEY ("benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit_actual" ADD CONSTRAINT "FK_20b72711ee8528b21c338abfdfa" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "region_economics" ADD CONSTRAINT "FK_0199243c2614aff01d4d028e604" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "savings_requirement" ADD CONSTRAINT "FK_4cf30ef1f40e09d28cdea3826e4" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "savings_requirement" ADD CONSTRAINT "FK_b30716e70ca7b1fac5a570dd82d" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "savings_requirement" DROP CONSTRAINT "FK_b30716e70ca7b1fac5a570dd82d"',
    );
    await queryRunner.query(
      'ALTER TABLE "savings_requirement" DROP CONSTRAINT "FK_4cf30ef1f40e09d28cdea3826e4"',
    );
    await queryRunner.query(
      'ALTER TABLE "region_economics" DROP CONSTRAINT "FK_0199243c2614aff01d4d028e604"',
    );
    await queryRunner.query('ALTER TABLE "benefit_actual" DROP CONSTRAINT "FK_20b72711ee8528b21c338abfdfa"');
    await queryRunner.query('ALTER TABLE "benefit_actual" DROP CONSTRAINT "FK_d423d4cbdfdb8fe529e444f467f"');
    await queryRunner.query(
      'ALTER TABLE "benefit_plan_value" DROP CONSTRAINT "FK_3cb9ec0e13b8d6576889d2fc606"',
    );
    await queryRunner.query(
      'ALTER TABLE "benefit_plan_value" DROP CONSTRAINT "FK_7041826c00f3765f6d4217e4c5d"',
    );
    await queryRunner.query('ALTER TABLE "benefit" DROP CONSTRAINT "FK_be6c1b774bc843635f38a683793"');
    await queryRunner.query('ALTER TABLE "benefit" DROP CONSTRAINT "FK_8fac778cca4753eaebed8e6aeca"');
    await queryRunner.query('ALTER TABLE "cost_key_entry" DROP CONSTRAINT "FK_b70802c36ea63ba1b2116f94d86"');
    await queryRunner.query('ALTER TABLE "cost_key_entry" DROP CONSTRAINT "FK_27b421f6399cf7a58a92f43055f"');
    await queryRunner.query('ALTER TABLE "cost_line" DROP CONSTRAINT "FK_6534527ac6bea6b3bbf594edae0"');
    await queryRunner.query('ALTER TABLE "cost_plan" DROP CONSTRAINT "FK_9d4e3f47b5e99da85a48c6a1c19"');
    await queryRunner.query('DROP INDEX "public"."uq_savings_requirement_region"');
    await queryRunner.query('DROP INDEX "public"."uq_savings_requirement_municipality"');
    await queryRunner.query('DROP TABLE "savings_requirement"');
    await queryRunner.query('DROP TABLE "region_economics"');
    await queryRunner.query('DROP INDEX "public"."ix_benefit_actual_benefit"');
    await queryRunner.query('DROP TABLE "benefit_actual"');
    await queryRunner.query('DROP INDEX "public"."uq_benefit_plan_region"');
    await queryRunner.query('DROP INDEX "public"."uq_benefit_plan_municipality"');
    await queryRunner.query('DROP TABLE "benefit_plan_value"');
    await queryRunner.query('DROP INDEX "public"."ix_benefit_goal"');
    await queryRunner.query('DROP INDEX "public"."ix_benefit_measure"');
    await queryRunner.query('DROP TABLE "benefit"');
    await queryRunner.query('DROP TABLE "cost_key_entry"');
    await queryRunner.query('DROP TABLE "cost_line"');
    await queryRunner.query('DROP TABLE "cost_plan"');
  }
}
