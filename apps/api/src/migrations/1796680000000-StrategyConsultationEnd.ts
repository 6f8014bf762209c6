import { MigrationInterface, QueryRunner } from 'typeorm';

export class StrategyConsultationEnd1796680000000 implements MigrationInterface {
  name = 'StrategyConsultationEnd1796680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "strategy" ADD "consultation_ends_on" date');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "strategy" DROP COLUMN "consultation_ends_on"');
  }
}
