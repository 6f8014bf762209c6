import { badUserInput, conflict, notFound } from '@samarbeid/api/platform';

import type { MeasureProblem } from './domain/measure-changes';

/** What a stale version is called in the CONFLICT sentence ("Tiltaket er endret av noen andre …"). */
export const MEASURE = { nb: 'Tiltaket', en: 'The measure' } as const;

export const measureNotFound = () =>
  notFound({
    nb: 'Fant ikke tiltaket. Det kan være slettet.',
    en: 'The measure was not found. It may have been deleted.',
  });

export const codeTaken = (code: string) =>
  conflict({
    nb: `Koden ${code} er allerede i bruk i regionen. Velg en annen kode.`,
    en: `The code ${code} is already used in the region. Choose another code.`,
  });

export const legalFormMismatch = () =>
  badUserInput({
    nb: 'Et lovfestet samarbeid må ha en juridisk form, og bare lovfestede samarbeid kan ha det.',
    en: 'A statutory collaboration needs a legal form, and only statutory ones can have one.',
  });

export const endBeforeStart = () =>
  badUserInput({
    nb: 'Sluttdato kan ikke være før startdato.',
    en: 'The end date cannot be before the start date.',
  });

export const networkNotInRegion = () =>
  badUserInput({
    nb: 'Nettverket finnes ikke i denne regionen.',
    en: 'The network does not exist in this region.',
  });

export const parentNotInRegion = () =>
  badUserInput({
    nb: 'Det overordnede tiltaket må finnes i samme region, og kan ikke være tiltaket selv.',
    en: 'The parent measure must be in the same region and cannot be the measure itself.',
  });

export const dependencyCycle = (codes: readonly string[]) =>
  badUserInput({
    nb: `Avhengigheten ville gitt en sirkel: ${codes.join(' → ')}.`,
    en: `The dependency would make a cycle: ${codes.join(' → ')}.`,
  });

export const dependencyAcrossRegions = () =>
  badUserInput({
    nb: 'Et tiltak kan bare avhenge av tiltak i samme region.',
    en: 'A measure can only depend on measures in the same region.',
  });

export const requiredTitle = () =>
  badUserInput({
    nb: 'Et nytt tiltak må ha tittel, nettverk, tjenesteområde og samarbeidsform.',
    en: 'A new measure needs a title, network, service area and tier.',
  });

export const noSuchDependency = () =>
  badUserInput({
    nb: 'Tiltaket har ikke den avhengigheten.',
    en: 'The measure has no such dependency.',
  });

export const goalOutsideRegion = () =>
  badUserInput({
    nb: 'Et av målene finnes ikke i en strategi i tiltakets region.',
    en: "One of the goals is not in a strategy of the measure's region.",
  });

/** The sentence for each refusal of {@link measureProblem}. */
export function measureRefused(problem: MeasureProblem) {
  switch (problem) {
    case 'LEGAL_FORM_MISMATCH':
      return legalFormMismatch();
    case 'END_BEFORE_START':
      return endBeforeStart();
    case 'PARENT_IS_SELF':
      return parentNotInRegion();
  }
}

/** An illegal status jump, naming the allowed next states (also as `extensions.allowedNext`). */
export const transitionRefused = (check: {
  readonly nb: string;
  readonly en: string;
  readonly allowed: readonly string[];
}) => badUserInput({ nb: check.nb, en: check.en }, { allowedNext: [...check.allowed] });
