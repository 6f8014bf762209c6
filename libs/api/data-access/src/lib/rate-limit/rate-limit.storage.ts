import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/** Counters whose window ended this long ago are deleted, at most once per interval per process. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Counts a request for `key` in one statement: a new or expired counter starts a window of `ttl` ms at 1, a
 * running one goes up by 1. PostgreSQL's clock decides, so replicas with drifting clocks agree; the row lock of
 * the upsert makes concurrent requests count one by one.
 */
const INCREMENT = `
INSERT INTO rate_limit_counter AS counter (key, hits, window_ends_at)
VALUES ($1, 1, now() + $2::integer * interval '1 millisecond')
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN counter.window_ends_at <= now() THEN 1 ELSE counter.hits + 1 END,
  window_ends_at = CASE WHEN counter.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                        ELSE counter.window_ends_at END
RETURNING hits, ceil(extract(epoch FROM counter.window_ends_at - now()))::integer AS seconds_left`;

const SWEEP = `DELETE FROM rate_limit_counter WHERE window_ends_at < now() - interval '1 minute'`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface CounterRow {
  hits: number;
  seconds_left: number;
}

/**
 * The throttler's storage in PostgreSQL (table rate_limit_counter), so that the limits hold across API replicas,
 * which share nothing in memory. Fixed windows: a key over its limit stays refused until its window ends
 * (the throttler's `blockDuration` is the window here).
 */
export class PostgresRateLimitStorage implements ThrottlerStorage {
  private nextSweepAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    await this.sweepNowAndThen();
    const rows: CounterRow[] = await this.dataSource.query(INCREMENT, [key, Math.max(1, Math.round(ttl))]);
    const hits = Number(rows[0]?.hits ?? 1);
    const secondsLeft = Math.max(1, Number(rows[0]?.seconds_left ?? 1));
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }

  private async sweepNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    await this.dataSource.query(SWEEP);
  }
}
