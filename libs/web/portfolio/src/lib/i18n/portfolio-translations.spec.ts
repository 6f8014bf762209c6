import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { portfolioEn } from './portfolio.en';
import { portfolioNb } from './portfolio.nb';

describe('the portfolio dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(portfolioEn).sort()).toEqual(Object.keys(portfolioNb).sort());
    expect(Object.keys(portfolioNb).filter((key) => key in nb)).toEqual([]);
  });
});
