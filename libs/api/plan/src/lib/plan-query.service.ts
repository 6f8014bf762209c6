import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { osloDate, rollUpProgress } from '@samarbeid/shared/domain';

import {
  compareWithBaseline,
  criteriaFlags,
  DEFAULT_CAPACITY,
  dependencyConflicts,
  overloadMonths,
  type PlannedMeasure,
} from './domain/plan-rules';
import type { PlanArgs } from './dto/plan.inputs';
import type { Plan, PlanBar, PlanMilestone } from './dto/plan.types';
import { baselineNotFound, regionNotFound } from './plan.errors';
import { type MeasureRow, PlanRepository } from './plan.repository';

/** Today in Norway, YYYY-MM-DD. */
export function todayInNorway(now = new Date()): string {
  return osloDate(now);
}

export type PlanFilters = Omit<PlanArgs, 'regionSlug' | 'baselineId'>;

/**
 * The implementation plan of a region: every measure and sub-measure with its bar, milestones, dependencies and
 * flags, the conflicts and overloads, the baselines and what moved since the chosen one. Read in a fixed number of
 * statements whatever the region's size; the rules run on the whole plan, the filters then choose what is shown.
 */
@Injectable()
export class PlanQueryService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async plan(user: AuthenticatedUser, args: PlanArgs): Promise<Plan> {
    const region = await this.plans.region(args.regionSlug);
    if (!region) throw regionNotFound(args.regionSlug);
    const [measures, dependencies, milestones, networks, municipalities, baselines, feeds, led] =
      await Promise.all([
        this.plans.measures(region.id),
        this.plans.dependencies(region.id),
        this.plans.milestones(region.id),
        this.plans.networks(region.id),
        this.plans.members(region.id),
        this.plans.baselines(region.id),
        this.plans.feedsOf(user.id, region.id),
        this.access.ledNetworkIds(user),
      ]);
    const baseline = args.baselineId ? (baselines.find((b) => b.id === args.baselineId) ?? null) : null;
    if (args.baselineId && !baseline) throw baselineNotFound();
    const frozen = baseline ? await this.plans.baselineMeasures(baseline.id) : null;

    const today = todayInNorway();
    const secretariat = this.access.isSecretariat(user);
    const codeOf = new Map(measures.map((m) => [m.id, m.code]));
    const networkName = new Map(networks.map((n) => [n.id, n.name]));
    const conflicts = dependencyConflicts(measures, dependencies);
    const overloads = overloadMonths(
      measures,
      networks.flatMap((n) => (n.capacity === null ? [] : [{ networkId: n.id, capacity: n.capacity }])),
      DEFAULT_CAPACITY,
    );
    const overCapacity = new Set(overloads.flatMap((o) => o.measureIds));
    const conflicted = new Set(conflicts.map((c) => c.measureId));
    const milestonesOf = groupBy(milestones, (s) => s.measureId);
    const dependenciesOf = groupBy(dependencies, (d) => d.measureId);
    const childrenOf = groupBy(
      measures.filter((m) => m.parentId !== null),
      (m) => m.parentId ?? '',
    );
    const frozenOf = new Map((frozen ?? []).map((f) => [f.measureId, f]));
    const currentYear = Number(today.slice(0, 4));

    const barOf = (m: MeasureRow): PlanBar => {
      const own: PlanMilestone[] = (milestonesOf.get(m.id) ?? []).map((s) => ({ ...s }));
      const children = childrenOf.get(m.id) ?? [];
      const parts = children.flatMap((c) =>
        c.progressPercent === null ? [] : [{ percent: c.progressPercent, weight: c.weight }],
      );
      const was = frozenOf.get(m.id);
      return {
        id: m.id,
        code: m.code,
        title: m.title,
        parentId: m.parentId,
        networkId: m.networkId,
        networkName: networkName.get(m.networkId) ?? '',
        tier: m.tier,
        status: m.status,
        mobilisation: m.mobilisation,
        startDate: m.startDate,
        endDate: m.endDate,
        progressPercent: parts.length > 0 ? rollUpProgress(parts) : m.progressPercent,
        version: m.version,
        participants: [...m.participants],
        dependencies: (dependenciesOf.get(m.id) ?? []).map((d) => ({
          dependsOnId: d.dependsOnId,
          dependsOnCode: codeOf.get(d.dependsOnId) ?? '',
          kind: d.kind,
        })),
        milestones: own,
        flags: criteriaFlags(
          {
            startDate: m.startDate,
            politicalDecisionNeeded: m.politicalDecisionNeeded,
            politicalDecisionRecorded: m.politicalDecisionRecorded,
            anchoringPending: m.politicalAnchoring === 'NEEDED' || m.politicalAnchoring === 'IN_PROGRESS',
            firstBenefitYear: m.firstBenefitYear,
            overCapacity: overCapacity.has(m.id),
            hasDependencyConflict: conflicted.has(m.id),
            resourcesFromOtherUnits: m.resourcesFromOtherUnits,
          },
          currentYear,
        ),
        politicalDecisionNeeded:
          m.politicalDecisionNeeded ||
          m.politicalAnchoring === 'NEEDED' ||
          m.politicalAnchoring === 'IN_PROGRESS',
        firstBenefitYear: m.firstBenefitYear,
        resourcesFromOtherUnits: m.resourcesFromOtherUnits,
        canEdit: secretariat || led.has(m.networkId),
        baselineStart: was?.startDate ?? null,
        baselineEnd: was?.endDate ?? null,
      };
    };

    const shown = measures.filter((m) => m.parentId === null && passes(m, args));
    const bars = shown.flatMap((m) => [barOf(m), ...(childrenOf.get(m.id) ?? []).map(barOf)]);
    const visible = new Set(bars.map((b) => b.id));
    const visibleNetworks = new Set(bars.map((b) => b.networkId));
    const current: PlannedMeasure[] = measures.map((m) => ({
      measureId: m.id,
      code: m.code,
      title: m.title,
      startDate: m.startDate,
      endDate: m.endDate,
      milestones: (milestonesOf.get(m.id) ?? []).map((s) => ({ id: s.id, name: s.name, date: s.date })),
    }));
    const unfiltered = isUnfiltered(args);

    return {
      regionSlug: region.slug,
      regionName: region.name,
      today,
      defaultCapacity: DEFAULT_CAPACITY,
      canManage: secretariat,
      bars,
      totalCount: measures.length,
      conflicts: conflicts
        .filter((c) => visible.has(c.measureId) || visible.has(c.dependsOnId))
        .map((c) => ({
          measureId: c.measureId,
          measureCode: codeOf.get(c.measureId) ?? '',
          dependsOnId: c.dependsOnId,
          dependsOnCode: codeOf.get(c.dependsOnId) ?? '',
          kind: c.kind,
          earliestStart: c.earliestStart,
          daysEarly: c.daysEarly,
        })),
      overloads: overloads
        .filter((o) => visibleNetworks.has(o.networkId))
        .map((o) => ({
          networkId: o.networkId,
          networkName: networkName.get(o.networkId) ?? '',
          month: o.month,
          count: o.count,
          capacity: o.capacity,
          measureCodes: o.measureIds.map((id) => codeOf.get(id) ?? ''),
        })),
      networks: networks.map((n) => ({
        id: n.id,
        name: n.name,
        capacity: n.capacity ?? DEFAULT_CAPACITY,
        ownCapacity: n.capacity !== null,
      })),
      municipalities: [...municipalities],
      baselines: [...baselines],
      baseline,
      differences: frozen
        ? compareWithBaseline(frozen, current)
            .filter((d) => visible.has(d.measureId) || (d.change === 'REMOVED' && unfiltered))
            .map((d) => ({ ...d, milestones: [...d.milestones] }))
        : [],
      myFeeds: feeds.map((f) => ({
        id: f.id,
        networkId: f.networkId,
        networkName: f.networkName,
        createdAt: f.createdAt,
      })),
    };
  }
}

function passes(m: MeasureRow, filters: PlanFilters): boolean {
  if (filters.networkIds?.length && !filters.networkIds.includes(m.networkId)) return false;
  if (filters.tiers?.length && !filters.tiers.includes(m.tier)) return false;
  if (filters.statuses?.length && !filters.statuses.includes(m.status)) return false;
  if (filters.municipalityNumber && !m.participants.includes(filters.municipalityNumber)) return false;
  return true;
}

function isUnfiltered(filters: PlanFilters): boolean {
  return (
    !filters.networkIds?.length &&
    !filters.tiers?.length &&
    !filters.statuses?.length &&
    !filters.municipalityNumber
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
