import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { networksEn } from './networks.en';
import { networksNb } from './networks.nb';

describe('the networks dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(networksEn).sort()).toEqual(Object.keys(networksNb).sort());
    expect(Object.keys(networksNb).filter((key) => key in nb)).toEqual([]);
  });
});
