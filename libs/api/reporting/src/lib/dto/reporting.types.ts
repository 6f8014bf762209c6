import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@samarbeid/api/platform';
import type {
  ReportingPeriodKind,
  ReportingPeriodStatus,
  ReportRag,
  ReportSubjectKind,
  StatusReportState,
} from '@samarbeid/shared/domain';

import {
  ReportingPeriodKindEnum,
  ReportingPeriodStatusEnum,
  ReportRagEnum,
  ReportSubjectKindEnum,
  StatusReportStateEnum,
} from './reporting.enums';

@ObjectType({
  description: 'A reporting period of a region ("1. halvår 2026") and how far its reports have come.',
})
export class ReportingPeriod {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ReportingPeriodKindEnum)
  kind!: ReportingPeriodKind;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  periodFrom!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  periodTo!: string;

  @Field(() => String, { description: "The owners' reports are due this day (YYYY-MM-DD)." })
  dueDate!: string;

  @Field(() => ReportingPeriodStatusEnum)
  status!: ReportingPeriodStatus;

  @Field(() => String, { description: "The secretariat's own summary for the compiled report." })
  summary!: string;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => Int, { description: 'Submitted or approved.' })
  submittedCount!: number;

  @Field(() => Int)
  approvedCount!: number;

  @Field(() => Boolean, {
    description: 'The caller may compile, freeze, approve and return (the secretariat).',
  })
  viewerCanManage!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class ReportingPeriodConnection extends Connection(ReportingPeriod) {}

@ObjectType({ description: "A network's row on a period's board: who has reported." })
export class ReportingBoardRow {
  @Field(() => ID)
  networkId!: string;

  @Field(() => String)
  networkName!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int)
  draft!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  returned!: number;

  @Field(() => Int)
  approved!: number;
}

@ObjectType({ description: 'The measure a status report is about.' })
export class ReportMeasure {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: "A status report: a measure's or an action plan's, for a period, by its owner." })
export class StatusReport {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  periodId!: string;

  @Field(() => String)
  periodName!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => ReportSubjectKindEnum)
  subjectKind!: ReportSubjectKind;

  @Field(() => ID)
  networkId!: string;

  @Field(() => String)
  networkName!: string;

  @Field(() => ReportMeasure, { nullable: true })
  measure!: ReportMeasure | null;

  @Field(() => String, { nullable: true, description: 'The member the leader handed the report to.' })
  assigneeName!: string | null;

  @Field(() => StatusReportStateEnum)
  state!: StatusReportState;

  @Field(() => ReportRagEnum, { nullable: true })
  rag!: ReportRag | null;

  @Field(() => Int, { nullable: true })
  progressPercent!: number | null;

  @Field(() => String)
  done!: string;

  @Field(() => String)
  deviations!: string;

  @Field(() => String)
  nextSteps!: string;

  @Field(() => String)
  risks!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Realised economic benefits in the period's years so far (NOK, decimal string), from the benefit plan.",
  })
  realisedBenefitsNok!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Planned costs in the period's years (NOK, decimal string), from the cost plan.",
  })
  costsNok!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The secretariat's comment when it returned the report.",
  })
  returnComment!: string | null;

  @Field(() => String, { nullable: true })
  submittedAt!: string | null;

  @Field(() => String, { nullable: true })
  submittedByName!: string | null;

  @Field(() => Boolean, {
    description: 'The caller writes this report (owner or the member it was handed to).',
  })
  viewerCanWrite!: boolean;

  @Field(() => Boolean, { description: 'The caller may hand this report to a member (the leader).' })
  viewerCanAssign!: boolean;

  @Field(() => Boolean, { description: 'The caller approves or returns it (the secretariat).' })
  viewerCanReview!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class StatusReportConnection extends Connection(StatusReport) {}

@ObjectType()
export class ReportingReminders {
  @Field(() => Int, { description: 'Reports reminded now (each reminder rule once per report).' })
  reminded!: number;
}

@ObjectType({ description: "A frozen version of a period's compiled report: numbered, never changed." })
export class FrozenReport {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  periodId!: string;

  @Field(() => Int, {
    description: "Numbered per period for the region's report, per period and municipality for a variant.",
  })
  number!: number;

  @Field(() => String, {
    nullable: true,
    description: "The municipality of a variant; null: the region's report.",
  })
  municipalityNumber!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => String)
  frozenAt!: string;

  @Field(() => String, { nullable: true })
  frozenByName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The frozen figures as JSON (CompiledReportData); only when one version is asked for.',
  })
  dataJson!: string | null;
}
