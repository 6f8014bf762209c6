import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, graphqlEnum } from '@samarbeid/api/platform';
import type {
  AgreementDecision,
  AgreementLegalForm,
  AgreementPartyRole,
  AgreementStatus,
  DeadlineStatus,
  NotificationKind,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import {
  AGREEMENT_DECISIONS,
  AGREEMENT_LEGAL_FORMS,
  AGREEMENT_PARTY_ROLES,
  AGREEMENT_STATUSES,
  DEADLINE_STATUSES,
  NOTIFICATION_KINDS,
  PRICE_MODELS,
  VOLUME_UNITS,
} from '@samarbeid/shared/domain';

export const AgreementLegalFormEnum = graphqlEnum(
  'AgreementLegalForm',
  AGREEMENT_LEGAL_FORMS,
  'Service purchase, or a statutory form (kommuneloven ch. 18–20, IKS).',
);
export const AgreementStatusEnum = graphqlEnum(
  'AgreementStatus',
  AGREEMENT_STATUSES,
  'EXPIRED is computed on read: ACTIVE, and the version in force ended before today.',
);
export const AgreementPartyRoleEnum = graphqlEnum('AgreementPartyRole', AGREEMENT_PARTY_ROLES);
export const VolumeUnitEnum = graphqlEnum('VolumeUnit', VOLUME_UNITS);
export const PriceModelEnum = graphqlEnum('PriceModel', PRICE_MODELS);
export const AgreementDecisionEnum = graphqlEnum('AgreementDecision', AGREEMENT_DECISIONS);
export const NotificationKindEnum = graphqlEnum('NotificationKind', NOTIFICATION_KINDS);
export const DeadlineStatusEnum = graphqlEnum(
  'DeadlineStatus',
  DEADLINE_STATUSES,
  'PASSED before today; SOON within the months asked for; LATER after.',
);

const MONEY = { description: 'Decimal string in NOK.' };

/** A municipality by number and name (the field group many of the types below share). */
@ObjectType({ isAbstract: true })
abstract class MunicipalityNamed {
  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;
}

/** When an agreement runs and how it is ended: a version's dates and notice period. */
@ObjectType({ isAbstract: true })
abstract class AgreementPeriod {
  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => Int, { nullable: true })
  noticeMonths!: number | null;
}

@ObjectType({ description: 'Procurement regulation § 3-3 (horizontal public cooperation), as assessed.' })
export class ProcurementAssessment {
  @Field(() => Boolean, {
    nullable: true,
    description: 'The cooperation serves common public-service goals.',
  })
  commonPublicGoals!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Governed only by public-interest considerations.' })
  publicInterestOnly!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Under 20 % of the activity on the open market.' })
  marketShareUnder20!: boolean | null;

  @Field(() => String, { nullable: true })
  assessedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  assessedOn!: string | null;

  @Field(() => String, { nullable: true })
  conclusion!: string | null;

  @Field(() => Boolean, { description: 'All three answered, with assessor, date and conclusion.' })
  complete!: boolean;

  @Field(() => [String], { description: 'What is missing, in Norwegian.' })
  missing!: string[];
}

@ObjectType()
export class AgreementApproval extends MunicipalityNamed {
  @Field(() => AgreementDecisionEnum)
  decision!: AgreementDecision;

  @Field(() => String)
  comment!: string;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;

  @Field(() => Date)
  decidedAt!: Date;
}

@ObjectType()
export class AgreementParty extends MunicipalityNamed {
  @Field(() => AgreementPartyRoleEnum)
  role!: AgreementPartyRole;

  @Field(() => String, { nullable: true, description: 'IKS / oppgavefellesskap: owner share in percent.' })
  ownerShare!: string | null;

  @Field(() => String, { nullable: true, description: 'NOK per year as stated (not for service purchases).' })
  annualCost!: string | null;

  @Field(() => String, { nullable: true, description: "A service-purchase buyer's part of the volume." })
  buyerVolume!: string | null;

  @Field(() => String, { nullable: true })
  organisationNumber!: string | null;

  @Field(() => String, { nullable: true })
  signatory!: string | null;

  @Field(() => AgreementApproval, { nullable: true, description: "This party's decision on this version." })
  approval!: AgreementApproval | null;
}

@ObjectType({ description: 'A field that differs from the previous version, formatted in Norwegian.' })
export class AgreementChange {
  @Field(() => String, { description: 'e.g. price, endDate, parties.3334.buyerVolume' })
  field!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType()
export class AgreementVersion extends AgreementPeriod {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  serviceDescription!: string;

  @Field(() => String, { nullable: true })
  volumeAmount!: string | null;

  @Field(() => VolumeUnitEnum, { nullable: true })
  volumeUnit!: VolumeUnit | null;

  @Field(() => PriceModelEnum, { nullable: true })
  priceModel!: PriceModel | null;

  @Field(() => String, { nullable: true, ...MONEY })
  price!: string | null;

  @Field(() => String)
  priceAdjustment!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last day notice can be given to end on the end date.',
  })
  lastNoticeDate!: string | null;

  @Field(() => Boolean)
  dataProcessingAgreement!: boolean;

  @Field(() => ProcurementAssessment)
  assessment!: ProcurementAssessment;

  @Field(() => [AgreementParty], { description: 'By municipality number.' })
  parties!: AgreementParty[];

  @Field(() => [AgreementApproval], { description: 'Decisions on this version, in the order they came.' })
  approvals!: AgreementApproval[];

  @Field(() => [AgreementChange], { description: 'What differs from the previous version (empty for v1).' })
  changes!: AgreementChange[];

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType()
export class AgreementMeasure {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType()
export class Agreement {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => AgreementLegalFormEnum)
  legalForm!: AgreementLegalForm;

  @Field(() => AgreementStatusEnum)
  status!: AgreementStatus;

  @Field(() => AgreementMeasure, { nullable: true })
  measure!: AgreementMeasure | null;

  @Field(() => Int, { description: 'The newest version (being drafted, or asked to be approved).' })
  currentVersionNumber!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The version in force; may lag behind a newer submitted one.',
  })
  activeVersionNumber!: number | null;

  @Field(() => AgreementVersion)
  currentVersion!: AgreementVersion;

  @Field(() => AgreementVersion, { nullable: true })
  activeVersion!: AgreementVersion | null;

  @Field(() => [AgreementVersion], { description: 'Every version, oldest first.' })
  versions!: AgreementVersion[];

  @Field(() => Int, { description: 'Row version for optimistic locking: send it back as expectedVersion.' })
  version!: number;

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  terminatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  terminationReason!: string | null;

  @Field(() => Boolean, { description: 'The caller may edit, submit and terminate it.' })
  viewerCanEdit!: boolean;

  @Field(() => Boolean, {
    description: 'The caller is the director of a party that has not decided on the current version.',
  })
  viewerCanDecide!: boolean;
}

@ObjectType()
export class AgreementConnection extends Connection(Agreement) {}

@ObjectType({ description: "A submitted agreement waiting for the calling director's decision." })
export class ApprovalRequest extends MunicipalityNamed {
  @Field(() => Agreement)
  agreement!: Agreement;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => AgreementPartyRoleEnum)
  role!: AgreementPartyRole;

  @Field(() => [AgreementChange], { description: 'What changed since the previous version (empty for v1).' })
  changes!: AgreementChange[];
}

@ObjectType({
  description: 'An agreement seen from one party municipality, in its active (or latest) version.',
})
export class MunicipalityAgreement extends AgreementPeriod {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => AgreementLegalFormEnum)
  legalForm!: AgreementLegalForm;

  @Field(() => AgreementStatusEnum)
  status!: AgreementStatus;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => AgreementPartyRoleEnum)
  role!: AgreementPartyRole;

  @Field(() => String, {
    nullable: true,
    description:
      "NOK per year: the party's stated cost, or a buyer's share of the price (whole kroner when the price is whole " +
      'kroner, else kroner and øre).',
  })
  annualCost!: string | null;

  @Field(() => String, { nullable: true })
  annualCostExplanation!: string | null;

  @Field(() => String, { nullable: true })
  lastNoticeDate!: string | null;

  @Field(() => DeadlineStatusEnum, { nullable: true })
  endStatus!: DeadlineStatus | null;

  @Field(() => DeadlineStatusEnum, { nullable: true })
  noticeStatus!: DeadlineStatus | null;

  @Field(() => Boolean, { description: 'The end date falls between today and today + withinMonths.' })
  endsSoon!: boolean;

  @Field(() => Boolean, { description: 'The last notice date falls between today and today + withinMonths.' })
  noticeSoon!: boolean;
}

@ObjectType()
export class MunicipalityAgreements extends MunicipalityNamed {
  @Field(() => String, { description: 'The day the deadlines are seen from (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Int)
  withinMonths!: number;

  @Field(() => [MunicipalityAgreement], { description: 'By end date, open-ended last.' })
  agreements!: MunicipalityAgreement[];

  @Field(() => String, {
    ...MONEY,
    description: 'Annual cost of the agreements in force (not terminated or expired).',
  })
  totalAnnualCost!: string;
}

@ObjectType()
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { description: 'A path in the web app, e.g. /avtaler/<id>.' })
  link!: string;

  @Field(() => ID, { nullable: true })
  agreementId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ObjectType()
export class MarkNotificationsReadResult {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  marked!: number;

  @Field(() => Int)
  unreadCount!: number;
}
