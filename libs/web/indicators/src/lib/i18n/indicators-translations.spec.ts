import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { indicatorsEn } from './indicators.en';
import { indicatorsNb } from './indicators.nb';

describe('the indicators dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(indicatorsEn).sort()).toEqual(Object.keys(indicatorsNb).sort());
    expect(Object.keys(indicatorsNb).filter((key) => key in nb)).toEqual([]);
  });
});
