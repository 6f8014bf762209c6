import { badUserInput, notFound } from '@samarbeid/api/platform';
import type {
  ActionPlanProblem,
  StrategyContentProblem,
  StrategyStatus,
  StrategyStepProblem,
} from '@samarbeid/shared/domain';

import type { CarryOverProblem } from './domain/action-plan-carry-over';

/** A strategy's status in a Norwegian sentence. */
export const STRATEGY_STATUS_NB: Readonly<Record<StrategyStatus, string>> = {
  DRAFT: 'utkast',
  CONSULTATION: 'på høring',
  ADOPTED: 'vedtatt',
  ARCHIVED: 'arkivert',
};

/** What a stale version is called in the CONFLICT sentence ("Strategien er endret av noen andre …"). */
export const STRATEGY = { nb: 'Strategien', en: 'The strategy' } as const;

export const strategyNotFound = () =>
  notFound({ nb: 'Fant ikke strategien.', en: 'The strategy was not found.' });

export const networkMissing = () =>
  badUserInput({ nb: 'Nettverket finnes ikke.', en: 'The network does not exist.' });

export const strategyClosed = () =>
  badUserInput({
    nb: 'En vedtatt eller arkivert strategi kan ikke endres. Lag en ny strategi for neste periode.',
    en: 'An adopted or archived strategy cannot be changed. Create a new strategy for the next period.',
  });

export const contentRefused = (problem: StrategyContentProblem) => {
  switch (problem.code) {
    case 'PERIOD_BACKWARDS':
      return badUserInput({
        nb: 'Perioden kan ikke slutte før den begynner.',
        en: 'The period cannot end before it begins.',
      });
    case 'CONSULTATION_END_NOT_A_DATE':
      return badUserInput({
        nb: 'Høringsfristen er ikke en dato som finnes.',
        en: 'The consultation end date is not a date that exists.',
      });
    case 'TARGET_BEFORE_BASELINE':
      return badUserInput({
        nb: `Målåret for «${problem.indicator}» kan ikke være før året for utgangsverdien.`,
        en: `The target year of "${problem.indicator}" cannot be before its baseline year.`,
      });
  }
};

export const actionPlanRefused = (problem: ActionPlanProblem) =>
  problem.code === 'YEAR_OUTSIDE_PERIOD'
    ? badUserInput({
        nb: `Året må være innenfor strategiperioden ${problem.periodFrom}–${problem.periodTo}.`,
        en: `The year must be within the strategy period ${problem.periodFrom}–${problem.periodTo}.`,
      })
    : badUserInput({
        nb: 'Et tiltak står flere ganger i planen.',
        en: 'A measure appears more than once in the plan.',
      });

export const unknownCodes = (missing: readonly string[]) =>
  badUserInput({
    nb: `Fant ikke tiltak ${missing.join(', ')} i regionen.`,
    en: `No measure ${missing.join(', ')} in the region.`,
  });

export const stepRefused = (problem: StrategyStepProblem, from: StrategyStatus, to: StrategyStatus) =>
  problem === 'NOT_FROM_HERE'
    ? badUserInput({
        nb: `En strategi som er ${STRATEGY_STATUS_NB[from]}, kan ikke bli ${STRATEGY_STATUS_NB[to]}.`,
        en: `A strategy that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}.`,
      })
    : badUserInput({
        nb: 'Velg vedtaket i KDU som vedtar strategien.',
        en: 'Choose the KDU decision that adopts the strategy.',
      });

export const notKduDecision = () =>
  badUserInput({
    nb: 'Vedtaket må være et KDU-vedtak i samme region.',
    en: 'The decision must be a KDU decision in the same region.',
  });

export const carryOverRefused = (problem: CarryOverProblem) => {
  switch (problem.code) {
    case 'YEAR_OUTSIDE_PERIOD':
      return badUserInput({
        nb: `Både året og året etter må være innenfor strategiperioden ${problem.periodFrom}–${problem.periodTo}.`,
        en: `Both the year and the next must be within the strategy period ${problem.periodFrom}–${problem.periodTo}.`,
      });
    case 'NEXT_YEAR_PLANNED':
      return badUserInput({
        nb: `Handlingsplanen for ${problem.year} har allerede tiltak. Endre den i stedet for å starte den på nytt.`,
        en: `The action plan for ${problem.year} already has measures. Edit it rather than start it again.`,
      });
    case 'NOTHING_UNFINISHED':
      return badUserInput({
        nb: `Handlingsplanen for ${problem.year} har ingen uferdige tiltak å ta med videre.`,
        en: `The action plan for ${problem.year} has no unfinished measures to carry over.`,
      });
  }
};
