import type { AppError, ErrorText } from '@samarbeid/api/platform';
import { badUserInput, conflict, forbidden, notFound } from '@samarbeid/api/platform';

import type { PeriodProblem, ReportProblem } from './domain/reporting-rules';

/** Reporting's refusals: the rules answer with codes, and here they become sentences (Norwegian, English). */

export const THE_PERIOD: ErrorText = { nb: 'Rapporteringsperioden', en: 'The reporting period' };
export const THE_REPORT: ErrorText = { nb: 'Statusrapporten', en: 'The status report' };

export const periodNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke rapporteringsperioden.', en: 'The reporting period was not found.' });

export const reportNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke statusrapporten.', en: 'The status report was not found.' });

export const secretariatOnly = (what: ErrorText): AppError =>
  forbidden({ nb: `Bare sekretariatet kan ${what.nb}.`, en: `Only the secretariat can ${what.en}.` });

export const writeRefused = (): AppError =>
  forbidden({
    nb: 'Bare lederen av nettverket som eier rapporten, eller den rapporten er gitt til, kan skrive den.',
    en: 'Only the leader of the owning network, or the person the report was handed to, can write it.',
  });

export const assignRefused = (): AppError =>
  forbidden({
    nb: 'Bare lederen av nettverket som eier rapporten, kan gi den videre.',
    en: 'Only the leader of the owning network can hand the report on.',
  });

export const nameTaken = (name: string): AppError =>
  conflict({
    nb: `Regionen har allerede en rapporteringsperiode som heter «${name}».`,
    en: `The region already has a reporting period named "${name}".`,
  });

export const notANetworkMember = (): AppError =>
  fieldRefusal(
    {
      nb: 'Rapporten kan bare gis til et medlem av nettverket med bruker.',
      en: 'The report can only be handed to a member of the network who has a user.',
    },
    'assigneeUserId',
  );

/** A refusal that names the input field it is about, as validation does (`extensions.fields`). */
export function fieldRefusal(text: ErrorText, field: string): AppError {
  return badUserInput(text, { fields: [{ field, message: text.nb, messageEn: text.en }] });
}

const PERIOD_PROBLEMS: Record<PeriodProblem, { text: ErrorText; field: string }> = {
  NAME_MISSING: { text: { nb: 'Gi perioden et navn.', en: 'Give the period a name.' }, field: 'name' },
  DATES_ORDER: {
    text: {
      nb: 'Perioden må slutte samme dag som eller etter at den begynner, og datoene må finnes.',
      en: 'The period must end on or after the day it starts, and the dates must exist.',
    },
    field: 'periodTo',
  },
  DUE_BEFORE_START: {
    text: {
      nb: 'Fristen må være en dato som finnes, og kan ikke være før perioden begynner.',
      en: 'The due date must be a real date and cannot be before the period starts.',
    },
    field: 'dueDate',
  },
};

export function periodRefused(problem: PeriodProblem): AppError {
  const { text, field } = PERIOD_PROBLEMS[problem];
  return fieldRefusal(text, field);
}

const REPORT_PROBLEMS: Record<ReportProblem, { text: ErrorText; field?: string }> = {
  PERIOD_CLOSED: {
    text: {
      nb: 'Perioden er lukket; rapportene kan ikke lenger endres.',
      en: 'The period is closed; its reports can no longer change.',
    },
  },
  NOT_EDITABLE: {
    text: {
      nb: 'Rapporten er levert eller godkjent og kan ikke endres nå.',
      en: 'The report is submitted or approved and cannot change now.',
    },
  },
  NOT_SUBMITTED: {
    text: {
      nb: 'Bare en levert rapport kan godkjennes eller sendes tilbake.',
      en: 'Only a submitted report can be approved or returned.',
    },
  },
  RAG_MISSING: {
    text: {
      nb: 'Velg status (grønn, gul eller rød) før du leverer.',
      en: 'Choose a status before submitting.',
    },
    field: 'rag',
  },
  PROGRESS_MISSING: {
    text: { nb: 'Oppgi fremdrift i prosent før du leverer.', en: 'State the progress before submitting.' },
    field: 'progressPercent',
  },
  DONE_MISSING: {
    text: { nb: 'Skriv hva som er gjort før du leverer.', en: 'Write what was done before submitting.' },
    field: 'done',
  },
  COMMENT_MISSING: {
    text: {
      nb: 'Skriv en kommentar som forteller eieren hva som må rettes.',
      en: 'Write a comment telling the owner what to correct.',
    },
    field: 'comment',
  },
};

export function reportRefused(problem: ReportProblem): AppError {
  const { text, field } = REPORT_PROBLEMS[problem];
  return field ? fieldRefusal(text, field) : badUserInput(text);
}

export const frozenNotFound = (): AppError =>
  notFound({ nb: 'Fant ikke rapportversjonen.', en: 'The report version was not found.' });

export const notAMember = (number: string, regionName: string): AppError =>
  fieldRefusal(
    {
      nb: `Kommune ${number} er ikke medlem av ${regionName}, så den har ingen egen rapport her.`,
      en: `Municipality ${number} is not a member of ${regionName}, so it has no report of its own here.`,
    },
    'municipalityNumber',
  );
