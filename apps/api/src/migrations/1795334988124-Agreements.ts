import { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1795334988124 implements MigrationInterface {
  name = 'Agreements1795334988124';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "agreement" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "legal_form" character varying(48) NOT NULL, "measure_id" uuid, "status" character varying(16) NOT NULL, "current_version" integer NOT NULL DEFAULT \'1\', "active_version" integer, "created_by_id" character varying(255) NOT NULL, "created_by_name" character varying(200), "created_by_email" character varying(320), "terminated_at" TIMESTAMP WITH TIME ZONE, "termination_reason" character varying(2000), CONSTRAINT "ck_agreement_active" CHECK ("status" <> \'ACTIVE\' OR "active_version" IS NOT NULL), CONSTRAINT "ck_agreement_status" CHECK ("status" IN (\'DRAFT\', \'SUBMITTED\', \'ACTIVE\', \'REJECTED\', \'TERMINATED\')), CONSTRAINT "ck_agreement_versions" CHECK ("active_version" IS NULL OR "active_version" <= "current_version"), CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_agreement_measure" ON "agreement"  ("measure_id") ');
    await queryRunner.query('CREATE INDEX "ix_agreement_region" ON "agreement"  ("region_id", "title") ');
    await queryRunner.query(
      'CREATE TABLE "agreement_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "number" integer NOT NULL, "service_description" text NOT NULL DEFAULT \'\', "volume_amount" numeric(16,2), "volume_unit" character varying(16), "price_model" character varying(16), "price" numeric(16,2), "price_adjustment" character varying(2000) NOT NULL DEFAULT \'\', "start_date" date, "end_date" date, "notice_months" integer, "data_processing_agreement" boolean NOT NULL DEFAULT false, "assessment_common_goals" boolean, "assessment_public_interest" boolean, "assessment_market_under_20" boolean, "assessed_by" character varying(200), "assessed_on" date, "assessment_conclusion" character varying(4000), "created_by_id" character varying(255) NOT NULL, "created_by_name" character varying(200), "created_by_email" character varying(320), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_agreement_version_number" UNIQUE ("agreement_id", "number"), CONSTRAINT "ck_agreement_version_number" CHECK ("number" >= 1), CONSTRAINT "ck_agreement_version_volume" CHECK ("volume_amount" IS NULL OR "volume_amount" >= 0), CONSTRAINT "ck_agreement_version_price" CHECK ("price" IS NULL OR "price" >= 0), CONSTRAINT "ck_agreement_version_notice" CHECK ("notice_months" IS NULL OR "notice_months" BETWEEN 0 AND 60), CONSTRAINT "ck_agreement_version_period" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_db3e64e691aef50c031de3c135a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agreement_version_party" ("version_id" uuid NOT NULL, "municipality_number" character(4) NOT NULL, "role" character varying(16) NOT NULL, "owner_share" numeric(9,6), "annual_cost" numeric(16,2), "buyer_volume" numeric(16,2), "organisation_number" character varying(9), "signatory" character varying(200), CONSTRAINT "ck_agreement_party_volume" CHECK ("buyer_volume" IS NULL OR "buyer_volume" >= 0), CONSTRAINT "ck_agreement_party_cost" CHECK ("annual_cost" IS NULL OR "annual_cost" >= 0), CONSTRAINT "ck_agreement_party_share" CHECK ("owner_share" IS NULL OR "owner_share" BETWEEN 0 AND 100), CONSTRAINT "PK_24e16aaac52d5b4f90c8c0baaf8" PRIMARY KEY ("version_id", "municipality_number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agreement_party_municipality" ON "agreement_version_party"  ("municipality_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agreement_approval" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "municipality_number" character(4) NOT NULL, "decision" character varying(8) NOT NULL, "comment" character varying(2000) NOT NULL DEFAULT \'\', "decided_by_id" character varying(255) NOT NULL, "decided_by_name" character varying(200), "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_approval_party" UNIQUE ("version_id", "municipality_number"), CONSTRAINT "ck_agreement_approval_comment" CHECK ("decision" <> \'REJECT\' OR length(trim("comment")) > 0), CONSTRAINT "PK_32d1384bed5b886327ad3b84a74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_user_id" character varying(255), "recipient_municipality" character(4), "recipient_role" character varying(32), "kind" character varying(32) NOT NULL, "title" character varying(300) NOT NULL, "body" character varying(4000) NOT NULL, "link" character varying(300) NOT NULL, "agreement_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_notification_recipient" CHECK (("recipient_user_id" IS NOT NULL AND "recipient_municipality" IS NULL AND "recipient_role" IS NULL)\n   OR ("recipient_user_id" IS NULL AND "recipient_municipality" IS NOT NULL AND "recipient_role" IS NOT NULL)), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_notification_agreement" ON "notification"  ("agreement_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_notification_municipality" ON "notification"  ("recipient_municipality", "recipient_role", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_user" ON "notification"  ("recipient_user_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement" ADD CONSTRAINT "FK_a28fa1cc8964a5af7567b117eec" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement" ADD CONSTRAINT "FK_63f6bd9afbfe9f42c4f05798b41" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_version" ADD CONSTRAINT "FK_10e05212281052f9248e7fb1db1" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_version_party" ADD CONSTRAINT "FK_b92ef74a45bef9baae14b7c40c0" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_version_party" ADD CONSTRAINT "FK_c2c5ebb9480a795cad72401d995" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_approval" ADD CONSTRAINT "FK_2677a0174b090bc87cc22e1419e" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_approval" ADD CONSTRAINT "FK_c42c732bcabd611c5c76f4a469b" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_ca8d06ddb110403af792c2c5582" FOREIGN KEY ("recipient_municipality") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_bd526a34c4ae1c28fd1343a6cee" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_bd526a34c4ae1c28fd1343a6cee"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_ca8d06ddb110403af792c2c5582"');
    await queryRunner.query(
      'ALTER TABLE "agreement_approval" DROP CONSTRAINT "FK_c42c732bcabd611c5c76f4a469b"',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_approval" DROP CONSTRAINT "FK_2677a0174b090bc87cc22e1419e"',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_version_party" DROP CONSTRAINT "FK_c2c5ebb9480a795cad72401d995"',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_version_party" DROP CONSTRAINT "FK_b92ef74a45bef9baae14b7c40c0"',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_version" DROP CONSTRAINT "FK_10e05212281052f9248e7fb1db1"',
    );
    await queryRunner.query('ALTER TABLE "agreement" DROP CONSTRAINT "FK_63f6bd9afbfe9f42c4f05798b41"');
    await queryRunner.query('ALTER TABLE "agreement" DROP CONSTRAINT "FK_a28fa1cc8964a5af7567b117eec"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_user"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_municipality"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_agreement"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TABLE "agreement_approval"');
    await queryRunner.query('DROP INDEX "public"."ix_agreement_party_municipality"');
    await queryRunner.query('DROP TABLE "agreement_version_party"');
    await queryRunner.query('DROP TABLE "agreement_version"');
    await queryRunner.query('DROP INDEX "public"."ix_agreement_region"');
    await queryRunner.query('DROP INDEX "public"."ix_agreement_measure"');
    await queryRunner.query('DROP TABLE "agreement"');
  }
}
