import { describe, expect, it } from '@jest/globals';
import type { CellValue, DataValidation, Worksheet } from 'exceljs';

import { BENEFIT_PLAN_COLUMNS, benefitPlanTemplate, parseBenefitPlanWorkbook } from './benefit-plan-template';
import { context, examples, load, sheetOf } from './testing/benefit-plan-fixtures';

describe('benefitPlanTemplate', () => {
  it('has the header row, dropdowns for type and unit, and a guide', async () => {
    const workbook = await load(await benefitPlanTemplate());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Gevinstplan', 'Veiledning']);
    const sheet = sheetOf(workbook, 'Gevinstplan');
    expect((sheet.getRow(1).values as CellValue[]).slice(1)).toEqual([
      'Gevinst',
      'Gevinsttype',
      'Måleenhet',
      'Kostnad per årsverk',
      'Indikator',
      'Enhet',
      'Nullpunkt',
      'Nullpunktsdato',
      'Gevinsteier',
      'Endring',
      'Kommunenummer',
      'År',
      'Planlagt verdi',
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(1);

    const validations = (sheet as Worksheet & { dataValidations: { find(address: string): DataValidation } })
      .dataValidations;
    for (const address of ['B2', 'B5001']) {
      expect(validations.find(address)).toMatchObject({
        type: 'list',
        formulae: ['"Effektiviseringsgevinst,Kvalitetsgevinst,Gevinst for andre aktører"'],
      });
    }
    expect(validations.find('C2')).toMatchObject({ type: 'list', formulae: ['"Kroner,Årsverk,Kvalitativ"'] });

    const guide = sheetOf(workbook, 'Veiledning');
    const explained: CellValue[] = [];
    guide.getColumn(1).eachCell((cell) => explained.push(cell.value));
    expect(explained).toEqual(expect.arrayContaining([...BENEFIT_PLAN_COLUMNS]));
  });

  it('writes one row per planned value and reads back the same benefits', async () => {
    const file = await benefitPlanTemplate(examples);
    const sheet = sheetOf(await load(file), 'Gevinstplan');
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getCell('B3').value).toBe('Effektiviseringsgevinst');
    expect(sheet.getCell('K4').value).toBe('3303');
    expect(sheet.getCell('H2').value).toEqual(new Date(Date.UTC(2025, 0, 1)));

    await expect(parseBenefitPlanWorkbook(file, context)).resolves.toEqual({
      benefits: examples,
      errors: [],
    });
  });
});
