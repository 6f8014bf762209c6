import { badUserInput, forbidden } from '@samarbeid/api/platform';
import type { MeasureStatus, ReadinessProblem } from '@samarbeid/shared/domain';
import { readinessProblemText, readinessRefusal } from '@samarbeid/shared/domain';

/** What a stale version of the region's settings is called in the CONFLICT sentence. */
export const GOVERNANCE = { nb: 'Styringsreglene', en: 'The governance rules' } as const;

/** A transition the readiness gates refuse: the sentence lists what is missing, `extensions.missing` the codes. */
export const notReady = (to: MeasureStatus, problems: readonly ReadinessProblem[]) =>
  badUserInput(readinessRefusal(to, problems), {
    missing: problems.map((problem) => problem.code),
    missingText: problems.map((problem) => readinessProblemText(problem).nb),
  });

export const onlySecretariatOverrides = () =>
  forbidden({
    nb: 'Bare sekretariatet kan overstyre kravene før vedtak.',
    en: 'Only the secretariat can override the readiness gates.',
  });

export const unknownChecklistItem = () =>
  badUserInput({
    nb: 'Sjekklistepunktet finnes ikke i regionens sjekkliste.',
    en: "The checklist item is not in the region's checklist.",
  });

export const duplicateChecklistItem = () =>
  badUserInput({
    nb: 'Det samme sjekklistepunktet står to ganger.',
    en: 'The same checklist item is listed twice.',
  });

export const memberNotInRegion = () =>
  badUserInput({
    nb: 'Den ansvarlige må være medlem av et nettverk i regionen.',
    en: 'The responsible person must be a member of a network of the region.',
  });

export const cooperatingNetworkProblem = () =>
  badUserInput({
    nb: 'Samarbeidende nettverk må finnes i regionen og kan ikke være nettverket som eier tiltaket.',
    en: 'Co-operating networks must be in the region and cannot be the owning network.',
  });

export const unionConsultationIncomplete = () =>
  badUserInput({
    nb: 'Drøfting med tillitsvalgte kan bare ha dato og utfall når drøfting er nødvendig.',
    en: 'A union consultation date and outcome need the consultation to be flagged as needed.',
  });
