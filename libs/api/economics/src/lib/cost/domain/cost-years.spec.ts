import { describe, expect, it } from '@jest/globals';

import { aMeasure, refusalOf } from '../../testing/economics-fakes';
import { costYearsToSave, costYearSummary, incomeLines } from './cost-years';

const T7 = aMeasure({ firstYear: 2026, lastYear: 2028 });
const refusal = async (check: () => void) => refusalOf(Promise.resolve().then(check));

describe('costYearsToSave', () => {
  it('keeps the years with income, an actual cost or words, in year order, the words trimmed', () => {
    expect(
      costYearsToSave(T7, [
        { year: 2027, actual: '1250000.50', actualNote: ' Overtid i mars ' },
        { year: 2026, income: '400000', incomeSource: 'Skjønnsmidler' },
        { year: 2028 },
      ]),
    ).toEqual([
      { year: 2026, income: '400000', incomeSource: 'Skjønnsmidler', actual: null, actualNote: '' },
      { year: 2027, income: null, incomeSource: '', actual: '1250000.50', actualNote: 'Overtid i mars' },
    ]);
  });

  it("refuses a year twice, and a year outside the measure's period", async () => {
    expect(
      await refusal(() =>
        costYearsToSave(T7, [
          { year: 2026, income: '1' },
          { year: 2026, actual: '2' },
        ]),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Inntekt og faktisk kostnad for 2026 står to ganger. Slå dem sammen til én linje.',
    });
    expect(await refusal(() => costYearsToSave(T7, [{ year: 2030, actual: '1' }]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '2030 er utenfor tiltakets periode (2026–2028).',
    });
  });
});

describe('costYearSummary', () => {
  it('sets planned against actual per year, exactly, net of income', () => {
    const lines = [
      { year: 2026, amount: '450000' },
      { year: 2026, amount: '900000.10' },
      { year: 2027, amount: '900000' },
    ];
    const figures = [
      { year: 2026, income: '400000', incomeSource: 'Skjønnsmidler', actual: '1350000.30', actualNote: '' },
      { year: 2028, income: null, incomeSource: '', actual: '0', actualNote: 'Avsluttet' },
    ];
    expect(costYearSummary(lines, figures)).toEqual([
      {
        year: 2026,
        planned: '1350000.1',
        income: '400000',
        net: '950000.1',
        actual: '1350000.3',
        deviation: '0.2',
      },
      { year: 2027, planned: '900000', income: '0', net: '900000', actual: null, deviation: null },
      { year: 2028, planned: '0', income: '0', net: '0', actual: '0', deviation: '0' },
    ]);
  });

  it('gives the key the income as lines, one per year with income', () => {
    expect(
      incomeLines([
        { year: 2026, income: '400000.00', incomeSource: '', actual: null, actualNote: '' },
        { year: 2027, income: '0', incomeSource: '', actual: '5', actualNote: '' },
        { year: 2028, income: null, incomeSource: '', actual: '5', actualNote: '' },
      ]),
    ).toEqual([{ year: 2026, kind: 'RUNNING', amount: '400000' }]);
  });
});
