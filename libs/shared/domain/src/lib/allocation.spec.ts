import { describe, expect, it } from '@jest/globals';
import Decimal from 'decimal.js';
import fc from 'fast-check';

import {
  allocate,
  AllocationError,
  AllocationParticipant,
  benefitStatus,
  compareShares,
  type DistributionKey,
  EXACT_PLACES,
  roundToOre,
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

describe('allocate – øre (checked by hand)', () => {
  const three = [
    { municipalityNumber: '4005' },
    { municipalityNumber: '3303' },
    { municipalityNumber: '3334' },
  ];

  it('1 000,01 kr over 3: 100 001 øre / 3 = 33 333,67 øre each; the 2 øre left go to the lowest numbers on the tie', () => {
    const shares = allocate('1000.01', three, { kind: 'EQUAL' });
    expect(shares.map((s) => [s.municipalityNumber, s.rounded])).toEqual([
      ['3303', '333.34'],
      ['3334', '333.34'],
      ['4005', '333.33'],
    ]);
    // 1 000,01 / 3 = 333,336666… does not terminate: stated to ten decimals, rounded half up, and flagged.
    expect(shares[0].exact).toBe('333.3366666667');
    expect(shares[0].exact.split('.')[1]).toHaveLength(EXACT_PLACES);
    expect(shares[0].exactIsRounded).toBe(true);
    expect(shares[0].explanation.nb).toBe('1/3 × 1 000,01 kr ≈ 333,3367 kr');
    expect(sum(shares.map((s) => s.rounded)).toFixed(2)).toBe('1000.01');
  });

  it('the largest remainder before the municipality number: 1 000,01 kr by 1, 1 and 2 units', () => {
    // 100 001 øre × 1/4 = 25 000,25 (twice) and × 2/4 = 50 000,5: floors leave 1 øre, which goes to the largest
    // remainder (,5 for 4005), not to the lowest number.
    const shares = allocate(
      '1000.01',
      [
        { municipalityNumber: '3303', units: '1' },
        { municipalityNumber: '3334', units: '1' },
        { municipalityNumber: '4005', units: '2' },
      ],
      { kind: 'USAGE' },
    );
    expect(shares.map((s) => [s.rounded, s.exact, s.exactIsRounded])).toEqual([
      ['250.00', '250.0025', false],
      ['250.00', '250.0025', false],
      ['500.01', '500.005', false],
    ]);
  });

  it('0,30 kr over 3 → 0,10 each, and the exact share is exactly 0.1 (multiplied before divided)', () => {
    const shares = allocate('0.30', three, { kind: 'EQUAL' });
    expect(shares.map((s) => s.rounded)).toEqual(['0.10', '0.10', '0.10']);
    expect(shares.map((s) => [s.exact, s.exactIsRounded])).toEqual(Array(3).fill(['0.1', false]));
    expect(shares[0].explanation.nb).toBe('1/3 × 0,30 kr = 0,10 kr');
  });

  it('0,10 + 0,20 kr is 0,3 kr: over 6 → 0,05 each; over 4 → 7,5 øre each, so 0,08 + 0,08 + 0,07 + 0,07', () => {
    const total = sumAmounts(['0.10', '0.20']);
    expect(total).toBe('0.3');
    const six = ['3303', '3334', '3336', '3338', '4005', '4024'].map((municipalityNumber) => ({
      municipalityNumber,
    }));
    expect(allocate(total, six, { kind: 'EQUAL' }).map((s) => s.rounded)).toEqual(Array(6).fill('0.05'));
    expect(allocate(total, six.slice(0, 4), { kind: 'EQUAL' }).map((s) => [s.rounded, s.exact])).toEqual([
      ['0.08', '0.075'],
      ['0.08', '0.075'],
      ['0.07', '0.075'],
      ['0.07', '0.075'],
    ]);
  });

  it('a total of whole kroner written with øre ("1000.00") is split in whole kroner, as before', () => {
    expect(allocate('1000.00', three, { kind: 'EQUAL' }).map((s) => s.rounded)).toEqual([
      '334',
      '333',
      '333',
    ]);
  });

  it('refuses a total with more than two decimals, in a sentence', () => {
    const run = () => allocate('100.005', three, { kind: 'EQUAL' });
    expect(run).toThrow(AllocationError);
    expect(run).toThrow('The amount can have at most two decimals (øre), not 100.005.');
    try {
      run();
    } catch (error) {
      expect((error as AllocationError).nb).toBe('Beløpet kan ha høyst to desimaler (øre), ikke 100,005.');
    }
  });

  it('rounds a computed price half up to øre', () => {
    expect(roundToOre('41666.665')).toBe('41666.67');
    expect(roundToOre('41666.6649')).toBe('41666.66');
    expect(roundToOre('1380000')).toBe('1380000');
  });

  it('a what-if in øre states its changes in øre: 0,10 kr over 3 → 0,04 + 0,03 + 0,03, without 3303 → 0,05 + 0,05', () => {
    const baseline = allocate('0.10', three, { kind: 'EQUAL' });
    const whatIf = allocate(
      '0.10',
      three.filter((m) => m.municipalityNumber !== '3303'),
      { kind: 'EQUAL' },
    );
    expect(baseline.map((s) => s.rounded)).toEqual(['0.04', '0.03', '0.03']);
    expect(
      compareShares(baseline, whatIf).map((c) => [c.municipalityNumber, c.change, c.roundingParadox]),
    ).toEqual([
      ['3334', '0.02', false],
      ['4005', '0.02', false],
    ]);
  });
});

/** Exact enough to judge the library: one division at 200 significant digits, after every multiplication. */
const HP = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });
type Hp = InstanceType<typeof HP>;

/** The exact share, computed from the key's definition as total × numerator / denominator. */
function trueExact(
  total: string,
  participants: readonly AllocationParticipant[],
  key: DistributionKey,
): Hp[] {
  const t = new HP(total);
  const n = participants.length;
  const sumOf = (values: readonly Hp[]) => values.reduce((a, b) => a.plus(b), new HP(0));
  const populations = participants.map((p) => new HP(p.population ?? 0));
  const units = participants.map((p) => new HP(p.units ?? 0));
  const percents = participants.map((p) => new HP(p.percent ?? 0));
  switch (key.kind) {
    case 'EQUAL':
      return participants.map(() => t.div(n));
    case 'POPULATION':
      return populations.map((p) => t.times(p).div(sumOf(populations)));
    case 'FIXED_PLUS_POPULATION': {
      // f/100 × 1/n + (1 − f/100) × p/P = (f × P + (100 − f) × n × p) / (100 × n × P)
      const f = new HP(key.fixedPercent);
      const all = sumOf(populations);
      return populations.map((p) =>
        t
          .times(f.times(all).plus(new HP(100).minus(f).times(n).times(p)))
          .div(new HP(100).times(n).times(all)),
      );
    }
    case 'USAGE':
      return units.map((u) => t.times(u).div(sumOf(units)));
    case 'MANUAL':
      return percents.map((p) => t.times(p).div(100));
  }
}

/** Decimal strings with 0–`places` decimals from integer counts of the smallest unit. */
const decimalString = (min: bigint, max: bigint, places: number) =>
  fc.bigInt({ min, max }).map((value) => {
    const digits = value.toString().padStart(places + 1, '0');
    return places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  });
/** 0,01 … 10^12 kr with 0, 1 or 2 decimals (and "1000.10" as well as "1000.1"). */
const oreTotals = fc.oneof(
  decimalString(1n, 10n ** 12n, 0),
  decimalString(1n, 10n ** 13n, 1),
  decimalString(1n, 10n ** 14n, 2),
);

/** 1–40 municipalities with a population, units of use (0–2 decimals) and agreed percentages summing to 100. */
const oreParticipants = fc
  .uniqueArray(fc.integer({ min: 1000, max: 9999 }), { minLength: 1, maxLength: 40 })
  .chain((numbers) =>
    fc.record({
      numbers: fc.constant(numbers),
      populations: fc.array(fc.integer({ min: 0, max: 1_000_000 }), {
        minLength: numbers.length,
        maxLength: numbers.length,
      }),
      units: fc.array(decimalString(0n, 100_000n, 2), {
        minLength: numbers.length,
        maxLength: numbers.length,
      }),
      // Cut points in 0 … 100 000 000 millionths of a percent: the pieces are percentages with six decimals.
      cuts: fc.array(fc.integer({ min: 0, max: 100_000_000 }), {
        minLength: numbers.length - 1,
        maxLength: numbers.length - 1,
      }),
    }),
  )
  .map(({ numbers, populations, units, cuts }): AllocationParticipant[] => {
    const edges = [0, ...[...cuts].sort((a, b) => a - b), 100_000_000];
    return numbers.map((number, index) => ({
      municipalityNumber: String(number),
      // Never all zero: the first has at least one inhabitant and one unit.
      population: index === 0 ? Math.max(1, populations[index]) : populations[index],
      units: index === 0 && new Decimal(units[index]).isZero() ? '1' : units[index],
      percent: new Decimal(edges[index + 1] - edges[index]).div(1_000_000).toFixed(),
    }));
  });

const everyKey: fc.Arbitrary<DistributionKey> = fc.oneof(
  fc.constant({ kind: 'EQUAL' as const }),
  fc.constant({ kind: 'POPULATION' as const }),
  decimalString(0n, 10_000n, 2).map((fixedPercent) => ({
    kind: 'FIXED_PLUS_POPULATION' as const,
    fixedPercent,
  })),
  fc.constant({ kind: 'USAGE' as const }),
  fc.constant({ kind: 'MANUAL' as const }),
);

describe('allocate – øre properties (every key kind, totals 0,01 … 10^12 kr, 1–40 participants)', () => {
  it('the shares sum exactly to the total, each a multiple of the unit, within one unit of its exact value', () => {
    fc.assert(
      fc.property(oreTotals, oreParticipants, everyKey, (total, participants, key) => {
        const shares = allocate(total, participants, key);
        const whole = new Decimal(total).isInteger();
        const unit = new Decimal(whole ? 1 : '0.01');
        expect(sum(shares.map((s) => s.rounded)).equals(total)).toBe(true);
        const exact = trueExact(
          total,
          [...participants].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber)),
          key,
        );
        shares.forEach((share, index) => {
          expect(share.rounded).toMatch(whole ? /^\d+$/ : /^\d+\.\d{2}$/);
          expect(new Decimal(share.rounded).mod(unit).isZero()).toBe(true);
          expect(new HP(share.rounded).minus(exact[index]).abs().lessThan(unit.toFixed())).toBe(true);
        });
      }),
    );
  });

  it('`exact` is the exact share when it terminates, else rounded to ten decimals and flagged', () => {
    fc.assert(
      fc.property(oreTotals, oreParticipants, everyKey, (total, participants, key) => {
        const shares = allocate(total, participants, key);
        const exact = trueExact(
          total,
          [...participants].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber)),
          key,
        );
        shares.forEach((share, index) => {
          if (share.exactIsRounded) {
            expect(share.exact).toMatch(new RegExp(`^\\d+\\.\\d{${EXACT_PLACES}}$`));
            expect(new HP(share.exact).equals(exact[index])).toBe(false);
            expect(new HP(share.exact).minus(exact[index]).abs().lte('5e-11')).toBe(true);
          } else {
            expect(new HP(share.exact).equals(exact[index])).toBe(true);
          }
        });
      }),
    );
  });

  it('the units left over go to the largest remainders, ties to the lower municipality number', () => {
    fc.assert(
      fc.property(oreTotals, oreParticipants, everyKey, (total, participants, key) => {
        const shares = allocate(total, participants, key);
        const unit = new HP(new Decimal(total).isInteger() ? 1 : '0.01');
        const exact = trueExact(
          total,
          [...participants].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber)),
          key,
        );
        const figures = shares.map((share, index) => {
          const inUnits = exact[index].div(unit);
          const floor = inUnits.floor();
          return {
            number: share.municipalityNumber,
            remainder: inUnits.minus(floor),
            extra: new HP(share.rounded).div(unit).minus(floor).toNumber(),
          };
        });
        for (const a of figures) {
          expect([0, 1]).toContain(a.extra);
          if (a.remainder.isZero()) expect(a.extra).toBe(0);
          for (const b of figures) {
            if (a.extra >= b.extra) continue;
            // b got a unit that a did not: b's remainder is larger, or equal with b the lower number.
            const tie = a.remainder.minus(b.remainder).abs().lt('1e-100');
            expect(tie ? b.number < a.number : b.remainder.gt(a.remainder)).toBe(true);
          }
        }
      }),
    );
  });
});
