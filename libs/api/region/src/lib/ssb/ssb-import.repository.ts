import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportTransaction } from '@samarbeid/api/data-access';
import { currentMembership, RegionEntity } from '@samarbeid/api/data-access';
import { DataSource } from 'typeorm';

import type { PopulationFigure } from './ssb-parsers';

/**
 * What the SSB population import reads and writes: the region and its members, municipality names and population
 * figures (the job itself and its history records are the shared ImportJobs').
 */
@Injectable()
export class SsbImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async regionBySlug(slug: string): Promise<{ id: string; name: string } | null> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug });
    return region ? { id: region.id, name: region.name } : null;
  }

  /** The region's current member municipalities with our names for them, by number. */
  currentMembers(regionId: string): Promise<{ number: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT mu.number, mu.name FROM region_membership m JOIN municipality mu ON mu.number = m.municipality_number
        WHERE m.region_id = $1 AND ${currentMembership('m')}
        ORDER BY mu.number`,
      [regionId],
    );
  }

  async renameMunicipality(tx: ImportTransaction, number: string, name: string): Promise<void> {
    await tx.query('UPDATE municipality SET name = $2, updated_at = now() WHERE number = $1', [number, name]);
  }

  /** The population figures stored for the municipalities. */
  populationOf(
    tx: ImportTransaction,
    numbers: readonly string[],
  ): Promise<{ municipality_number: string; year: number; count: number }[]> {
    return tx.query(
      'SELECT municipality_number, year, count FROM municipality_population WHERE municipality_number = ANY($1::char(4)[])',
      [[...numbers]],
    );
  }

  /** Stores a figure, replacing the one stored for that municipality and year. */
  async savePopulation(tx: ImportTransaction, figure: PopulationFigure, source: string): Promise<void> {
    await tx.query(
      `INSERT INTO municipality_population (municipality_number, year, count, source) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality_number, year) DO UPDATE SET count = EXCLUDED.count, source = EXCLUDED.source`,
      [figure.municipalityNumber, figure.year, figure.count, source],
    );
  }
}
