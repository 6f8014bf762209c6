import { provideRouter } from '@angular/router';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, MeasureEconomicsQuery } from '@samarbeid/web/graphql';
import { T7_ID, tableCaptioned, tableRows, textOf, verifyAndReset } from '@samarbeid/web/testing';

import { measureEconomics, USERS } from '../../testing/measure-fixtures';
import { type RenderedTab, renderMeasureTab } from '../../testing/measure-tab';
import { yearCellsChanged, yearFiguresOf } from './cost-years-form';
import type { MeasureEconomics } from './economics-form';
import { MeasureEconomicsComponent } from './measure-economics.component';

const FIGURES: ApiResult<MeasureEconomics['yearFigures']> = [
  {
    __typename: 'CostYearFigure',
    year: 2026,
    income: '50000.00',
    incomeSource: 'Skjønnsmidler',
    actual: '420000.50',
    actualNote: 'Lisenser ble dyrere',
  },
];
const SUMMARY: ApiResult<MeasureEconomics['yearSummary']> = [
  {
    __typename: 'CostYearSummaryRow',
    year: 2026,
    planned: '400000',
    income: '50000',
    net: '350000',
    actual: '420000.5',
    deviation: '20000.5',
  },
  {
    __typename: 'CostYearSummaryRow',
    year: 2027,
    planned: '100000',
    income: '0',
    net: '100000',
    actual: '90000',
    deviation: '-10000',
  },
];

describe('the income and actual costs of a measure', () => {
  let tab: RenderedTab<MeasureEconomicsComponent> | undefined;

  async function render(
    user: SignedInUser,
    data = measureEconomics({ yearFigures: FIGURES, yearSummary: SUMMARY }),
  ) {
    tab = await renderMeasureTab(
      MeasureEconomicsComponent,
      'MeasureEconomics',
      { measureEconomics: data } satisfies MeasureEconomicsQuery,
      { user, providers: [provideRouter([])] },
    );
    return tab.element;
  }

  afterEach(() => verifyAndReset(tab?.controller));

  const settle = async () => {
    await tab?.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tab?.fixture.whenStable();
  };
  const input = (element: HTMLElement, id: string) =>
    element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  /** A table's cells with no-break spaces read as spaces. */
  const plainRows = (table: HTMLTableElement) =>
    tableRows(table).map((row) => row.map((cell) => cell.replace(/[\u00a0\u202f]/g, ' ')));
  const type = (control: HTMLInputElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event('input'));
  };

  it('shows the plan against what happened, every amount in full and the deviation signed', async () => {
    const element = await render(
      USERS.viewer,
      measureEconomics({ yearFigures: FIGURES, yearSummary: SUMMARY, viewerCanEdit: false }),
    );
    expect(
      plainRows(
        tableCaptioned(element, 'Planlagte kostnader, inntekter og faktiske kostnader per år for T7'),
      ),
    ).toEqual([
      ['2026', '400 000 kr', '50 000 kr', '350 000 kr', '420 000,50 kr', '+20 000,50 kr'],
      ['2027', '100 000 kr', '0 kr', '100 000 kr', '90 000 kr', '−10 000 kr'],
    ]);
    // A reader sees the figures without inputs.
    const years = tableCaptioned(element, 'Inntekter og faktiske kostnader per år for T7');
    expect(years.querySelector('input')).toBeNull();
    expect(plainRows(years)[0]).toEqual([
      '2026',
      '50 000 kr',
      'Skjønnsmidler',
      '420 000,50 kr',
      'Lisenser ble dyrere',
    ]);
  });

  it('saves the income and actual costs with the costs as saved, against the version read', async () => {
    const element = await render(USERS.secretariat);
    expect(input(element, 'economics-year-2026-income').value).toBe('50000');
    type(input(element, 'economics-year-2027-actual'), '90 000');
    type(input(element, 'economics-year-2027-actualNote'), ' Færre timer ');
    await settle();
    element
      .querySelector('[data-testid="cost-years-table"]')
      ?.closest('form')
      ?.dispatchEvent(new Event('submit'));
    await settle();
    const op = tab?.controller.expectOne('SetMeasureCosts');
    expect(op?.operation.variables).toEqual({
      input: {
        measureId: T7_ID,
        expectedVersion: 4,
        costs: [
          { year: 2026, kind: 'ONE_OFF', amount: '300000', note: '' },
          { year: 2026, kind: 'RUNNING', amount: '100000', note: '' },
          { year: 2027, kind: 'RUNNING', amount: '100000', note: 'Lisens' },
        ],
        years: [
          {
            year: 2026,
            income: '50000',
            incomeSource: 'Skjønnsmidler',
            actual: '420000.5',
            actualNote: 'Lisenser ble dyrere',
          },
          { year: 2027, income: null, incomeSource: '', actual: '90000', actualNote: 'Færre timer' },
        ],
      },
    });
    op?.flushData({
      setMeasureCosts: measureEconomics({ version: 5, yearFigures: FIGURES, yearSummary: SUMMARY }),
    });
    await settle();
    expect(textOf(element.querySelector('#economics-years-feedback [role="status"]'))).toContain(
      'Inntektene og de faktiske kostnadene er oppdatert.',
    );
  });

  it('sends nothing while an amount is not one, and says so at the input', async () => {
    const element = await render(USERS.secretariat);
    type(input(element, 'economics-year-2026-actual'), '-5');
    await settle();
    element
      .querySelector('[data-testid="cost-years-table"]')
      ?.closest('form')
      ?.dispatchEvent(new Event('submit'));
    await settle();
    tab?.controller.expectNone('SetMeasureCosts');
    expect(textOf(element.querySelector('#economics-years-errors'))).toContain('Faktisk kostnad 2026');
  });
});

describe('yearFiguresOf and yearCellsChanged', () => {
  it('leaves out empty years and sees an amount written another way as the same', () => {
    expect(yearFiguresOf({ '2026|income': '1 000,50', '2027|actualNote': '  ' }, [2026, 2027])).toEqual({
      years: [{ year: 2026, income: '1000.50', actual: null, incomeSource: '', actualNote: '' }],
      errors: {},
    });
    expect(yearFiguresOf({ '2026|incomeSource': 'x'.repeat(201) }, [2026]).errors).toEqual({
      '2026|incomeSource': 'economics.years.textTooLong',
    });
    expect(
      yearCellsChanged(
        { '2026|income': '50 000,00' },
        [2026],
        [{ ...FIGURES[0], actual: null, actualNote: '', incomeSource: '' }],
      ),
    ).toBe(false);
    expect(yearCellsChanged({ '2026|income': '50 001' }, [2026], FIGURES)).toBe(true);
  });
});
