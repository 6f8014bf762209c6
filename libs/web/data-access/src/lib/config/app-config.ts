import { InjectionToken, type Provider } from '@angular/core';

/**
 * Runtime settings, read from `/config.json` before the app starts. The same build runs against the
 * development identity provider and against a real Keycloak: only this file differs.
 */
export interface AppConfig {
  /** Absolute URL of the GraphQL endpoint. The bearer token is sent to this URL only. */
  readonly apiUrl: string;
  readonly auth: {
    /** Keycloak server URL (without `/realms/...`). */
    readonly url: string;
    readonly realm: string;
    readonly clientId: string;
  };
}

export type AppConfigResult =
  | { readonly ok: true; readonly config: AppConfig }
  | { readonly ok: false; readonly problems: readonly string[] };

export const APP_CONFIG = new InjectionToken<AppConfig>('APP_CONFIG');

export function provideAppConfig(config: AppConfig): Provider {
  return { provide: APP_CONFIG, useValue: config };
}

export const CONFIG_PATH = '/config.json';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An http(s) URL; a path (starting with `/`) is resolved against `baseUrl`. Returns the URL without
 * a trailing slash, or undefined when it is not usable.
 */
function httpUrl(value: unknown, baseUrl: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  let url: URL;
  try {
    url = text.startsWith('/') && !text.startsWith('//') && baseUrl ? new URL(text, baseUrl) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.hash) return undefined;
  return url.href.replace(/\/+$/, '');
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Validates the parsed contents of `config.json`. `baseUrl` (normally `location.origin`) lets
 * `apiUrl` be a path on the web app's own origin, e.g. `/graphql` behind a reverse proxy.
 */
export function parseAppConfig(value: unknown, baseUrl?: string): AppConfigResult {
  if (!isRecord(value)) {
    return { ok: false, problems: ['The file must contain a JSON object.'] };
  }
  const problems: string[] = [];
  const apiUrl = httpUrl(value['apiUrl'], baseUrl);
  if (!apiUrl) problems.push('"apiUrl" must be an http(s) URL, e.g. "http://localhost:3000/graphql".');

  const auth = value['auth'];
  let url: string | undefined;
  let realm: string | undefined;
  let clientId: string | undefined;
  if (!isRecord(auth)) {
    problems.push('"auth" must be an object with "url", "realm" and "clientId".');
  } else {
    url = httpUrl(auth['url'], undefined);
    realm = nonEmpty(auth['realm']);
    clientId = nonEmpty(auth['clientId']);
    if (!url) problems.push('"auth.url" must be the http(s) URL of the identity provider.');
    if (!realm) problems.push('"auth.realm" must be a non-empty string.');
    if (!clientId) problems.push('"auth.clientId" must be a non-empty string.');
  }

  if (problems.length > 0 || !apiUrl || !url || !realm || !clientId) {
    return { ok: false, problems };
  }
  return { ok: true, config: { apiUrl, auth: { url, realm, clientId } } };
}

/** Fetches and validates `/config.json`. Never throws: failures come back as problems. */
export async function loadAppConfig(
  fetchFn: typeof fetch = fetch,
  baseUrl: string = globalThis.location?.origin ?? '',
): Promise<AppConfigResult> {
  let response: Response;
  try {
    response = await fetchFn(CONFIG_PATH, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${CONFIG_PATH} could not be fetched (${reason}).`] };
  }
  if (!response.ok) {
    return { ok: false, problems: [`${CONFIG_PATH} could not be fetched (HTTP ${response.status}).`] };
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return { ok: false, problems: [`${CONFIG_PATH} is not valid JSON.`] };
  }
  return parseAppConfig(body, baseUrl || undefined);
}
