import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentMembership, ParticipationEntity } from '@samarbeid/api/data-access';
import type { ParticipationState } from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

import { Participation } from '../dto/portfolio.types';
import { Transaction } from '../shared/transaction';

/** A municipality's recorded participation in a measure (none recorded is undecided). */
export interface ParticipationRecord {
  readonly measureId: string;
  readonly municipalityNumber: string;
  readonly state: ParticipationState;
  readonly reason: string | null;
  readonly updatedAt: Date;
}

/**
 * Participation: every statement on participation, and the reads of region membership it is judged against (who is
 * a current member of a measure's region).
 */
@Injectable()
export class ParticipationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every current member municipality of each measure's region, with its participation (undecided where nothing
   * is recorded), by municipality number. One statement for any number of measures, mapped straight to the DTOs.
   */
  async forMeasures(measures: readonly { id: string; regionId: string }[]): Promise<Participation[][]> {
    const rows: {
      measure_id: string;
      municipality_number: string;
      state: ParticipationState | null;
      reason: string | null;
      updated_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT m.id AS measure_id, rm.municipality_number, p.state, p.reason, p.updated_at
         FROM measure m
         JOIN region_membership rm ON rm.region_id = m.region_id AND ${currentMembership('rm')}
         LEFT JOIN participation p ON p.measure_id = m.id AND p.municipality_number = rm.municipality_number
        WHERE m.id = ANY($1::uuid[])
        ORDER BY rm.municipality_number`,
      [measures.map((measure) => measure.id)],
    );
    const byMeasure = new Map<string, Participation[]>(measures.map((measure) => [measure.id, []]));
    for (const row of rows) {
      byMeasure.get(row.measure_id)?.push({
        measureId: row.measure_id,
        municipalityNumber: row.municipality_number,
        state: row.state ?? 'UNDECIDED',
        reason: row.reason,
        updatedAt: row.updated_at,
      });
    }
    return measures.map((measure) => byMeasure.get(measure.id) ?? []);
  }

  /** Whether the municipality is a member of the region today. */
  async isCurrentMember(tx: Transaction, regionId: string, municipalityNumber: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM region_membership WHERE region_id = $1 AND municipality_number = $2 AND ${currentMembership()}`,
      [regionId, municipalityNumber],
    );
    return rows.length > 0;
  }

  /** What is recorded for the municipality in the measure (null: nothing, i.e. undecided). */
  async find(
    tx: Transaction,
    measureId: string,
    municipalityNumber: string,
  ): Promise<ParticipationRecord | null> {
    const row = await tx.getRepository(ParticipationEntity).findOneBy({ measureId, municipalityNumber });
    return row ? toRecord(row) : null;
  }

  /** Records the participation (replacing what was recorded) and returns it as stored. */
  async save(
    tx: Transaction,
    participation: Omit<ParticipationRecord, 'updatedAt'>,
    updatedBy: string,
  ): Promise<ParticipationRecord> {
    const repository = tx.getRepository(ParticipationEntity);
    await repository.upsert({ ...participation, updatedBy }, ['measureId', 'municipalityNumber']);
    return toRecord(
      await repository.findOneByOrFail({
        measureId: participation.measureId,
        municipalityNumber: participation.municipalityNumber,
      }),
    );
  }
}

function toRecord(row: ParticipationEntity): ParticipationRecord {
  return {
    measureId: row.measureId,
    municipalityNumber: row.municipalityNumber,
    state: row.state,
    reason: row.reason,
    updatedAt: row.updatedAt,
  };
}
