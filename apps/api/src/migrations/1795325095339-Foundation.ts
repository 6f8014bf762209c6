import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795325095339 implements MigrationInterface {
  name = 'Foundation1795325095339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "municipality" ("number" character(4) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25a57cd420a4f71a7bc2cdd5e34" PRIMARY KEY ("number"))',
    );
    await queryRunner.query(
      'CREATE TABLE "municipality_population" ("municipality_number" character(4) NOT NULL, "year" integer NOT NULL, "count" integer NOT NULL, "source" character varying(200) NOT NULL, CONSTRAINT "ck_municipality_population_count" CHECK ("count" >= 0), CONSTRAINT "PK_162d7ca9325253b4b1028784edd" PRIMARY KEY ("municipality_number", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "UQ_3841e4e5f60d832922848a1252e" UNIQUE ("slug"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "region_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_number" character(4) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "uq_region_membership_period" UNIQUE ("region_id", "municipality_number", "valid_from"), CONSTRAINT "PK_78d67f0c01560f754001f0123de" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_region_membership_municipality" ON "region_membership"  ("municipality_number") ',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_population" ADD CONSTRAINT "FK_5ae038c9123b45c6af8d10e9204" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "region_membership" ADD CONSTRAINT "FK_ea7ed45b51938d4d0a77131c65d" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "region_membership" ADD CONSTRAINT "FK_b6a177834c0e7d6d9454544e8ce" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "region_membership" DROP CONSTRAINT "FK_b6a177834c0e7d6d9454544e8ce"',
    );
    await queryRunner.query(
      'ALTER TABLE "region_membership" DROP CONSTRAINT "FK_ea7ed45b51938d4d0a77131c65d"',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_population" DROP CONSTRAINT "FK_5ae038c9123b45c6af8d10e9204"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_region_membership_municipality"');
    await queryRunner.query('DROP TABLE "region_membership"');
    await queryRunner.query('DROP TABLE "region"');
    await queryRunner.query('DROP TABLE "municipality_population"');
    await queryRunner.query('DROP TABLE "municipality"');
  }
}
