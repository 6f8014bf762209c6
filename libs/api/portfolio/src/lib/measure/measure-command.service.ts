import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeasureDependencyEntity, MeasureEntity, recordAudit } from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput } from '@samarbeid/api/platform';
import { checkTransition, cycleCreatedBy, MEASURE_STATUS_LABELS } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import { PortfolioAccess } from '@samarbeid/api/data-access';
import { Measure } from '../dto/portfolio.types';
import { isUniqueViolation } from '../postgres-errors';
import {
  codeTaken,
  dependencyAcrossRegions,
  dependencyCycle,
  endBeforeStart,
  legalFormMismatch,
  measureNotFound,
  measureStale,
  networkNotInRegion,
  parentNotInRegion,
  requiredTitle,
} from './measure.errors';
import {
  CreateMeasureInput,
  DependencyInput,
  MeasureFields,
  SetMeasureGoalsInput,
  TransitionMeasureInput,
  UpdateMeasureInput,
} from './measure.inputs';
import { measureSnapshot, toMeasure } from './measure.mapper';
import { MeasureQueryService } from './measure-query.service';

const ENTITY = 'measure';

/**
 * Every change to a measure: checked (role, owning network, rules), written with optimistic locking, and
 * recorded in the change history in the same transaction.
 */
@Injectable()
export class MeasureCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
    private readonly queries: MeasureQueryService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateMeasureInput): Promise<Measure> {
    const regionId = await this.queries.regionIdBySlug(input.regionSlug);
    if (!input.title || !input.networkId || !input.serviceArea || !input.tier) throw requiredTitle();
    return this.dataSource.transaction(async (manager) => {
      await this.assertNetworkInRegion(manager, input.networkId as string, regionId);
      await this.access.assertCanEditNetworkItem(user, input.networkId as string, manager);
      const candidate = {
        ...defaults(),
        ...withoutUndefined(input),
        regionId,
        code: input.code,
      } as MeasureEntity;
      await this.validate(manager, candidate, null);
      const repository = manager.getRepository(MeasureEntity);
      let saved: MeasureEntity;
      try {
        saved = await repository.save(repository.create(candidate));
      } catch (error) {
        if (isUniqueViolation(error)) throw codeTaken(input.code);
        throw error;
      }
      const measure = toMeasure(saved);
      await recordAudit(manager, user, {
        action: 'CREATE',
        entityType: ENTITY,
        entityId: measure.id,
        regionId,
        summary: `${measure.code} ${measure.title}: opprettet`,
        after: measureSnapshot(measure),
      });
      return measure;
    });
  }

  async update(user: AuthenticatedUser, input: UpdateMeasureInput): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, input.id, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, manager);
      const changes = withoutUndefined(input) as Partial<MeasureFields>;
      delete (changes as Partial<UpdateMeasureInput>).id;
      delete (changes as Partial<UpdateMeasureInput>).version;
      if (changes.networkId && changes.networkId !== current.networkId) {
        await this.assertNetworkInRegion(manager, changes.networkId, current.regionId);
        await this.access.assertCanEditNetworkItem(user, changes.networkId, manager);
      }
      const next = { ...current, ...changes };
      await this.validate(manager, next, current.id);
      const updated = await this.write(manager, current, changes);
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: updated.id,
        regionId: updated.regionId,
        summary: `${updated.code} ${updated.title}: endret ${Object.keys(changes).join(', ') || 'ingenting'}`,
        before: measureSnapshot(toMeasure(current)),
        after: measureSnapshot(updated),
      });
      return updated;
    });
  }

  async transition(user: AuthenticatedUser, input: TransitionMeasureInput): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, input.id, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, manager);
      const check = checkTransition(current.status, input.to);
      if (!check.ok) {
        throw badUserInput({ nb: check.nb, en: check.en }, { allowedNext: [...check.allowed] });
      }
      const updated = await this.write(manager, current, { status: input.to });
      await recordAudit(manager, user, {
        action: 'TRANSITION',
        entityType: ENTITY,
        entityId: updated.id,
        regionId: updated.regionId,
        summary: `${updated.code} ${updated.title}: status ${MEASURE_STATUS_LABELS[current.status].nb.toLowerCase()} → ${MEASURE_STATUS_LABELS[input.to].nb.toLowerCase()}`,
        before: { status: current.status, version: current.version },
        after: { status: updated.status, version: updated.version },
      });
      return updated;
    });
  }

  async addDependency(user: AuthenticatedUser, input: DependencyInput): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const [measure, target] = await Promise.all([
        this.lockRow(manager, input.measureId),
        manager.getRepository(MeasureEntity).findOneBy({ id: input.dependsOnId }),
      ]);
      if (!target) throw measureNotFound();
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      if (target.regionId !== measure.regionId) throw dependencyAcrossRegions();
      // Serialise dependency changes per region, so two concurrent additions cannot close a cycle together.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dependencies:${measure.regionId}`]);
      const edges: { from: string; to: string }[] = await manager.query(
        `SELECT d.measure_id AS "from", d.depends_on_id AS "to" FROM measure_dependency d
           JOIN measure m ON m.id = d.measure_id WHERE m.region_id = $1`,
        [measure.regionId],
      );
      const cycle = cycleCreatedBy(edges, { from: measure.id, to: target.id });
      if (cycle) {
        const codes: { id: string; code: string }[] = await manager.query(
          'SELECT id, code FROM measure WHERE id = ANY($1::uuid[])',
          [cycle],
        );
        const codeOf = new Map(codes.map((row) => [row.id, row.code]));
        throw dependencyCycle(cycle.map((id) => codeOf.get(id) ?? id));
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(MeasureDependencyEntity)
        .values({ measureId: measure.id, dependsOnId: target.id, kind: input.kind })
        .orUpdate(['kind'], ['measure_id', 'depends_on_id'])
        .execute();
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: avhenger nå av ${target.code} (${input.kind === 'START' ? 'startet' : 'fullført'})`,
        after: { dependsOn: target.code, kind: input.kind },
      });
      return toMeasure(measure);
    });
  }

  async removeDependency(user: AuthenticatedUser, measureId: string, dependsOnId: string): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.lockRow(manager, measureId);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      const removed: [unknown[], number] = await manager.query(
        'DELETE FROM measure_dependency WHERE measure_id = $1 AND depends_on_id = $2 RETURNING kind',
        [measureId, dependsOnId],
      );
      if (removed[1] === 0) {
        throw badUserInput({
          nb: 'Tiltaket har ikke den avhengigheten.',
          en: 'The measure has no such dependency.',
        });
      }
      const target = await manager.getRepository(MeasureEntity).findOneBy({ id: dependsOnId });
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: avhenger ikke lenger av ${target?.code ?? dependsOnId}`,
        before: { dependsOn: target?.code ?? dependsOnId },
      });
      return toMeasure(measure);
    });
  }

  /** Links the measure to the strategy goals it serves (goals of strategies in the same region). */
  async setGoals(user: AuthenticatedUser, input: SetMeasureGoalsInput): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, input.measureId, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, manager);
      const goalIds = [...new Set(input.goalIds)];
      const goals: { id: string; title: string }[] = goalIds.length
        ? await manager.query(
            `SELECT g.id, g.title FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
               JOIN network n ON n.id = s.network_id WHERE g.id = ANY($1::uuid[]) AND n.region_id = $2`,
            [goalIds, current.regionId],
          )
        : [];
      if (goals.length !== goalIds.length) {
        throw badUserInput({
          nb: 'Et av målene finnes ikke i en strategi i tiltakets region.',
          en: "One of the goals is not in a strategy of the measure's region.",
        });
      }
      const before: { goal_id: string }[] = await manager.query(
        'SELECT goal_id FROM measure_goal WHERE measure_id = $1',
        [current.id],
      );
      await manager.query('DELETE FROM measure_goal WHERE measure_id = $1', [current.id]);
      for (const goalId of goalIds) {
        await manager.query('INSERT INTO measure_goal (measure_id, goal_id) VALUES ($1, $2)', [
          current.id,
          goalId,
        ]);
      }
      const updated = await this.write(manager, current, {});
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: updated.id,
        regionId: updated.regionId,
        summary: `${updated.code}: knyttet til ${goals.length} strategimål${goals.length ? ` (${goals.map((g) => g.title).join('; ')})` : ''}`,
        before: { goalIds: before.map((row) => row.goal_id) },
        after: { goalIds },
      });
      return updated;
    });
  }

  private async lockRow(manager: EntityManager, id: string): Promise<MeasureEntity> {
    const entity = await manager
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!entity) throw measureNotFound();
    return entity;
  }

  /** Locks the row and refuses a stale version: the later of two saves never silently overwrites. */
  private async lockForChange(manager: EntityManager, id: string, version: number): Promise<MeasureEntity> {
    const entity = await this.lockRow(manager, id);
    if (entity.version !== version) throw measureStale();
    return entity;
  }

  private async write(
    manager: EntityManager,
    current: MeasureEntity,
    changes: Partial<MeasureEntity>,
  ): Promise<Measure> {
    const repository = manager.getRepository(MeasureEntity);
    await repository.update(
      { id: current.id, version: current.version },
      { ...changes, version: current.version + 1 },
    );
    const saved = await repository.findOneByOrFail({ id: current.id });
    return toMeasure(saved);
  }

  private async assertNetworkInRegion(
    manager: EntityManager,
    networkId: string,
    regionId: string,
  ): Promise<void> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM network WHERE id = $1 AND region_id = $2', [
      networkId,
      regionId,
    ]);
    if (rows.length === 0) throw networkNotInRegion();
  }

  private async validate(
    manager: EntityManager,
    measure: Pick<MeasureEntity, 'tier' | 'legalForm' | 'startDate' | 'endDate' | 'parentId' | 'regionId'>,
    selfId: string | null,
  ): Promise<void> {
    if ((measure.tier === 'STATUTORY') !== (measure.legalForm !== null && measure.legalForm !== undefined)) {
      throw legalFormMismatch();
    }
    if (measure.startDate && measure.endDate && measure.endDate < measure.startDate) throw endBeforeStart();
    if (measure.parentId) {
      if (measure.parentId === selfId) throw parentNotInRegion();
      const rows: unknown[] = await manager.query('SELECT 1 FROM measure WHERE id = $1 AND region_id = $2', [
        measure.parentId,
        measure.regionId,
      ]);
      if (rows.length === 0) throw parentNotInRegion();
    }
  }
}

function defaults(): Partial<MeasureEntity> {
  return {
    description: '',
    legalForm: null,
    status: 'PROPOSED',
    mobilisation: null,
    politicalAnchoring: 'NOT_NEEDED',
    startDate: null,
    endDate: null,
    progressPercent: null,
    weight: null,
    parentId: null,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}
