import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client, Notification } from 'pg';

import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

/** The PostgreSQL channel every API process listens on (decisions/0013). */
export const LIVE_CHANNEL = 'samarbeid_change';

/** Sent to subscribers after a reconnect of the listener: changes may have been missed, so refetch everything. */
export const RESYNC_ENTITY_TYPE = 'resync';

/** What a change tells a subscriber: which region and what kind of thing changed. Never the data itself. */
export interface LiveChange {
  readonly regionId: string;
  readonly entityType: string;
  readonly at: Date;
}

/** Anything that can run one SQL statement: the EntityManager of the change's transaction. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Announces a change inside the transaction that makes it. PostgreSQL delivers a NOTIFY only when that transaction
 * commits (and not at all when it rolls back), and folds identical ones within a transaction into one, so a
 * subscriber hears about committed changes only, once per transaction, region and entity type.
 */
export async function notifyChange(
  runner: SqlRunner,
  change: { readonly regionId: string | null; readonly entityType: string },
): Promise<void> {
  if (change.regionId === null) return;
  await runner.query('SELECT pg_notify($1, $2)', [
    LIVE_CHANNEL,
    JSON.stringify({ r: change.regionId, t: change.entityType.slice(0, 64) }),
  ]);
}

/** The payload of a notification, or null when it is not one of ours. */
export function parseLiveChange(payload: string | undefined, at = new Date()): LiveChange | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { r, t } = value as { r?: unknown; t?: unknown };
    return typeof r === 'string' && typeof t === 'string' ? { regionId: r, entityType: t, at } : null;
  } catch {
    return null;
  }
}

type Listener = (change: LiveChange) => void;

/** Delay before the n-th reconnect attempt: 0.5 s doubling to at most 15 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(15_000, 500 * 2 ** Math.max(0, attempt));
}

/**
 * The bus between API replicas: one dedicated PostgreSQL connection per process that LISTENs on
 * {@link LIVE_CHANNEL} and hands every change to this process's subscribers. The connection is re-opened with
 * back-off when it drops; subscribers then get a `resync` for every region, since changes may have been missed.
 */
@Injectable()
export class LiveChanges implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveChanges.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Subscribes to a region's changes; returns the unsubscribe function. */
  listen(regionId: string, listener: Listener): () => void {
    let set = this.listeners.get(regionId);
    if (!set) {
      set = new Set();
      this.listeners.set(regionId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(regionId);
      current?.delete(listener);
      if (current?.size === 0) this.listeners.delete(regionId);
    };
  }

  /** The subscribers in this process (for metrics and tests). */
  subscriberCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.liveDatabaseUrl,
      application_name: 'samarbeid-live',
    });
    client.on('notification', (message: Notification) => this.deliver(parseLiveChange(message.payload)));
    client.on('error', (error: Error) => {
      this.logger.warn(`live-update listener lost its connection: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`live-update listener could not connect: ${(error as Error).message}`);
      this.reconnect(client);
      return;
    }
    const resumed = this.attempt > 0;
    this.client = client;
    this.attempt = 0;
    if (resumed) this.resyncAll();
  }

  private reconnect(client: Client): void {
    if (this.stopped || (this.client !== null && this.client !== client) || this.timer) return;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    const delay = reconnectDelay(this.attempt++);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) void this.connect();
    }, delay);
  }

  private resyncAll(): void {
    const at = new Date();
    for (const regionId of this.listeners.keys()) {
      this.deliver({ regionId, entityType: RESYNC_ENTITY_TYPE, at });
    }
  }

  private deliver(change: LiveChange | null): void {
    if (!change) return;
    for (const listener of [...(this.listeners.get(change.regionId) ?? [])]) listener(change);
  }
}

/**
 * The changes of one region as an async iterator (what a GraphQL subscription resolver returns). Changes that
 * arrive while the consumer is busy queue up (at most 100, the oldest dropped: a refetch covers them anyway);
 * `return()` unsubscribes.
 */
export function regionChangeIterator(live: LiveChanges, regionId: string): AsyncIterableIterator<LiveChange> {
  const queue: LiveChange[] = [];
  let waiting: ((result: IteratorResult<LiveChange>) => void) | null = null;
  let done = false;
  const unsubscribe = live.listen(regionId, (change) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: change, done: false });
      return;
    }
    queue.push(change);
    if (queue.length > 100) queue.shift();
  });
  const finish = (): Promise<IteratorResult<LiveChange>> => {
    done = true;
    unsubscribe();
    queue.length = 0;
    if (waiting) {
      waiting({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<LiveChange> = {
    next: () => {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const next = queue.shift();
      if (next) return Promise.resolve({ value: next, done: false });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: (error?: unknown) => finish().then(() => Promise.reject(error as Error)),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
