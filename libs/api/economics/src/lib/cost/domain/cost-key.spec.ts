import { describe, expect, it } from '@jest/globals';

import { aMeasure, refusalOf } from '../../testing/economics-fakes';
import type { KeyEntrySpec, KeySpec, Population } from '../cost-shares';
import {
  assertKeySplits,
  keySpecOf,
  lacksPopulationYear,
  normaliseKey,
  withPopulationYear,
} from './cost-key';

const THREE = aMeasure({ participating: ['3303', '3334', '3336'] });
const SSB = (count: number): Population => ({ count, source: 'SSB 07459' });
const POPULATIONS = new Map([
  ['3303', SSB(28_000)],
  ['3334', SSB(2_781)],
  ['3336', SSB(1_391)],
]);

const refusal = async (check: () => void) => refusalOf(Promise.resolve().then(check));

describe('keySpecOf', () => {
  it('keeps per municipality only the figures the kind uses, trimmed', () => {
    const spec = keySpecOf({
      kind: 'POPULATION',
      populationYear: 2025,
      populationSource: '  ',
      entries: [
        {
          municipalityNumber: '3303',
          populationOverride: 26_500,
          adjustmentNote: ' uten asylmottak ',
          units: '5',
        },
        { municipalityNumber: '3334', adjustmentNote: 'ingen justering', percent: '10' },
      ],
    });
    expect(spec.populationSource).toBeNull();
    expect(spec.entries.get('3303')).toEqual({
      populationOverride: 26_500,
      adjustmentNote: 'uten asylmottak',
      units: null,
      percent: null,
    });
    // A note without an agreed population explains nothing.
    expect(spec.entries.get('3334')).toEqual({
      populationOverride: null,
      adjustmentNote: null,
      units: null,
      percent: null,
    });
  });

  it('refuses a municipality named twice, and a fixed part left out', async () => {
    expect(
      await refusal(() =>
        keySpecOf({
          kind: 'MANUAL',
          entries: [
            { municipalityNumber: '3334', percent: '50' },
            { municipalityNumber: '3334', percent: '50' },
          ],
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Kommune 3334 står to ganger i nøkkelen.' });
    expect(await refusal(() => keySpecOf({ kind: 'FIXED_PLUS_POPULATION' }))).toMatchObject({
      message: 'Oppgi hvor mange prosent som skal deles likt.',
    });
  });
});

describe('the population year of a key', () => {
  const key = (overrides: Partial<KeySpec>): KeySpec => ({
    kind: 'EQUAL',
    fixedPercent: '30',
    populationYear: 2024,
    populationSource: 'SSB',
    entries: new Map(),
    ...overrides,
  });

  it('keeps only the fields of its kind', () => {
    expect(normaliseKey(key({ kind: 'EQUAL' }))).toMatchObject({
      fixedPercent: null,
      populationYear: null,
      populationSource: null,
    });
    expect(normaliseKey(key({ kind: 'POPULATION' }))).toMatchObject({
      fixedPercent: null,
      populationYear: 2024,
    });
    expect(normaliseKey(key({ kind: 'FIXED_PLUS_POPULATION' }))).toMatchObject({ fixedPercent: '30' });
  });

  it('fills a missing year or source from the newest complete year, keeping what was chosen', () => {
    const found = { year: 2025, source: 'SSB 07459' };
    expect(lacksPopulationYear(key({ kind: 'POPULATION' }))).toBe(false);
    expect(lacksPopulationYear(key({ kind: 'POPULATION', populationSource: null }))).toBe(true);
    expect(lacksPopulationYear(key({ kind: 'USAGE', populationYear: null }))).toBe(false);
    expect(withPopulationYear(key({ populationYear: null, populationSource: null }), found)).toMatchObject({
      populationYear: 2025,
      populationSource: 'SSB 07459',
    });
    expect(withPopulationYear(key({ populationSource: null }), found)).toMatchObject({
      populationYear: 2024,
      populationSource: 'SSB 07459',
    });
    expect(withPopulationYear(key({ populationYear: null, populationSource: null }), null)).toMatchObject({
      populationYear: null,
      populationSource: null,
    });
  });
});

describe('assertKeySplits', () => {
  const spec = (
    kind: KeySpec['kind'],
    entries: [string, Partial<KeyEntrySpec>][] = [],
    populationYear: number | null = 2025,
  ): KeySpec => ({
    kind,
    fixedPercent: kind === 'FIXED_PLUS_POPULATION' ? '130' : null,
    populationYear,
    populationSource: null,
    entries: new Map(
      entries.map(([number, entry]) => [
        number,
        { populationOverride: null, adjustmentNote: null, units: null, percent: null, ...entry },
      ]),
    ),
  });

  it('accepts a key that splits among the participants', () => {
    expect(() => assertKeySplits(THREE, spec('EQUAL'), new Map())).not.toThrow();
    expect(() => assertKeySplits(THREE, spec('POPULATION'), POPULATIONS)).not.toThrow();
    expect(() =>
      assertKeySplits(
        THREE,
        spec('MANUAL', [
          ['3303', { percent: '60' }],
          ['3334', { percent: '20.5' }],
          ['3336', { percent: '19.5' }],
        ]),
        POPULATIONS,
      ),
    ).not.toThrow();
  });

  it('says in words what stops the key, naming the municipalities', async () => {
    const message = async (key: KeySpec, populations = POPULATIONS) =>
      (await refusal(() => assertKeySplits(THREE, key, populations))).message;
    expect(await message(spec('MANUAL', [['3303', { percent: '100' }]]))).toBe(
      'Mangler prosentandel for Flesberg, Rollag.',
    );
    expect(
      await message(
        spec('MANUAL', [
          ['3303', { percent: '15' }],
          ['3334', { percent: '15' }],
          ['3336', { percent: '60' }],
        ]),
      ),
    ).toBe('Prosentandelene må summere til nøyaktig 100 (nå 90).');
    expect(
      await message(
        spec('USAGE', [
          ['3303', { units: '0' }],
          ['3334', { units: '0' }],
          ['3336', { units: '0' }],
        ]),
      ),
    ).toBe('Ingen bruk er registrert, så kostnaden kan ikke fordeles etter bruk.');
    expect(await message(spec('POPULATION', [], null))).toBe(
      'Det finnes ingen folketall for alle deltakerne. Hent folketall fra SSB eller oppgi avtalte tall.',
    );
    expect(await message(spec('POPULATION'), new Map([['3303', SSB(28_000)]]))).toBe(
      'Mangler folketall for Flesberg per 1.1.2025. Velg et annet år eller oppgi et avtalt folketall.',
    );
    expect(await message(spec('FIXED_PLUS_POPULATION'))).toBe('Den faste andelen må være 0–100 %.');
  });

  it('has nothing to refuse while nobody takes part', () => {
    expect(() => assertKeySplits(aMeasure({ participating: [] }), spec('MANUAL'), new Map())).not.toThrow();
  });
});
