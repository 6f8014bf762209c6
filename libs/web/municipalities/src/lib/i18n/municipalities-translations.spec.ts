import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { municipalitiesEn } from './municipalities.en';
import { municipalitiesNb } from './municipalities.nb';

describe('the municipalities dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(municipalitiesEn).sort()).toEqual(Object.keys(municipalitiesNb).sort());
    expect(Object.keys(municipalitiesNb).filter((key) => key in nb)).toEqual([]);
  });
});
