import { describe, expect, it } from '@jest/globals';

import { annualPrice, buyerShares, monthsInYear, priceForMonths } from './agreement-price';

const T7 = {
  priceModel: 'HOURLY' as const,
  price: '1150',
  volumeAmount: '1200',
  buyers: [
    { municipalityNumber: '3334', volume: '700' },
    { municipalityNumber: '3336', volume: '500' },
  ],
};

describe('service-purchase price', () => {
  it('is price × volume for hourly prices, split by the buyers’ volumes', () => {
    // 1 150 kr × 1 200 h = 1 380 000 kr; Flesberg 700/1 200 = 805 000, Rollag 500/1 200 = 575 000.
    expect(annualPrice(T7)).toBe('1380000');
    expect(buyerShares('1380000', T7).map((s) => [s.municipalityNumber, s.rounded])).toEqual([
      ['3334', '805000'],
      ['3336', '575000'],
    ]);
  });

  it('splits equally when a buyer has no volume, and has no annual price for a per-unit price without volume', () => {
    const equal = {
      ...T7,
      buyers: [
        { municipalityNumber: '3334', volume: null },
        { municipalityNumber: '3336', volume: '5' },
      ],
    };
    expect(buyerShares('1001', equal).map((s) => s.rounded)).toEqual(['501', '500']);
    expect(annualPrice({ ...T7, volumeAmount: null })).toBeNull();
    expect(annualPrice({ ...T7, priceModel: 'FIXED_ANNUAL', price: '250000.50' })).toBe('250000.5');
  });

  it('counts the months of a year the agreement is in force, by calendar month', () => {
    expect(monthsInYear('2026-01-01', '2028-12-31', 2026)).toBe(12);
    expect(monthsInYear('2026-09-15', '2028-03-31', 2026)).toBe(4); // September–December
    expect(monthsInYear('2026-09-15', '2028-03-31', 2028)).toBe(3); // January–March
    expect(monthsInYear('2026-09-15', '2028-03-31', 2025)).toBe(0);
    expect(monthsInYear('2026-09-15', '2028-03-31', 2029)).toBe(0);
    expect(monthsInYear('2026-02-01', null, 2040)).toBe(12);
    // 1 380 000 × 4 / 12 = 460 000.
    expect(priceForMonths('1380000', 4)).toBe('460000');
  });

  it('rounds a computed price half up to øre, and splits it in øre so the shares sum to it', () => {
    // 100 000 × 5 / 12 = 41 666,666… → 41 666,67; equally over two: 2 083 333,5 øre each → 20 833,34 + 20 833,33.
    expect(priceForMonths('100000', 5)).toBe('41666.67');
    const equal = { ...T7, buyers: T7.buyers.map((buyer) => ({ ...buyer, volume: null })) };
    expect(buyerShares('41666.67', equal).map((s) => s.rounded)).toEqual(['20833.34', '20833.33']);
    // 850,50 kr × 800,25 h = 680 612,625 → 680 612,63.
    expect(annualPrice({ ...T7, price: '850.50', volumeAmount: '800.25' })).toBe('680612.63');
  });
});
