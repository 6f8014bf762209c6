import { describe, expect, it } from '@jest/globals';

import { fieldChanges } from './audit-change';

describe('fieldChanges', () => {
  it('lists the fields that differ, leaving out ids and the lock version', () => {
    expect(
      fieldChanges(
        JSON.stringify({ status: 'UNDER_ASSESSMENT', version: 3, title: 'Byggesak' }),
        JSON.stringify({ status: 'DECIDED', version: 4, title: 'Byggesak' }),
      ),
    ).toEqual([{ field: 'status', before: 'UNDER_ASSESSMENT', after: 'DECIDED' }]);
  });

  it('shows every field of a created object, and a dash for what was not set', () => {
    expect(fieldChanges(null, JSON.stringify({ code: 'T9', networkId: 'n1', mobilisation: null }))).toEqual([
      { field: 'code', before: '–', after: 'T9' },
      { field: 'mobilisation', before: '–', after: '–' },
    ]);
    expect(fieldChanges(null, null)).toEqual([]);
  });

  it('copes with values that are not JSON objects', () => {
    expect(fieldChanges('"gammel"', 'ikke json')).toEqual([
      { field: 'value', before: 'gammel', after: 'ikke json' },
    ]);
  });
});
