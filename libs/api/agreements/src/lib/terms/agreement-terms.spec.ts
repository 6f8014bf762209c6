import { describe, expect, it } from '@jest/globals';
import { AppError } from '@samarbeid/api/platform';

import { termsChanges } from './agreement-diff';
import {
  assertReadyToSubmit,
  assertTermsFitForm,
  EMPTY_TERMS,
  missingAssessment,
  PartyTerms,
  Terms,
} from './agreement-terms';
import { annualCostOf } from './annual-cost';
import { formatDate, formatDateTime, formatKroner, formatQuantity } from './norwegian-format';

const MEMBERS = new Map([
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
  ['3338', 'Nore og Uvdal'],
]);

const party = (municipalityNumber: string, role: PartyTerms['role'], extra: Partial<PartyTerms> = {}) => ({
  municipalityNumber,
  role,
  ownerShare: null,
  annualCost: null,
  buyerVolume: null,
  organisationNumber: null,
  signatory: null,
  ...extra,
});

const PURCHASE: Terms = {
  ...EMPTY_TERMS,
  serviceDescription: 'Byggesaksbehandling',
  volumeAmount: '1200',
  volumeUnit: 'HOURS',
  priceModel: 'HOURLY',
  price: '1150',
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  noticeMonths: 6,
  assessment: {
    commonGoals: true,
    publicInterest: true,
    marketUnder20: true,
    assessedBy: 'Sekretariatet',
    assessedOn: '2025-11-14',
    conclusion: 'Horisontalt samarbeid.',
  },
  parties: [party('3303', 'SELLER'), party('3334', 'BUYER'), party('3336', 'BUYER')],
};

/** The Norwegian sentence of the AppError `run` throws. */
function sentence(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('Norwegian formatting', () => {
  it('formats money, quantities and dates exactly', () => {
    expect(formatKroner('1250000')).toBe('1 250 000 kr');
    expect(formatKroner('1150.5')).toBe('1 150,50 kr');
    expect(formatKroner('0')).toBe('0 kr');
    expect(formatQuantity('0.80')).toBe('0,8');
    expect(formatQuantity('1200.00')).toBe('1 200');
    expect(formatDate('2026-01-01')).toBe('1.1.2026');
    expect(formatDate('2028-02-29')).toBe('29.2.2028');
  });

  it('writes instants in Norwegian time, winter and summer', () => {
    expect(formatDateTime(new Date('2026-11-22T08:15:00Z'))).toBe('22.11.2026 kl. 09.15');
    expect(formatDateTime(new Date('2026-06-30T22:30:00Z'))).toBe('1.7.2026 kl. 00.30');
  });
});

describe('terms by legal form', () => {
  it('accepts a complete service purchase', () => {
    expect(() => assertTermsFitForm('SERVICE_PURCHASE', PURCHASE, MEMBERS)).not.toThrow();
    expect(() => assertReadyToSubmit(PURCHASE)).not.toThrow();
  });

  it('names every missing part of the § 3-3 assessment', () => {
    const terms = {
      ...PURCHASE,
      assessment: { ...PURCHASE.assessment, marketUnder20: null, assessedBy: ' ' },
    };
    expect(missingAssessment(terms.assessment).map((m) => m.en)).toEqual([
      'under 20 % on the open market',
      'who assessed it',
    ]);
    expect(sentence(() => assertReadyToSubmit(terms))).toBe(
      'Vurderingen etter anskaffelsesforskriften § 3-3 må være fullført før avtalen sendes til godkjenning. ' +
        'Mangler: om under 20 % av aktiviteten skjer i det åpne markedet; hvem som vurderte.',
    );
  });

  it.each([
    [
      { parties: [party('3303', 'SELLER'), party('3334', 'SELLER')] },
      'nøyaktig én selger og minst én kjøper',
    ],
    [{ price: null, priceModel: null }, 'må ha prismodell, pris'],
    [{ parties: [party('3303', 'SELLER'), party('3303', 'BUYER')] }, 'Kongsberg står to ganger'],
    [{ parties: [party('3303', 'SELLER'), party('4005', 'BUYER')] }, 'Kommune 4005 er ikke medlem'],
    [{ parties: [party('3303', 'HOST'), party('3334', 'BUYER')] }, 'oppført som vertskommune'],
    [{ endDate: '2025-12-31' }, 'Sluttdatoen (31.12.2025) er før startdatoen (1.1.2026).'],
    [{ startDate: '2026-02-30' }, '2026-02-30 er ikke en gyldig dato.'],
    [
      {
        parties: [
          party('3303', 'SELLER'),
          party('3334', 'BUYER', { buyerVolume: '700' }),
          party('3336', 'BUYER'),
        ],
      },
      'Oppgi volum for alle kjøperne eller ingen (mangler for Rollag).',
    ],
    [
      {
        parties: [
          party('3303', 'SELLER'),
          party('3334', 'BUYER', { buyerVolume: '700' }),
          party('3336', 'BUYER', { buyerVolume: '400' }),
        ],
      },
      'Kjøpernes volum er til sammen 1 100, men avtalens volum er 1 200.',
    ],
  ] as const)('refuses a service purchase with %j', (change, message) => {
    expect(
      sentence(() => assertTermsFitForm('SERVICE_PURCHASE', { ...PURCHASE, ...change }, MEMBERS)),
    ).toContain(message);
  });

  it('wants IKS owner shares that sum to exactly 100', () => {
    const owners = (a: string, b: string) => ({
      ...EMPTY_TERMS,
      startDate: '2010-01-01',
      parties: [party('3303', 'OWNER', { ownerShare: a }), party('3334', 'OWNER', { ownerShare: b })],
    });
    expect(() =>
      assertTermsFitForm('INTERMUNICIPAL_COMPANY', owners('66.666667', '33.333333'), MEMBERS),
    ).not.toThrow();
    expect(sentence(() => assertTermsFitForm('MUNICIPAL_JOINT_TASK', owners('60', '39.5'), MEMBERS))).toBe(
      'Eierandelene er til sammen 99,5 %, men skal være nøyaktig 100 %.',
    );
  });

  it('wants one host and at least one participant in a host-municipality collaboration', () => {
    const terms = { ...EMPTY_TERMS, parties: [party('3303', 'HOST')] };
    expect(sentence(() => assertTermsFitForm('HOST_MUNICIPALITY_ADMINISTRATIVE', terms, MEMBERS))).toContain(
      'nøyaktig én vertskommune og minst én samarbeidskommune',
    );
  });
});

describe('changes between versions', () => {
  it('lists changed fields and parties in Norwegian', () => {
    const next: Terms = {
      ...PURCHASE,
      price: '1200',
      endDate: '2029-06-30',
      noticeMonths: 1,
      parties: [party('3303', 'SELLER'), party('3334', 'BUYER'), party('3338', 'BUYER')],
    };
    expect(termsChanges(PURCHASE, next, MEMBERS)).toEqual([
      { field: 'price', label: 'Pris', before: '1 150 kr', after: '1 200 kr' },
      { field: 'endDate', label: 'Sluttdato', before: '31.12.2028', after: '30.6.2029' },
      { field: 'noticeMonths', label: 'Oppsigelsestid', before: '6 måneder', after: '1 måned' },
      { field: 'parties.3336', label: 'Part: Rollag', before: 'Kjøper', after: null },
      { field: 'parties.3338', label: 'Part: Nore og Uvdal', before: null, after: 'Kjøper' },
    ]);
    expect(termsChanges(PURCHASE, { ...PURCHASE }, MEMBERS)).toEqual([]);
  });
});

describe('annual cost of a party', () => {
  it('splits an hourly price × volume equally among buyers, or by their volumes', () => {
    expect(annualCostOf('SERVICE_PURCHASE', PURCHASE, '3334')).toEqual({
      amount: '690000',
      explanation: '1 150 kr × 1 200 timer = 1 380 000 kr per år; likt: 1/2 × 1 380 000 kr = 690 000 kr',
    });
    const byVolume = {
      ...PURCHASE,
      parties: [
        party('3303', 'SELLER'),
        party('3334', 'BUYER', { buyerVolume: '700' }),
        party('3336', 'BUYER', { buyerVolume: '500' }),
      ],
    };
    expect(annualCostOf('SERVICE_PURCHASE', byVolume, '3334').amount).toBe('805000');
    expect(annualCostOf('SERVICE_PURCHASE', byVolume, '3336').amount).toBe('575000');
    expect(annualCostOf('SERVICE_PURCHASE', byVolume, '3303').amount).toBeNull();
  });

  it('splits a fixed annual price to the krone, the shares summing to the price', () => {
    const fixed: Terms = {
      ...PURCHASE,
      priceModel: 'FIXED_ANNUAL',
      price: '1000000',
      parties: [
        party('3303', 'SELLER'),
        party('3334', 'BUYER'),
        party('3336', 'BUYER'),
        party('3338', 'BUYER'),
      ],
    };
    const shares = ['3334', '3336', '3338'].map(
      (number) => annualCostOf('SERVICE_PURCHASE', fixed, number).amount,
    );
    expect(shares).toEqual(['333334', '333333', '333333']);
  });

  it('splits a price with øre to the øre, the shares summing to the price', () => {
    const fixed: Terms = {
      ...PURCHASE,
      priceModel: 'FIXED_ANNUAL',
      price: '1000000.01',
      parties: [
        party('3303', 'SELLER'),
        party('3334', 'BUYER'),
        party('3336', 'BUYER'),
        party('3338', 'BUYER'),
      ],
    };
    const shares = ['3334', '3336', '3338'].map((number) => annualCostOf('SERVICE_PURCHASE', fixed, number));
    // 100 000 001 øre / 3 = 33 333 333,67 øre each: the 2 øre left go to the lowest numbers.
    expect(shares.map((share) => share.amount)).toEqual(['333333.34', '333333.34', '333333.33']);
    expect(shares[0].explanation).toBe(
      '1 000 000,01 kr per år; likt: 1/3 × 1 000 000,01 kr ≈ 333 333,3367 kr',
    );
  });

  it('takes a statutory form’s stated annual cost as it is', () => {
    const host = {
      ...EMPTY_TERMS,
      parties: [party('3303', 'HOST'), party('3334', 'PARTICIPANT', { annualCost: '2450000.5' })],
    };
    expect(annualCostOf('HOST_MUNICIPALITY_ADMINISTRATIVE', host, '3334')).toEqual({
      amount: '2450000.5',
      explanation: null,
    });
  });
});
