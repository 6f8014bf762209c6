import { Injectable } from '@nestjs/common';
import type { AppConfig } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';

/** SSB could not be reached, or answered with an error status. */
export class SsbUnavailableError extends Error {}

const TIMEOUT_MS = 20_000;

/**
 * The one way to Statistics Norway's open APIs (KLASS and PxWebApi v2) for every import: the base addresses from
 * the configuration (tests and the e2e stack point them at a stand-in with recorded answers), a timeout, and
 * SsbUnavailableError for anything but a JSON answer with a success status.
 */
@Injectable()
export class SsbHttp {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** `GET {pxweb}/tables/{table}/data?{query}` with JSON-stat 2.0 as the output format. */
  pxwebTable(table: string, query: Readonly<Record<string, string>>): Promise<unknown> {
    const params = new URLSearchParams({ lang: 'no', outputFormat: 'json-stat2', ...query });
    return this.getJson(`${this.config.ssb.pxwebUrl}/tables/${encodeURIComponent(table)}/data?${params}`);
  }

  /** `GET {klass}/{path}`. */
  klass(path: string): Promise<unknown> {
    return this.getJson(`${this.config.ssb.klassUrl}/${path}`);
  }

  private async getJson(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new SsbUnavailableError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new SsbUnavailableError(`${url}: HTTP ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw new SsbUnavailableError(`${url}: the answer was not JSON`);
    }
  }
}
