import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImplementationPlan1796670480795 implements MigrationInterface {
  name = 'ImplementationPlan1796670480795';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "plan_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "measure_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "date" date NOT NULL, "done" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_df6b7ddc4a25865914b8d61b74f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_plan_milestone_measure" ON "plan_milestone"  ("measure_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_baseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "frozen_by" character varying(255) NOT NULL, CONSTRAINT "uq_plan_baseline_name" UNIQUE ("region_id", "name"), CONSTRAINT "PK_c5e10273a2bb661eca6b5f0513e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_baseline_measure" ("baseline_id" uuid NOT NULL, "measure_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "title" character varying(300) NOT NULL, "start_date" date, "end_date" date, "milestones" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_57d925ce52b8e305a0849a5c0c7" PRIMARY KEY ("baseline_id", "measure_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_network_setting" ("network_id" uuid NOT NULL, "capacity" integer NOT NULL, "updated_by" character varying(255) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_network_setting_capacity" CHECK ("capacity" BETWEEN 0 AND 100), CONSTRAINT "PK_5d406b29a4734590b44eef2f068" PRIMARY KEY ("network_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_plan" ("measure_id" uuid NOT NULL, "resources_from_other_units" text NOT NULL DEFAULT \'\', "updated_by" character varying(255) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ff427000252e3b0df4d1244977" PRIMARY KEY ("measure_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "user_id" character varying(255) NOT NULL, "network_id" uuid, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a97d1c4b4afe8659efeb816e2ca" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_plan_calendar_feed_token" ON "plan_calendar_feed"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_plan_calendar_feed_user" ON "plan_calendar_feed"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ADD CONSTRAINT "FK_327f4fd14977d4ed51868fd622a" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_baseline" ADD CONSTRAINT "FK_dc0710521d3f3ba867c62c7f4c9" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_baseline_measure" ADD CONSTRAINT "FK_33b1e66bdb22130112b232fe1e7" FOREIGN KEY ("baseline_id") REFERENCES "plan_baseline"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_network_setting" ADD CONSTRAINT "FK_5d406b29a4734590b44eef2f068" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_plan" ADD CONSTRAINT "FK_8ff427000252e3b0df4d1244977" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_calendar_feed" ADD CONSTRAINT "FK_b9a186e2e353940ef0949243e29" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_calendar_feed" ADD CONSTRAINT "FK_1406631d7883670e8ef04fed6b8" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // A baseline is an immutable snapshot: its rows are written once, when it is frozen.
    await queryRunner.query(
      `CREATE FUNCTION plan_baseline_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'a plan baseline is immutable' USING ERRCODE = 'restrict_violation'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_plan_baseline_immutable BEFORE UPDATE ON "plan_baseline"
       FOR EACH ROW EXECUTE FUNCTION plan_baseline_immutable()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_plan_baseline_measure_immutable BEFORE UPDATE ON "plan_baseline_measure"
       FOR EACH ROW EXECUTE FUNCTION plan_baseline_immutable()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tr_plan_baseline_measure_immutable ON "plan_baseline_measure"');
    await queryRunner.query('DROP TRIGGER tr_plan_baseline_immutable ON "plan_baseline"');
    await queryRunner.query('DROP FUNCTION plan_baseline_immutable()');
    await queryRunner.query(
      'ALTER TABLE "plan_calendar_feed" DROP CONSTRAINT "FK_1406631d7883670e8ef04fed6b8"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_calendar_feed" DROP CONSTRAINT "FK_b9a186e2e353940ef0949243e29"',
    );
    await queryRunner.query('ALTER TABLE "measure_plan" DROP CONSTRAINT "FK_8ff427000252e3b0df4d1244977"');
    await queryRunner.query(
      'ALTER TABLE "plan_network_setting" DROP CONSTRAINT "FK_5d406b29a4734590b44eef2f068"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_baseline_measure" DROP CONSTRAINT "FK_33b1e66bdb22130112b232fe1e7"',
    );
    await queryRunner.query('ALTER TABLE "plan_baseline" DROP CONSTRAINT "FK_dc0710521d3f3ba867c62c7f4c9"');
    await queryRunner.query('ALTER TABLE "plan_milestone" DROP CONSTRAINT "FK_327f4fd14977d4ed51868fd622a"');
    await queryRunner.query('DROP INDEX "public"."ix_plan_calendar_feed_user"');
    await queryRunner.query('DROP INDEX "public"."uq_plan_calendar_feed_token"');
    await queryRunner.query('DROP TABLE "plan_calendar_feed"');
    await queryRunner.query('DROP TABLE "measure_plan"');
    await queryRunner.query('DROP TABLE "plan_network_setting"');
    await queryRunner.query('DROP TABLE "plan_baseline_measure"');
    await queryRunner.query('DROP TABLE "plan_baseline"');
    await queryRunner.query('DROP INDEX "public"."ix_plan_milestone_measure"');
    await queryRunner.query('DROP TABLE "plan_milestone"');
  }
}
