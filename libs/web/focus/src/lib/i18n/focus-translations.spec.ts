import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { focusEn } from './focus.en';
import { focusNb } from './focus.nb';

describe('the focus dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(focusEn).sort()).toEqual(Object.keys(focusNb).sort());
    expect(Object.keys(focusNb).filter((key) => key in nb)).toEqual([]);
  });
});
