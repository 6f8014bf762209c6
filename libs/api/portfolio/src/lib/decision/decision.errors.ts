import { badUserInput } from '@samarbeid/api/platform';
import type { DecisionBodyProblem } from '@samarbeid/shared/domain';

const BODY_PROBLEMS: Readonly<Record<DecisionBodyProblem, { nb: string; en: string }>> = {
  MUNICIPALITY_REQUIRED: {
    nb: 'Et kommunestyrevedtak må ha kommunen.',
    en: 'A municipal council decision needs the municipality.',
  },
  NETWORK_REQUIRED: {
    nb: 'Et nettverksvedtak må ha nettverket.',
    en: 'A network decision needs the network.',
  },
};

export const decisionBodyRefused = (problem: DecisionBodyProblem) => badUserInput(BODY_PROBLEMS[problem]);

export const measureOutsideRegion = () =>
  badUserInput({
    nb: 'Et av tiltakene finnes ikke i regionen.',
    en: 'One of the measures does not exist in the region.',
  });
