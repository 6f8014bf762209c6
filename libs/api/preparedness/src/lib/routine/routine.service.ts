import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { assertExpectedVersion, decodeOffsetCursor, toOffsetPage } from '@samarbeid/api/platform';
import { compareIsoDates, isValidIsoDate } from '@samarbeid/shared/domain';

import type { PreparednessActor } from '../domain/preparedness-access';
import { mayFollowUp, mayRecordFor } from '../domain/preparedness-access';
import { routineReviewState } from '../domain/routine-review';
import type {
  CreateRoutineInput,
  RecordRoutineReviewInput,
  RoutinesArgs,
  UpdateRoutineInput,
} from '../dto/preparedness.inputs';
import type { PreparednessRoutine } from '../dto/preparedness.types';
import {
  followUpRefused,
  notADate,
  notInRegion,
  recordRefused,
  reviewInFuture,
  routineNotFound,
  THE_ROUTINE,
} from '../preparedness.errors';
import { PreparednessDb } from '../repository/preparedness.db';
import type { RoutineContent, RoutineRow } from '../repository/routine.repository';
import { formatDate, osloToday } from '../shared/clock';
import { actorOf, resolveOwner } from '../shared/owner';
import { optionalText } from '../shared/text';

const THE_DATE = { nb: 'Datoen', en: 'The date' };

/**
 * Preparedness routines (e.g. for digital security) with an owner and a review interval, flagged when a review is
 * due: read by everyone signed in; recorded like follow-up actions (the secretariat, or the municipality's
 * director); a review is also recorded by the routine's owner.
 */
@Injectable()
export class RoutineService {
  constructor(private readonly db: PreparednessDb) {}

  async list(user: AuthenticatedUser, args: RoutinesArgs): Promise<Page<PreparednessRoutine>> {
    const region = await this.db.region.regionBySlug(args.regionSlug);
    const offset = decodeOffsetCursor(args.after);
    const { rows, total } = await this.db.routines.page(region.id, offset, args.first + 1);
    const actor = actorOf(user);
    const today = osloToday();
    return toOffsetPage(
      rows.map((row) => toRoutine(row, actor, today)),
      args.first,
      offset,
      total,
    );
  }

  async create(user: AuthenticatedUser, input: CreateRoutineInput): Promise<PreparednessRoutine> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const region = await tx.region.regionBySlug(input.regionSlug);
      const members = await tx.region.members(region.id);
      const municipality = input.municipalityNumber ?? null;
      if (!mayRecordFor(actor, municipality)) {
        throw recordRefused(municipality === null ? null : (members.get(municipality) ?? municipality));
      }
      if (municipality !== null && !members.has(municipality)) throw notInRegion(municipality);
      const lastReviewedOn = input.lastReviewedOn ?? null;
      if (lastReviewedOn !== null) assertReviewDate(lastReviewedOn, 'lastReviewedOn');
      const content = await this.content(tx, region.id, input);
      const id = await tx.routines.insert(region.id, municipality, content, lastReviewedOn);
      await recordAudit(tx.manager, user, {
        action: 'CREATE',
        entityType: 'preparedness_routine',
        entityId: id,
        regionId: region.id,
        summary: `Beredskapsrutine registrert: «${content.title}», gjennomgås hver ${content.reviewIntervalMonths}. måned`,
        after: { municipalityNumber: municipality, lastReviewedOn, ...content },
      });
      return this.read(tx, user, id);
    });
  }

  async update(user: AuthenticatedUser, input: UpdateRoutineInput): Promise<PreparednessRoutine> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const routine = await tx.routines.lock(input.id);
      if (!routine) throw routineNotFound();
      if (!mayRecordFor(actor, routine.municipalityNumber)) {
        throw recordRefused(await this.nameOf(tx, routine.regionId, routine.municipalityNumber));
      }
      assertExpectedVersion(routine, input.expectedVersion, THE_ROUTINE);
      const lastReviewedOn = input.lastReviewedOn ?? routine.lastReviewedOn;
      if (input.lastReviewedOn) assertReviewDate(input.lastReviewedOn, 'lastReviewedOn');
      const content = await this.content(tx, routine.regionId, input);
      await tx.routines.update(routine.id, content, lastReviewedOn);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'preparedness_routine',
        entityId: routine.id,
        regionId: routine.regionId,
        summary: `Beredskapsrutine endret: «${content.title}»`,
        before: {
          title: routine.title,
          description: routine.description,
          ownerName: routine.ownerName,
          ownerUserId: routine.ownerUserId,
          reviewIntervalMonths: routine.reviewIntervalMonths,
          lastReviewedOn: routine.lastReviewedOn,
        },
        after: { ...content, lastReviewedOn },
      });
      return this.read(tx, user, routine.id);
    });
  }

  async recordReview(user: AuthenticatedUser, input: RecordRoutineReviewInput): Promise<PreparednessRoutine> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const routine = await tx.routines.lock(input.id);
      if (!routine) throw routineNotFound();
      if (!mayFollowUp(actor, routine)) throw followUpRefused();
      assertExpectedVersion(routine, input.expectedVersion, THE_ROUTINE);
      assertReviewDate(input.reviewedOn, 'reviewedOn');
      await tx.routines.recordReview(routine.id, input.reviewedOn);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'preparedness_routine',
        entityId: routine.id,
        regionId: routine.regionId,
        summary: `Beredskapsrutine «${routine.title}» gjennomgått ${formatDate(input.reviewedOn)}`,
        before: { lastReviewedOn: routine.lastReviewedOn },
        after: { lastReviewedOn: input.reviewedOn },
      });
      return this.read(tx, user, routine.id);
    });
  }

  private async read(db: PreparednessDb, user: AuthenticatedUser, id: string): Promise<PreparednessRoutine> {
    const row = await db.routines.byId(id);
    if (!row) throw routineNotFound();
    return toRoutine(row, actorOf(user), osloToday());
  }

  private async content(
    db: PreparednessDb,
    regionId: string,
    input: CreateRoutineInput | UpdateRoutineInput,
  ): Promise<RoutineContent> {
    const owner = await resolveOwner(db, regionId, input);
    return {
      title: input.title.trim(),
      description: optionalText(input.description),
      ownerName: owner.ownerName,
      ownerUserId: owner.ownerUserId,
      reviewIntervalMonths: input.reviewIntervalMonths,
    };
  }

  private async nameOf(db: PreparednessDb, regionId: string, number: string | null): Promise<string | null> {
    if (number === null) return null;
    return (await db.region.members(regionId)).get(number) ?? number;
  }
}

/** A review date exists and has come. */
function assertReviewDate(date: string, field: string): void {
  if (!isValidIsoDate(date)) throw notADate(field, THE_DATE);
  if (compareIsoDates(date, osloToday()) > 0) throw reviewInFuture(field);
}

function toRoutine(row: RoutineRow, actor: PreparednessActor, today: string): PreparednessRoutine {
  const review = routineReviewState(row.lastReviewedOn, row.reviewIntervalMonths, today);
  return {
    id: row.id,
    municipalityNumber: row.municipalityNumber,
    municipalityName: row.municipalityName,
    title: row.title,
    description: row.description,
    ownerName: row.ownerName,
    ownerUserId: row.ownerUserId,
    lastReviewedOn: row.lastReviewedOn,
    reviewIntervalMonths: row.reviewIntervalMonths,
    nextReviewOn: review.nextReviewOn,
    due: review.due,
    viewerCanEdit: mayRecordFor(actor, row.municipalityNumber),
    viewerCanReview: mayFollowUp(actor, row),
    version: row.version,
  };
}
