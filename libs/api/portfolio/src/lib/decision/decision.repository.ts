import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DecisionEntity, DecisionMeasureEntity } from '@samarbeid/api/data-access';
import { DataSource, In } from 'typeorm';

import { Decision } from '../dto/portfolio.types';
import { Transaction } from '../shared/transaction';
import type { NewDecision } from './domain/new-decision';

/** Decisions and their links to measures: every statement on decision and decision_measure. */
@Injectable()
export class DecisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of a region's decisions log, newest first, and how many there are. */
  async page(
    regionId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: Decision[]; totalCount: number }> {
    const [rows, totalCount] = await this.dataSource.getRepository(DecisionEntity).findAndCount({
      where: { regionId },
      order: { decidedOn: 'DESC', caseReference: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { rows: rows.map(toDecision), totalCount };
  }

  async byIds(ids: readonly string[]): Promise<(Decision | null)[]> {
    const rows = await this.dataSource.getRepository(DecisionEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, toDecision(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The measures each decision concerns. */
  async measureIdsOf(decisionIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource
      .getRepository(DecisionMeasureEntity)
      .findBy({ decisionId: In([...decisionIds]) });
    return decisionIds.map((id) => rows.filter((row) => row.decisionId === id).map((row) => row.measureId));
  }

  /** The decisions about each measure, newest first. */
  async ofMeasures(measureIds: readonly string[]): Promise<Decision[][]> {
    const rows: (DecisionEntity & { measure_id: string })[] = await this.dataSource
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .innerJoin('decision_measure', 'dm', 'dm.decision_id = d.id')
      .addSelect('dm.measure_id', 'measure_id')
      .where('dm.measure_id IN (:...ids)', { ids: [...measureIds] })
      .orderBy('d.decided_on', 'DESC')
      .getRawAndEntities()
      .then(({ raw, entities }) =>
        entities.map((entity, index) =>
          Object.assign(entity, { measure_id: (raw[index] as { measure_id: string }).measure_id }),
        ),
      );
    return measureIds.map((id) => rows.filter((row) => row.measure_id === id).map(toDecision));
  }

  /** Records a decision with the measures it concerns. */
  async insert(tx: Transaction, decision: NewDecision, measureIds: readonly string[]): Promise<Decision> {
    const repository = tx.getRepository(DecisionEntity);
    const saved = await repository.save(repository.create(decision));
    if (measureIds.length > 0) {
      await tx
        .getRepository(DecisionMeasureEntity)
        .insert(measureIds.map((measureId) => ({ decisionId: saved.id, measureId })));
    }
    return toDecision(saved);
  }

  /** Whether the decision is one of the region's KDU decisions (the body that adopts strategies). */
  async isKduDecisionOf(tx: Transaction, decisionId: string, regionId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      "SELECT 1 FROM decision WHERE id = $1 AND region_id = $2 AND body = 'KDU'",
      [decisionId, regionId],
    );
    return rows.length > 0;
  }
}

function toDecision(entity: DecisionEntity): Decision {
  return {
    id: entity.id,
    regionId: entity.regionId,
    body: entity.body,
    municipalityNumber: entity.municipalityNumber,
    networkId: entity.networkId,
    decidedOn: entity.decidedOn,
    caseReference: entity.caseReference,
    title: entity.title,
    text: entity.text,
  };
}
