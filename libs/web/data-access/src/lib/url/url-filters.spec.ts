import { describe, expect, it } from '@jest/globals';

import { knownValue, withoutUnset } from './url-filters';

describe('url filters', () => {
  it('keeps a value the app knows and drops anything else', () => {
    const kinds = ['A', 'B'] as const;
    expect(knownValue(kinds, 'B')).toBe('B');
    expect(knownValue(kinds, 'b')).toBeUndefined();
    expect(knownValue(kinds, null)).toBeUndefined();
    expect(knownValue(kinds, undefined)).toBeUndefined();
  });

  it('leaves out filters that are not set, keeping empty strings and falsy values that are', () => {
    expect(withoutUnset({ a: undefined, b: 'x', c: 0, d: '' })).toEqual({ b: 'x', c: 0, d: '' });
    expect(withoutUnset({ a: undefined })).toEqual({});
  });
});
