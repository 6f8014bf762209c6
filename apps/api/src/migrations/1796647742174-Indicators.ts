import { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1796647742174 implements MigrationInterface {
  name = 'Indicators1796647742174';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "indicator_setting" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "indicator_id" uuid NOT NULL, "frequency" character varying(16) NOT NULL DEFAULT \'YEARLY\', "kostra_figure" character varying(40), CONSTRAINT "PK_d1e3f0a57935cbbdedce0303fac" PRIMARY KEY ("indicator_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "municipality_number" character(4), "value" numeric(18,4), "not_measured" boolean NOT NULL DEFAULT false, "source" character varying(300) NOT NULL DEFAULT \'\', "comment" text NOT NULL DEFAULT \'\', "recorded_by" character varying(255) NOT NULL, "recorded_by_name" character varying(200), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_indicator_value_measured" CHECK (("value" IS NULL) = "not_measured"), CONSTRAINT "PK_ea77b6059a4a7f24be8e748d541" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_indicator_value_indicator" ON "indicator_value"  ("indicator_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicator_value_region" ON "indicator_value"  ("indicator_id", "period") WHERE "municipality_number" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicator_value_municipality" ON "indicator_value"  ("indicator_id", "period", "municipality_number") WHERE "municipality_number" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "kostra_value" ("figure" character varying(40) NOT NULL, "area_code" character varying(10) NOT NULL, "year" integer NOT NULL, "value" numeric(18,4), "missing_symbol" character varying(3), "source" character varying(300) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_kostra_value_symbol" CHECK ("missing_symbol" IS NULL OR "missing_symbol" IN (\'.\', \'..\', \'...\', \':\')), CONSTRAINT "ck_kostra_value_missing" CHECK (("value" IS NULL) = ("missing_symbol" IS NOT NULL)), CONSTRAINT "PK_a5e47c776389807421b59e74edc" PRIMARY KEY ("figure", "area_code", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "municipality_kostra_group" ("municipality_number" character(4) NOT NULL, "group_code" character varying(10) NOT NULL, "group_name" character varying(200) NOT NULL, CONSTRAINT "PK_66528873dbff1df49cf9f1e34ce" PRIMARY KEY ("municipality_number"))',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_setting" ADD CONSTRAINT "FK_d1e3f0a57935cbbdedce0303fac" FOREIGN KEY ("indicator_id") REFERENCES "goal_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_fb4de0d5692458e282e755eb235" FOREIGN KEY ("indicator_id") REFERENCES "goal_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_01d6dab9da27c891f2255e6848e" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_kostra_group" ADD CONSTRAINT "FK_66528873dbff1df49cf9f1e34ce" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "municipality_kostra_group" DROP CONSTRAINT "FK_66528873dbff1df49cf9f1e34ce"',
    );
    await queryRunner.query('ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_01d6dab9da27c891f2255e6848e"');
    await queryRunner.query('ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_fb4de0d5692458e282e755eb235"');
    await queryRunner.query(
      'ALTER TABLE "indicator_setting" DROP CONSTRAINT "FK_d1e3f0a57935cbbdedce0303fac"',
    );
    await queryRunner.query('DROP TABLE "municipality_kostra_group"');
    await queryRunner.query('DROP TABLE "kostra_value"');
    await queryRunner.query('DROP INDEX "public"."uq_indicator_value_municipality"');
    await queryRunner.query('DROP INDEX "public"."uq_indicator_value_region"');
    await queryRunner.query('DROP INDEX "public"."ix_indicator_value_indicator"');
    await queryRunner.query('DROP TABLE "indicator_value"');
    await queryRunner.query('DROP TABLE "indicator_setting"');
  }
}
