import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { assertExpectedVersion, forbidden } from '@samarbeid/api/platform';

import { datesProblem, milestoneDateProblem } from './domain/plan-rules';
import type {
  AddMilestoneInput,
  CreatePlanCalendarFeedInput,
  FreezeBaselineInput,
  MoveMeasureInput,
  SetNetworkCapacityInput,
  UpdateMilestoneInput,
} from './dto/plan.inputs';
import type {
  CreatedPlanCalendarFeed,
  PlanBaseline,
  PlanMeasureMoved,
  PlanMilestone,
  PlanNetwork,
} from './dto/plan.types';
import {
  badDates,
  baselineNameTaken,
  feedNotFound,
  mayNotEdit,
  mayNotManage,
  measureNotFound,
  milestoneNotFound,
  networkNotFound,
  networkOutsideRegion,
  regionNotFound,
  tooManyFeeds,
  tooManyMilestones,
} from './plan.errors';
import { type MeasureHead, PlanRepository, type Tx } from './plan.repository';

const MEASURE = { nb: 'Tiltaket', en: 'The measure' };
const MILESTONE = { nb: 'Milepælen', en: 'The milestone' };
export const MAX_MILESTONES_PER_MEASURE = 50;
export const MAX_FEEDS_PER_USER = 10;

/** The secret of a feed's address: 32 random bytes, URL-safe (43 characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const actorName = (user: AuthenticatedUser): string => user.name ?? user.username ?? user.id;

/**
 * Every change to the plan, each in one transaction: lock → check access → rule → save → audit. Dates and milestones:
 * the secretariat or the leader of the owning network (the portfolio's rule); capacities and baselines: the
 * secretariat; calendar feeds: everyone, their own.
 */
@Injectable()
export class PlanCommandService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async move(user: AuthenticatedUser, input: MoveMeasureInput): Promise<PlanMeasureMoved> {
    return this.plans.transaction(async (tx) => {
      const measure = await this.editableMeasure(tx, user, input.measureId);
      assertExpectedVersion(measure, input.expectedVersion, MEASURE);
      const change = {
        startDate: input.startDate === undefined ? measure.startDate : input.startDate,
        endDate: input.endDate === undefined ? measure.endDate : input.endDate,
        resourcesFromOtherUnits:
          input.resourcesFromOtherUnits === undefined || input.resourcesFromOtherUnits === null
            ? measure.resourcesFromOtherUnits
            : input.resourcesFromOtherUnits.trim(),
      };
      const problem = datesProblem(change.startDate, change.endDate);
      if (problem) throw badDates(problem);
      const version = await this.plans.moveMeasure(tx, measure, change, user.id);
      await this.plans.record(tx, user, {
        action: 'UPDATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `Planen for ${measure.code} er endret: ${period(change.startDate, change.endDate)} (var ${period(measure.startDate, measure.endDate)})`,
        before: {
          startDate: measure.startDate,
          endDate: measure.endDate,
          resourcesFromOtherUnits: measure.resourcesFromOtherUnits,
        },
        after: change,
      });
      return { measureId: measure.id, version, ...change };
    });
  }

  async addMilestone(user: AuthenticatedUser, input: AddMilestoneInput): Promise<PlanMilestone> {
    return this.plans.transaction(async (tx) => {
      const measure = await this.editableMeasure(tx, user, input.measureId);
      const problem = milestoneDateProblem(input.date);
      if (problem) throw badDates(problem);
      if ((await this.plans.countMilestones(tx, measure.id)) >= MAX_MILESTONES_PER_MEASURE) {
        throw tooManyMilestones(MAX_MILESTONES_PER_MEASURE);
      }
      const milestone = {
        measureId: measure.id,
        name: input.name.trim(),
        date: input.date,
        done: input.done,
      };
      const id = await this.plans.insertMilestone(tx, milestone);
      await this.plans.record(tx, user, {
        action: 'CREATE',
        entityType: 'plan_milestone',
        entityId: id,
        regionId: measure.regionId,
        summary: `Ny milepæl for ${measure.code}: «${milestone.name}» ${milestone.date}`,
        after: milestone,
      });
      return { id, version: 1, ...milestone };
    });
  }

  async updateMilestone(user: AuthenticatedUser, input: UpdateMilestoneInput): Promise<PlanMilestone> {
    return this.plans.transaction(async (tx) => {
      const current = await this.plans.lockMilestone(tx, input.id);
      if (!current) throw milestoneNotFound();
      if (!(await this.access.canEditNetworkItem(user, current.networkId, tx))) throw mayNotEdit();
      assertExpectedVersion(current, input.expectedVersion, MILESTONE);
      const problem = milestoneDateProblem(input.date);
      if (problem) throw badDates(problem);
      const change = { name: input.name.trim(), date: input.date, done: input.done };
      await this.plans.updateMilestone(tx, current.id, change);
      await this.plans.record(tx, user, {
        action: 'UPDATE',
        entityType: 'plan_milestone',
        entityId: current.id,
        regionId: current.regionId,
        summary: `Milepælen «${change.name}» for ${current.code} er endret (${current.date} → ${change.date}${change.done ? ', ferdig' : ''})`,
        before: { name: current.name, date: current.date, done: current.done },
        after: change,
      });
      return { id: current.id, measureId: current.measureId, version: current.version + 1, ...change };
    });
  }

  async removeMilestone(user: AuthenticatedUser, id: string): Promise<string> {
    return this.plans.transaction(async (tx) => {
      const current = await this.plans.lockMilestone(tx, id);
      if (!current) throw milestoneNotFound();
      if (!(await this.access.canEditNetworkItem(user, current.networkId, tx))) throw mayNotEdit();
      await this.plans.deleteMilestone(tx, current.id);
      await this.plans.record(tx, user, {
        action: 'DELETE',
        entityType: 'plan_milestone',
        entityId: current.id,
        regionId: current.regionId,
        summary: `Milepælen «${current.name}» (${current.date}) for ${current.code} er fjernet`,
        before: { name: current.name, date: current.date, done: current.done },
      });
      return current.id;
    });
  }

  async setCapacity(user: AuthenticatedUser, input: SetNetworkCapacityInput): Promise<PlanNetwork> {
    if (!this.access.isSecretariat(user)) {
      throw mayNotManage({ nb: 'sette nettverkenes kapasitet', en: "set the networks' capacity" });
    }
    return this.plans.transaction(async (tx) => {
      const network = await this.plans.networkInRegion(tx, input.networkId);
      if (!network) throw networkNotFound();
      const before = await this.plans.setCapacity(tx, network.id, input.capacity, user.id);
      await this.plans.record(tx, user, {
        action: 'UPDATE',
        entityType: 'plan_network_setting',
        entityId: network.id,
        regionId: network.regionId,
        summary: `${network.name} kan ha ${input.capacity} tiltak i gang samtidig${before === null ? '' : ` (var ${before})`}`,
        before: { capacity: before },
        after: { capacity: input.capacity },
      });
      return { id: network.id, name: network.name, capacity: input.capacity, ownCapacity: true };
    });
  }

  async freeze(user: AuthenticatedUser, input: FreezeBaselineInput): Promise<PlanBaseline> {
    if (!this.access.isSecretariat(user)) {
      throw mayNotManage({ nb: 'fryse planen som grunnlinje', en: 'freeze the plan as a baseline' });
    }
    return this.plans.transaction(async (tx) => {
      const region = await this.plans.region(input.regionSlug, tx);
      if (!region) throw regionNotFound(input.regionSlug);
      const name = input.name.trim();
      if (await this.plans.baselineNameTaken(tx, region.id, name)) throw baselineNameTaken(name);
      const by = actorName(user);
      const frozen = await this.plans.freezeBaseline(tx, region.id, name, by);
      await this.plans.record(tx, user, {
        action: 'CREATE',
        entityType: 'plan_baseline',
        entityId: frozen.id,
        regionId: region.id,
        summary: `Planen er frosset som grunnlinjen «${name}» (${frozen.measures} tiltak)`,
        after: { name, measures: frozen.measures },
      });
      const [baseline] = (await this.plans.baselines(region.id, tx)).filter((b) => b.id === frozen.id);
      return baseline ?? { id: frozen.id, name, frozenAt: new Date(), frozenBy: by };
    });
  }

  async createFeed(
    user: AuthenticatedUser,
    input: CreatePlanCalendarFeedInput,
  ): Promise<CreatedPlanCalendarFeed> {
    return this.plans.transaction(async (tx) => {
      const region = await this.plans.region(input.regionSlug, tx);
      if (!region) throw regionNotFound(input.regionSlug);
      const network = input.networkId ? await this.plans.networkInRegion(tx, input.networkId) : null;
      if (input.networkId && !network) throw networkNotFound();
      if (network && network.regionId !== region.id) throw networkOutsideRegion();
      if ((await this.plans.feedsOf(user.id, region.id, tx)).length >= MAX_FEEDS_PER_USER) {
        throw tooManyFeeds(MAX_FEEDS_PER_USER);
      }
      const token = randomBytes(32).toString('base64url');
      const id = await this.plans.insertFeed(tx, {
        regionId: region.id,
        userId: user.id,
        networkId: network?.id ?? null,
        tokenHash: feedTokenHash(token),
      });
      await this.plans.record(tx, user, {
        action: 'CREATE',
        entityType: 'plan_calendar_feed',
        entityId: id,
        regionId: region.id,
        summary: `Kalenderabonnement på planen for ${network?.name ?? region.name} opprettet`,
        after: { networkId: network?.id ?? null },
      });
      return {
        feed: {
          id,
          networkId: network?.id ?? null,
          networkName: network?.name ?? null,
          createdAt: new Date(),
        },
        path: `/calendar/plan/${token}.ics`,
      };
    });
  }

  async revokeFeed(user: AuthenticatedUser, id: string): Promise<string> {
    return this.plans.transaction(async (tx) => {
      const feed = await this.plans.lockFeed(tx, id);
      if (!feed || feed.revokedAt !== null) throw feedNotFound();
      if (feed.userId !== user.id) {
        throw forbidden({
          nb: 'Du kan bare trekke tilbake dine egne kalenderabonnementer.',
          en: 'You can only revoke your own calendar feeds.',
        });
      }
      await this.plans.revokeFeed(tx, feed.id);
      await this.plans.record(tx, user, {
        action: 'DELETE',
        entityType: 'plan_calendar_feed',
        entityId: feed.id,
        regionId: feed.regionId,
        summary: 'Kalenderabonnement på planen trukket tilbake',
      });
      return feed.id;
    });
  }

  /** The measure, locked, if the caller may change its plan (the secretariat, or the owning network's leader). */
  private async editableMeasure(tx: Tx, user: AuthenticatedUser, id: string): Promise<MeasureHead> {
    const measure = await this.plans.lockMeasure(tx, id);
    if (!measure) throw measureNotFound();
    if (!(await this.access.canEditNetworkItem(user, measure.networkId, tx))) throw mayNotEdit();
    return measure;
  }
}

function period(start: string | null, end: string | null): string {
  return `${start ?? 'uten start'} – ${end ?? 'uten slutt'}`;
}
