import { describe, expect, it } from '@jest/globals';
import Decimal from 'decimal.js';
import fc from 'fast-check';

import {
  allocate,
  AllocationError,
  AllocationParticipant,
  benefitStatus,
  compareShares,
  sumAmounts,
} from './allocation';

const KR = [
  { municipalityNumber: '3303', population: 28848 },
  { municipalityNumber: '3334', population: 2781 },
  { municipalityNumber: '3336', population: 1395 },
  { municipalityNumber: '3338', population: 2486 },
  { municipalityNumber: '4005', population: 13266 },
  { municipalityNumber: '4024', population: 1630 },
  { municipalityNumber: '4026', population: 5533 },
];

const sum = (values: readonly string[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

describe('allocate – worked examples (checked by hand)', () => {
  it('EQUAL: 100 kr over 3 → 33.33… each; the 1 kr left goes to the lowest number on the tie → 34, 33, 33', () => {
    const shares = allocate(
      '100',
      [{ municipalityNumber: '4005' }, { municipalityNumber: '3303' }, { municipalityNumber: '3334' }],
      { kind: 'EQUAL' },
    );
    expect(shares.map((s) => [s.municipalityNumber, s.rounded])).toEqual([
      ['3303', '34'],
      ['3334', '33'],
      ['4005', '33'],
    ]);
  });

  it('POPULATION: 1 000 000 kr over Kongsbergregionen (55 939 inhabitants); Flesberg 2 781/55 939 × 1 000 000 = 49 714.867…', () => {
    const shares = allocate('1000000', KR, {
      kind: 'POPULATION',
      populationLabel: { nb: 'per 1.1.2025 (SSB)', en: 'on 1 Jan 2025 (SSB)' },
    });
    const flesberg = shares.find((s) => s.municipalityNumber === '3334');
    expect(flesberg?.exact.startsWith('49714.867')).toBe(true);
    expect(flesberg?.rounded).toBe('49715');
    expect(flesberg?.explanation.nb).toBe(
      'innbyggere 2 781 av 55 939 per 1.1.2025 (SSB) × 1 000 000 kr = 49 714,87 kr',
    );
    expect(flesberg?.explanation.en).toBe(
      'population 2 781 of 55 939 on 1 Jan 2025 (SSB) × 1 000 000 kr = 49 714,87 kr',
    );
    expect(sum(shares.map((s) => s.rounded)).toFixed()).toBe('1000000');
  });

  it('FIXED_PLUS_POPULATION 30 %: Flesberg = 1/7 × 30 % + 2 781/55 939 × 70 % of 700 000 = 30 000 + 24 360.2853… = 54 360.2853…', () => {
    const shares = allocate('700000', KR, { kind: 'FIXED_PLUS_POPULATION', fixedPercent: '30' });
    const flesberg = shares.find((s) => s.municipalityNumber === '3334');
    expect(new Decimal(flesberg?.exact ?? 0).toDecimalPlaces(4).toFixed()).toBe('54360.2853');
    expect(flesberg?.explanation.nb).toBe(
      '(innbyggere 2 781 av 55 939 × 70 % + 1/7 × 30 %) × 700 000 kr = 54 360,29 kr',
    );
  });

  it('USAGE: 90 000 kr by 10, 20 and 60 hours → 10 000, 20 000, 60 000', () => {
    const shares = allocate(
      '90000',
      [
        { municipalityNumber: '3303', units: '10' },
        { municipalityNumber: '3334', units: '20' },
        { municipalityNumber: '3336', units: '60' },
      ],
      { kind: 'USAGE' },
    );
    expect(shares.map((s) => s.rounded)).toEqual(['10000', '20000', '60000']);
  });

  it('MANUAL: 33.3 + 33.3 + 33.4 % of 1 000 → 333, 333, 334', () => {
    const shares = allocate(
      '1000',
      [
        { municipalityNumber: '3303', percent: '33.3' },
        { municipalityNumber: '3334', percent: '33.3' },
        { municipalityNumber: '3336', percent: '33.4' },
      ],
      { kind: 'MANUAL' },
    );
    expect(shares.map((s) => s.rounded)).toEqual(['333', '333', '334']);
  });

  it.each([
    [
      'MANUAL percentages that do not sum to 100',
      () => allocate('100', [{ municipalityNumber: '3303', percent: '99.9' }], { kind: 'MANUAL' }),
      /nøyaktig 100 \(nå 99,9\)/,
    ],
    [
      'USAGE with all-zero units',
      () => allocate('100', [{ municipalityNumber: '3303', units: '0' }], { kind: 'USAGE' }),
      /Ingen bruk er registrert/,
    ],
    ['no participants', () => allocate('100', [], { kind: 'EQUAL' }), /Ingen kommuner deltar/],
    [
      'a fixed part above 100 %',
      () => allocate('100', KR, { kind: 'FIXED_PLUS_POPULATION', fixedPercent: '120' }),
      /0–100 %/,
    ],
  ])('refuses %s with a sentence', (_case, run, message) => {
    expect(run).toThrow(AllocationError);
    try {
      run();
    } catch (error) {
      expect((error as AllocationError).nb).toMatch(message);
    }
  });
});

const municipalities = fc
  .uniqueArray(fc.integer({ min: 1000, max: 9999 }), { minLength: 1, maxLength: 12 })
  .chain((numbers) =>
    fc.tuple(
      fc.constant(numbers.map(String)),
      fc.array(fc.integer({ min: 1, max: 1_000_000 }), {
        minLength: numbers.length,
        maxLength: numbers.length,
      }),
    ),
  )
  .map(([numbers, populations]): AllocationParticipant[] =>
    numbers.map((municipalityNumber, index) => ({
      municipalityNumber,
      population: populations[index],
      units: String(populations[index] % 500),
    })),
  );
const totals = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String);
const keys = fc.constantFrom(
  { kind: 'EQUAL' as const },
  { kind: 'POPULATION' as const },
  { kind: 'FIXED_PLUS_POPULATION' as const, fixedPercent: '20' },
);

describe('allocate – properties', () => {
  it('rounded shares always sum exactly to the total', () => {
    fc.assert(
      fc.property(totals, municipalities, keys, (total, participants, key) => {
        expect(sum(allocate(total, participants, key).map((s) => s.rounded)).toFixed()).toBe(total);
      }),
    );
  });

  it('shares of a non-negative total are never negative, and each rounded share is within 1 kr of its exact share', () => {
    fc.assert(
      fc.property(
        totals.filter((t) => !t.startsWith('-')),
        municipalities,
        keys,
        (total, participants, key) => {
          for (const share of allocate(total, participants, key)) {
            expect(new Decimal(share.rounded).isNegative()).toBe(false);
            expect(new Decimal(share.rounded).minus(share.exact).abs().lessThan(1)).toBe(true);
          }
        },
      ),
    );
  });

  it('EQUAL shares differ by at most 1 kr', () => {
    fc.assert(
      fc.property(totals, municipalities, (total, participants) => {
        const rounded = allocate(total, participants, { kind: 'EQUAL' }).map((s) => new Decimal(s.rounded));
        expect(
          Decimal.max(...rounded)
            .minus(Decimal.min(...rounded))
            .lte(1),
        ).toBe(true);
      }),
    );
  });

  it("removing a participant never lowers another's exact share, and lowers a rounded share by at most 1 kr", () => {
    fc.assert(
      fc.property(
        totals.filter((t) => !t.startsWith('-')),
        municipalities.filter((p) => p.length > 1),
        keys,
        (total, participants, key) => {
          const before = allocate(total, participants, key);
          const after = allocate(total, participants.slice(1), key);
          for (const share of after) {
            const previous = before.find((s) => s.municipalityNumber === share.municipalityNumber);
            expect(new Decimal(share.exact).gte(new Decimal(previous?.exact ?? 0).minus('1e-40'))).toBe(true);
            expect(new Decimal(previous?.rounded ?? 0).minus(share.rounded).lte(1)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('allocate – refusals as properties', () => {
  it('MANUAL refuses any percentages that do not sum to exactly 100, and accepts those that do', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 9 }),
        (hundredths) => {
          const participants = hundredths.map((h, index) => ({
            municipalityNumber: String(3000 + index),
            percent: new Decimal(h).div(100).toFixed(),
          }));
          const total = sum(participants.map((p) => p.percent));
          const run = () => allocate('1000', participants, { kind: 'MANUAL' });
          if (total.equals(100)) expect(sum(run().map((s) => s.rounded)).toFixed()).toBe('1000');
          else expect(run).toThrow(AllocationError);
        },
      ),
    );
  });

  it('USAGE refuses all-zero units however many participants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (count) => {
        const participants = Array.from({ length: count }, (_, index) => ({
          municipalityNumber: String(3000 + index),
          units: '0',
        }));
        expect(() => allocate('1000', participants, { kind: 'USAGE' })).toThrow(AllocationError);
      }),
    );
  });
});

describe('what-if comparison', () => {
  it('shows the largest-remainder paradox: 5 kr, 30 % fixed, populations 17/23/23/3/7, without the first', () => {
    // With all five (73 inhabitants): 3003 = 5 × (0.30/5 + 0.70 × 3/73) = 0.4438…; floors 1,1,1,0,0 leave 2 kr for
    // the largest remainders .636 (3004) and .444 (3003) → 1,1,1,1,1.
    // Without 3000 (56 inhabitants): 3003 = 5 × (0.30/4 + 0.70 × 3/56) = 0.5625; floors 1,1,0,0 leave 3 kr for the
    // remainders .8125 (3001, 3002, 3004) before .5625 (3003) → 2,2,0,1. 3003's exact share rose, its rounded fell.
    const everyone = [17, 23, 23, 3, 7].map((population, index) => ({
      municipalityNumber: `300${index}`,
      population,
    }));
    const key = { kind: 'FIXED_PLUS_POPULATION', fixedPercent: '30' } as const;
    const baseline = allocate('5', everyone, key);
    const whatIf = allocate('5', everyone.slice(1), key);
    expect(baseline.map((s) => s.rounded)).toEqual(['1', '1', '1', '1', '1']);
    expect(whatIf.map((s) => s.rounded)).toEqual(['2', '2', '0', '1']);
    const changes = compareShares(baseline, whatIf);
    expect(changes.map((c) => [c.municipalityNumber, c.change, c.roundingParadox])).toEqual([
      ['3001', '1', false],
      ['3002', '1', false],
      ['3003', '-1', true],
      ['3004', '0', false],
    ]);
    expect(changes[2].explanation?.nb).toContain('fra 0,44 til 0,56 kr');
    expect(changes[2].explanation?.nb).toContain('1 kr lavere');
  });
});

describe('benefit status', () => {
  const thresholds = { greenFromPercent: '90', yellowFromPercent: '70' };
  it('is null until something is realised, then by realised / planned against the thresholds', () => {
    expect(benefitStatus('1000', null, thresholds)).toBeNull();
    // 900 / 1000 = 90 % → green (the threshold itself counts); 899.99 → 89.999 % → yellow; 699 → 69.9 % → red.
    expect(benefitStatus('1000', '900', thresholds)).toEqual({ status: 'GREEN', percent: '90.0' });
    expect(benefitStatus('1000', '899.99', thresholds)?.status).toBe('YELLOW');
    expect(benefitStatus('1000', '700', thresholds)?.status).toBe('YELLOW');
    expect(benefitStatus('1000', '699', thresholds)).toEqual({ status: 'RED', percent: '69.9' });
    expect(benefitStatus('0', '0', thresholds)).toEqual({ status: 'GREEN', percent: null });
  });

  it('sums exactly: 0.1 + 0.2 is 0.3', () => {
    expect(sumAmounts(['0.1', '0.2', null])).toBe('0.3');
  });
});
