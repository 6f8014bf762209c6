import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reporting1796658227416 implements MigrationInterface {
  name = 'Reporting1796658227416';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reporting_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "name" character varying(120) NOT NULL, "kind" character varying(16) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "due_date" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'OPEN\', "summary" text NOT NULL DEFAULT \'\', "opened_by" character varying(255) NOT NULL, CONSTRAINT "uq_reporting_period_name" UNIQUE ("region_id", "name"), CONSTRAINT "ck_reporting_period_dates" CHECK ("period_from" <= "period_to"), CONSTRAINT "PK_273d2b68dc1854618ec53e144d0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "status_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "period_id" uuid NOT NULL, "subject_kind" character varying(16) NOT NULL, "subject_key" character varying(64) NOT NULL, "network_id" uuid NOT NULL, "measure_id" uuid, "assignee_user_id" character varying(255), "assignee_name" character varying(200), "state" character varying(16) NOT NULL DEFAULT \'NOT_STARTED\', "rag" character varying(8), "progress_percent" integer, "done" text NOT NULL DEFAULT \'\', "deviations" text NOT NULL DEFAULT \'\', "next_steps" text NOT NULL DEFAULT \'\', "risks" text NOT NULL DEFAULT \'\', "realised_benefits_nok" numeric(16,2), "costs_nok" numeric(16,2), "return_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_name" character varying(200), "approved_at" TIMESTAMP WITH TIME ZONE, "reminded_before_due_at" TIMESTAMP WITH TIME ZONE, "reminded_overdue_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_status_report_subject" UNIQUE ("period_id", "subject_key"), CONSTRAINT "ck_status_report_progress" CHECK ("progress_percent" IS NULL OR "progress_percent" BETWEEN 0 AND 100), CONSTRAINT "PK_589d851ea65b2ba502bd01bd5b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_status_report_measure" ON "status_report"  ("measure_id") ');
    await queryRunner.query('CREATE INDEX "ix_status_report_network" ON "status_report"  ("network_id") ');
    await queryRunner.query(
      'CREATE TABLE "frozen_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "number" integer NOT NULL, "data" jsonb NOT NULL, "frozen_by_id" character varying(255) NOT NULL, "frozen_by_name" character varying(200), "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_frozen_report_number" UNIQUE ("period_id", "number"), CONSTRAINT "PK_0b46ed4508402bf787b13871e6c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "reporting_period" ADD CONSTRAINT "FK_2285b021e3dcd6d11d3890de98a" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "status_report" ADD CONSTRAINT "FK_078adadbff5203915926a02d833" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "status_report" ADD CONSTRAINT "FK_1d6c7e75e9c086d53a1fb269d1c" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "status_report" ADD CONSTRAINT "FK_58b53a2b67d206a48df7587e025" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "frozen_report" ADD CONSTRAINT "FK_7736a5c3c387708543c9f993f9e" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "frozen_report" DROP CONSTRAINT "FK_7736a5c3c387708543c9f993f9e"');
    await queryRunner.query('ALTER TABLE "status_report" DROP CONSTRAINT "FK_58b53a2b67d206a48df7587e025"');
    await queryRunner.query('ALTER TABLE "status_report" DROP CONSTRAINT "FK_1d6c7e75e9c086d53a1fb269d1c"');
    await queryRunner.query('ALTER TABLE "status_report" DROP CONSTRAINT "FK_078adadbff5203915926a02d833"');
    await queryRunner.query(
      'ALTER TABLE "reporting_period" DROP CONSTRAINT "FK_2285b021e3dcd6d11d3890de98a"',
    );
    await queryRunner.query('DROP TABLE "frozen_report"');
    await queryRunner.query('DROP INDEX "public"."ix_status_report_network"');
    await queryRunner.query('DROP INDEX "public"."ix_status_report_measure"');
    await queryRunner.query('DROP TABLE "status_report"');
    await queryRunner.query('DROP TABLE "reporting_period"');
  }
}
