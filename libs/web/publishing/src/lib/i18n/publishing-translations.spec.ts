import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { publishingEn } from './publishing.en';
import { publishingNb } from './publishing.nb';

describe('the publishing dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(publishingEn).sort()).toEqual(Object.keys(publishingNb).sort());
    expect(Object.keys(publishingNb).filter((key) => key in nb)).toEqual([]);
  });
});
