import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The planned values of a benefit by benefit and year, for every benefit: the two unique indexes are partial (region
 * or municipality rows), so a read of all of a benefit's values (the plan's first year with a gain, per measure)
 * scanned the whole table, 5 s a request on the national data set.
 */
export class BenefitPlanValueIndex1796690000000 implements MigrationInterface {
  name = 'BenefitPlanValueIndex1796690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_benefit_plan_value_benefit" ON "benefit_plan_value"  ("benefit_id", "year") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_benefit_plan_value_benefit"');
  }
}
