import type { AppError, ErrorText } from '@samarbeid/api/platform';
import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';

import type { ExerciseProblem } from './domain/exercise-rules';
import type { FollowUpProblem } from './domain/follow-up-rules';

/**
 * Preparedness's refusals in one place: the rules answer with codes, and here they become the sentences a user
 * reads (Norwegian, with English in `extensions.messageEn`) and the GraphQL error codes.
 */

export const memberNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke personen på kriseteamet.', en: 'The crisis team member was not found.' });

export const exerciseNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke øvelsen.', en: 'The exercise was not found.' });

export const actionNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke oppfølgingstiltaket.', en: 'The follow-up action was not found.' });

export const routineNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke rutinen.', en: 'The routine was not found.' });

export const THE_MEMBER: ErrorText = { nb: 'Oppføringen på kriseteamet', en: 'The crisis team entry' };
export const THE_EXERCISE: ErrorText = { nb: 'Øvelsen', en: 'The exercise' };
export const THE_ACTION: ErrorText = { nb: 'Oppfølgingstiltaket', en: 'The follow-up action' };
export const THE_ROUTINE: ErrorText = { nb: 'Rutinen', en: 'The routine' };

/** A refusal that names the input field it is about, as validation does (`extensions.fields`). */
export function fieldRefusal(text: ErrorText, field: string): AppError {
  return badUserInput(text, { fields: [{ field, message: text.nb, messageEn: text.en }] });
}

// Who may

export const rosterRefused = (): AppError =>
  forbidden({
    nb: 'Bare sekretariatet fører kriseteamenes medlemsliste.',
    en: "Only the secretariat keeps the crisis teams' roster.",
  });

export const recordRefused = (municipalityName: string | null): AppError =>
  forbidden(
    municipalityName
      ? {
          nb: `Bare sekretariatet og kommunedirektøren i ${municipalityName} kan registrere for ${municipalityName}.`,
          en: `Only the secretariat and the municipal director of ${municipalityName} can record for ${municipalityName}.`,
        }
      : {
          nb: 'Bare sekretariatet kan registrere for regionen som helhet.',
          en: 'Only the secretariat can record for the region as a whole.',
        },
  );

export const followUpRefused = (): AppError =>
  forbidden({
    nb: 'Bare den ansvarlige, kommunedirektøren i kommunen og sekretariatet kan endre status.',
    en: "Only the owner, the municipality's director and the secretariat can change the status.",
  });

export const remindRefused = (): AppError =>
  forbidden({
    nb: 'Bare sekretariatet kan sende påminnelser om forfalte tiltak.',
    en: 'Only the secretariat can send reminders about overdue actions.',
  });

// What is wrong

export const notInRegion = (number: string, field = 'municipalityNumber'): AppError =>
  fieldRefusal(
    {
      nb: `Kommune ${number} er ikke medlem av regionen.`,
      en: `Municipality ${number} is not a member of the region.`,
    },
    field,
  );

export const unknownPerson = (field = 'userId'): AppError =>
  fieldRefusal(
    {
      nb: 'Ukjent bruker: velg en person fra regionens nettverk eller kriseteam, eller skriv et navn.',
      en: "Unknown user: choose a person from the region's networks or crisis teams, or write a name.",
    },
    field,
  );

export const deputyOfRefused = (): AppError =>
  badUserInput({
    nb: 'En vara må stå for et medlem av det samme teamet, som ikke selv er vara.',
    en: 'A deputy must stand in for a member of the same team who is not a deputy themselves.',
  });

export const teamFull = (max: number): AppError =>
  badUserInput({
    nb: `Et kriseteam kan ha høyst ${max} personer.`,
    en: `A crisis team can have at most ${max} people.`,
  });

export const exerciseOutsideRegion = (): AppError =>
  fieldRefusal(
    { nb: 'Øvelsen hører til en annen region.', en: 'The exercise belongs to another region.' },
    'exerciseId',
  );

export const sourceOutsideRegion = (kind: 'DECISION' | 'AGREEMENT'): AppError =>
  fieldRefusal(
    kind === 'DECISION'
      ? { nb: 'Vedtaket finnes ikke i regionen.', en: 'The decision does not exist in the region.' }
      : { nb: 'Avtalen finnes ikke i regionen.', en: 'The agreement does not exist in the region.' },
    'source.id',
  );

export const measureOutsideRegion = (): AppError =>
  fieldRefusal(
    { nb: 'Tiltaket finnes ikke i regionen.', en: 'The measure does not exist in the region.' },
    'measureId',
  );

export const reviewInFuture = (field = 'reviewedOn'): AppError =>
  fieldRefusal(
    {
      nb: 'En gjennomgang kan ikke registreres på en dag som ikke har kommet.',
      en: 'A review cannot be recorded on a day that has not come.',
    },
    field,
  );

export const notADate = (field: string, label: ErrorText): AppError =>
  fieldRefusal(
    { nb: `${label.nb} finnes ikke i kalenderen.`, en: `${label.en} does not exist in the calendar.` },
    field,
  );

const EXERCISE_PROBLEMS: Readonly<Record<ExerciseProblem, { text: ErrorText; field: string }>> = {
  DATE_NOT_A_DATE: {
    text: { nb: 'Datoen finnes ikke i kalenderen.', en: 'The date does not exist in the calendar.' },
    field: 'heldOn',
  },
  HELD_IN_FUTURE: {
    text: {
      nb: 'En øvelse kan ikke være holdt på en dato som ikke har kommet. Registrer den som planlagt.',
      en: 'An exercise cannot have been held on a date that has not come. Register it as planned.',
    },
    field: 'status',
  },
  ORGANISER_MISSING: {
    text: { nb: 'Velg kommunen som holder øvelsen.', en: 'Choose the municipality holding the exercise.' },
    field: 'organiserMunicipalityNumber',
  },
  ORGANISER_NOT_FOR_REGIONAL: {
    text: {
      nb: 'Den regionale øvelsen holdes av regionen, ikke av én kommune.',
      en: 'The regional exercise is held by the region, not by one municipality.',
    },
    field: 'organiserMunicipalityNumber',
  },
  NO_PARTICIPANTS: {
    text: { nb: 'Velg minst én kommune som deltar.', en: 'Choose at least one municipality taking part.' },
    field: 'participantNumbers',
  },
  OUTSIDE_REGION: {
    text: {
      nb: 'Alle deltakende kommuner må være medlemmer av regionen.',
      en: 'Every municipality taking part must be a member of the region.',
    },
    field: 'participantNumbers',
  },
};

export function exerciseRefused(problem: ExerciseProblem): AppError {
  const { text, field } = EXERCISE_PROBLEMS[problem];
  return fieldRefusal(text, field);
}

const FOLLOW_UP_PROBLEMS: Readonly<Record<FollowUpProblem, { text: ErrorText; field: string }>> = {
  OWNER_MISSING: {
    text: { nb: 'Velg en ansvarlig, eller skriv navnet.', en: 'Choose an owner, or write their name.' },
    field: 'ownerName',
  },
  OWNER_TWICE: {
    text: {
      nb: 'Velg en ansvarlig eller skriv et navn, ikke begge.',
      en: 'Choose an owner or write a name, not both.',
    },
    field: 'ownerName',
  },
  DEADLINE_NOT_A_DATE: {
    text: { nb: 'Fristen finnes ikke i kalenderen.', en: 'The deadline does not exist in the calendar.' },
    field: 'deadline',
  },
};

export function followUpInputRefused(problem: FollowUpProblem): AppError {
  const { text, field } = FOLLOW_UP_PROBLEMS[problem];
  return fieldRefusal(text, field);
}
