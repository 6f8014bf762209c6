import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { preparednessEn } from './preparedness.en';
import { preparednessNb } from './preparedness.nb';

describe('the preparedness dictionaries', () => {
  it('define every Norwegian key in English, and none of the core dictionary (which would win)', () => {
    expect(Object.keys(preparednessEn).sort()).toEqual(Object.keys(preparednessNb).sort());
    expect(Object.keys(preparednessNb).filter((key) => key in nb)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(preparednessNb)) {
      expect([key, placeholders(preparednessEn[key as keyof typeof preparednessNb])]).toEqual([
        key,
        placeholders(text),
      ]);
    }
  });
});
