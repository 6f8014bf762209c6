import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { overviewEn } from './overview.en';
import { overviewNb } from './overview.nb';

describe('the overview dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(overviewEn).sort()).toEqual(Object.keys(overviewNb).sort());
    expect(Object.keys(overviewNb).filter((key) => key in nb)).toEqual([]);
  });
});
