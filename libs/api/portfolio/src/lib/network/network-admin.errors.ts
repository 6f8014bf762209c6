import { badUserInput, notFound } from '@samarbeid/api/platform';
import type { MembershipEndProblem } from '@samarbeid/shared/domain';

import type { NetworkProblem } from './domain/network-rules';

/** What a stale version of a network is called in the CONFLICT sentence. */
export const NETWORK = { nb: 'Nettverket', en: 'The network' } as const;

export const networkNotFound = () =>
  notFound({ nb: 'Fant ikke nettverket.', en: 'The network was not found.' });
export const membershipNotFound = () =>
  notFound({ nb: 'Fant ikke medlemskapet.', en: 'The membership was not found.' });

const NETWORK_PROBLEMS: Readonly<Record<NetworkProblem, { nb: string; en: string }>> = {
  WORKING_GROUP_NEEDS_END: {
    nb: 'En arbeidsgruppe må ha en sluttdato.',
    en: 'A working group needs an end date.',
  },
  END_ONLY_FOR_WORKING_GROUP: {
    nb: 'Bare en arbeidsgruppe har sluttdato.',
    en: 'Only a working group has an end date.',
  },
  PARENT_IS_SELF: {
    nb: 'Et nettverk kan ikke ligge under seg selv.',
    en: 'A network cannot be its own parent.',
  },
  PARENT_CYCLE: {
    nb: 'Det overordnede nettverket ligger selv under dette nettverket.',
    en: 'The parent network is itself below this network.',
  },
  PARENT_CLOSED: {
    nb: 'Det overordnede nettverket er avsluttet.',
    en: 'The parent network is closed.',
  },
  CLOSED: {
    nb: 'Nettverket er avsluttet og kan ikke endres.',
    en: 'The network is closed and cannot be changed.',
  },
};

export const networkProblem = (problem: NetworkProblem) => badUserInput(NETWORK_PROBLEMS[problem]);

export const unknownParent = () =>
  badUserInput({
    nb: 'Det overordnede nettverket finnes ikke i regionen.',
    en: 'The parent network is not in the region.',
  });

export const municipalityNotInRegion = (number: string) =>
  badUserInput({
    nb: `Kommune ${number} er ikke medlem av regionen.`,
    en: `Municipality ${number} is not a member of the region.`,
  });

export const unknownUser = () =>
  badUserInput({
    nb: 'Brukeren er ikke kjent i regionen.',
    en: 'The user is not known in the region.',
  });

export const alreadyMember = (name: string) =>
  badUserInput({
    nb: `${name} er allerede medlem av nettverket i denne perioden.`,
    en: `${name} is already a member of the network in this period.`,
  });

const END_PROBLEMS: Readonly<Record<MembershipEndProblem, { nb: string; en: string }>> = {
  ENDS_BEFORE_START: {
    nb: 'Medlemskapet kan ikke slutte før det begynte.',
    en: 'The membership cannot end before it began.',
  },
  ALREADY_ENDED: { nb: 'Medlemskapet er allerede avsluttet.', en: 'The membership has already ended.' },
};

export const membershipEndRefused = (problem: MembershipEndProblem) => badUserInput(END_PROBLEMS[problem]);
