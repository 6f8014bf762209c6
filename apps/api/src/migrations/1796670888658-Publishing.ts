import { MigrationInterface, QueryRunner } from 'typeorm';

export class Publishing1796670888658 implements MigrationInterface {
  name = 'Publishing1796670888658';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "publish_setting" ("region_id" uuid NOT NULL, "section" character varying(24) NOT NULL, "published" boolean NOT NULL DEFAULT false, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by_name" character varying(255), CONSTRAINT "ck_publish_setting_section" CHECK ("section" IN (\'PORTFOLIO\',\'DECISIONS\',\'PARTICIPATION\',\'SAVINGS\',\'FOCUS\',\'INDICATORS\',\'PLAN\',\'REPORTS\')), CONSTRAINT "PK_60cce4d0a581d5923fe6dcbe977" PRIMARY KEY ("region_id", "section"))',
    );
    await queryRunner.query(
      'CREATE TABLE "accessibility_statement" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "region_id" uuid NOT NULL, "conformance" character varying(8) NOT NULL, "deviations" character varying(8000) NOT NULL DEFAULT \'\', "feedback_email" character varying(254), "last_reviewed" date NOT NULL, CONSTRAINT "ck_accessibility_statement_conformance" CHECK ("conformance" IN (\'FULL\', \'PARTIAL\', \'NONE\')), CONSTRAINT "PK_eb14f3d09ce52a568426ffaeb42" PRIMARY KEY ("region_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "public_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "message" character varying(2000) NOT NULL, "name" character varying(120), "page" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_69814195307c43cb6642b770023" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_public_feedback_region" ON "public_feedback"  ("region_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "publish_preview" ("token_hash" character(64) NOT NULL, "region_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d024ba51e71e80b7aa41b5b752e" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query(
      'ALTER TABLE "publish_setting" ADD CONSTRAINT "FK_e3659450cfc1802bae04ea709b9" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "accessibility_statement" ADD CONSTRAINT "FK_eb14f3d09ce52a568426ffaeb42" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_feedback" ADD CONSTRAINT "FK_b705c3fc13530b4bb5de2b8b45b" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publish_preview" ADD CONSTRAINT "FK_507b0baec6839bfcb5405f6b685" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "publish_preview" DROP CONSTRAINT "FK_507b0baec6839bfcb5405f6b685"');
    await queryRunner.query('ALTER TABLE "public_feedback" DROP CONSTRAINT "FK_b705c3fc13530b4bb5de2b8b45b"');
    await queryRunner.query(
      'ALTER TABLE "accessibility_statement" DROP CONSTRAINT "FK_eb14f3d09ce52a568426ffaeb42"',
    );
    await queryRunner.query('ALTER TABLE "publish_setting" DROP CONSTRAINT "FK_e3659450cfc1802bae04ea709b9"');
    await queryRunner.query('DROP TABLE "publish_preview"');
    await queryRunner.query('DROP INDEX "public"."ix_public_feedback_region"');
    await queryRunner.query('DROP TABLE "public_feedback"');
    await queryRunner.query('DROP TABLE "accessibility_statement"');
    await queryRunner.query('DROP TABLE "publish_setting"');
  }
}
