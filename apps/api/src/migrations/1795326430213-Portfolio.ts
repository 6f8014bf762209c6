import { MigrationInterface, QueryRunner } from 'typeorm';

export class Portfolio1795326430213 implements MigrationInterface {
  name = 'Portfolio1795326430213';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_id" character varying(255) NOT NULL, "actor_name" character varying(255), "action" character varying(16) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" character varying(64) NOT NULL, "region_id" uuid, "summary" character varying(500) NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_region" ON "audit_event"  ("region_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "key" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "service_area" character varying(32) NOT NULL, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_network_key" UNIQUE ("region_id", "key"), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_network_parent" ON "network"  ("parent_id") ');
    await queryRunner.query(
      'CREATE TABLE "network_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "user_id" character varying(255), "person_name" character varying(200) NOT NULL, "email" character varying(320), "municipality_number" character(4), "role" character varying(16) NOT NULL, CONSTRAINT "uq_network_member_user" UNIQUE ("network_id", "user_id"), CONSTRAINT "PK_ea950406ee62d4ba1a75a103a67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_network_member_user" ON "network_member"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT \'\', "network_id" uuid NOT NULL, "service_area" character varying(32) NOT NULL, "tier" character varying(32) NOT NULL, "legal_form" character varying(48), "status" character varying(32) NOT NULL DEFAULT \'PROPOSED\', "mobilisation" character varying(8), "political_anchoring" character varying(16) NOT NULL DEFAULT \'NOT_NEEDED\', "start_date" date, "end_date" date, "progress_percent" integer, "weight" integer, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_measure_code" UNIQUE ("region_id", "code"), CONSTRAINT "ck_measure_weight" CHECK ("weight" IS NULL OR "weight" >= 0), CONSTRAINT "ck_measure_progress" CHECK ("progress_percent" IS NULL OR "progress_percent" BETWEEN 0 AND 100), CONSTRAINT "ck_measure_period" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "ck_measure_legal_form" CHECK (("tier" = \'STATUTORY\') = ("legal_form" IS NOT NULL)), CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_measure_network" ON "measure"  ("network_id") ');
    await queryRunner.query('CREATE INDEX "ix_measure_parent" ON "measure"  ("parent_id") ');
    await queryRunner.query(
      'CREATE TABLE "measure_dependency" ("measure_id" uuid NOT NULL, "depends_on_id" uuid NOT NULL, "kind" character varying(8) NOT NULL DEFAULT \'FINISH\', CONSTRAINT "ck_measure_dependency_self" CHECK ("measure_id" <> "depends_on_id"), CONSTRAINT "PK_07cbb82bd25f44665fe32fa0481" PRIMARY KEY ("measure_id", "depends_on_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_measure_dependency_target" ON "measure_dependency"  ("depends_on_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "participation" ("measure_id" uuid NOT NULL, "municipality_number" character(4) NOT NULL, "state" character varying(16) NOT NULL, "reason" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" character varying(255) NOT NULL, CONSTRAINT "ck_participation_reason" CHECK ("state" <> \'OPTED_OUT\' OR length(trim("reason")) > 0), CONSTRAINT "PK_e77ad77beaeb719b57adb52dbd9" PRIMARY KEY ("measure_id", "municipality_number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_participation_municipality" ON "participation"  ("municipality_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "body" character varying(32) NOT NULL, "municipality_number" character(4), "network_id" uuid, "decided_on" date NOT NULL, "case_reference" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_decision_region_date" ON "decision"  ("region_id", "decided_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision_measure" ("decision_id" uuid NOT NULL, "measure_id" uuid NOT NULL, CONSTRAINT "PK_44f9e8ef51ea7c194dd43215b30" PRIMARY KEY ("decision_id", "measure_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_decision_measure_measure" ON "decision_measure"  ("measure_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "strategy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "period_from" integer NOT NULL, "period_to" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'DRAFT\', "adopted_by_decision_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_strategy_adopted" CHECK (("status" IN (\'ADOPTED\', \'ARCHIVED\')) = ("adopted_by_decision_id" IS NOT NULL)), CONSTRAINT "ck_strategy_period" CHECK ("period_to" >= "period_from"), CONSTRAINT "PK_733d2c3d4a73c020375b9b3581d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_strategy_network" ON "strategy"  ("network_id") ');
    await queryRunner.query(
      'CREATE TABLE "strategy_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_dc52a9424688e97ab690e7c0a8c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_strategy_goal_strategy" ON "strategy_goal"  ("strategy_id") ');
    await queryRunner.query(
      'CREATE TABLE "goal_indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "position" integer NOT NULL, "name" character varying(300) NOT NULL, "unit" character varying(50) NOT NULL, "baseline_year" integer NOT NULL, "baseline_value" numeric(18,4) NOT NULL, "target_year" integer NOT NULL, "target_value" numeric(18,4) NOT NULL, "direction" character varying(16) NOT NULL, CONSTRAINT "ck_goal_indicator_years" CHECK ("target_year" >= "baseline_year"), CONSTRAINT "PK_a742e786afb93a59d3f20a9f6bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_goal_indicator_goal" ON "goal_indicator"  ("goal_id") ');
    await queryRunner.query(
      'CREATE TABLE "action_plan_item" ("strategy_id" uuid NOT NULL, "year" integer NOT NULL, "measure_id" uuid NOT NULL, "priority" integer NOT NULL, CONSTRAINT "ck_action_plan_priority" CHECK ("priority" >= 1), CONSTRAINT "PK_ff318a43fed74d6f1ed7d8c9837" PRIMARY KEY ("strategy_id", "year", "measure_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_item_measure" ON "action_plan_item"  ("measure_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_goal" ("measure_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_481da43afa0ae89786cf271a9de" PRIMARY KEY ("measure_id", "goal_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_measure_goal_goal" ON "measure_goal"  ("goal_id") ');
    await queryRunner.query(
      'ALTER TABLE "network" ADD CONSTRAINT "FK_6d989552b69e86f37bb3daf552e" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network" ADD CONSTRAINT "FK_86ea3c386598f7488cb8714cc1c" FOREIGN KEY ("parent_id") REFERENCES "network"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_member" ADD CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure" ADD CONSTRAINT "FK_0ae27b6a292d3708e5d087010c2" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure" ADD CONSTRAINT "FK_5209b6cff1fb3c9cde227fcca86" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure" ADD CONSTRAINT "FK_fc4d9c183651935c1b7641179ea" FOREIGN KEY ("parent_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_dependency" ADD CONSTRAINT "FK_1562cd4fd9f5dd4da4d8a3c85d3" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_dependency" ADD CONSTRAINT "FK_687d8e446b402ce07ecd837441c" FOREIGN KEY ("depends_on_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participation" ADD CONSTRAINT "FK_7318800c06172d5b6fbeff6a271" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participation" ADD CONSTRAINT "FK_5e8d1cd3236530429585978c6ef" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "FK_2320493309ff988094679083270" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "FK_c06d2ce6a4514327b29ff73486a" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "FK_266dbe4d65f385fde529fb3d145" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_measure" ADD CONSTRAINT "FK_680df74e92bf15222c1460c7a24" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_measure" ADD CONSTRAINT "FK_9e51955783d5a4879992cc192b4" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "strategy" ADD CONSTRAINT "FK_9ab2677e4088241bf0106fe2da0" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "strategy" ADD CONSTRAINT "FK_e65906a2020200e4447f05013f2" FOREIGN KEY ("adopted_by_decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "strategy_goal" ADD CONSTRAINT "FK_557362b23d6243125b685f16bef" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_ffe19ce05784e928907e3ca0416" FOREIGN KEY ("goal_id") REFERENCES "strategy_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_item" ADD CONSTRAINT "FK_a12b64c20a6d73c89e2fdbb7355" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_item" ADD CONSTRAINT "FK_b029d9cf70ee47d58d60317fa87" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_goal" ADD CONSTRAINT "FK_4e6be5db9b1d20ee528a0bbd0c7" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_goal" ADD CONSTRAINT "FK_04cbb81ce3ed74f48df4378128c" FOREIGN KEY ("goal_id") REFERENCES "strategy_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The change history is kept, never edited: the database itself refuses UPDATE, DELETE and TRUNCATE.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_event is append-only: the change history is never edited'; END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_no_truncate ON "audit_event"');
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON "audit_event"');
    await queryRunner.query('DROP FUNCTION audit_event_is_append_only()');
    await queryRunner.query('ALTER TABLE "measure_goal" DROP CONSTRAINT "FK_04cbb81ce3ed74f48df4378128c"');
    await queryRunner.query('ALTER TABLE "measure_goal" DROP CONSTRAINT "FK_4e6be5db9b1d20ee528a0bbd0c7"');
    await queryRunner.query(
      'ALTER TABLE "action_plan_item" DROP CONSTRAINT "FK_b029d9cf70ee47d58d60317fa87"',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_item" DROP CONSTRAINT "FK_a12b64c20a6d73c89e2fdbb7355"',
    );
    await queryRunner.query('ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_ffe19ce05784e928907e3ca0416"');
    await queryRunner.query('ALTER TABLE "strategy_goal" DROP CONSTRAINT "FK_557362b23d6243125b685f16bef"');
    await queryRunner.query('ALTER TABLE "strategy" DROP CONSTRAINT "FK_e65906a2020200e4447f05013f2"');
    await queryRunner.query('ALTER TABLE "strategy" DROP CONSTRAINT "FK_9ab2677e4088241bf0106fe2da0"');
    await queryRunner.query(
      'ALTER TABLE "decision_measure" DROP CONSTRAINT "FK_9e51955783d5a4879992cc192b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_measure" DROP CONSTRAINT "FK_680df74e92bf15222c1460c7a24"',
    );
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "FK_266dbe4d65f385fde529fb3d145"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "FK_c06d2ce6a4514327b29ff73486a"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "FK_2320493309ff988094679083270"');
    await queryRunner.query('ALTER TABLE "participation" DROP CONSTRAINT "FK_5e8d1cd3236530429585978c6ef"');
    await queryRunner.query('ALTER TABLE "participation" DROP CONSTRAINT "FK_7318800c06172d5b6fbeff6a271"');
    await queryRunner.query(
      'ALTER TABLE "measure_dependency" DROP CONSTRAINT "FK_687d8e446b402ce07ecd837441c"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_dependency" DROP CONSTRAINT "FK_1562cd4fd9f5dd4da4d8a3c85d3"',
    );
    await queryRunner.query('ALTER TABLE "measure" DROP CONSTRAINT "FK_fc4d9c183651935c1b7641179ea"');
    await queryRunner.query('ALTER TABLE "measure" DROP CONSTRAINT "FK_5209b6cff1fb3c9cde227fcca86"');
    await queryRunner.query('ALTER TABLE "measure" DROP CONSTRAINT "FK_0ae27b6a292d3708e5d087010c2"');
    await queryRunner.query('ALTER TABLE "network_member" DROP CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6"');
    await queryRunner.query('ALTER TABLE "network" DROP CONSTRAINT "FK_86ea3c386598f7488cb8714cc1c"');
    await queryRunner.query('ALTER TABLE "network" DROP CONSTRAINT "FK_6d989552b69e86f37bb3daf552e"');
    await queryRunner.query('DROP INDEX "public"."ix_measure_goal_goal"');
    await queryRunner.query('DROP TABLE "measure_goal"');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_item_measure"');
    await queryRunner.query('DROP TABLE "action_plan_item"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_indicator_goal"');
    await queryRunner.query('DROP TABLE "goal_indicator"');
    await queryRunner.query('DROP INDEX "public"."ix_strategy_goal_strategy"');
    await queryRunner.query('DROP TABLE "strategy_goal"');
    await queryRunner.query('DROP INDEX "public"."ix_strategy_network"');
    await queryRunner.query('DROP TABLE "strategy"');
    await queryRunner.query('DROP INDEX "public"."ix_decision_measure_measure"');
    await queryRunner.query('DROP TABLE "decision_measure"');
    await queryRunner.query('DROP INDEX "public"."ix_decision_region_date"');
    await queryRunner.query('DROP TABLE "decision"');
    await queryRunner.query('DROP INDEX "public"."ix_participation_municipality"');
    await queryRunner.query('DROP TABLE "participation"');
    await queryRunner.query('DROP INDEX "public"."ix_measure_dependency_target"');
    await queryRunner.query('DROP TABLE "measure_dependency"');
    await queryRunner.query('DROP INDEX "public"."ix_measure_parent"');
    await queryRunner.query('DROP INDEX "public"."ix_measure_network"');
    await queryRunner.query('DROP TABLE "measure"');
    await queryRunner.query('DROP INDEX "public"."ix_network_member_user"');
    await queryRunner.query('DROP TABLE "network_member"');
    await queryRunner.query('DROP INDEX "public"."ix_network_parent"');
    await queryRunner.query('DROP TABLE "network"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_region"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
