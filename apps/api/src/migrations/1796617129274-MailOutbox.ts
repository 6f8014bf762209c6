import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1796617129274 implements MigrationInterface {
  name = 'MailOutbox1796617129274';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipients" text array NOT NULL, "subject" character varying(500) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT \'0\', "last_error" character varying(500), "sent_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mail_outbox_recipients" CHECK (cardinality("recipients") > 0), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mail_outbox_due" ON "mail_outbox"  ("next_attempt_at") WHERE "sent_at" IS NULL AND "failed_at" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_mail_outbox_due"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
  }
}
