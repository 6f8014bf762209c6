import { Injectable } from '@nestjs/common';
import type { AppConfig } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';

import { KlassMunicipality, parseKlassCodes, parsePopulation07459, PopulationFigure } from './ssb-parsers';

/** SSB could not be reached, or answered with an error status. */
export class SsbUnavailableError extends Error {}

const TIMEOUT_MS = 20_000;

/** Statistics Norway's open APIs: KLASS for the municipality list, PxWebApi v2 for table 07459. */
@Injectable()
export class SsbClient {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  async municipalitiesAt(date: string): Promise<KlassMunicipality[]> {
    return parseKlassCodes(
      await this.getJson(`${this.config.ssb.klassUrl}/classifications/131/codesAt?date=${date}`),
    );
  }

  /** The two latest years of population on 1 January for the given municipalities. */
  async population(municipalityNumbers: readonly string[]): Promise<PopulationFigure[]> {
    const query = new URLSearchParams({
      lang: 'no',
      outputFormat: 'json-stat2',
      'valueCodes[Region]': municipalityNumbers.join(','),
      'valueCodes[ContentsCode]': 'Personer1',
      'valueCodes[Tid]': 'top(2)',
    });
    return parsePopulation07459(await this.getJson(`${this.config.ssb.pxwebUrl}/tables/07459/data?${query}`));
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
