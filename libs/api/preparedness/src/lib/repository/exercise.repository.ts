import { ExerciseEntity, ExerciseParticipantEntity } from '@samarbeid/api/data-access';
import type { ExerciseKind, ExerciseScope, ExerciseStatus, OutsideActor } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import type { CheckedExercise } from '../domain/yearly-check';

export interface ExerciseRow {
  readonly id: string;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly title: string;
  readonly heldOn: string;
  readonly kind: ExerciseKind;
  readonly scope: ExerciseScope;
  readonly status: ExerciseStatus;
  readonly organiserMunicipalityNumber: string | null;
  readonly organiserName: string | null;
  readonly scenario: string;
  readonly outsideActors: OutsideActor[];
  readonly otherActors: string | null;
  readonly wentWell: string | null;
  readonly wentBadly: string | null;
  readonly lessonsLearned: string | null;
  readonly version: number;
}

/** What an exercise says, as stored (the scope and the organiser are set once, at registration). */
export interface ExerciseContent {
  readonly title: string;
  readonly heldOn: string;
  readonly kind: ExerciseKind;
  readonly status: ExerciseStatus;
  readonly scenario: string;
  readonly outsideActors: OutsideActor[];
  readonly otherActors: string | null;
  readonly wentWell: string | null;
  readonly wentBadly: string | null;
  readonly lessonsLearned: string | null;
}

export interface Participant {
  readonly number: string;
  readonly name: string;
}

interface ExerciseSqlRow {
  id: string;
  region_id: string;
  region_slug: string;
  title: string;
  held_on: string;
  kind: ExerciseKind;
  scope: ExerciseScope;
  status: ExerciseStatus;
  organiser_municipality_number: string | null;
  organiser_name: string | null;
  scenario: string;
  outside_actors: OutsideActor[];
  other_actors: string | null;
  went_well: string | null;
  went_badly: string | null;
  lessons_learned: string | null;
  version: number;
}

const SELECT_EXERCISE = `SELECT e.id, e.region_id, r.slug AS region_slug, e.title, to_char(e.held_on, 'YYYY-MM-DD') AS held_on,
       e.kind, e.scope, e.status, e.organiser_municipality_number, om.name AS organiser_name, e.scenario,
       e.outside_actors, e.other_actors, e.went_well, e.went_badly, e.lessons_learned, e.version
  FROM exercise e JOIN region r ON r.id = e.region_id
  LEFT JOIN municipality om ON om.number = e.organiser_municipality_number`;

function exerciseRow(row: ExerciseSqlRow): ExerciseRow {
  return {
    id: row.id,
    regionId: row.region_id,
    regionSlug: row.region_slug,
    title: row.title,
    heldOn: row.held_on,
    kind: row.kind,
    scope: row.scope,
    status: row.status,
    organiserMunicipalityNumber: row.organiser_municipality_number,
    organiserName: row.organiser_name,
    scenario: row.scenario,
    outsideActors: row.outside_actors,
    otherActors: row.other_actors,
    wentWell: row.went_well,
    wentBadly: row.went_badly,
    lessonsLearned: row.lessons_learned,
    version: row.version,
  };
}

export interface ExerciseListFilter {
  readonly year?: number | null;
  readonly municipalityNumber?: string | null;
}

/** Every statement on exercise and exercise_participant. Bound to one EntityManager. */
export class ExerciseRepository {
  constructor(readonly manager: EntityManager) {}

  /** A page of the region's exercises, newest first, and how many there are. */
  async page(
    regionId: string,
    filter: ExerciseListFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: ExerciseRow[]; total: number }> {
    const where = `e.region_id = $1
      AND ($2::int IS NULL OR extract(year FROM e.held_on) = $2::int)
      AND ($3::text IS NULL OR EXISTS (
        SELECT 1 FROM exercise_participant p WHERE p.exercise_id = e.id AND p.municipality_number = $3))`;
    const params = [regionId, filter.year ?? null, filter.municipalityNumber ?? null];
    const rows: ExerciseSqlRow[] = await this.manager.query(
      `${SELECT_EXERCISE} WHERE ${where} ORDER BY e.held_on DESC, e.title, e.id OFFSET $4 LIMIT $5`,
      [...params, offset, limit],
    );
    const [{ total }]: { total: number }[] = await this.manager.query(
      `SELECT count(*)::int AS total FROM exercise e WHERE ${where}`,
      params,
    );
    return { rows: rows.map(exerciseRow), total };
  }

  async byIds(ids: readonly string[]): Promise<(ExerciseRow | null)[]> {
    if (ids.length === 0) return [];
    const rows: ExerciseSqlRow[] = await this.manager.query(
      `${SELECT_EXERCISE} WHERE e.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const byId = new Map(rows.map((row) => [row.id, exerciseRow(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The municipalities taking part in each exercise, by name (one statement). */
  async participants(exerciseIds: readonly string[]): Promise<Map<string, Participant[]>> {
    const result = new Map<string, Participant[]>(exerciseIds.map((id) => [id, []]));
    if (exerciseIds.length === 0) return result;
    const rows: { exercise_id: string; number: string; name: string }[] = await this.manager.query(
      `SELECT p.exercise_id, m.number, m.name FROM exercise_participant p
         JOIN municipality m ON m.number = p.municipality_number
        WHERE p.exercise_id = ANY($1::uuid[]) ORDER BY m.name, m.number`,
      [[...exerciseIds]],
    );
    for (const row of rows) result.get(row.exercise_id)?.push({ number: row.number, name: row.name });
    return result;
  }

  /** The region's exercises dated in `year`, with their participants, for the yearly check (one statement). */
  async forYear(regionId: string, year: number): Promise<CheckedExercise[]> {
    const rows: { scope: ExerciseScope; status: ExerciseStatus; held_on: string; participants: string[] }[] =
      await this.manager.query(
        `SELECT e.scope, e.status, to_char(e.held_on, 'YYYY-MM-DD') AS held_on,
                coalesce(array_agg(p.municipality_number::text) FILTER (WHERE p.municipality_number IS NOT NULL), '{}') AS participants
           FROM exercise e LEFT JOIN exercise_participant p ON p.exercise_id = e.id
          WHERE e.region_id = $1 AND extract(year FROM e.held_on) = $2
          GROUP BY e.id`,
        [regionId, year],
      );
    return rows.map((row) => ({
      scope: row.scope,
      status: row.status,
      heldOn: row.held_on,
      participants: row.participants,
    }));
  }

  lock(id: string): Promise<ExerciseEntity | null> {
    return this.manager
      .createQueryBuilder(ExerciseEntity, 'row')
      .setLock('pessimistic_write')
      .where('row.id = :id', { id })
      .getOne();
  }

  async insert(
    regionId: string,
    scope: ExerciseScope,
    organiserMunicipalityNumber: string | null,
    content: ExerciseContent,
    participants: readonly string[],
  ): Promise<string> {
    const result = await this.manager.insert(ExerciseEntity, {
      regionId,
      scope,
      organiserMunicipalityNumber,
      ...content,
    });
    const id = (result.identifiers[0] as { id: string }).id;
    await this.setParticipants(id, participants);
    return id;
  }

  async update(id: string, content: ExerciseContent, participants: readonly string[]): Promise<void> {
    await this.manager.query(
      `UPDATE exercise SET title = $2, held_on = $3, kind = $4, status = $5, scenario = $6, outside_actors = $7,
              other_actors = $8, went_well = $9, went_badly = $10, lessons_learned = $11,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [
        id,
        content.title,
        content.heldOn,
        content.kind,
        content.status,
        content.scenario,
        content.outsideActors,
        content.otherActors,
        content.wentWell,
        content.wentBadly,
        content.lessonsLearned,
      ],
    );
    await this.manager.query('DELETE FROM exercise_participant WHERE exercise_id = $1', [id]);
    await this.setParticipants(id, participants);
  }

  /** The numbers of the municipalities taking part, as stored. */
  async participantNumbers(id: string): Promise<string[]> {
    const rows: { municipality_number: string }[] = await this.manager.query(
      'SELECT municipality_number FROM exercise_participant WHERE exercise_id = $1 ORDER BY municipality_number',
      [id],
    );
    return rows.map((row) => row.municipality_number);
  }

  private async setParticipants(id: string, numbers: readonly string[]): Promise<void> {
    if (numbers.length === 0) return;
    await this.manager.insert(
      ExerciseParticipantEntity,
      numbers.map((municipalityNumber) => ({ exerciseId: id, municipalityNumber })),
    );
  }
}
