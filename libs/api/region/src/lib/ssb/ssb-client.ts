import { Injectable } from '@nestjs/common';
import { SsbHttp } from '@samarbeid/api/data-access';

import { KlassMunicipality, parseKlassCodes, parsePopulation07459, PopulationFigure } from './ssb-parsers';

/** Statistics Norway's open APIs: KLASS for the municipality list, PxWebApi v2 for table 07459. */
@Injectable()
export class SsbClient {
  constructor(private readonly http: SsbHttp) {}

  async municipalitiesAt(date: string): Promise<KlassMunicipality[]> {
    return parseKlassCodes(await this.http.klass(`classifications/131/codesAt?date=${date}`));
  }

  /** The two latest years of population on 1 January for the given municipalities. */
  async population(municipalityNumbers: readonly string[]): Promise<PopulationFigure[]> {
    return parsePopulation07459(
      await this.http.pxwebTable('07459', {
        'valueCodes[Region]': municipalityNumbers.join(','),
        'valueCodes[ContentsCode]': 'Personer1',
        'valueCodes[Tid]': 'top(2)',
      }),
    );
  }
}
