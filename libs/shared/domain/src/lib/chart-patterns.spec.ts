import { describe, expect, it } from '@jest/globals';

import { chartDecal } from './chart-patterns';

describe('chart patterns', () => {
  it('draws hatching and dots over the fill, and nothing over a plain one', () => {
    expect(chartDecal('hatched')).toMatchObject({ symbol: 'rect', rotation: -Math.PI / 4 });
    expect(chartDecal('dotted')).toMatchObject({ symbol: 'circle' });
    expect(chartDecal('solid')).toBeUndefined();
    expect(chartDecal('dashed')).toBeUndefined();
    expect(chartDecal(undefined)).toBeUndefined();
  });
});
