import { describe, expect, it } from '@jest/globals';
import { convertToParamMap } from '@angular/router';

import {
  historyFiltersFromParams,
  historyFiltersToParams,
  historyFiltersToVariables,
} from './history-filters';

describe('history filters', () => {
  it('reads text, type and dates from the query string and ignores unknown values', () => {
    expect(
      historyFiltersFromParams(
        convertToParamMap({ sok: ' T7 ', type: 'measure', fra: '2026-01-01', til: 'i går' }),
      ),
    ).toEqual({ text: 'T7', entityType: 'measure', from: '2026-01-01' });
    expect(historyFiltersFromParams(convertToParamMap({ type: 'user' }))).toEqual({});
  });

  it('knows the kinds the other features write to the history (preparedness, indicators, plan …)', () => {
    for (const type of [
      'follow_up_action',
      'exercise',
      'preparedness_routine',
      'indicator',
      'plan_milestone',
    ]) {
      expect(historyFiltersFromParams(convertToParamMap({ type }))).toEqual({ entityType: type });
    }
  });

  it("gives the API's AuditFilter and query parameters (null for what is not set)", () => {
    const filters = { text: 'KDU', entityType: 'decision', to: '2026-12-31' } as const;
    expect(historyFiltersToVariables(filters)).toEqual({
      text: 'KDU',
      entityType: 'decision',
      to: '2026-12-31',
    });
    expect(historyFiltersToParams(filters)).toEqual({
      sok: 'KDU',
      type: 'decision',
      fra: null,
      til: '2026-12-31',
    });
  });
});
