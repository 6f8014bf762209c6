import type {
  AgreementDecision,
  AgreementLegalForm,
  AgreementPartyRole,
  AgreementStatus,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import { MeasureEntity } from '../measure/measure.entity';
import { MunicipalityEntity, MunicipalityRelation } from '../region/municipality.entity';
import { VersionedRegionOwnedEntity } from '../region/region-owned.entity';
import { type EntityBase, UuidEntity } from '../versioned.entity';

/** Adds who drafted the row: subject, name and e-mail from their token (notifications and e-mails go to them). */
function DraftedBy<TBase extends EntityBase>(Base: TBase) {
  abstract class DrafterColumns extends Base {
    @Column({ type: 'varchar', length: 255, name: 'created_by_id' })
    createdById!: string;

    @Column({ type: 'varchar', length: 200, name: 'created_by_name', nullable: true })
    createdByName!: string | null;

    @Column({ type: 'varchar', length: 320, name: 'created_by_email', nullable: true })
    createdByEmail!: string | null;
  }
  return DrafterColumns;
}

/** Statuses that are stored; EXPIRED is computed on read (ACTIVE and the version in force ended before today). */
export type StoredAgreementStatus = Exclude<AgreementStatus, 'EXPIRED'>;

/**
 * An agreement in the register, typed by its legal form. Its terms live in numbered versions; `currentVersion` is
 * the newest (the one being drafted or approved), `activeVersion` the one in force, which may lag behind a newer
 * submitted version. The row is the aggregate's lock: every change locks it FOR UPDATE.
 */
@Entity({ name: 'agreement' })
@Index('ix_agreement_region', ['regionId', 'title'])
@Check('ck_agreement_versions', '"active_version" IS NULL OR "active_version" <= "current_version"')
@Check('ck_agreement_status', `"status" IN ('DRAFT', 'SUBMITTED', 'ACTIVE', 'REJECTED', 'TERMINATED')`)
@Check('ck_agreement_active', `"status" <> 'ACTIVE' OR "active_version" IS NOT NULL`)
export class AgreementEntity extends DraftedBy(VersionedRegionOwnedEntity) {
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 48, name: 'legal_form' })
  legalForm!: AgreementLegalForm;

  @Index('ix_agreement_measure')
  @Column({ type: 'uuid', name: 'measure_id', nullable: true })
  measureId!: string | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity | null;

  @Column({ type: 'varchar', length: 16 })
  status!: StoredAgreementStatus;

  @Column({ type: 'integer', name: 'current_version', default: 1 })
  currentVersion!: number;

  @Column({ type: 'integer', name: 'active_version', nullable: true })
  activeVersion!: number | null;

  @Column({ type: 'timestamptz', name: 'terminated_at', nullable: true })
  terminatedAt!: Date | null;

  @Column({ type: 'varchar', length: 2000, name: 'termination_reason', nullable: true })
  terminationReason!: string | null;
}

/** One version of an agreement's terms. A version is edited in place only while the agreement is a draft. */
@Entity({ name: 'agreement_version' })
@Unique('uq_agreement_version_number', ['agreementId', 'number'])
@Check(
  'ck_agreement_version_period',
  '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"',
)
@Check('ck_agreement_version_notice', '"notice_months" IS NULL OR "notice_months" BETWEEN 0 AND 60')
@Check('ck_agreement_version_price', '"price" IS NULL OR "price" >= 0')
@Check('ck_agreement_version_volume', '"volume_amount" IS NULL OR "volume_amount" >= 0')
@Check('ck_agreement_version_number', '"number" >= 1')
export class AgreementVersionEntity extends DraftedBy(UuidEntity) {
  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', name: 'service_description', default: '' })
  serviceDescription!: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'volume_amount', nullable: true })
  volumeAmount!: string | null;

  @Column({ type: 'varchar', length: 16, name: 'volume_unit', nullable: true })
  volumeUnit!: VolumeUnit | null;

  @Column({ type: 'varchar', length: 16, name: 'price_model', nullable: true })
  priceModel!: PriceModel | null;

  /** NOK: per year, per hour or per case by the price model. */
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  price!: string | null;

  @Column({ type: 'varchar', length: 2000, name: 'price_adjustment', default: '' })
  priceAdjustment!: string;

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'integer', name: 'notice_months', nullable: true })
  noticeMonths!: number | null;

  @Column({ type: 'boolean', name: 'data_processing_agreement', default: false })
  dataProcessingAgreement!: boolean;

  /** Procurement regulation § 3-3 (horizontal public cooperation): the three conditions, as assessed. */
  @Column({ type: 'boolean', name: 'assessment_common_goals', nullable: true })
  assessmentCommonGoals!: boolean | null;

  @Column({ type: 'boolean', name: 'assessment_public_interest', nullable: true })
  assessmentPublicInterest!: boolean | null;

  @Column({ type: 'boolean', name: 'assessment_market_under_20', nullable: true })
  assessmentMarketUnder20!: boolean | null;

  @Column({ type: 'varchar', length: 200, name: 'assessed_by', nullable: true })
  assessedBy!: string | null;

  @Column({ type: 'date', name: 'assessed_on', nullable: true })
  assessedOn!: string | null;

  @Column({ type: 'varchar', length: 4000, name: 'assessment_conclusion', nullable: true })
  assessmentConclusion!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;
}

/** A party municipality of a version: its role and, by legal form, its owner share, annual cost or volume. */
@Entity({ name: 'agreement_version_party' })
@Check('ck_agreement_party_share', '"owner_share" IS NULL OR "owner_share" BETWEEN 0 AND 100')
@Check('ck_agreement_party_cost', '"annual_cost" IS NULL OR "annual_cost" >= 0')
@Check('ck_agreement_party_volume', '"buyer_volume" IS NULL OR "buyer_volume" >= 0')
export class AgreementVersionPartyEntity {
  @PrimaryColumn({ type: 'uuid', name: 'version_id' })
  versionId!: string;

  @ManyToOne(() => AgreementVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: AgreementVersionEntity;

  /** Part of the key: a municipality is a party of a version at most once. */
  @Index('ix_agreement_party_municipality')
  @PrimaryColumn({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 16 })
  role!: AgreementPartyRole;

  /** IKS and kommunalt oppgavefellesskap: the owner share in percent (the shares sum to 100). */
  @Column({ type: 'numeric', precision: 9, scale: 6, name: 'owner_share', nullable: true })
  ownerShare!: string | null;

  /** What this party pays per year (NOK); a service-purchase buyer's cost follows from the price instead. */
  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'annual_cost', nullable: true })
  annualCost!: string | null;

  /** A service-purchase buyer's part of the volume. */
  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'buyer_volume', nullable: true })
  buyerVolume!: string | null;

  @Column({ type: 'varchar', length: 9, name: 'organisation_number', nullable: true })
  organisationNumber!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signatory!: string | null;
}

/**
 * A party's decision on one version, by its municipal director. At most one per party per version (the unique
 * constraint holds it even if two requests race); approvals of an older version never count for a newer one.
 */
@Entity({ name: 'agreement_approval' })
@Unique('uq_agreement_approval_party', ['versionId', 'municipalityNumber'])
@Check('ck_agreement_approval_comment', `"decision" <> 'REJECT' OR length(trim("comment")) > 0`)
export class AgreementApprovalEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'version_id' })
  versionId!: string;

  @ManyToOne(() => AgreementVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: AgreementVersionEntity;

  @Column({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 8 })
  decision!: AgreementDecision;

  @Column({ type: 'varchar', length: 2000, default: '' })
  comment!: string;

  @Column({ type: 'varchar', length: 255, name: 'decided_by_id' })
  decidedById!: string;

  @Column({ type: 'varchar', length: 200, name: 'decided_by_name', nullable: true })
  decidedByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'decided_at' })
  decidedAt!: Date;
}
