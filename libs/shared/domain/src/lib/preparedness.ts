import type { Labels } from './portfolio';

/**
 * Preparedness (*beredskap*): the region's psychosocial crisis teams, yearly exercises with their evaluation and
 * follow-up actions, and routines reviewed at an interval. The vocabulary the API, the database and the web share.
 */

/** How an exercise is run, from least to most demanding. */
export const EXERCISE_KINDS = ['TABLE_TOP', 'FUNCTIONAL', 'FULL_SCALE'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export const EXERCISE_KIND_LABELS: Labels<ExerciseKind> = {
  TABLE_TOP: { nb: 'Diskusjonsøvelse (table-top)', en: 'Table-top exercise' },
  FUNCTIONAL: { nb: 'Funksjonsøvelse', en: 'Functional exercise' },
  FULL_SCALE: { nb: 'Fullskalaøvelse', en: 'Full-scale exercise' },
};

/** A regional exercise is the region's joint one; a municipal exercise is a municipality's own (alone or with others). */
export const EXERCISE_SCOPES = ['REGIONAL', 'MUNICIPAL'] as const;
export type ExerciseScope = (typeof EXERCISE_SCOPES)[number];

/** Planned, or held (on a date that has come). Only held exercises count in the yearly check. */
export const EXERCISE_STATUSES = ['PLANNED', 'HELD'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** Outside actors that take part in exercises. */
export const OUTSIDE_ACTORS = [
  'POLICE',
  'HEALTH_TRUST',
  'FIRE_AND_RESCUE',
  'CIVIL_DEFENCE',
  'COUNTY_GOVERNOR',
  'VOLUNTEERS',
] as const;
export type OutsideActor = (typeof OUTSIDE_ACTORS)[number];
export const OUTSIDE_ACTOR_LABELS: Labels<OutsideActor> = {
  POLICE: { nb: 'Politiet', en: 'The police' },
  HEALTH_TRUST: { nb: 'Helseforetaket', en: 'The health trust' },
  FIRE_AND_RESCUE: { nb: 'Brann og redning', en: 'Fire and rescue' },
  CIVIL_DEFENCE: { nb: 'Sivilforsvaret', en: 'The civil defence' },
  COUNTY_GOVERNOR: { nb: 'Statsforvalteren', en: 'The county governor' },
  VOLUNTEERS: { nb: 'Frivillige organisasjoner', en: 'Volunteer organisations' },
};

/** A follow-up action is open until it is done. */
/** What a follow-up action can come from besides an exercise: a decision (vedtak) or an agreement's approval. */
export const FOLLOW_UP_SOURCE_KINDS = ['DECISION', 'AGREEMENT'] as const;
export type FollowUpSourceKind = (typeof FOLLOW_UP_SOURCE_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_STATUS_LABELS: Labels<FollowUpStatus> = {
  OPEN: { nb: 'Ikke startet', en: 'Not started' },
  IN_PROGRESS: { nb: 'Pågår', en: 'In progress' },
  DONE: { nb: 'Fullført', en: 'Done' },
};

/** Green when the duty is met, red when it is not. */
export const CHECK_STATUSES = ['GREEN', 'RED'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** The web path of the follow-up list, used in reminders and their e-mails. */
export const FOLLOW_UP_PATH = '/beredskap/oppfolging';
