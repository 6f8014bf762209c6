import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { measuresWithAgreementCosts } from '@samarbeid/api/agreements-read';
import { DataSource } from 'typeorm';

export interface MeasureRef {
  readonly id: string;
  readonly code: string;
  readonly title: string;
}

/**
 * The overview's own read across the economics aggregates: which of the region's measures have any economics (a
 * cost line, a benefit, or a service-purchase agreement in force). The figures themselves come from the
 * aggregates' repositories, each in one query for all the measures.
 */
@Injectable()
export class EconomicsOverviewReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The region's measures with costs, benefits or agreements in force, by code. */
  async measuresWithEconomics(regionId: string): Promise<MeasureRef[]> {
    // Agreements in force are the agreements library's to say (its read function), not a query on its tables.
    const withAgreements = await measuresWithAgreementCosts(this.dataSource.manager, regionId);
    return this.dataSource.query(
      `SELECT m.id, m.code, m.title FROM measure m
        WHERE m.region_id = $1
          AND (EXISTS (SELECT 1 FROM cost_line c WHERE c.measure_id = m.id)
               OR EXISTS (SELECT 1 FROM benefit b WHERE b.measure_id = m.id)
               OR m.id = ANY($2::uuid[]))
        ORDER BY m.code`,
      [regionId, withAgreements],
    );
  }
}
