import pg from 'pg';

/** What `/health/ready` reports; `reason` (Norwegian / English) only when not ready. */
export interface ReadinessReport {
  readonly status: 'ok' | 'error';
  readonly database: 'up' | 'down';
  readonly migrations: 'applied' | 'pending' | 'unknown';
  readonly pending?: readonly string[];
  readonly reason?: string;
}

export interface ReadinessProbeOptions {
  /** The database the app uses. */
  readonly databaseUrl: string;
  /** TypeORM's migrations table. */
  readonly migrationsTable: string;
  /** The name of every migration the app is built with. */
  readonly migrations: () => readonly string[];
  /** How long one check may take before the database counts as down. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 2000;
const UNDEFINED_TABLE = '42P01';

/**
 * Answers "can this process serve requests?" quickly, even when the app is busy: one query on a connection of
 * its own (a full pool does not make it wait), checks already in flight are shared, and once every migration has
 * been seen applied only `SELECT 1` is asked (migrations are never un-applied under a running app).
 */
export class ReadinessProbe {
  private client: pg.Client | null = null;
  private migrationsApplied = false;
  private inFlight: Promise<ReadinessReport> | null = null;
  private closed = false;

  constructor(private readonly options: ReadinessProbeOptions) {}

  check(): Promise<ReadinessReport> {
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight?.catch(() => undefined);
    await this.disconnect();
  }

  private async run(): Promise<ReadinessReport> {
    let applied: readonly string[] | null;
    try {
      applied = await this.query();
    } catch {
      await this.disconnect();
      return {
        status: 'error',
        database: 'down',
        migrations: 'unknown',
        reason: 'Databasen svarer ikke. / The database does not answer.',
      };
    }
    if (applied === null) return { status: 'ok', database: 'up', migrations: 'applied' };
    const done = new Set(applied);
    const pending = this.options.migrations().filter((name) => !done.has(name));
    if (pending.length > 0) {
      return {
        status: 'error',
        database: 'up',
        migrations: 'pending',
        pending,
        reason: `Databasen mangler ${pending.length} migrering(er). / The database lacks ${pending.length} migration(s).`,
      };
    }
    this.migrationsApplied = true;
    return { status: 'ok', database: 'up', migrations: 'applied' };
  }

  /** The applied migrations' names, or null when they are known to be complete (then only `SELECT 1`). */
  private async query(): Promise<readonly string[] | null> {
    const client = await this.connection();
    if (this.migrationsApplied) {
      await client.query('SELECT 1');
      return null;
    }
    try {
      const result = await client.query<{ name: string }>(
        `SELECT name FROM ${pg.escapeIdentifier(this.options.migrationsTable)}`,
      );
      return result.rows.map((row) => row.name);
    } catch (error) {
      // A database never migrated has no table: every migration is pending, the database itself is fine.
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return [];
      throw error;
    }
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connection(): Promise<pg.Client> {
    if (this.closed) throw new Error('the readiness probe is closed');
    if (this.client) return this.client;
    const timeout = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: 'samarbeid-api-health',
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      statement_timeout: timeout,
    });
    // A connection lost between checks: forget it, the next check connects again.
    client.on('error', () => {
      if (this.client === client) this.client = null;
    });
    await client.connect();
    this.client = client;
    return client;
  }
}
