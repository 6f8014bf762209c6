import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  currentMembership,
  currentNetworkMember,
  NotificationWriter,
  regionNotFound,
} from '@samarbeid/api/data-access';
import { DataSource, EntityManager } from 'typeorm';

import { FrozenReportRepository } from './frozen-report.repository';
import { PeriodRepository } from './period.repository';
import { ReportRepository } from './report.repository';

export interface RegionRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/**
 * Reporting's repositories, bound to one EntityManager: the data source's, or, inside `transaction`, the
 * transaction's, so that a change, its checks' reads, its notifications and its history commit together.
 */
export class ReportingDb {
  constructor(readonly manager: EntityManager) {}

  transaction<T>(work: (tx: ReportingDb) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new ReportingDb(manager)));
  }

  get periods(): PeriodRepository {
    return new PeriodRepository(this.manager);
  }

  get reports(): ReportRepository {
    return new ReportRepository(this.manager);
  }

  get frozen(): FrozenReportRepository {
    return new FrozenReportRepository(this.manager);
  }

  get notifications(): NotificationWriter {
    return new NotificationWriter(this.manager);
  }

  async regionBySlug(slug: string): Promise<RegionRow> {
    const rows: RegionRow[] = await this.manager.query('SELECT id, slug, name FROM region WHERE slug = $1', [
      slug,
    ]);
    const region = rows[0];
    if (!region) throw regionNotFound(slug);
    return region;
  }

  /** A current member municipality of the region, with its name; null when it is not one. */
  async memberOf(
    regionId: string,
    municipalityNumber: string,
  ): Promise<{ number: string; name: string } | null> {
    const rows: { number: string; name: string }[] = await this.manager.query(
      `SELECT mu.number, mu.name FROM region_membership rm JOIN municipality mu ON mu.number = rm.municipality_number
        WHERE rm.region_id = $1 AND rm.municipality_number = $2 AND ${currentMembership('rm')}`,
      [regionId, municipalityNumber],
    );
    return rows[0] ?? null;
  }

  /** The networks the user leads (as LEADER in network_member). */
  async ledNetworkIds(userId: string): Promise<Set<string>> {
    const rows: { network_id: string }[] = await this.manager.query(
      `SELECT network_id FROM network_member WHERE user_id = $1 AND role = 'LEADER' AND ${currentNetworkMember()}`,
      [userId],
    );
    return new Set(rows.map((row) => row.network_id));
  }
}

export const REPORTING_DB: Provider = {
  provide: ReportingDb,
  useFactory: (source: DataSource) => new ReportingDb(source.manager),
  inject: [getDataSourceToken()],
};
