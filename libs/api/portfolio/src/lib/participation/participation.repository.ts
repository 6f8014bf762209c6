import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentMembership, ParticipationEntity } from '@samarbeid/api/data-access';
import type { ParticipationState } from '@samarbeid/shared/domain';
import { DataSource, In } from 'typeorm';

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
   * is recorded), by municipality number. Two statements for any number of measures.
   */
  async forMeasures(measures: readonly { id: string; regionId: string }[]): Promise<Participation[][]> {
    const regionIds = [...new Set(measures.map((measure) => measure.regionId))];
    const [members, rows] = await Promise.all([
      this.dataSource.query<{ region_id: string; number: string }[]>(
        `SELECT region_id, municipality_number AS number FROM region_membership
          WHERE region_id = ANY($1::uuid[]) AND ${currentMembership()}
          ORDER BY municipality_number`,
        [regionIds],
      ),
      this.dataSource.getRepository(ParticipationEntity).findBy({ measureId: In(measures.map((m) => m.id)) }),
    ]);
    const recorded = new Map(rows.map((row) => [`${row.measureId}|${row.municipalityNumber}`, row]));
    return measures.map((measure) =>
      members
        .filter((member) => member.region_id === measure.regionId)
        .map((member) => {
          const row = recorded.get(`${measure.id}|${member.number}`);
          return {
            measureId: measure.id,
            municipalityNumber: member.number,
            state: row?.state ?? 'UNDECIDED',
            reason: row?.reason ?? null,
            updatedAt: row?.updatedAt ?? null,
          };
        }),
    );
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
