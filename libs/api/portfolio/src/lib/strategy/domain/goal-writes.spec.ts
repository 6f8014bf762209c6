import { describe, expect, it } from '@jest/globals';

import { goalWrites, trimDecimal } from './goal-writes';

describe('goal writes', () => {
  const goal = (title: string) => ({ title, description: ` ${title} beskrevet `, indicators: [] });

  it('keeps the id of the goal that held each position, and trims the texts', () => {
    expect(goalWrites([{ id: 'g0' }, { id: 'g1' }], [goal(' Første '), goal('Andre')])).toEqual([
      { id: 'g0', position: 0, title: 'Første', description: 'Første  beskrevet', indicators: [] },
      { id: 'g1', position: 1, title: 'Andre', description: 'Andre beskrevet', indicators: [] },
    ]);
  });

  it('gives new positions no id, and writes nothing for goals beyond the new count', () => {
    expect(goalWrites([{ id: 'g0' }], [goal('A'), goal('B')]).map((write) => write.id)).toEqual(['g0', null]);
    expect(goalWrites([{ id: 'g0' }, { id: 'g1' }], [goal('A')])).toHaveLength(1);
    expect(goalWrites([{ id: 'g0' }], [])).toEqual([]);
  });
});

describe('trimDecimal', () => {
  it.each([
    ['12.5000', '12.5'],
    ['21.0000', '21'],
    ['100.0000', '100'],
    ['0.0001', '0.0001'],
    ['12345678901234.1234', '12345678901234.1234'],
    ['-3.1000', '-3.1'],
    ['100', '100'],
  ])('shows %s as %s (only trailing zeros go)', (stored, shown) => {
    expect(trimDecimal(stored)).toBe(shown);
  });
});
