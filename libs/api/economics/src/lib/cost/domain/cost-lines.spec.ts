import { describe, expect, it } from '@jest/globals';

import { aMeasure, refusalOf } from '../../testing/economics-fakes';
import { costLinesToSave } from './cost-lines';

const T5 = aMeasure({ firstYear: 2026, lastYear: 2028 });
const refusal = async (check: () => void) => refusalOf(Promise.resolve().then(check));

describe('costLinesToSave', () => {
  it('keeps every line with an amount or a note, the note trimmed; a bare zero is no line', () => {
    expect(
      costLinesToSave(T5, [
        { year: 2026, kind: 'ONE_OFF', amount: '450000' },
        { year: 2026, kind: 'RUNNING', amount: '0.00' },
        { year: 2027, kind: 'RUNNING', amount: '000', note: ' Avklares i KDU ' },
        { year: 2028, kind: 'RUNNING', amount: '0.10', note: null },
      ]),
    ).toEqual([
      { year: 2026, kind: 'ONE_OFF', amount: '450000', note: '' },
      { year: 2027, kind: 'RUNNING', amount: '000', note: 'Avklares i KDU' },
      { year: 2028, kind: 'RUNNING', amount: '0.10', note: '' },
    ]);
  });

  it("refuses a year outside the measure's period, and a measure without one", async () => {
    expect(
      await refusal(() => costLinesToSave(T5, [{ year: 2029, kind: 'RUNNING', amount: '1' }])),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '2029 er utenfor tiltakets periode (2026–2028).',
    });
    const noPeriod = aMeasure({ code: 'HR2', firstYear: null, lastYear: null });
    expect(
      (await refusal(() => costLinesToSave(noPeriod, [{ year: 2026, kind: 'RUNNING', amount: '1' }])))
        .message,
    ).toMatch(/^Tiltak HR2 har ingen periode ennå/);
    expect(costLinesToSave(noPeriod, [])).toEqual([]);
  });

  it('refuses the same year and kind twice', async () => {
    const twice = [
      { year: 2027, kind: 'RUNNING', amount: '5' },
      { year: 2027, kind: 'ONE_OFF', amount: '5' },
      { year: 2027, kind: 'RUNNING', amount: '6' },
    ] as const;
    expect((await refusal(() => costLinesToSave(T5, twice))).message).toBe(
      'Løpende kostnad for 2027 står to ganger. Slå dem sammen til én linje.',
    );
  });
});
