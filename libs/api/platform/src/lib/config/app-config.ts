import { API_AUDIENCE } from '@samarbeid/shared/domain';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The API's settings, read once from the environment at start-up. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly oidc: {
    /** The issuer exactly as it appears in the tokens' `iss` claim. */
    readonly issuerUrl: string;
    /** Where the signing keys are fetched; defaults to Keycloak's layout below the issuer. */
    readonly jwksUrl: string;
    /** The API's audience: tokens must carry it in `aud`. */
    readonly audience: string;
    /** When set, a token's `azp` (authorised party) must be one of these client ids. */
    readonly authorizedParties: readonly string[];
  };
  /** Browser origins allowed to call the API (CORS). */
  readonly webOrigins: readonly string[];
  readonly demoSeed: boolean;
  readonly logLevel: LogLevel;
  /** Statistics Norway: PxWebApi v2 (population, table 07459) and KLASS (municipality list, classification 131). */
  readonly ssb: { readonly pxwebUrl: string; readonly klassUrl: string };
  readonly mail: {
    /** SMTP server as an smtp:// or smtps:// URL with any credentials; null turns e-mail off (nothing is sent). */
    readonly smtpUrl: string | null;
    /** The sender, e.g. `Samarbeid <ikke-svar@samarbeid.local>`. */
    readonly from: string;
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

/** `name@domain` alone or as `Display name <name@domain>`. */
const MAIL_ADDRESS = /^(?:[^<>@\s]+@[^<>@\s]+|[^<>@]*<[^<>@\s]+@[^<>@\s]+>)$/;

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
  const authorizedParties = splitList(read('OIDC_AUTHORIZED_PARTIES'));

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

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return {
    nodeEnv: nodeEnv as AppConfig['nodeEnv'],
    host: read('HOST') ?? '127.0.0.1',
    port: port as number,
    databaseUrl: databaseUrl as string,
    oidc: {
      issuerUrl: issuerUrl as string,
      jwksUrl,
      audience,
      authorizedParties,
    },
    webOrigins,
    demoSeed: demoSeedRaw === 'true' || demoSeedRaw === '1',
    logLevel,
    ssb: { pxwebUrl, klassUrl },
    mail: { smtpUrl, from: mailFrom },
  };
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
