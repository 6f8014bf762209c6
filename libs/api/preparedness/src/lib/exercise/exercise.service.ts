import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { assertExpectedVersion, decodeOffsetCursor, toOffsetPage } from '@samarbeid/api/platform';

import type { ExerciseFacts } from '../domain/exercise-rules';
import { exerciseParticipants, exerciseProblems } from '../domain/exercise-rules';
import type { PreparednessActor } from '../domain/preparedness-access';
import { mayEditExercise, mayRecordFor } from '../domain/preparedness-access';
import type { CreateExerciseInput, ExercisesArgs, UpdateExerciseInput } from '../dto/preparedness.inputs';
import type { Exercise } from '../dto/preparedness.types';
import { exerciseSummary } from '../preparedness.audit';
import { exerciseNotFound, exerciseRefused, recordRefused, THE_EXERCISE } from '../preparedness.errors';
import type { ExerciseContent, ExerciseRow, Participant } from '../repository/exercise.repository';
import { PreparednessDb } from '../repository/preparedness.db';
import { osloToday } from '../shared/clock';
import { actorOf } from '../shared/owner';
import { optionalText } from '../shared/text';

/**
 * Exercises, planned and held: read by everyone signed in; the regional one recorded by the secretariat, a
 * municipality's own by the secretariat or that municipality's director (see `mayEditExercise`).
 */
@Injectable()
export class ExerciseService {
  constructor(private readonly db: PreparednessDb) {}

  async list(user: AuthenticatedUser, args: ExercisesArgs): Promise<Page<Exercise>> {
    const region = await this.db.region.regionBySlug(args.regionSlug);
    const offset = decodeOffsetCursor(args.after);
    const { rows, total } = await this.db.exercises.page(
      region.id,
      args.filter ?? {},
      offset,
      args.first + 1,
    );
    const participants = await this.db.exercises.participants(rows.map((row) => row.id));
    const actor = actorOf(user);
    const nodes = rows.map((row) => toExercise(row, participants.get(row.id) ?? [], actor));
    return toOffsetPage(nodes, args.first, offset, total);
  }

  get(user: AuthenticatedUser, id: string): Promise<Exercise> {
    return this.read(this.db, user, id);
  }

  async create(user: AuthenticatedUser, input: CreateExerciseInput): Promise<Exercise> {
    const organiser = input.scope === 'MUNICIPAL' ? (input.organiserMunicipalityNumber ?? null) : null;
    if (input.scope === 'MUNICIPAL' && !organiser) throw exerciseRefused('ORGANISER_MISSING');
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const region = await tx.region.regionBySlug(input.regionSlug);
      const members = await tx.region.members(region.id);
      if (!mayRecordFor(actor, organiser))
        throw recordRefused(organiser ? (members.get(organiser) ?? organiser) : null);
      const facts: ExerciseFacts = {
        scope: input.scope,
        status: input.status,
        heldOn: input.heldOn,
        organiserMunicipalityNumber: input.organiserMunicipalityNumber ?? null,
        participantNumbers: input.participantNumbers,
      };
      const [problem] = exerciseProblems(facts, new Set(members.keys()), osloToday());
      if (problem) throw exerciseRefused(problem);
      const content = exerciseContent(input);
      const participants = exerciseParticipants(facts);
      const id = await tx.exercises.insert(region.id, input.scope, organiser, content, participants);
      await recordAudit(tx.manager, user, {
        action: 'CREATE',
        entityType: 'exercise',
        entityId: id,
        regionId: region.id,
        summary: exerciseSummary('registrert', content),
        after: { scope: input.scope, organiserMunicipalityNumber: organiser, ...content, participants },
      });
      return this.read(tx, user, id);
    });
  }

  async update(user: AuthenticatedUser, input: UpdateExerciseInput): Promise<Exercise> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const exercise = await tx.exercises.lock(input.id);
      if (!exercise) throw exerciseNotFound();
      const members = await tx.region.members(exercise.regionId);
      const organiser = exercise.organiserMunicipalityNumber;
      if (!mayEditExercise(actor, exercise)) {
        throw recordRefused(organiser ? (members.get(organiser) ?? organiser) : null);
      }
      assertExpectedVersion(exercise, input.expectedVersion, THE_EXERCISE);
      const facts: ExerciseFacts = {
        scope: exercise.scope,
        status: input.status,
        heldOn: input.heldOn,
        organiserMunicipalityNumber: organiser,
        participantNumbers: input.participantNumbers,
      };
      const [problem] = exerciseProblems(facts, new Set(members.keys()), osloToday());
      if (problem) throw exerciseRefused(problem);
      const before = await tx.exercises.participantNumbers(exercise.id);
      const content = exerciseContent(input);
      const participants = exerciseParticipants(facts);
      await tx.exercises.update(exercise.id, content, participants);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'exercise',
        entityId: exercise.id,
        regionId: exercise.regionId,
        summary: exerciseSummary('endret', content),
        before: { ...contentOf(exercise), participants: before },
        after: { ...content, participants },
      });
      return this.read(tx, user, exercise.id);
    });
  }

  private async read(db: PreparednessDb, user: AuthenticatedUser, id: string): Promise<Exercise> {
    const [row] = await db.exercises.byIds([id]);
    if (!row) throw exerciseNotFound();
    const participants = await db.exercises.participants([id]);
    return toExercise(row, participants.get(id) ?? [], actorOf(user));
  }
}

function exerciseContent(input: CreateExerciseInput | UpdateExerciseInput): ExerciseContent {
  return {
    title: input.title.trim(),
    heldOn: input.heldOn,
    kind: input.kind,
    status: input.status,
    scenario: input.scenario.trim(),
    outsideActors: [...new Set(input.outsideActors)],
    otherActors: optionalText(input.otherActors),
    wentWell: optionalText(input.wentWell),
    wentBadly: optionalText(input.wentBadly),
    lessonsLearned: optionalText(input.lessonsLearned),
  };
}

function contentOf(exercise: ExerciseContent): ExerciseContent {
  return {
    title: exercise.title,
    heldOn: exercise.heldOn,
    kind: exercise.kind,
    status: exercise.status,
    scenario: exercise.scenario,
    outsideActors: exercise.outsideActors,
    otherActors: exercise.otherActors,
    wentWell: exercise.wentWell,
    wentBadly: exercise.wentBadly,
    lessonsLearned: exercise.lessonsLearned,
  };
}

function toExercise(
  row: ExerciseRow,
  participants: readonly Participant[],
  actor: PreparednessActor,
): Exercise {
  return {
    id: row.id,
    regionSlug: row.regionSlug,
    title: row.title,
    heldOn: row.heldOn,
    kind: row.kind,
    scope: row.scope,
    status: row.status,
    organiser:
      row.organiserMunicipalityNumber && row.organiserName
        ? { number: row.organiserMunicipalityNumber, name: row.organiserName }
        : null,
    participants: [...participants],
    scenario: row.scenario,
    outsideActors: row.outsideActors,
    otherActors: row.otherActors,
    wentWell: row.wentWell,
    wentBadly: row.wentBadly,
    lessonsLearned: row.lessonsLearned,
    viewerCanEdit: mayEditExercise(actor, row),
    version: row.version,
  };
}
