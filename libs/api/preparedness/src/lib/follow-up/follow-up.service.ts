import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page, PageArgs } from '@samarbeid/api/platform';
import { assertExpectedVersion, decodeOffsetCursor, toOffsetPage } from '@samarbeid/api/platform';

import { completedAtAfter, followUpProblems, isOverdue } from '../domain/follow-up-rules';
import type { PreparednessActor } from '../domain/preparedness-access';
import { mayFollowUp, mayRecordFor } from '../domain/preparedness-access';
import type {
  CreateFollowUpActionInput,
  FollowUpActionsArgs,
  SetFollowUpStatusInput,
  UpdateFollowUpActionInput,
} from '../dto/preparedness.inputs';
import type { FollowUpAction } from '../dto/preparedness.types';
import { actionSummary, statusSummary } from '../preparedness.audit';
import {
  actionNotFound,
  exerciseNotFound,
  exerciseOutsideRegion,
  followUpInputRefused,
  followUpRefused,
  measureOutsideRegion,
  notInRegion,
  recordRefused,
  sourceOutsideRegion,
  THE_ACTION,
} from '../preparedness.errors';
import type { ActionContent, ActionRow } from '../repository/follow-up.repository';
import { PreparednessDb } from '../repository/preparedness.db';
import { osloToday } from '../shared/clock';
import { actorOf, resolveOwner } from '../shared/owner';
import { optionalText } from '../shared/text';

type ActionInput = CreateFollowUpActionInput | UpdateFollowUpActionInput;

/**
 * Follow-up actions, a general mechanism (after an exercise, a decision, a self-evaluation): read by everyone signed
 * in; recorded for a municipality by the secretariat or its director, for the region by the secretariat; moved on
 * (status) also by the owner.
 */
@Injectable()
export class FollowUpService {
  constructor(private readonly db: PreparednessDb) {}

  async list(user: AuthenticatedUser, args: FollowUpActionsArgs): Promise<Page<FollowUpAction>> {
    const region = await this.db.region.regionBySlug(args.regionSlug);
    return this.page(user, { regionId: region.id, ...(args.filter ?? {}) }, args);
  }

  /** The caller's own open actions, in every region, by deadline. */
  mine(user: AuthenticatedUser, args: PageArgs): Promise<Page<FollowUpAction>> {
    return this.page(user, { regionId: null, ownerUserId: user.id, openOnly: true }, args);
  }

  async create(user: AuthenticatedUser, input: CreateFollowUpActionInput): Promise<FollowUpAction> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const region = await tx.region.regionBySlug(input.regionSlug);
      const members = await tx.region.members(region.id);
      const municipality = input.municipalityNumber ?? null;
      if (!mayRecordFor(actor, municipality)) throw recordRefused(nameOf(members, municipality));
      const content = await this.content(tx, region.id, members, input);
      if (input.exerciseId) {
        const exerciseRegion = await tx.region.regionOfExercise(input.exerciseId);
        if (!exerciseRegion) throw exerciseNotFound();
        if (exerciseRegion !== region.id) throw exerciseOutsideRegion();
      }
      const id = await tx.actions.insert(region.id, content, input.exerciseId ?? null);
      await recordAudit(tx.manager, user, {
        action: 'CREATE',
        entityType: 'follow_up_action',
        entityId: id,
        regionId: region.id,
        summary: actionSummary('registrert', content),
        after: { ...forHistory(content), exerciseId: input.exerciseId ?? null },
      });
      return this.read(tx, user, id);
    });
  }

  async update(user: AuthenticatedUser, input: UpdateFollowUpActionInput): Promise<FollowUpAction> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const action = await tx.actions.lock(input.id);
      if (!action) throw actionNotFound();
      const members = await tx.region.members(action.regionId);
      const municipality = input.municipalityNumber ?? null;
      // Both where it is and where it goes: a director cannot move an action out of, or into, another's hands.
      if (!mayRecordFor(actor, action.municipalityNumber)) {
        throw recordRefused(nameOf(members, action.municipalityNumber));
      }
      if (!mayRecordFor(actor, municipality)) throw recordRefused(nameOf(members, municipality));
      assertExpectedVersion(action, input.expectedVersion, THE_ACTION);
      const content = await this.content(tx, action.regionId, members, input);
      await tx.actions.update(action.id, content);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'follow_up_action',
        entityId: action.id,
        regionId: action.regionId,
        summary: actionSummary('endret', content),
        before: forHistory(action),
        after: forHistory(content),
      });
      return this.read(tx, user, action.id);
    });
  }

  async setStatus(user: AuthenticatedUser, input: SetFollowUpStatusInput): Promise<FollowUpAction> {
    const actor = actorOf(user);
    return this.db.transaction(async (tx) => {
      const action = await tx.actions.lock(input.id);
      if (!action) throw actionNotFound();
      if (!mayFollowUp(actor, action)) throw followUpRefused();
      assertExpectedVersion(action, input.expectedVersion, THE_ACTION);
      const completedAt = completedAtAfter(action, input.status, new Date());
      await tx.actions.setStatus(action.id, input.status, completedAt);
      await recordAudit(tx.manager, user, {
        action: 'TRANSITION',
        entityType: 'follow_up_action',
        entityId: action.id,
        regionId: action.regionId,
        summary: statusSummary(action.title, action.status, input.status),
        before: { status: action.status },
        after: { status: input.status },
      });
      return this.read(tx, user, action.id);
    });
  }

  private async page(
    user: AuthenticatedUser,
    filter: Parameters<PreparednessDb['actions']['page']>[0],
    { first, after }: PageArgs,
  ): Promise<Page<FollowUpAction>> {
    const offset = decodeOffsetCursor(after);
    const today = osloToday();
    const { rows, total } = await this.db.actions.page(filter, today, offset, first + 1);
    const actor = actorOf(user);
    return toOffsetPage(
      rows.map((row) => toAction(row, actor, today)),
      first,
      offset,
      total,
    );
  }

  private async read(db: PreparednessDb, user: AuthenticatedUser, id: string): Promise<FollowUpAction> {
    const row = await db.actions.byId(id);
    if (!row) throw actionNotFound();
    return toAction(row, actorOf(user), osloToday());
  }

  /** The action's content as stored, after checking the owner, the municipality and the measure. */
  private async content(
    db: PreparednessDb,
    regionId: string,
    members: ReadonlyMap<string, string>,
    input: ActionInput,
  ): Promise<ActionContent> {
    const [problem] = followUpProblems(input);
    if (problem) throw followUpInputRefused(problem);
    const municipalityNumber = input.municipalityNumber ?? null;
    if (municipalityNumber !== null && !members.has(municipalityNumber))
      throw notInRegion(municipalityNumber);
    const owner = await resolveOwner(db, regionId, input);
    const measureId = input.measureId ?? null;
    if (measureId && !(await db.region.measureInRegion(measureId, regionId))) throw measureOutsideRegion();
    const source = input.source ?? null;
    if (source && !(await db.region.sourceInRegion(source.kind, source.id, regionId))) {
      throw sourceOutsideRegion(source.kind);
    }
    return {
      title: input.title.trim(),
      description: optionalText(input.description),
      municipalityNumber,
      ...owner,
      deadline: input.deadline,
      measureId,
      sourceKind: source?.kind ?? null,
      sourceId: source?.id ?? null,
    };
  }
}

function nameOf(members: ReadonlyMap<string, string>, number: string | null): string | null {
  return number === null ? null : (members.get(number) ?? number);
}

/** An action in the history: the owner's e-mail is left out. */
function forHistory(content: ActionContent): Record<string, unknown> {
  return {
    title: content.title,
    description: content.description,
    municipalityNumber: content.municipalityNumber,
    ownerName: content.ownerName,
    ownerUserId: content.ownerUserId,
    deadline: content.deadline,
    measureId: content.measureId,
    sourceKind: content.sourceKind,
    sourceId: content.sourceId,
  };
}

export function toAction(row: ActionRow, actor: PreparednessActor, today: string): FollowUpAction {
  return {
    id: row.id,
    regionSlug: row.regionSlug,
    regionName: row.regionName,
    title: row.title,
    description: row.description,
    municipalityNumber: row.municipalityNumber,
    municipalityName: row.municipalityName,
    ownerName: row.ownerName,
    ownerUserId: row.ownerUserId,
    ownerIsViewer: row.ownerUserId !== null && row.ownerUserId === actor.id,
    deadline: row.deadline,
    status: row.status,
    overdue: isOverdue(row, today),
    completedAt: row.completedAt,
    exercise: row.exercise,
    measure: row.measure,
    source: row.source,
    viewerCanEdit: mayRecordFor(actor, row.municipalityNumber),
    viewerCanSetStatus: mayFollowUp(actor, row),
    version: row.version,
  };
}
