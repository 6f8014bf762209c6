import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';

import type { DatesProblem } from './domain/plan-rules';
import { MAX_CAPACITY } from './domain/plan-rules';

/** The refusals of the implementation plan, in Norwegian and English. */
export { regionNotFound } from '@samarbeid/api/data-access';

export const measureNotFound = () =>
  badUserInput({
    nb: 'Fant ikke tiltaket. Det kan være slettet.',
    en: 'The measure was not found. It may have been deleted.',
  });

export const milestoneNotFound = () =>
  badUserInput({
    nb: 'Fant ikke milepælen. Den kan være slettet.',
    en: 'The milestone was not found. It may have been deleted.',
  });

export const networkNotFound = () =>
  badUserInput({ nb: 'Fant ikke nettverket.', en: 'The network was not found.' });

export const baselineNotFound = () =>
  badUserInput({
    nb: 'Fant ikke grunnlinjen i denne regionen.',
    en: 'The baseline was not found in this region.',
  });

export const feedNotFound = () =>
  badUserInput({
    nb: 'Fant ikke kalenderabonnementet, eller det er allerede trukket tilbake.',
    en: 'The calendar feed was not found, or it has already been revoked.',
  });

export const networkOutsideRegion = () =>
  badUserInput({
    nb: 'Nettverket hører ikke til denne regionen.',
    en: 'The network does not belong to this region.',
  });

export const mayNotEdit = () =>
  forbidden({
    nb: 'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre planen for det.',
    en: 'Only the secretariat or the leader of the owning network can change its plan.',
  });

export const mayNotManage = (what: { nb: string; en: string }) =>
  forbidden({ nb: `Bare sekretariatet kan ${what.nb}.`, en: `Only the secretariat can ${what.en}.` });

export const baselineNameTaken = (name: string) =>
  badUserInput({
    nb: `Regionen har allerede en grunnlinje som heter «${name}». Velg et annet navn.`,
    en: `The region already has a baseline called "${name}". Choose another name.`,
  });

export const tooManyMilestones = (max: number) =>
  badUserInput({
    nb: `Et tiltak kan ha høyst ${max} milepæler.`,
    en: `A measure can have at most ${max} milestones.`,
  });

export const tooManyFeeds = (max: number) =>
  badUserInput({
    nb: `Du kan ha høyst ${max} kalenderabonnementer. Trekk tilbake et du ikke bruker.`,
    en: `You can have at most ${max} calendar feeds. Revoke one you do not use.`,
  });

const DATES: Record<DatesProblem, { nb: string; en: string }> = {
  NOT_A_DAY: { nb: 'Datoen finnes ikke i kalenderen.', en: 'The date does not exist in the calendar.' },
  END_BEFORE_START: {
    nb: 'Sluttdatoen kan ikke være før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  OUT_OF_RANGE: {
    nb: 'Datoen må være mellom år 2000 og 2100.',
    en: 'The date must be between the years 2000 and 2100.',
  },
};

export const badDates = (problem: DatesProblem) => badUserInput(DATES[problem]);

export const capacityOutOfRange = () =>
  badUserInput({
    nb: `Kapasiteten må være mellom 0 og ${MAX_CAPACITY}.`,
    en: `The capacity must be between 0 and ${MAX_CAPACITY}.`,
  });

/** The feed's address is unknown or revoked: the same answer for both, so a guess learns nothing. */
export const feedGone = () => notFound({ nb: 'Fant ikke kalenderen.', en: 'The calendar was not found.' });
