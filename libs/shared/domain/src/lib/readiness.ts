import type { MeasureStatus } from './measure-status';
import type { PoliticalAnchoringState } from './portfolio';

/**
 * Readiness gates: the region's own rules (Kongsbergregionen's F1, F4, F9 and union consultation) that must be met
 * before a measure may become DECIDED or IN_PROGRESS. Pure: the API refuses a transition with the problems, the web
 * page shows the same list as a checklist.
 */
export const READINESS_GATES = ['ANCHORING', 'ECONOMICS', 'CHECKLIST', 'UNION_CONSULTATION'] as const;
export type ReadinessGate = (typeof READINESS_GATES)[number];

/** Which gates the region applies (the secretariat's settings). */
export type ReadinessRules = Readonly<Record<ReadinessGate, boolean>>;

export const NO_READINESS_RULES: ReadinessRules = {
  ANCHORING: false,
  ECONOMICS: false,
  CHECKLIST: false,
  UNION_CONSULTATION: false,
};

/** The statuses a measure may reach only when every gate the region applies is met. */
export const GATED_STATUSES: readonly MeasureStatus[] = ['DECIDED', 'IN_PROGRESS'];

export function gatesApplyTo(to: MeasureStatus): boolean {
  return GATED_STATUSES.includes(to);
}

/** What is known about one measure, as the gates read it. */
export interface ReadinessFacts {
  readonly politicalAnchoring: PoliticalAnchoringState;
  /** Date, body and case reference of the political anchoring, each recorded or not. */
  readonly anchoring: {
    readonly decidedOn: string | null;
    readonly body: string | null;
    readonly caseReference: string | null;
  };
  /** Cost lines in the cost plan. */
  readonly costLines: number;
  /** Whether the cost plan (with its distribution key) exists. */
  readonly hasDistributionKey: boolean;
  /** Benefits in the benefit-realisation plan. */
  readonly benefits: number;
  /** A recorded reason why the measure has no economic effect (replaces the economic analysis). */
  readonly noEconomicEffectReason: string | null;
  readonly unionConsultation: {
    readonly needed: boolean;
    readonly date: string | null;
    readonly outcome: string | null;
  };
  /** The region's checklist (active items) with whether each is done for this measure. */
  readonly checklist: readonly { readonly id: string; readonly label: string; readonly done: boolean }[];
}

export type ReadinessProblemCode =
  | 'ANCHORING_NOT_RECORDED'
  | 'COSTS_MISSING'
  | 'DISTRIBUTION_KEY_MISSING'
  | 'BENEFITS_MISSING'
  | 'CHECKLIST_ITEM_OPEN'
  | 'UNION_CONSULTATION_NOT_RECORDED';

export interface ReadinessProblem {
  readonly gate: ReadinessGate;
  readonly code: ReadinessProblemCode;
  /** The checklist item, for CHECKLIST_ITEM_OPEN. */
  readonly item?: string;
}

/** One gate as the checklist shows it: whether the region applies it, whether it concerns this measure, what is missing. */
export interface ReadinessGateState {
  readonly gate: ReadinessGate;
  readonly required: boolean;
  /** False when the gate does not concern this measure (no anchoring or consultation needed, an empty checklist). */
  readonly applies: boolean;
  readonly problems: readonly ReadinessProblem[];
}

const filled = (value: string | null | undefined): boolean => !!value && value.trim().length > 0;

function anchoringProblems(facts: ReadinessFacts): ReadinessProblem[] {
  const { decidedOn, body, caseReference } = facts.anchoring;
  const recorded =
    facts.politicalAnchoring === 'ANCHORED' && filled(decidedOn) && filled(body) && filled(caseReference);
  return recorded ? [] : [{ gate: 'ANCHORING', code: 'ANCHORING_NOT_RECORDED' }];
}

function economicsProblems(facts: ReadinessFacts): ReadinessProblem[] {
  if (filled(facts.noEconomicEffectReason)) return [];
  const problems: ReadinessProblem[] = [];
  if (facts.costLines === 0) problems.push({ gate: 'ECONOMICS', code: 'COSTS_MISSING' });
  if (!facts.hasDistributionKey) problems.push({ gate: 'ECONOMICS', code: 'DISTRIBUTION_KEY_MISSING' });
  if (facts.benefits === 0) problems.push({ gate: 'ECONOMICS', code: 'BENEFITS_MISSING' });
  return problems;
}

/** Every gate with its state, in the order of READINESS_GATES. */
export function readinessGates(rules: ReadinessRules, facts: ReadinessFacts): ReadinessGateState[] {
  const anchoringApplies = facts.politicalAnchoring !== 'NOT_NEEDED';
  const unionApplies = facts.unionConsultation.needed;
  const unionRecorded = filled(facts.unionConsultation.date) && filled(facts.unionConsultation.outcome);
  return [
    {
      gate: 'ANCHORING',
      required: rules.ANCHORING,
      applies: anchoringApplies,
      problems: anchoringApplies ? anchoringProblems(facts) : [],
    },
    { gate: 'ECONOMICS', required: rules.ECONOMICS, applies: true, problems: economicsProblems(facts) },
    {
      gate: 'CHECKLIST',
      required: rules.CHECKLIST,
      applies: facts.checklist.length > 0,
      problems: facts.checklist
        .filter((item) => !item.done)
        .map((item) => ({
          gate: 'CHECKLIST' as const,
          code: 'CHECKLIST_ITEM_OPEN' as const,
          item: item.label,
        })),
    },
    {
      gate: 'UNION_CONSULTATION',
      required: rules.UNION_CONSULTATION,
      applies: unionApplies,
      problems:
        unionApplies && !unionRecorded
          ? [{ gate: 'UNION_CONSULTATION', code: 'UNION_CONSULTATION_NOT_RECORDED' }]
          : [],
    },
  ];
}

/** What stops the measure from becoming DECIDED or IN_PROGRESS: the problems of the gates the region applies. */
export function readinessProblems(rules: ReadinessRules, facts: ReadinessFacts): ReadinessProblem[] {
  return readinessGates(rules, facts)
    .filter((gate) => gate.required && gate.applies)
    .flatMap((gate) => gate.problems);
}

export const READINESS_GATE_LABELS: Readonly<Record<ReadinessGate, { nb: string; en: string }>> = {
  ANCHORING: { nb: 'Politisk forankring (F1)', en: 'Political anchoring (F1)' },
  ECONOMICS: { nb: 'Økonomisk analyse (F4)', en: 'Economic analysis (F4)' },
  CHECKLIST: { nb: 'Regionens sjekkliste (F9)', en: "The region's checklist (F9)" },
  UNION_CONSULTATION: { nb: 'Drøfting med tillitsvalgte', en: 'Consultation with union representatives' },
};

/** What is missing, as a person reads it. */
export function readinessProblemText(problem: ReadinessProblem): { nb: string; en: string } {
  switch (problem.code) {
    case 'ANCHORING_NOT_RECORDED':
      return {
        nb: 'politisk forankring er ikke registrert (dato, organ og saksnummer)',
        en: 'political anchoring is not recorded (date, body and case reference)',
      };
    case 'COSTS_MISSING':
      return { nb: 'kostnadsplanen har ingen kostnader', en: 'the cost plan has no costs' };
    case 'DISTRIBUTION_KEY_MISSING':
      return { nb: 'fordelingsnøkkel mangler', en: 'the distribution key is missing' };
    case 'BENEFITS_MISSING':
      return { nb: 'gevinstplanen har ingen gevinster', en: 'the benefit plan has no benefits' };
    case 'CHECKLIST_ITEM_OPEN':
      return {
        nb: `sjekklistepunktet «${problem.item ?? ''}» er ikke utført`,
        en: `the checklist item "${problem.item ?? ''}" is not done`,
      };
    case 'UNION_CONSULTATION_NOT_RECORDED':
      return {
        nb: 'drøfting med tillitsvalgte er ikke registrert (dato og utfall)',
        en: 'the consultation with union representatives is not recorded (date and outcome)',
      };
  }
}

/** The refusal sentence listing every problem. */
export function readinessRefusal(
  to: MeasureStatus,
  problems: readonly ReadinessProblem[],
): { nb: string; en: string } {
  const toNb = to === 'DECIDED' ? 'vedtatt' : 'satt i gang';
  const toEn = to === 'DECIDED' ? 'decided' : 'started';
  const texts = problems.map(readinessProblemText);
  return {
    nb: `Tiltaket kan ikke bli ${toNb} ennå. Dette mangler: ${texts.map((text) => text.nb).join('; ')}.`,
    en: `The measure cannot be ${toEn} yet. Missing: ${texts.map((text) => text.en).join('; ')}.`,
  };
}
