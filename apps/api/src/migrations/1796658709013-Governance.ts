import { MigrationInterface, QueryRunner } from 'typeorm';

export class Governance1796658709013 implements MigrationInterface {
  name = 'Governance1796658709013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "region_governance" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "region_id" uuid NOT NULL, "require_anchoring" boolean NOT NULL DEFAULT false, "require_economics" boolean NOT NULL DEFAULT false, "require_checklist" boolean NOT NULL DEFAULT false, "require_union_consultation" boolean NOT NULL DEFAULT false, "updated_by" character varying(255) NOT NULL, CONSTRAINT "PK_17b066eb1689777718d78947cdc" PRIMARY KEY ("region_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "governance_checklist_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "position" integer NOT NULL, "label" character varying(300) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_6fe2286516584757453a67948b9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_governance_checklist_item_region" ON "governance_checklist_item"  ("region_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_checklist_tick" ("measure_id" uuid NOT NULL, "item_id" uuid NOT NULL, "done_by" character varying(200) NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b50bcf317334bf9a2aef0d82a99" PRIMARY KEY ("measure_id", "item_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_governance" ("measure_id" uuid NOT NULL, "anchoring_decided_on" date, "anchoring_body" character varying(200), "anchoring_case_reference" character varying(64), "no_economic_effect_reason" text, "union_consultation_needed" boolean NOT NULL DEFAULT false, "union_consultation_date" date, "union_consultation_outcome" text, "current_situation" text NOT NULL DEFAULT \'\', "causes" text NOT NULL DEFAULT \'\', "desired_situation" text NOT NULL DEFAULT \'\', "mandate" text NOT NULL DEFAULT \'\', "responsible_member_id" uuid, "implementation_group" text NOT NULL DEFAULT \'\', "time_and_resource_frame" text NOT NULL DEFAULT \'\', "preconditions" text NOT NULL DEFAULT \'\', "reporting_requirements" text NOT NULL DEFAULT \'\', "political_decision_needed" boolean NOT NULL DEFAULT false, "political_decision_case" character varying(64), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab356aa32bb28d2c856cbbe722e" PRIMARY KEY ("measure_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_cooperating_network" ("measure_id" uuid NOT NULL, "network_id" uuid NOT NULL, CONSTRAINT "PK_635ab14ccd4d76e4a579067dc1e" PRIMARY KEY ("measure_id", "network_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_measure_cooperating_network_network" ON "measure_cooperating_network"  ("network_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measure_gate_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "to_status" character varying(32) NOT NULL, "reason" text NOT NULL, "missing" jsonb NOT NULL, "overridden_by" character varying(200) NOT NULL, "overridden_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_measure_gate_override_reason" CHECK (length(trim("reason")) > 0), CONSTRAINT "PK_c8076501bfd56d0a9ad19001382" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_measure_gate_override_measure" ON "measure_gate_override"  ("measure_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "region_governance" ADD CONSTRAINT "FK_17b066eb1689777718d78947cdc" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_checklist_item" ADD CONSTRAINT "FK_ef1f901355c19495094923d7556" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_checklist_tick" ADD CONSTRAINT "FK_f46c4be01b1a40275744833f9d4" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_checklist_tick" ADD CONSTRAINT "FK_03f9394b20578c6c34b7dec618f" FOREIGN KEY ("item_id") REFERENCES "governance_checklist_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_governance" ADD CONSTRAINT "FK_ab356aa32bb28d2c856cbbe722e" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_governance" ADD CONSTRAINT "FK_7553b29e5d943536403efa4568a" FOREIGN KEY ("responsible_member_id") REFERENCES "network_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_cooperating_network" ADD CONSTRAINT "FK_521645400b8d8b94a8361768500" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_cooperating_network" ADD CONSTRAINT "FK_d9ac79676902843a81e12445396" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_gate_override" ADD CONSTRAINT "FK_9a6d7a3f5c4247e07da9bc18ae0" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "measure_gate_override" DROP CONSTRAINT "FK_9a6d7a3f5c4247e07da9bc18ae0"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_cooperating_network" DROP CONSTRAINT "FK_d9ac79676902843a81e12445396"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_cooperating_network" DROP CONSTRAINT "FK_521645400b8d8b94a8361768500"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_governance" DROP CONSTRAINT "FK_7553b29e5d943536403efa4568a"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_governance" DROP CONSTRAINT "FK_ab356aa32bb28d2c856cbbe722e"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_checklist_tick" DROP CONSTRAINT "FK_03f9394b20578c6c34b7dec618f"',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_checklist_tick" DROP CONSTRAINT "FK_f46c4be01b1a40275744833f9d4"',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_checklist_item" DROP CONSTRAINT "FK_ef1f901355c19495094923d7556"',
    );
    await queryRunner.query(
      'ALTER TABLE "region_governance" DROP CONSTRAINT "FK_17b066eb1689777718d78947cdc"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_measure_gate_override_measure"');
    await queryRunner.query('DROP TABLE "measure_gate_override"');
    await queryRunner.query('DROP INDEX "public"."ix_measure_cooperating_network_network"');
    await queryRunner.query('DROP TABLE "measure_cooperating_network"');
    await queryRunner.query('DROP TABLE "measure_governance"');
    await queryRunner.query('DROP TABLE "measure_checklist_tick"');
    await queryRunner.query('DROP INDEX "public"."ix_governance_checklist_item_region"');
    await queryRunner.query('DROP TABLE "governance_checklist_item"');
    await queryRunner.query('DROP TABLE "region_governance"');
  }
}
