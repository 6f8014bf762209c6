import type { Labels } from './portfolio';

/** How often a region reports: by half-year, by tertial (four months) or once a year. */
export const REPORTING_PERIOD_KINDS = ['HALF_YEAR', 'TERTIAL', 'ANNUAL'] as const;
export type ReportingPeriodKind = (typeof REPORTING_PERIOD_KINDS)[number];
export const REPORTING_PERIOD_KIND_LABELS: Labels<ReportingPeriodKind> = {
  HALF_YEAR: { nb: 'Halvår', en: 'Half-year' },
  TERTIAL: { nb: 'Tertial', en: 'Tertial' },
  ANNUAL: { nb: 'År', en: 'Annual' },
};

/** A reporting period is open for reports until the secretariat closes it. */
export const REPORTING_PERIOD_STATUSES = ['OPEN', 'CLOSED'] as const;
export type ReportingPeriodStatus = (typeof REPORTING_PERIOD_STATUSES)[number];

/** What a report is about: a measure under way, or a network's action plan as a whole. */
export const REPORT_SUBJECT_KINDS = ['MEASURE', 'ACTION_PLAN'] as const;
export type ReportSubjectKind = (typeof REPORT_SUBJECT_KINDS)[number];

/** A status report's way: not started → draft → submitted → approved, or returned (with a comment) and resubmitted. */
export const STATUS_REPORT_STATES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type StatusReportState = (typeof STATUS_REPORT_STATES)[number];
export const STATUS_REPORT_STATE_LABELS: Labels<StatusReportState> = {
  NOT_STARTED: { nb: 'Ikke påbegynt', en: 'Not started' },
  DRAFT: { nb: 'Utkast', en: 'Draft' },
  SUBMITTED: { nb: 'Levert', en: 'Submitted' },
  RETURNED: { nb: 'Sendt tilbake', en: 'Returned' },
  APPROVED: { nb: 'Godkjent', en: 'Approved' },
};

/** The owner's traffic light, each colour with a stated meaning. */
export const REPORT_RAGS = ['GREEN', 'YELLOW', 'RED'] as const;
export type ReportRag = (typeof REPORT_RAGS)[number];
export const REPORT_RAG_LABELS: Labels<ReportRag> = {
  GREEN: { nb: 'Grønn', en: 'Green' },
  YELLOW: { nb: 'Gul', en: 'Yellow' },
  RED: { nb: 'Rød', en: 'Red' },
};
export const REPORT_RAG_MEANINGS: Labels<ReportRag> = {
  GREEN: { nb: 'Går etter planen.', en: 'On track.' },
  YELLOW: {
    nb: 'Avvik som eieren håndterer innenfor rammene.',
    en: 'Deviations the owner handles within the frame.',
  },
  RED: {
    nb: 'Alvorlig avvik: trenger en beslutning eller hjelp.',
    en: 'Serious deviation: needs a decision or help.',
  },
};

/** The web path of a reporting period's page, used in notifications and e-mails. */
export function reportingPeriodPath(periodId: string): string {
  return `/rapportering/${periodId}`;
}

/** The web path of one status report's form. */
export function statusReportPath(periodId: string, reportId: string): string {
  return `/rapportering/${periodId}/rapport/${reportId}`;
}

/**
 * A region's compiled report for a period, as frozen: every figure it shows, copied at the time of compiling, so a
 * frozen version never changes when the live data does. Amounts are decimal strings (NOK, two decimals).
 */
export interface CompiledReportData {
  readonly regionName: string;
  /**
   * Set on a municipality's variant ("what Flesberg took part in, paid and gained"): every section then shows only
   * the measures it takes part in, and the economics are its own shares. Null or missing: the region's report.
   */
  readonly municipality?: CompiledMunicipality | null;
  readonly period: {
    readonly name: string;
    readonly kind: ReportingPeriodKind;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly dueDate: string;
  };
  readonly summary: string;
  readonly compiledAt: string;
  readonly portfolio: {
    readonly byStatus: readonly { readonly status: string; readonly count: number }[];
    readonly byTier: readonly { readonly tier: string; readonly count: number }[];
    readonly measureCount: number;
  };
  readonly networks: readonly CompiledNetwork[];
  readonly economics: {
    readonly requiredNok: string;
    readonly plannedBenefitsNok: string;
    readonly realisedBenefitsNok: string;
    readonly plannedCostsNok: string;
    readonly measures: readonly CompiledMeasureEconomics[];
    /** Each member municipality's shares (missing in versions frozen before they were compiled). */
    readonly municipalities?: readonly CompiledMunicipalityEconomics[];
  };
  readonly decisions: readonly {
    readonly decidedOn: string;
    readonly body: string;
    readonly caseReference: string;
    readonly title: string;
  }[];
  readonly agreements: {
    readonly signed: readonly CompiledAgreement[];
    readonly ended: readonly CompiledAgreement[];
  };
}

export interface CompiledAgreement {
  readonly title: string;
  readonly legalForm: string;
  readonly date: string;
}

export interface CompiledMeasureEconomics {
  readonly code: string;
  readonly title: string;
  readonly participants: number;
  readonly plannedCostsNok: string;
  readonly plannedBenefitsNok: string;
  readonly realisedBenefitsNok: string;
  /** On a municipality's variant: its own share of the measure's costs and its own benefits. */
  readonly share?: CompiledShare;
}

/**
 * A municipality's part of the figures: its share of the planned costs by the measures' distribution keys (null when
 * a key cannot split them), and the benefits planned and realised for it (benefits planned for the region as a whole
 * are not split on the municipalities).
 */
export interface CompiledShare {
  readonly costShareNok: string | null;
  readonly plannedBenefitsNok: string;
  readonly realisedBenefitsNok: string;
}

export interface CompiledMunicipalityEconomics extends CompiledShare {
  readonly number: string;
  readonly name: string;
  /** How many of the economics section's measures it takes part in. */
  readonly measureCount: number;
  /** Its own required saving (nedtrekk) in the period's years. */
  readonly requiredNok: string;
  /** Measures whose key could not split the costs, so its cost share leaves them out. */
  readonly unsplit: readonly string[];
}

export interface CompiledMunicipality {
  readonly number: string;
  readonly name: string;
  /** The measures it has opted out of, with its reason (opt-outs are shown, never hidden). */
  readonly optedOut: readonly { readonly code: string; readonly title: string; readonly reason: string }[];
}

export interface CompiledNetwork {
  readonly name: string;
  readonly goals: readonly {
    readonly title: string;
    readonly indicators: readonly {
      readonly name: string;
      readonly unit: string;
      readonly baseline: string;
      readonly target: string;
    }[];
  }[];
  readonly actionPlan: readonly {
    readonly code: string;
    readonly title: string;
    readonly priority: number;
  }[];
  readonly reports: readonly CompiledStatusReport[];
}

export interface CompiledStatusReport {
  readonly subject: string;
  readonly state: StatusReportState;
  readonly rag: ReportRag | null;
  readonly progressPercent: number | null;
  readonly done: string;
  readonly deviations: string;
  readonly nextSteps: string;
  readonly risks: string;
  readonly realisedBenefitsNok: string | null;
  readonly costsNok: string | null;
}
