import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { economicsPagesEn } from './economics-pages.en';
import { economicsPagesNb } from './economics-pages.nb';
import { economicsEn } from './economics.en';
import { economicsNb } from './economics.nb';

describe('the economics dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    for (const [norwegian, english] of [
      [economicsNb, economicsEn],
      [economicsPagesNb, economicsPagesEn],
    ]) {
      expect(Object.keys(english).sort()).toEqual(Object.keys(norwegian).sort());
      expect(Object.keys(norwegian).filter((key) => key in nb)).toEqual([]);
    }
  });
});
