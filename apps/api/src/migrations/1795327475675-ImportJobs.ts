import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportJobs1795327475675 implements MigrationInterface {
  name = 'ImportJobs1795327475675';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "region_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'RUNNING\', "progress" integer NOT NULL DEFAULT \'0\', "message" character varying(500) NOT NULL DEFAULT \'\', "message_en" character varying(500) NOT NULL DEFAULT \'\', "started_by" character varying(255) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_import_job_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_import_job_region" ON "import_job"  ("region_id", "started_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_import_job_region"');
    await queryRunner.query('DROP TABLE "import_job"');
  }
}
