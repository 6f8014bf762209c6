import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RegionEconomicsEntity, SavingsRequirementEntity } from '@samarbeid/api/data-access';
import { DEFAULT_BENEFIT_THRESHOLDS } from '@samarbeid/shared/domain';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import { DataSource, IsNull } from 'typeorm';

import type { Tx } from '../economics-transactions';
import { trimZeros } from './domain/thresholds';

export interface RequirementRow {
  /** Null: the whole region. */
  readonly municipalityNumber: string | null;
  readonly year: number;
  readonly amount: string;
}

/**
 * A region's savings targets (region_economics: the benefit status thresholds; savings_requirement: the required
 * savings per year, for the region or one municipality): every SQL statement and TypeORM call for them. The region
 * row is the aggregate's lock.
 */
@Injectable()
export class SavingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks the region row until the transaction ends, so that changes to its targets happen one at a time. */
  async lockRegion(tx: Tx, regionId: string): Promise<void> {
    await tx.query('SELECT id FROM region WHERE id = $1 FOR UPDATE', [regionId]);
  }

  /** The region's thresholds ("90", "72.5"), or the defaults when it has set none. */
  async thresholds(regionId: string, tx?: Tx): Promise<BenefitThresholds> {
    return (await this.settings(regionId, tx)).thresholds;
  }

  /** The thresholds and the version of the region's economics settings (0 before any are saved). */
  async settings(
    regionId: string,
    tx: Tx = this.dataSource.manager,
  ): Promise<{ thresholds: BenefitThresholds; version: number }> {
    const row = await tx.findOneBy(RegionEconomicsEntity, { regionId });
    return {
      thresholds: row
        ? {
            greenFromPercent: trimZeros(row.greenFromPercent),
            yellowFromPercent: trimZeros(row.yellowFromPercent),
          }
        : { ...DEFAULT_BENEFIT_THRESHOLDS },
      version: row?.version ?? 0,
    };
  }

  async saveThresholds(tx: Tx, regionId: string, thresholds: BenefitThresholds): Promise<void> {
    if (await tx.existsBy(RegionEconomicsEntity, { regionId })) {
      await tx.update(RegionEconomicsEntity, { regionId }, { ...thresholds });
    } else {
      await tx.insert(RegionEconomicsEntity, { regionId, ...thresholds });
    }
  }

  /** Every requirement of the region, by year and municipality (the region's own first). */
  async requirementsOfRegion(regionId: string): Promise<RequirementRow[]> {
    const rows = await this.dataSource.manager.find(SavingsRequirementEntity, {
      where: { regionId },
      order: { year: 'ASC', municipalityNumber: 'ASC' },
    });
    return rows.map(requirementRow);
  }

  /** The requirements of one scope: the region's own (`municipalityNumber` null) or one municipality's. */
  async requirementsOf(
    regionId: string,
    municipalityNumber: string | null,
    tx: Tx = this.dataSource.manager,
  ): Promise<RequirementRow[]> {
    const rows = await tx.findBy(SavingsRequirementEntity, {
      regionId,
      municipalityNumber: municipalityNumber ?? IsNull(),
    });
    return rows.map(requirementRow);
  }

  /** Replaces the requirements of one scope. */
  async replaceRequirements(
    tx: Tx,
    regionId: string,
    municipalityNumber: string | null,
    values: readonly { year: number; amount: string }[],
  ): Promise<void> {
    await tx.delete(SavingsRequirementEntity, {
      regionId,
      municipalityNumber: municipalityNumber ?? IsNull(),
    });
    if (values.length) {
      await tx.insert(
        SavingsRequirementEntity,
        values.map((value) => ({ regionId, municipalityNumber, year: value.year, amount: value.amount })),
      );
    }
  }
}

function requirementRow(row: SavingsRequirementEntity): RequirementRow {
  return { municipalityNumber: row.municipalityNumber, year: row.year, amount: row.amount };
}
