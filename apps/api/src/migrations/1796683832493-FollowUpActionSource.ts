import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpActionSource1796683832493 implements MigrationInterface {
  name = 'FollowUpActionSource1796683832493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "follow_up_action" ADD "source_kind" character varying(16)');
    await queryRunner.query('ALTER TABLE "follow_up_action" ADD "source_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "ix_follow_up_action_source" ON "follow_up_action"  ("source_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" ADD CONSTRAINT "ck_follow_up_action_source" CHECK (("source_kind" IS NULL) = ("source_id" IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" ADD CONSTRAINT "ck_follow_up_action_source_kind" CHECK ("source_kind" IS NULL OR "source_kind" IN (\'DECISION\', \'AGREEMENT\'))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "follow_up_action" DROP CONSTRAINT "ck_follow_up_action_source_kind"',
    );
    await queryRunner.query('ALTER TABLE "follow_up_action" DROP CONSTRAINT "ck_follow_up_action_source"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_up_action_source"');
    await queryRunner.query('ALTER TABLE "follow_up_action" DROP COLUMN "source_id"');
    await queryRunner.query('ALTER TABLE "follow_up_action" DROP COLUMN "source_kind"');
  }
}
