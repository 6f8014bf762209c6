import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import type { ErrorText } from '@samarbeid/api/platform';
import {
  ExpectedVersionField,
  IdField,
  MunicipalityNumberField,
  PageArgs,
  PatternField,
  TextField,
} from '@samarbeid/api/platform';
import type { ReportingPeriodKind, ReportRag, StatusReportState } from '@samarbeid/shared/domain';
import { REPORT_RAGS, REPORTING_PERIOD_KINDS, STATUS_REPORT_STATES } from '@samarbeid/shared/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { ReportingPeriodKindEnum, ReportRagEnum, StatusReportStateEnum } from './reporting.enums';

/** A date, YYYY-MM-DD (whether the day exists is the rules' to say). */
const DateField = (label: ErrorText) =>
  PatternField(
    /^\d{4}-\d{2}-\d{2}$/,
    `${label.nb} må skrives ÅÅÅÅ-MM-DD.|${label.en} must be written YYYY-MM-DD.`,
    {
      description: 'YYYY-MM-DD',
    },
  );

const REGION_SLUG = { max: 64, label: { nb: 'Kortnavnet', en: 'The short name' } };
const PeriodIdField = () => IdField('Ukjent rapporteringsperiode.|Unknown reporting period.');
const ReportIdField = () => IdField('Ukjent statusrapport.|Unknown status report.');
const LONG = (nb: string, en: string) => TextField({ max: 10_000, label: { nb, en } });

@ArgsType()
export class ReportingPeriodsArgs extends PageArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@ArgsType()
export class ReportingPeriodArgs {
  @PeriodIdField()
  id!: string;
}

@ArgsType()
export class ReportingRegionArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@ArgsType()
export class StatusReportArgs {
  @ReportIdField()
  id!: string;
}

@ArgsType()
export class StatusReportsArgs extends PageArgs {
  @PeriodIdField()
  periodId!: string;

  @IdField('Ukjent nettverk.|Unknown network.', { optional: true })
  networkId?: string | null;

  @Field(() => StatusReportStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(STATUS_REPORT_STATES, { message: 'Ukjent rapportstatus.|Unknown report state.' })
  state?: StatusReportState | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the reports the caller writes.' })
  @IsOptional()
  @IsBoolean({ message: 'mine må være sann eller usann.|mine must be true or false.' })
  mine?: boolean | null;
}

@InputType()
export class OpenReportingPeriodInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @TextField({ max: 120, required: true, label: { nb: 'Navnet på perioden', en: "The period's name" } })
  name!: string;

  @Field(() => ReportingPeriodKindEnum)
  @IsIn(REPORTING_PERIOD_KINDS, { message: 'Ukjent periodetype.|Unknown kind of period.' })
  kind!: ReportingPeriodKind;

  @DateField({ nb: 'Første dag', en: 'The first day' })
  periodFrom!: string;

  @DateField({ nb: 'Siste dag', en: 'The last day' })
  periodTo!: string;

  @DateField({ nb: 'Fristen', en: 'The due date' })
  dueDate!: string;
}

@InputType()
export class SaveStatusReportInput {
  @ReportIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @Field(() => ReportRagEnum, { nullable: true })
  @IsOptional()
  @IsIn(REPORT_RAGS, {
    message: 'Ukjent status (grønn, gul eller rød).|Unknown status (green, yellow or red).',
  })
  rag?: ReportRag | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Fremdriften må være et helt antall prosent.|The progress must be a whole percentage.' })
  @Min(0, { message: 'Fremdriften må være mellom 0 og 100 %.|The progress must be between 0 and 100 %.' })
  @Max(100, { message: 'Fremdriften må være mellom 0 og 100 %.|The progress must be between 0 and 100 %.' })
  progressPercent?: number | null;

  @LONG('Hva som er gjort', 'What was done')
  done!: string;

  @LONG('Avvik og årsaker', 'Deviations and causes')
  deviations!: string;

  @LONG('Neste steg', 'Next steps')
  nextSteps!: string;

  @LONG('Risikoer', 'Risks')
  risks!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Save and submit to the secretariat.' })
  @IsBoolean({ message: 'submit må være sann eller usann.|submit must be true or false.' })
  submit!: boolean;
}

@InputType()
export class ReviewStatusReportInput {
  @ReportIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class ReturnStatusReportInput extends ReviewStatusReportInput {
  @TextField({
    max: 4000,
    required: true,
    label: { nb: 'Kommentaren', en: 'The comment' },
    missing:
      'Skriv en kommentar som forteller eieren hva som må rettes.|Write a comment telling the owner what to correct.',
  })
  comment!: string;
}

@InputType()
export class AssignStatusReportInput {
  @ReportIdField()
  id!: string;

  @IdField('Ukjent person.|Unknown person.', {
    optional: true,
    description: "A network member's user; null gives the report back to the leader.",
  })
  assigneeUserId?: string | null;
}

@ArgsType()
export class PeriodIdArgs {
  @PeriodIdField()
  periodId!: string;
}

@ArgsType()
export class CompiledReportArgs extends PeriodIdArgs {
  @MunicipalityNumberField({
    optional: true,
    description: 'A member municipality: its variant of the report (what it took part in, paid and gained).',
  })
  municipalityNumber?: string | null;
}

@ArgsType()
export class FrozenReportArgs {
  @IdField('Ukjent rapportversjon.|Unknown report version.')
  id!: string;
}

@InputType()
export class UpdateReportingSummaryInput {
  @PeriodIdField()
  periodId!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @TextField({ max: 20_000, label: { nb: 'Sammendraget', en: 'The summary' } })
  summary!: string;
}

@InputType()
export class FreezeReportInput {
  @PeriodIdField()
  periodId!: string;

  @MunicipalityNumberField({
    optional: true,
    description: "A member municipality: freezes its variant of the report instead of the region's.",
  })
  municipalityNumber?: string | null;
}
