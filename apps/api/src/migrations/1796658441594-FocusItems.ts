import { MigrationInterface, QueryRunner } from 'typeorm';

export class FocusItems1796658441594 implements MigrationInterface {
  name = 'FocusItems1796658441594';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "focus_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "region_id" uuid NOT NULL, "municipality_number" character(4), "name" character varying(120) NOT NULL, "unit" character varying(40) NOT NULL, "direction" character varying(8) NOT NULL, "frequency" character varying(16) NOT NULL DEFAULT \'MONTHLY\', "description" character varying(1000) NOT NULL DEFAULT \'\', CONSTRAINT "ck_focus_item_frequency" CHECK ("frequency" IN (\'MONTHLY\', \'QUARTERLY\', \'YEARLY\')), CONSTRAINT "ck_focus_item_direction" CHECK ("direction" IN (\'HIGHER\', \'LOWER\')), CONSTRAINT "PK_6d029ffe402fcdbc4a5b38d6987" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_focus_item_municipality_name" ON "focus_item"  ("region_id", "municipality_number", "name") WHERE "municipality_number" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_focus_item_region_name" ON "focus_item"  ("region_id", "name") WHERE "municipality_number" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "focus_target" ("focus_item_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "value" numeric(18,4) NOT NULL, CONSTRAINT "PK_67894ce28d71dd8ecf0a40e61b2" PRIMARY KEY ("focus_item_id", "period"))',
    );
    await queryRunner.query(
      'CREATE TABLE "focus_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "focus_item_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "value" numeric(18,4) NOT NULL, "source" character varying(8) NOT NULL, "recorded_by" character varying(255) NOT NULL, "recorded_by_name" character varying(200), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_focus_value_source" CHECK ("source" IN (\'API\', \'UPLOAD\', \'MANUAL\')), CONSTRAINT "PK_4ec088a9aed6fb0fd23813e4322" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_focus_value_period" ON "focus_value"  ("focus_item_id", "period") ',
    );
    await queryRunner.query(
      'ALTER TABLE "focus_item" ADD CONSTRAINT "FK_411c096c7a0fb1ed9628a63243f" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "focus_item" ADD CONSTRAINT "FK_777f34d4c30b24fdbd37da4ea40" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "focus_target" ADD CONSTRAINT "FK_37a3c37b214b6c6b7da7b3e70cd" FOREIGN KEY ("focus_item_id") REFERENCES "focus_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "focus_value" ADD CONSTRAINT "FK_ea90a8e55a9654db940639b318d" FOREIGN KEY ("focus_item_id") REFERENCES "focus_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "focus_value" DROP CONSTRAINT "FK_ea90a8e55a9654db940639b318d"');
    await queryRunner.query('ALTER TABLE "focus_target" DROP CONSTRAINT "FK_37a3c37b214b6c6b7da7b3e70cd"');
    await queryRunner.query('ALTER TABLE "focus_item" DROP CONSTRAINT "FK_777f34d4c30b24fdbd37da4ea40"');
    await queryRunner.query('ALTER TABLE "focus_item" DROP CONSTRAINT "FK_411c096c7a0fb1ed9628a63243f"');
    await queryRunner.query('DROP INDEX "public"."uq_focus_value_period"');
    await queryRunner.query('DROP TABLE "focus_value"');
    await queryRunner.query('DROP TABLE "focus_target"');
    await queryRunner.query('DROP INDEX "public"."uq_focus_item_region_name"');
    await queryRunner.query('DROP INDEX "public"."uq_focus_item_municipality_name"');
    await queryRunner.query('DROP TABLE "focus_item"');
  }
}
