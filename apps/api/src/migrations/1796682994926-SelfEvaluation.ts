import { MigrationInterface, QueryRunner } from 'typeorm';

export class SelfEvaluation1796682994926 implements MigrationInterface {
  name = 'SelfEvaluation1796682994926';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "region_self_evaluation" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "region_id" uuid NOT NULL, "updated_by" character varying(255) NOT NULL, CONSTRAINT "PK_6b0815fca4e5dc309a221ac645d" PRIMARY KEY ("region_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "self_evaluation_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "position" integer NOT NULL, "text" character varying(500) NOT NULL, "scale_min" integer NOT NULL DEFAULT \'1\', "scale_max" integer NOT NULL DEFAULT \'5\', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_self_evaluation_question_scale" CHECK ("scale_min" >= 0 AND "scale_max" > "scale_min" AND "scale_max" <= 10), CONSTRAINT "PK_1eaa513fcd106b1394ea92216b1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_self_evaluation_question_region" ON "self_evaluation_question"  ("region_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "self_evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "network_id" uuid NOT NULL, "year" integer NOT NULL, "answered_by" character varying(200) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" character varying(200), CONSTRAINT "uq_self_evaluation_network_year" UNIQUE ("network_id", "year"), CONSTRAINT "PK_fad5ab7da7510a33c47f7b04916" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "self_evaluation_answer" ("evaluation_id" uuid NOT NULL, "question_id" uuid NOT NULL, "score" integer NOT NULL, "comment" character varying(2000) NOT NULL DEFAULT \'\', CONSTRAINT "ck_self_evaluation_answer_score" CHECK ("score" BETWEEN 0 AND 10), CONSTRAINT "PK_e1ba01be0ac458c66abc1c95090" PRIMARY KEY ("evaluation_id", "question_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_self_evaluation_answer_question" ON "self_evaluation_answer"  ("question_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "region_self_evaluation" ADD CONSTRAINT "FK_6b0815fca4e5dc309a221ac645d" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "self_evaluation_question" ADD CONSTRAINT "FK_9b94884d2483c47336026050aac" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "self_evaluation" ADD CONSTRAINT "FK_eca57e3322df992eef4b4c63fd5" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "self_evaluation_answer" ADD CONSTRAINT "FK_268b764e6c88887503ee3d46820" FOREIGN KEY ("evaluation_id") REFERENCES "self_evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "self_evaluation_answer" ADD CONSTRAINT "FK_af3be4a282029e2522b9535f17a" FOREIGN KEY ("question_id") REFERENCES "self_evaluation_question"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "self_evaluation_answer" DROP CONSTRAINT "FK_af3be4a282029e2522b9535f17a"',
    );
    await queryRunner.query(
      'ALTER TABLE "self_evaluation_answer" DROP CONSTRAINT "FK_268b764e6c88887503ee3d46820"',
    );
    await queryRunner.query('ALTER TABLE "self_evaluation" DROP CONSTRAINT "FK_eca57e3322df992eef4b4c63fd5"');
    await queryRunner.query(
      'ALTER TABLE "self_evaluation_question" DROP CONSTRAINT "FK_9b94884d2483c47336026050aac"',
    );
    await queryRunner.query(
      'ALTER TABLE "region_self_evaluation" DROP CONSTRAINT "FK_6b0815fca4e5dc309a221ac645d"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_self_evaluation_answer_question"');
    await queryRunner.query('DROP TABLE "self_evaluation_answer"');
    await queryRunner.query('DROP TABLE "self_evaluation"');
    await queryRunner.query('DROP INDEX "public"."ix_self_evaluation_question_region"');
    await queryRunner.query('DROP TABLE "self_evaluation_question"');
    await queryRunner.query('DROP TABLE "region_self_evaluation"');
  }
}
