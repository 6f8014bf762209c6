import { isIP } from 'node:net';

import { API_AUDIENCE, INTEGRATION_CLIENT_ID, TEST_CLIENT_ID, WEB_CLIENT_ID } from '@samarbeid/shared/domain';

import { PAUSE_POINTS, type PausePoint } from '../testing/pause-points';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The API's settings, read once from the environment at start-up. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  /**
   * Where the live-update listener connects (LISTEN needs a session of its own): LIVE_DATABASE_URL, default
   * DATABASE_URL. Set it to PostgreSQL directly when DATABASE_URL points at a transaction-mode PgBouncer.
   */
  readonly liveDatabaseUrl: string;
  readonly oidc: {
    /** The issuer exactly as it appears in the tokens' `iss` claim. */
    readonly issuerUrl: string;
    /** Where the signing keys are fetched; defaults to Keycloak's layout below the issuer. */
    readonly jwksUrl: string;
    /** The API's audience: tokens must carry it in `aud`. */
    readonly audience: string;
    /**
     * A token's `azp` (authorised party) must be one of these client ids. Default: the web client in production,
     * the web and test clients elsewhere (the integration tests and scripts use the test client's password grant);
     * the integration client (other systems' service accounts) in both.
     */
    readonly authorizedParties: readonly string[];
  };
  /** Requests per minute, counted in PostgreSQL so that every replica shares them; 0 turns a limit off. */
  readonly rateLimit: {
    /** Per signed-in user (the verified token's `sub`). */
    readonly perUser: number;
    /** Per client address (IPv6 grouped by /64), signed in or not. */
    readonly perAddress: number;
  };
  /** Express's `trust proxy`: whose X-Forwarded-For/-Proto to believe (false: nobody's, the default). */
  readonly trustProxy: false | number | string;
  /** Browser origins allowed to call the API (CORS). */
  readonly webOrigins: readonly string[];
  readonly demoSeed: boolean;
  readonly logLevel: LogLevel;
  /** Statistics Norway: PxWebApi v2 (population, table 07459) and KLASS (municipality list, classification 131). */
  readonly ssb: { readonly pxwebUrl: string; readonly klassUrl: string };
  readonly graphql: {
    /** Introspection and "did you mean" hints: on for development tools, off by default (they map the schema). */
    readonly introspection: boolean;
  };
  readonly metrics: {
    /** `GET /metrics` in Prometheus' text format; off (404, nothing collected) unless METRICS_ENABLED=true. */
    readonly enabled: boolean;
    /** When set, a scrape must send `Authorization: Bearer <token>`; null: `/metrics` is open to anyone who reaches it. */
    readonly token: string | null;
  };
  readonly mail: {
    /** SMTP server as an smtp:// or smtps:// URL with any credentials; null turns e-mail off (nothing is sent). */
    readonly smtpUrl: string | null;
    /** The sender, e.g. `Samarbeid <ikke-svar@samarbeid.local>`. */
    readonly from: string;
  };
  /** The status-report reminders (reporting), sent by every API process on a schedule; one sends each reminder. */
  readonly reminders: {
    /** REPORT_REMINDERS_INTERVAL_MINUTES: minutes between runs; 0 turns the schedule off (the default in tests). */
    readonly intervalMinutes: number;
  };
  /** Hooks for the crash tests only; refused when NODE_ENV=production. */
  readonly testing: {
    /** CRASH_TEST_PAUSE_AT: where a change stops and waits to be killed (see testing/pause-points.ts). */
    readonly pauseAt: PausePoint | null;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Ugyldig konfigurasjon / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_MAIL_FROM = 'Samarbeid <ikke-svar@samarbeid.local>';

/**
 * Generous for a person in the web app (a page asks 3–10 GraphQL requests; 300 a minute is a page every 2 s for a
 * minute), while a script or a flood is stopped within the minute. An office behind one NAT address shares the
 * address limit: raise RATE_LIMIT_ADDRESS_PER_MINUTE for large ones.
 */
export const DEFAULT_RATE_LIMIT = { perUser: 300, perAddress: 1200 } as const;

/** `name@domain` alone or as `Display name <name@domain>`. */
const MAIL_ADDRESS = /^(?:[^<>@\s]+@[^<>@\s]+|[^<>@]*<[^<>@\s]+@[^<>@\s]+>)$/;

/** Visible ASCII only (it travels in an HTTP header), long enough not to be guessed. */
const METRICS_TOKEN = /^[\x21-\x7e]{16,}$/;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the configuration. Every bad or missing value is reported at once, each with a
 * sentence that names the variable, what was wrong and an example of a good value.
 */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const nodeEnv = read('NODE_ENV') ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}").`);
  }

  const port = parsePort(read('PORT') ?? '3000');
  if (port === undefined) {
    problems.push(`PORT must be a whole number from 1 to 65535 (got "${read('PORT')}").`);
  }

  const databaseUrl = read('DATABASE_URL');
  const liveDatabaseUrl = read('LIVE_DATABASE_URL');
  if (liveDatabaseUrl !== undefined && !isUrl(liveDatabaseUrl, ['postgres:', 'postgresql:'])) {
    problems.push('LIVE_DATABASE_URL must be a postgres:// URL.');
  }
  if (databaseUrl === undefined) {
    problems.push('DATABASE_URL is required, e.g. postgres://samarbeid:secret@localhost:5432/samarbeid.');
  } else if (!isUrl(databaseUrl, ['postgres:', 'postgresql:'])) {
    problems.push(
      'DATABASE_URL must be a postgres:// URL, e.g. postgres://samarbeid:secret@localhost:5432/samarbeid.',
    );
  }

  const issuerUrl = read('OIDC_ISSUER_URL');
  if (issuerUrl === undefined) {
    problems.push('OIDC_ISSUER_URL is required, e.g. http://localhost:8080/realms/samarbeid.');
  } else if (!isUrl(issuerUrl, ['http:', 'https:'])) {
    problems.push(`OIDC_ISSUER_URL must be an http(s) URL (got "${issuerUrl}").`);
  }

  const jwksUrl =
    read('OIDC_JWKS_URL') ??
    (issuerUrl ? `${issuerUrl.replace(/\/$/, '')}/protocol/openid-connect/certs` : '');
  if (read('OIDC_JWKS_URL') !== undefined && !isUrl(jwksUrl, ['http:', 'https:'])) {
    problems.push(`OIDC_JWKS_URL must be an http(s) URL (got "${jwksUrl}").`);
  }

  const audience = read('OIDC_AUDIENCE') ?? API_AUDIENCE;
  const authorizedPartiesRaw = read('OIDC_AUTHORIZED_PARTIES');
  const authorizedParties =
    authorizedPartiesRaw !== undefined
      ? splitList(authorizedPartiesRaw)
      : nodeEnv === 'production'
        ? [WEB_CLIENT_ID, INTEGRATION_CLIENT_ID]
        : [WEB_CLIENT_ID, TEST_CLIENT_ID, INTEGRATION_CLIENT_ID];
  if (authorizedParties.length === 0) {
    problems.push(`OIDC_AUTHORIZED_PARTIES must name at least one client id, e.g. ${WEB_CLIENT_ID}.`);
  }

  const rateLimit = {
    perUser: parseCount(read('RATE_LIMIT_USER_PER_MINUTE') ?? String(DEFAULT_RATE_LIMIT.perUser)),
    perAddress: parseCount(read('RATE_LIMIT_ADDRESS_PER_MINUTE') ?? String(DEFAULT_RATE_LIMIT.perAddress)),
  };
  for (const [name, value] of [
    ['RATE_LIMIT_USER_PER_MINUTE', rateLimit.perUser],
    ['RATE_LIMIT_ADDRESS_PER_MINUTE', rateLimit.perAddress],
  ] as const) {
    if (value === undefined) {
      problems.push(
        `${name} must be a whole number of requests per minute, 0 to turn it off (got "${read(name)}").`,
      );
    }
  }

  const trustProxy = parseTrustProxy(read('TRUST_PROXY'));
  if (trustProxy === undefined) {
    problems.push(
      `TRUST_PROXY must be the number of proxies in front of the API (e.g. 1) or their addresses (e.g. loopback, 10.0.0.0/8), or false (got "${read('TRUST_PROXY')}"); true is refused, since it believes any client's X-Forwarded-For.`,
    );
  }

  const webOrigins = splitList(read('WEB_ORIGIN') ?? 'http://localhost:4200');
  for (const origin of webOrigins) {
    if (!isOrigin(origin)) {
      problems.push(
        `WEB_ORIGIN must be a comma-separated list of origins like http://localhost:4200 (got "${origin}").`,
      );
    }
  }

  const demoSeedRaw = (read('DEMO_SEED') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(demoSeedRaw)) {
    problems.push(`DEMO_SEED must be true or false (got "${read('DEMO_SEED')}").`);
  }

  const introspection = readBoolean(read('GRAPHQL_INTROSPECTION'), false);
  if (introspection === undefined) {
    problems.push(`GRAPHQL_INTROSPECTION must be true or false (got "${read('GRAPHQL_INTROSPECTION')}").`);
  }

  const metricsEnabled = readBoolean(read('METRICS_ENABLED'), false);
  if (metricsEnabled === undefined) {
    problems.push(`METRICS_ENABLED must be true or false (got "${read('METRICS_ENABLED')}").`);
  }
  // A secret: never repeated in a message.
  const metricsToken = read('METRICS_TOKEN') ?? null;
  if (metricsToken !== null && !METRICS_TOKEN.test(metricsToken)) {
    problems.push(
      'METRICS_TOKEN must be at least 16 characters without spaces (letters, digits and punctuation), e.g. the output of `openssl rand -hex 32` (leave it unset to serve /metrics without a token).',
    );
  }

  const logLevel = (read('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}").`);
  }

  const pxwebUrl = (read('SSB_PXWEB_URL') ?? 'https://data.ssb.no/api/pxwebapi/v2').replace(/\/$/, '');
  const klassUrl = (read('SSB_KLASS_URL') ?? 'https://data.ssb.no/api/klass/v1').replace(/\/$/, '');
  for (const [name, value] of [
    ['SSB_PXWEB_URL', pxwebUrl],
    ['SSB_KLASS_URL', klassUrl],
  ] as const) {
    if (!isUrl(value, ['http:', 'https:'])) problems.push(`${name} must be an http(s) URL (got "${value}").`);
  }

  // The URL may carry a password, so it is never repeated in a message.
  const smtpUrl = read('SMTP_URL') ?? null;
  if (smtpUrl !== null && !isSmtpUrl(smtpUrl)) {
    problems.push(
      'SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:secret@smtp.example.no:587 or smtps://user:secret@smtp.example.no:465 (leave it unset to send no e-mail).',
    );
  }

  const mailFrom = read('MAIL_FROM') ?? DEFAULT_MAIL_FROM;
  if (!MAIL_ADDRESS.test(mailFrom)) {
    problems.push(
      `MAIL_FROM must be an e-mail address, alone or as "Name <address>", e.g. Samarbeid <ikke-svar@kommune.no> (got "${mailFrom}").`,
    );
  }

  const reminderInterval = parseCount(
    read('REPORT_REMINDERS_INTERVAL_MINUTES') ?? (nodeEnv === 'test' ? '0' : '60'),
  );
  if (reminderInterval === undefined || reminderInterval > 10_080) {
    problems.push(
      `REPORT_REMINDERS_INTERVAL_MINUTES must be a whole number of minutes from 0 (off) to 10080 (a week), e.g. 60 (got "${read('REPORT_REMINDERS_INTERVAL_MINUTES')}").`,
    );
  }

  const pauseAt = read('CRASH_TEST_PAUSE_AT') ?? null;
  if (pauseAt !== null && nodeEnv === 'production') {
    problems.push(
      'CRASH_TEST_PAUSE_AT is for the crash tests only and must not be set when NODE_ENV=production.',
    );
  } else if (pauseAt !== null && !(PAUSE_POINTS as readonly string[]).includes(pauseAt)) {
    problems.push(`CRASH_TEST_PAUSE_AT must be one of ${PAUSE_POINTS.join(', ')} (got "${pauseAt}").`);
  }

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return {
    nodeEnv: nodeEnv as AppConfig['nodeEnv'],
    host: read('HOST') ?? '127.0.0.1',
    port: port as number,
    databaseUrl: databaseUrl as string,
    liveDatabaseUrl: liveDatabaseUrl ?? (databaseUrl as string),
    oidc: {
      issuerUrl: issuerUrl as string,
      jwksUrl,
      audience,
      authorizedParties,
    },
    rateLimit: { perUser: rateLimit.perUser as number, perAddress: rateLimit.perAddress as number },
    trustProxy: trustProxy as AppConfig['trustProxy'],
    webOrigins,
    demoSeed: demoSeedRaw === 'true' || demoSeedRaw === '1',
    logLevel,
    ssb: { pxwebUrl, klassUrl },
    graphql: { introspection: introspection === true },
    metrics: { enabled: metricsEnabled === true, token: metricsToken },
    mail: { smtpUrl, from: mailFrom },
    reminders: { intervalMinutes: reminderInterval as number },
    testing: { pauseAt: pauseAt as PausePoint | null },
  };
}

function readBoolean(value: string | undefined, fallback: boolean): boolean | undefined {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return undefined;
}

function parseCount(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** false, a hop count, or a list of addresses, subnets and Express's names for address ranges. */
function parseTrustProxy(value: string | undefined): AppConfig['trustProxy'] | undefined {
  if (value === undefined || value.toLowerCase() === 'false' || value === '0') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const items = splitList(value);
  const valid = items.every((item) => {
    if (PROXY_NAMES.includes(item)) return true;
    const [address = '', bits, ...rest] = item.split('/');
    return isIP(address) !== 0 && rest.length === 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
  });
  return items.length > 0 && valid ? items.join(',') : undefined;
}

function parsePort(value: string): number | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? port : undefined;
}

function isUrl(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
