import { describe, expect, it } from '@jest/globals';
import type { CellValue } from 'exceljs';

import { BENEFIT_PLAN_COLUMNS, parseBenefitPlanWorkbook } from './benefit-plan-template';
import { context, licences, planFile, row, summary } from './testing/benefit-plan-fixtures';

describe('parseBenefitPlanWorkbook', () => {
  it('reports every bad cell of every row', async () => {
    const file = await planFile([
      /* 2 */ row({ ...licences, År: 2026, 'Planlagt verdi': 1000 }),
      /* 3 */ row({
        Gevinst: 'Lisenser',
        Gevinsttype: 'kvalitetsgevinst',
        Gevinsteier: 'Rådmann',
        År: 2030,
        'Planlagt verdi': '-5',
      }),
      /* 4 */ row({ Gevinst: 'lisenser', Kommunenummer: '3303', År: 2027, 'Planlagt verdi': 500 }),
      /* 5 */ row({ Gevinst: 'Lisenser', År: 2026, 'Planlagt verdi': 700 }),
      /* 6 */ row({}),
      /* 7 */ row({
        Gevinsttype: 'Gevinst for andre',
        Måleenhet: 'Liter',
        'Kostnad per årsverk': 'abc',
        Nullpunktsdato: '31.02.2025',
        Kommunenummer: '9999',
        År: 'neste år',
        'Planlagt verdi': '12 591',
      }),
      /* 8 */ row({
        Gevinst: 'Tid',
        Gevinsttype: 'Effektiviseringsgevinst',
        Måleenhet: 'Årsverk',
        Kommunenummer: '3334',
        År: 2027,
        'Planlagt verdi': '1,5',
      }),
      /* 9 */ row({
        Gevinst: 'Kvalitet',
        Gevinsttype: 'Kvalitetsgevinst',
        Måleenhet: 'Kvalitativ',
        'Kostnad per årsverk': 0,
        Indikator: 'Ventetid',
        Nullpunkt: '12.591',
        Gevinsteier: 'Leder',
        Kommunenummer: '33',
        År: 2027,
      }),
      /* 10 */ row({
        ...licences,
        Gevinst: 'x'.repeat(301),
        Gevinsteier: 'y'.repeat(201),
        År: 2027,
        'Planlagt verdi': 1,
      }),
      /* 11 */ row({
        Gevinst: 'Tid',
        År: 2028,
        'Planlagt verdi': { formula: '1/0', result: { error: '#DIV/0!' } },
      }),
    ]);

    const { benefits, errors } = await parseBenefitPlanWorkbook(file, context);
    expect(benefits).toEqual([]);
    expect(summary(errors)).toEqual([
      [
        3,
        'Gevinsttype',
        'Gevinsten «Lisenser» har Gevinsttype Effektiviseringsgevinst på rad 2, her Kvalitetsgevinst. ' +
          'Rader for samme gevinst må ha samme verdi eller stå tomme.',
      ],
      [
        3,
        'Gevinsteier',
        'Gevinsten «Lisenser» har Gevinsteier IKT-leder på rad 2, her Rådmann. ' +
          'Rader for samme gevinst må ha samme verdi eller stå tomme.',
      ],
      [3, 'År', '«2030» er ikke et år i tiltakets periode 2026–2029.'],
      [3, 'Planlagt verdi', 'Planlagt verdi kan ikke være negativ.'],
      [
        4,
        'Kommunenummer',
        'Gevinsten «Lisenser» kan ikke ha både rader for hele regionen (uten kommunenummer) og rader per kommune.',
      ],
      [5, 'År', 'Gevinsten «Lisenser» har allerede en planlagt verdi for hele regionen i 2026 (rad 2).'],
      [7, 'Gevinst', 'Gevinst må fylles ut.'],
      [
        7,
        'Gevinsttype',
        '«Gevinst for andre» er ikke en gyldig gevinsttype. Velg Effektiviseringsgevinst, Kvalitetsgevinst ' +
          'eller Gevinst for andre aktører.',
      ],
      [7, 'Måleenhet', '«Liter» er ikke en gyldig måleenhet. Velg Kroner, Årsverk eller Kvalitativ.'],
      [7, 'Kostnad per årsverk', '«abc» er ikke et tall. Skriv for eksempel 12 591 eller 12 591,50.'],
      [
        7,
        'Nullpunktsdato',
        '«31.02.2025» er ikke en gyldig dato. Skriv datoen som DD.MM.ÅÅÅÅ, for eksempel 01.01.2025.',
      ],
      [7, 'Kommunenummer', 'Kommune 9999 finnes ikke i regionen.'],
      [7, 'År', '«neste år» er ikke et år i tiltakets periode 2026–2029.'],
      [
        8,
        'Kostnad per årsverk',
        'Kostnad per årsverk må fylles ut (større enn 0) når måleenheten er Årsverk.',
      ],
      [8, 'Gevinsteier', 'Gevinsteier må fylles ut.'],
      [8, 'Kommunenummer', 'Kommune 3334 deltar ikke i tiltaket.'],
      [9, 'Kostnad per årsverk', 'Kostnad per årsverk må være større enn 0.'],
      [9, 'Enhet', 'Enhet må fylles ut når måleenheten er Kvalitativ.'],
      [
        9,
        'Nullpunkt',
        '«12.591» er tvetydig. Bruk mellomrom som tusenskille (12 591) og komma som desimaltegn (12,5).',
      ],
      [
        9,
        'Kommunenummer',
        '«33» er ikke et kommunenummer (fire sifre). La feltet stå tomt når verdien gjelder hele regionen.',
      ],
      [9, 'Planlagt verdi', 'Planlagt verdi må fylles ut.'],
      [10, 'Gevinst', 'Gevinst kan ha høyst 300 tegn (har 301).'],
      [10, 'Gevinsteier', 'Gevinsteier kan ha høyst 200 tegn (har 201).'],
      [11, 'Planlagt verdi', 'Cellen inneholder en feil (#DIV/0!).'],
    ]);
  });

  it.each([
    ['text', Buffer.from('Gevinst;År\nLisenser;2026\n')],
    ['empty', Buffer.alloc(0)],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
  ])('refuses a file that is not .xlsx (%s)', async (_, file) => {
    await expect(parseBenefitPlanWorkbook(file, context)).resolves.toEqual({
      benefits: [],
      errors: [
        {
          row: 0,
          column: '',
          reason: {
            nb: 'Filen kunne ikke leses som en Excel-fil (.xlsx).',
            en: 'The file could not be read as an Excel file (.xlsx).',
          },
        },
      ],
    });
  });

  it('names the columns missing from the header row', async () => {
    const header = BENEFIT_PLAN_COLUMNS.filter((column) => column !== 'Gevinsteier' && column !== 'År');
    const { errors } = await parseBenefitPlanWorkbook(await planFile([], { header }), context);
    expect(summary(errors)).toEqual([
      [1, 'Gevinsteier', 'Kolonnen «Gevinsteier» mangler i overskriftsraden (rad 1).'],
      [1, 'År', 'Kolonnen «År» mangler i overskriftsraden (rad 1).'],
    ]);
  });

  it('finds the columns by header in any order, and reads the only sheet whatever its name', async () => {
    const header = [...BENEFIT_PLAN_COLUMNS].reverse().map((text) => ` ${text.toUpperCase()} `);
    const values = row({ ...licences, År: 2026, 'Planlagt verdi': 1000 }).reverse();
    const { benefits, errors } = await parseBenefitPlanWorkbook(
      await planFile([values], { header, sheetName: 'Ark1' }),
      context,
    );
    expect(errors).toEqual([]);
    expect(benefits.map((benefit) => [benefit.title, benefit.owner, benefit.plan])).toEqual([
      ['Lisenser', 'IKT-leder', [{ year: 2026, municipalityNumber: null, planned: '1000' }]],
    ]);
  });

  it('needs sheet "Gevinstplan" when the file has several sheets', async () => {
    const file = await planFile([], { sheetName: 'Ark1', extraSheet: 'Ark2' });
    const { errors } = await parseBenefitPlanWorkbook(file, context);
    expect(summary(errors)).toEqual([[1, '', 'Fant ikke arket «Gevinstplan».']]);
  });

  it('skips empty rows but refuses a sheet without any', async () => {
    const { errors } = await parseBenefitPlanWorkbook(
      await planFile([row({}), row({ Gevinst: '  ' })]),
      context,
    );
    expect(summary(errors)).toEqual([[2, '', 'Arket «Gevinstplan» har ingen rader med planlagte verdier.']]);
  });

  it(`refuses more than 5000 rows`, async () => {
    const rows = Array.from({ length: 5001 }, (_, index) =>
      row({ ...licences, Gevinst: `Gevinst ${index}`, År: 2026, 'Planlagt verdi': 1 }),
    );
    const { errors } = await parseBenefitPlanWorkbook(await planFile(rows), context);
    expect(summary(errors)).toEqual([
      [0, '', 'Arket har 5001 rader med data; høyst 5000 kan leses inn om gangen.'],
    ]);
  }, 30_000); // writes and reads a 5001-row workbook: seconds on a busy machine

  it('reads numbers written as Norwegian text, numeric cells and formula results', async () => {
    const file = await planFile([
      row({
        ...licences,
        Måleenhet: 'Årsverk',
        'Kostnad per årsverk': '850 000 kr',
        Nullpunkt: '1 234,5',
        År: 2026,
        'Planlagt verdi': '12 591,5',
      }),
      row({ Gevinst: 'Lisenser', År: 2027, 'Planlagt verdi': 'kr 1\u00a0234\u00a0567,89' }),
      row({ Gevinst: 'Lisenser', År: 2028, 'Planlagt verdi': '12\u202f591' }),
      // 1234.565 as a JS number is 1234.56499…; read through String() it rounds half up to 1234.57.
      row({ Gevinst: 'Lisenser', År: 2029, 'Planlagt verdi': 1234.565 }),
      row({
        ...licences,
        Gevinst: 'Formler',
        Kommunenummer: { formula: '"33"&"03"', result: '3303' },
        År: { formula: '2025+1', result: 2026 },
        'Planlagt verdi': { formula: '1000*2', result: 2000 },
      }),
    ]);
    const { benefits, errors } = await parseBenefitPlanWorkbook(file, context);
    expect(errors).toEqual([]);
    expect(benefits[0]).toMatchObject({ fteCostNok: '850000', baselineValue: '1234.5' });
    expect(benefits[0].plan.map((entry) => entry.planned)).toEqual([
      '12591.5',
      '1234567.89',
      '12591',
      '1234.57',
    ]);
    expect(benefits[1].plan).toEqual([{ year: 2026, municipalityNumber: '3303', planned: '2000' }]);
  });

  it('reads the baseline date from a date cell, DD.MM.YYYY or YYYY-MM-DD', async () => {
    const dates: CellValue[] = [new Date(Date.UTC(2025, 0, 31)), '1.2.2025', '2025-03-15', '29.02.2024'];
    const file = await planFile(
      dates.map((date, index) =>
        row({
          ...licences,
          Gevinst: `Gevinst ${index}`,
          Nullpunktsdato: date,
          År: 2026,
          'Planlagt verdi': 1,
        }),
      ),
    );
    const { benefits, errors } = await parseBenefitPlanWorkbook(file, context);
    expect(errors).toEqual([]);
    expect(benefits.map((benefit) => benefit.baselineDate)).toEqual([
      '2025-01-31',
      '2025-02-01',
      '2025-03-15',
      '2024-02-29',
    ]);

    const bad: CellValue[] = ['29.02.2025', '2025-13-01', '15/03/2025', 45000];
    const refused = await parseBenefitPlanWorkbook(
      await planFile(
        bad.map((date, index) =>
          row({
            ...licences,
            Gevinst: `Gevinst ${index}`,
            Nullpunktsdato: date,
            År: 2026,
            'Planlagt verdi': 1,
          }),
        ),
      ),
      context,
    );
    expect(
      refused.errors.map((error) => [error.row, error.column, error.reason.nb.split(' er ')[0]]),
    ).toEqual([
      [2, 'Nullpunktsdato', '«29.02.2025»'],
      [3, 'Nullpunktsdato', '«2025-13-01»'],
      [4, 'Nullpunktsdato', '«15/03/2025»'],
      [5, 'Nullpunktsdato', '«45000»'],
    ]);
  });

  it('keeps years to the measure’s period and municipalities to its participants', async () => {
    const file = await planFile([
      row({ ...licences, Kommunenummer: '3303', År: 2025, 'Planlagt verdi': 1 }),
      row({ Gevinst: 'Lisenser', Kommunenummer: '3303', År: 2029, 'Planlagt verdi': 1 }),
      row({ Gevinst: 'Lisenser', Kommunenummer: '3303', År: 2026.5, 'Planlagt verdi': 1 }),
      row({ Gevinst: 'Lisenser', Kommunenummer: '9999', År: 2026, 'Planlagt verdi': 1 }),
      row({ Gevinst: 'Lisenser', Kommunenummer: '3334', År: 2026, 'Planlagt verdi': 1 }),
      // A number cell lost Oslo's leading zero: 301 is read as 0301.
      row({ Gevinst: 'Lisenser', Kommunenummer: 301, År: 2026, 'Planlagt verdi': 1 }),
      row({ Gevinst: 'Lisenser', Kommunenummer: '3318', År: 2026, 'Planlagt verdi': 1 }),
    ]);
    const { errors } = await parseBenefitPlanWorkbook(file, context);
    expect(summary(errors)).toEqual([
      [2, 'År', '«2025» er ikke et år i tiltakets periode 2026–2029.'],
      [4, 'År', '«2026.5» er ikke et år i tiltakets periode 2026–2029.'],
      [5, 'Kommunenummer', 'Kommune 9999 finnes ikke i regionen.'],
      [6, 'Kommunenummer', 'Kommune 3334 deltar ikke i tiltaket.'],
    ]);

    const good = await parseBenefitPlanWorkbook(
      await planFile([
        row({ ...licences, Kommunenummer: 301, År: 2026, 'Planlagt verdi': 1 }),
        row({ Gevinst: 'Lisenser', Kommunenummer: ' 3318 ', År: 2026, 'Planlagt verdi': 2 }),
      ]),
      context,
    );
    expect(good.errors).toEqual([]);
    expect(good.benefits[0].plan).toEqual([
      { year: 2026, municipalityNumber: '0301', planned: '1' },
      { year: 2026, municipalityNumber: '3318', planned: '2' },
    ]);
  });
});
