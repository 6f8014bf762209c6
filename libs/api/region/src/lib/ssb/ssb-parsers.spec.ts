import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { jsonStatCells, JsonStatError } from '@samarbeid/api/data-access';
import { parseKlassCodes, parsePopulation07459 } from './ssb-parsers';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'libs/api/region/src/lib/ssb/fixtures', name), 'utf8'));

describe('JSON-stat 2.0', () => {
  it('walks the flat value array in row-major order over id/size', () => {
    const dataset = {
      id: ['Region', 'Tid'],
      size: [2, 3],
      dimension: {
        Region: { category: { index: { A: 0, B: 1 } } },
        Tid: { category: { index: ['2024', '2025', '2026'] } },
      },
      value: [1, 2, 3, 4, 5, null],
    };
    expect(jsonStatCells(dataset)).toEqual([
      { codes: { Region: 'A', Tid: '2024' }, value: 1 },
      { codes: { Region: 'A', Tid: '2025' }, value: 2 },
      { codes: { Region: 'A', Tid: '2026' }, value: 3 },
      { codes: { Region: 'B', Tid: '2024' }, value: 4 },
      { codes: { Region: 'B', Tid: '2025' }, value: 5 },
      { codes: { Region: 'B', Tid: '2026' }, value: null },
    ]);
  });

  it('accepts the sparse object form of value', () => {
    const dataset = {
      id: ['Region'],
      size: [2],
      dimension: { Region: { category: { index: { A: 0, B: 1 } } } },
      value: { '1': 7 },
    };
    expect(jsonStatCells(dataset).map((cell) => cell.value)).toEqual([null, 7]);
  });

  it.each([
    [{}, /id\/size missing/],
    [
      { id: ['R'], size: [2], dimension: { R: { category: { index: { A: 0 } } } }, value: [1, 2] },
      /size says 2/,
    ],
    [
      { id: ['R'], size: [1], dimension: { R: { category: { index: { A: 0 } } } }, value: [1, 2] },
      /expected 1 values/,
    ],
    [
      { id: ['R'], size: [1], dimension: { R: { category: { index: { A: 0 } } } }, value: ['x'] },
      /not a number/,
    ],
  ])('refuses malformed input %#', (dataset, message) => {
    expect(() => jsonStatCells(dataset)).toThrow(JsonStatError);
    expect(() => jsonStatCells(dataset)).toThrow(message);
  });
});

describe('SSB table 07459 and KLASS 131', () => {
  it('reads population per municipality and year from the recorded 07459 response', () => {
    const figures = parsePopulation07459(fixture('07459-population.json'));
    expect(figures).toHaveLength(26);
    expect(figures.find((f) => f.municipalityNumber === '3303' && f.year === 2025)?.count).toBe(28848);
    expect(figures.find((f) => f.municipalityNumber === '3336' && f.year === 2026)?.count).toBe(1401);
  });

  it('sums over categories that were not eliminated (e.g. sex)', () => {
    const dataset = {
      id: ['Region', 'Kjonn', 'ContentsCode', 'Tid'],
      size: [1, 2, 1, 1],
      dimension: {
        Region: { category: { index: { '3334': 0 } } },
        Kjonn: { category: { index: { '1': 0, '2': 1 } } },
        ContentsCode: { category: { index: { Personer1: 0 } } },
        Tid: { category: { index: { '2025': 0 } } },
      },
      value: [1400, 1381],
    };
    expect(parsePopulation07459(dataset)).toEqual([{ municipalityNumber: '3334', year: 2025, count: 2781 }]);
  });

  it('reads the municipality list from KLASS, skipping codes that are not municipalities', () => {
    const municipalities = parseKlassCodes(fixture('klass-131-codesAt.json'));
    expect(municipalities).toContainEqual({ number: '3338', name: 'Nore og Uvdal' });
    expect(municipalities).toHaveLength(15);
    expect(() => parseKlassCodes({ feil: true })).toThrow(/codes missing/);
  });
});
