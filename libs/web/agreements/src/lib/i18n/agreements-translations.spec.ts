import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { agreementsInboxEn } from './agreements-inbox.en';
import { agreementsInboxNb } from './agreements-inbox.nb';
import { agreementsEn } from './agreements.en';
import { agreementsNb } from './agreements.nb';

describe('the agreements dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    for (const [norwegian, english] of [
      [agreementsNb, agreementsEn],
      [agreementsInboxNb, agreementsInboxEn],
    ]) {
      expect(Object.keys(english).sort()).toEqual(Object.keys(norwegian).sort());
      expect(Object.keys(norwegian).filter((key) => key in nb)).toEqual([]);
    }
  });
});
