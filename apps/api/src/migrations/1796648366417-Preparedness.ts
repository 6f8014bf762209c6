import { MigrationInterface, QueryRunner } from 'typeorm';

export class Preparedness1796648366417 implements MigrationInterface {
  name = 'Preparedness1796648366417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "crisis_team_member" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "team_municipality_number" character(4), "role" character varying(100) NOT NULL, "person_name" character varying(200) NOT NULL, "user_id" character varying(255), "home_municipality_number" character(4) NOT NULL, "phone" character varying(40), "email" character varying(320), "deputy_of_id" uuid, CONSTRAINT "PK_5b00e42fcc8f2b09c8b2ab6d6d7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crisis_team_member_deputy_of" ON "crisis_team_member"  ("deputy_of_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crisis_team_member_user" ON "crisis_team_member"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crisis_team_member_team" ON "crisis_team_member"  ("region_id", "team_municipality_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exercise" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "held_on" date NOT NULL, "kind" character varying(16) NOT NULL, "scope" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "organiser_municipality_number" character(4), "scenario" text NOT NULL, "outside_actors" text array NOT NULL DEFAULT \'{}\', "other_actors" character varying(500), "went_well" text, "went_badly" text, "lessons_learned" text, CONSTRAINT "ck_exercise_organiser" CHECK (("scope" = \'MUNICIPAL\' AND "organiser_municipality_number" IS NOT NULL) OR ("scope" = \'REGIONAL\' AND "organiser_municipality_number" IS NULL)), CONSTRAINT "ck_exercise_status" CHECK ("status" IN (\'PLANNED\', \'HELD\')), CONSTRAINT "ck_exercise_scope" CHECK ("scope" IN (\'REGIONAL\', \'MUNICIPAL\')), CONSTRAINT "ck_exercise_kind" CHECK ("kind" IN (\'TABLE_TOP\', \'FUNCTIONAL\', \'FULL_SCALE\')), CONSTRAINT "PK_a0f107e3a2ef2742c1e91d97c14" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_exercise_region_date" ON "exercise"  ("region_id", "held_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exercise_participant" ("exercise_id" uuid NOT NULL, "municipality_number" character(4) NOT NULL, CONSTRAINT "PK_4802fa7ed5b77e87744dbbe7c3e" PRIMARY KEY ("exercise_id", "municipality_number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_exercise_participant_municipality" ON "exercise_participant"  ("municipality_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "follow_up_action" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "description" text, "municipality_number" character(4), "owner_name" character varying(200) NOT NULL, "owner_user_id" character varying(255), "owner_email" character varying(320), "deadline" date NOT NULL, "status" character varying(16) NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "exercise_id" uuid, "measure_id" uuid, "reminded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_follow_up_action_status" CHECK ("status" IN (\'OPEN\', \'IN_PROGRESS\', \'DONE\')), CONSTRAINT "PK_6fed9fa349f171e94ce34ecacbd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_up_action_exercise" ON "follow_up_action"  ("exercise_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_up_action_measure" ON "follow_up_action"  ("measure_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_up_action_owner" ON "follow_up_action"  ("owner_user_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_up_action_region" ON "follow_up_action"  ("region_id", "deadline") ',
    );
    await queryRunner.query(
      'CREATE TABLE "preparedness_routine" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_number" character(4), "title" character varying(300) NOT NULL, "description" text, "owner_name" character varying(200) NOT NULL, "owner_user_id" character varying(255), "last_reviewed_on" date, "review_interval_months" integer NOT NULL, CONSTRAINT "ck_preparedness_routine_interval" CHECK ("review_interval_months" BETWEEN 1 AND 60), CONSTRAINT "PK_1aba8a1a4a98a30a47e67728e54" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_preparedness_routine_region" ON "preparedness_routine"  ("region_id", "title") ',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" ADD CONSTRAINT "FK_48dcff6cef2f734c3ca65b29f10" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" ADD CONSTRAINT "FK_c0bfd75f318457880f5f45140d6" FOREIGN KEY ("team_municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" ADD CONSTRAINT "FK_dde662dc141460f220afe984a9e" FOREIGN KEY ("home_municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" ADD CONSTRAINT "FK_781209ee392db170439300d2270" FOREIGN KEY ("deputy_of_id") REFERENCES "crisis_team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise" ADD CONSTRAINT "FK_3554370b379e5f775947093dfb6" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise" ADD CONSTRAINT "FK_9d295ee39451da947b25c144748" FOREIGN KEY ("organiser_municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_participant" ADD CONSTRAINT "FK_5195c098ee0702aa7f9cdd685e8" FOREIGN KEY ("exercise_id") REFERENCES "exercise"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_participant" ADD CONSTRAINT "FK_df5817cc446ab94905a8d9aadb8" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" ADD CONSTRAINT "FK_63dfe88d447f3308585904e75a0" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" ADD CONSTRAINT "FK_a4e05d85456a5878105fc5980de" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" ADD CONSTRAINT "FK_828807129f56102e64fbe372daf" FOREIGN KEY ("exercise_id") REFERENCES "exercise"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" ADD CONSTRAINT "FK_dde9cb41ea73a0ce8b8eeb79327" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "preparedness_routine" ADD CONSTRAINT "FK_c2b8169173befa5520321ee84ab" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "preparedness_routine" ADD CONSTRAINT "FK_4f9b6c84847d7f6e651682fbf43" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "preparedness_routine" DROP CONSTRAINT "FK_4f9b6c84847d7f6e651682fbf43"',
    );
    await queryRunner.query(
      'ALTER TABLE "preparedness_routine" DROP CONSTRAINT "FK_c2b8169173befa5520321ee84ab"',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" DROP CONSTRAINT "FK_dde9cb41ea73a0ce8b8eeb79327"',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" DROP CONSTRAINT "FK_828807129f56102e64fbe372daf"',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" DROP CONSTRAINT "FK_a4e05d85456a5878105fc5980de"',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" DROP CONSTRAINT "FK_63dfe88d447f3308585904e75a0"',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_participant" DROP CONSTRAINT "FK_df5817cc446ab94905a8d9aadb8"',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_participant" DROP CONSTRAINT "FK_5195c098ee0702aa7f9cdd685e8"',
    );
    await queryRunner.query('ALTER TABLE "exercise" DROP CONSTRAINT "FK_9d295ee39451da947b25c144748"');
    await queryRunner.query('ALTER TABLE "exercise" DROP CONSTRAINT "FK_3554370b379e5f775947093dfb6"');
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" DROP CONSTRAINT "FK_781209ee392db170439300d2270"',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" DROP CONSTRAINT "FK_dde662dc141460f220afe984a9e"',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" DROP CONSTRAINT "FK_c0bfd75f318457880f5f45140d6"',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_team_member" DROP CONSTRAINT "FK_48dcff6cef2f734c3ca65b29f10"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_preparedness_routine_region"');
    await queryRunner.query('DROP TABLE "preparedness_routine"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_up_action_region"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_up_action_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_up_action_measure"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_up_action_exercise"');
    await queryRunner.query('DROP TABLE "follow_up_action"');
    await queryRunner.query('DROP INDEX "public"."ix_exercise_participant_municipality"');
    await queryRunner.query('DROP TABLE "exercise_participant"');
    await queryRunner.query('DROP INDEX "public"."ix_exercise_region_date"');
    await queryRunner.query('DROP TABLE "exercise"');
    await queryRunner.query('DROP INDEX "public"."ix_crisis_team_member_team"');
    await queryRunner.query('DROP INDEX "public"."ix_crisis_team_member_user"');
    await queryRunner.query('DROP INDEX "public"."ix_crisis_team_member_deputy_of"');
    await queryRunner.query('DROP TABLE "crisis_team_member"');
  }
}
