import { describe, expect, it } from '@jest/globals';

import { nextSort, sortRows } from './sort';

interface Row {
  readonly name: string;
  readonly population: number | null;
}

const rows: readonly Row[] = [
  { name: 'Øvre Eiker', population: 20000 },
  { name: 'Flesberg', population: null },
  { name: 'Ål', population: 4600 },
  { name: 'Kongsberg', population: 27812 },
  { name: 'Notodden', population: 13000 },
];
const values = { name: (row: Row) => row.name, population: (row: Row) => row.population };

describe('sortRows', () => {
  it('sorts text the Norwegian way (Æ, Ø, Å last) and numbers by value, both ways', () => {
    expect(sortRows(rows, { key: 'name', direction: 'ascending' }, values).map((r) => r.name)).toEqual([
      'Flesberg',
      'Kongsberg',
      'Notodden',
      'Øvre Eiker',
      'Ål',
    ]);
    expect(
      sortRows(rows, { key: 'population', direction: 'descending' }, values).map((r) => r.population),
    ).toEqual([27812, 20000, 13000, 4600, null]);
  });

  it('puts rows without a value last either way, and leaves the rows alone when not sorted', () => {
    expect(sortRows(rows, { key: 'population', direction: 'ascending' }, values).at(-1)?.name).toBe(
      'Flesberg',
    );
    expect(sortRows(rows, null, values)).toEqual(rows);
    expect(sortRows(rows, { key: 'unknown', direction: 'ascending' }, values)).toEqual(rows);
    expect(sortRows(rows, null, values)).not.toBe(rows);
  });

  it('compares numbers inside text by value', () => {
    const codes = [{ code: 'T10' }, { code: 'T2' }, { code: 'T1' }];
    expect(sortRows(codes, { key: 'code', direction: 'ascending' }, { code: (r) => r.code })).toEqual([
      { code: 'T1' },
      { code: 'T2' },
      { code: 'T10' },
    ]);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and turns the current one around', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'population')).toEqual({
      key: 'population',
      direction: 'ascending',
    });
  });
});
