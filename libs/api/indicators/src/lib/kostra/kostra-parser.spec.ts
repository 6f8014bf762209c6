import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { JsonStatError } from '@samarbeid/api/data-access';

import { figuresByTable, KOSTRA_CATALOGUE } from './kostra-catalogue';
import { parseKostraTable } from './kostra-parser';

const fixture = (table: string): unknown =>
  JSON.parse(
    readFileSync(join(process.cwd(), 'libs/api/indicators/src/lib/kostra/fixtures', `${table}.json`), 'utf8'),
  );

const figures = (table: string) => figuresByTable().get(table) ?? [];

describe('KOSTRA catalogue', () => {
  it('ships about twenty figures with unique codes, each naming a table and a content code', () => {
    expect(KOSTRA_CATALOGUE.length).toBeGreaterThanOrEqual(20);
    expect(new Set(KOSTRA_CATALOGUE.map((entry) => entry.code)).size).toBe(KOSTRA_CATALOGUE.length);
    for (const entry of KOSTRA_CATALOGUE) {
      expect(entry.table).toMatch(/^\d{5}$/);
      expect(entry.contentsCode).toMatch(/^\w+$/);
    }
  });

  it('has a recorded response for every table it asks', () => {
    for (const table of figuresByTable().keys()) expect(() => fixture(table)).not.toThrow();
  });
});

describe('reading a KOSTRA table (recorded JSON-stat 2.0)', () => {
  it("reads the asked areas' figures by year, mapping content codes to the catalogue's codes", () => {
    const values = parseKostraTable(fixture('12220'), figures('12220'), ['3303', 'EKG13', 'EAKUO']);
    expect(new Set(values.map((value) => value.areaCode))).toEqual(new Set(['3303', 'EKG13', 'EAKUO']));
    // 3 areas × 4 figures × 6 years (2020–2025)
    expect(values).toHaveLength(72);
    const kongsberg = values.filter((value) => value.areaCode === '3303' && value.figure === 'BYGGESAK_TID');
    expect(kongsberg.map((value) => value.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(kongsberg.every((value) => value.value !== null && /^\d+(\.\d+)?$/.test(value.value))).toBe(true);
  });

  it('keeps SSB\'s "." and ".." as explicit missing values, never zero', () => {
    const values = parseKostraTable(fixture('12134'), figures('12134'), ['3320', '4024']);
    const flå2021 = values.filter((value) => value.areaCode === '3320' && value.year === 2021);
    expect(flå2021.length).toBe(figures('12134').length);
    expect(flå2021.every((value) => value.value === null && value.missingSymbol === '..')).toBe(true);
    const hjartdal2020 = values.filter((value) => value.areaCode === '4024' && value.year === 2020);
    expect(hjartdal2020.every((value) => value.value === null && value.missingSymbol === '.')).toBe(true);
    expect(values.filter((value) => value.value === '0')).toEqual([]);
  });

  it('treats a missing value without a symbol as ".."', () => {
    const dataset = {
      id: ['KOKkommuneregion0000', 'ContentsCode', 'Tid'],
      size: [1, 1, 2],
      dimension: {
        KOKkommuneregion0000: { category: { index: { '3303': 0 } } },
        ContentsCode: { category: { index: { KOSTE110000: 0 } } },
        Tid: { category: { index: { '2024': 0, '2025': 1 } } },
      },
      value: [null, 31.5],
    };
    expect(parseKostraTable(dataset, figures('12220'), ['3303'])).toEqual([
      { figure: 'BYGGESAK_TID', areaCode: '3303', year: 2024, value: null, missingSymbol: '..' },
      { figure: 'BYGGESAK_TID', areaCode: '3303', year: 2025, value: '31.5', missingSymbol: null },
    ]);
  });

  it('refuses a table it cannot read unambiguously', () => {
    const withExtra = {
      id: ['KOKkommuneregion0000', 'KOKart0000', 'ContentsCode', 'Tid'],
      size: [1, 2, 1, 1],
      dimension: {
        KOKkommuneregion0000: { category: { index: { '3303': 0 } } },
        KOKart0000: { category: { index: { AG1: 0, AG2: 1 } } },
        ContentsCode: { category: { index: { KOSTE110000: 0 } } },
        Tid: { category: { index: { '2025': 0 } } },
      },
      value: [1, 2],
    };
    expect(() => parseKostraTable(withExtra, figures('12220'), ['3303'])).toThrow(JsonStatError);
    expect(() => parseKostraTable({ error: 'x' }, figures('12220'), ['3303'])).toThrow(JsonStatError);
  });
});
