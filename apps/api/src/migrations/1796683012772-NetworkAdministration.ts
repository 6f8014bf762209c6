import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Networks managed in the app: a network's mandate, a working group's end date and the day a network was closed;
 * memberships with dates, so that ending one keeps it as history (the same person may hold a network again later).
 */
export class NetworkAdministration1796683012772 implements MigrationInterface {
  name = 'NetworkAdministration1796683012772';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "network" ADD "mandate" text');
    await queryRunner.query('ALTER TABLE "network" ADD "ends_on" date');
    await queryRunner.query('ALTER TABLE "network" ADD "closed_on" date');
    await queryRunner.query('ALTER TABLE "network_member" DROP CONSTRAINT "uq_network_member_user"');
    await queryRunner.query(
      'ALTER TABLE "network_member" ADD "valid_from" date NOT NULL DEFAULT (\'now\'::text)::date',
    );
    await queryRunner.query('ALTER TABLE "network_member" ADD "valid_to" date');
    await queryRunner.query(
      'ALTER TABLE "network_member" ADD CONSTRAINT "uq_network_member_user" UNIQUE ("network_id", "user_id", "valid_from")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Before, a person held one membership per network: the history of ended ones goes, the current ones stay.
    await queryRunner.query('ALTER TABLE "network_member" DROP CONSTRAINT "uq_network_member_user"');
    await queryRunner.query(
      'DELETE FROM "network_member" WHERE "valid_to" IS NOT NULL AND "valid_to" <= current_date',
    );
    await queryRunner.query(
      `DELETE FROM "network_member" a USING "network_member" b
        WHERE a.network_id = b.network_id AND a.user_id = b.user_id AND a.valid_from < b.valid_from`,
    );
    await queryRunner.query('ALTER TABLE "network_member" DROP COLUMN "valid_to"');
    await queryRunner.query('ALTER TABLE "network_member" DROP COLUMN "valid_from"');
    await queryRunner.query(
      'ALTER TABLE "network_member" ADD CONSTRAINT "uq_network_member_user" UNIQUE ("network_id", "user_id")',
    );
    await queryRunner.query('ALTER TABLE "network" DROP COLUMN "closed_on"');
    await queryRunner.query('ALTER TABLE "network" DROP COLUMN "ends_on"');
    await queryRunner.query('ALTER TABLE "network" DROP COLUMN "mandate"');
  }
}
