import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit counter: requests seen for a key (a hash of limiter and client address or user id) in the window
 * that ends at `windowEndsAt`. Shared by every API replica; written only by PostgresRateLimitStorage. The table is
 * UNLOGGED (see the migration): counters are worth no WAL, and losing them in a crash only resets the minute.
 */
@Entity({ name: 'rate_limit_counter' })
@Index('ix_rate_limit_counter_window_ends_at', ['windowEndsAt'])
export class RateLimitCounterEntity {
  /** SHA-256 in hex: no address or user id is stored as such. */
  @PrimaryColumn({ type: 'char', length: 64 })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz', name: 'window_ends_at' })
  windowEndsAt!: Date;
}
