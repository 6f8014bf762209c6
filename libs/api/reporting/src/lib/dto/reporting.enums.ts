import { graphqlEnum } from '@samarbeid/api/platform';
import {
  REPORT_RAGS,
  REPORT_SUBJECT_KINDS,
  REPORTING_PERIOD_KINDS,
  REPORTING_PERIOD_STATUSES,
  STATUS_REPORT_STATES,
} from '@samarbeid/shared/domain';

export const ReportingPeriodKindEnum = graphqlEnum(
  'ReportingPeriodKind',
  REPORTING_PERIOD_KINDS,
  'How the region reports: by half-year, by tertial or once a year.',
);
export const ReportingPeriodStatusEnum = graphqlEnum('ReportingPeriodStatus', REPORTING_PERIOD_STATUSES);
export const ReportSubjectKindEnum = graphqlEnum(
  'ReportSubjectKind',
  REPORT_SUBJECT_KINDS,
  "A measure under way, or a network's action plan as a whole.",
);
export const StatusReportStateEnum = graphqlEnum(
  'StatusReportState',
  STATUS_REPORT_STATES,
  'Not started → draft → submitted → approved, or returned with a comment.',
);
export const ReportRagEnum = graphqlEnum(
  'ReportRag',
  REPORT_RAGS,
  'Green: on track. Yellow: deviations the owner handles within the frame. Red: serious deviation, needs a decision or help.',
);
