import { currentNetworkMember, NotificationWriter } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

import { INDICATOR_COLUMNS, INDICATOR_FROM, IndicatorRow } from '../indicator.repository';

export interface Leader {
  readonly networkId: string;
  readonly userId: string;
  readonly email: string | null;
}

/** The reminders' statements, bound to the run's transaction. */
export class IndicatorReminderRepository {
  constructor(readonly manager: EntityManager) {}

  get notifications(): NotificationWriter {
    return new NotificationWriter(this.manager);
  }

  transaction<T>(work: (tx: IndicatorReminderRepository) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new IndicatorReminderRepository(manager)));
  }

  async regions(): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query('SELECT id FROM region ORDER BY slug');
    return rows.map((row) => row.id);
  }

  /**
   * The region's indicators, locked: another run skips them (`SKIP LOCKED`) until this one commits its marks, and a
   * value recorded meanwhile waits for it.
   */
  async lockIndicators(regionId: string): Promise<IndicatorRow[]> {
    const ids: { id: string }[] = await this.manager.query(
      `SELECT gi.id FROM ${INDICATOR_FROM} WHERE r.id = $1 ORDER BY gi.id FOR UPDATE OF gi SKIP LOCKED`,
      [regionId],
    );
    if (ids.length === 0) return [];
    return this.manager.query(
      `SELECT ${INDICATOR_COLUMNS} FROM ${INDICATOR_FROM} WHERE gi.id = ANY($1::uuid[])`,
      [ids.map((row) => row.id)],
    );
  }

  /** The periods with a value (measured or "not measured") per indicator, for the region or a municipality. */
  async recorded(
    indicatorIds: readonly string[],
  ): Promise<{ indicatorId: string; period: string; municipalityNumber: string | null }[]> {
    return this.manager.query(
      `SELECT indicator_id AS "indicatorId", period, municipality_number AS "municipalityNumber"
         FROM indicator_value WHERE indicator_id = ANY($1::uuid[])`,
      [[...indicatorIds]],
    );
  }

  /**
   * Marks the indicators as reminded for their periods and returns those marked now: one already reminded for that
   * period (by an earlier run, in any process) is left out, so each period is reminded once.
   */
  async claim(due: readonly { indicatorId: string; period: string }[]): Promise<Set<string>> {
    if (due.length === 0) return new Set();
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO indicator_reminder (indicator_id, period)
       SELECT * FROM unnest($1::uuid[], $2::varchar[]) ON CONFLICT DO NOTHING RETURNING indicator_id AS id`,
      [due.map((entry) => entry.indicatorId), due.map((entry) => entry.period)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The current leaders (with a user) of the networks. */
  leaders(networkIds: readonly string[]): Promise<Leader[]> {
    if (networkIds.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT DISTINCT network_id AS "networkId", user_id AS "userId", email FROM network_member
        WHERE network_id = ANY($1::uuid[]) AND role = 'LEADER' AND user_id IS NOT NULL AND ${currentNetworkMember()}
        ORDER BY network_id, user_id`,
      [[...networkIds]],
    );
  }

  /** The owners (creators) of the KPI sets, by set. */
  async setOwners(kpiSetIds: readonly string[]): Promise<Map<string, string>> {
    if (kpiSetIds.length === 0) return new Map();
    const rows: { id: string; ownerUserId: string }[] = await this.manager.query(
      `SELECT id, owner_user_id AS "ownerUserId" FROM kpi_set
        WHERE id = ANY($1::uuid[]) AND owner_user_id IS NOT NULL`,
      [[...kpiSetIds]],
    );
    return new Map(rows.map((row) => [row.id, row.ownerUserId]));
  }
}
