import { describe, expect, it } from '@jest/globals';

import {
  emptyNewMeasure,
  newMeasureFieldOf,
  newMeasureInput,
  normaliseCode,
  validateNewMeasure,
} from './new-measure-form';

const valid = {
  ...emptyNewMeasure(),
  code: ' t9 ',
  title: ' Felles planregister ',
  networkId: 'n-teknisk',
  serviceArea: 'TECHNICAL',
  tier: 'PROJECT',
  description: ' Ett register for alle planene. ',
} as const;

describe('the new-measure form', () => {
  it('asks for code, title, network, service area and tier', () => {
    expect(validateNewMeasure(emptyNewMeasure())).toEqual({
      code: 'newMeasure.error.codeRequired',
      title: 'measureForm.error.titleRequired',
      networkId: 'newMeasure.error.network',
      serviceArea: 'newMeasure.error.serviceArea',
      tier: 'newMeasure.error.tier',
    });
    expect(validateNewMeasure(valid)).toEqual({});
  });

  it('checks the code as the API does: 1–4 capital letters and 1–3 digits, lower case accepted', () => {
    expect(normaliseCode(' ho2 ')).toBe('HO2');
    for (const code of ['T', '7', 'T1234', 'ABCDE1', 'T-7', 'T 7']) {
      expect(validateNewMeasure({ ...valid, code }).code).toBe('newMeasure.error.codeFormat');
    }
    for (const code of ['T9', 'ho2', 'ØK12', 'HR123']) {
      expect(validateNewMeasure({ ...valid, code }).code).toBeUndefined();
    }
  });

  it('needs a legal form for a statutory collaboration, and sends it only then', () => {
    expect(validateNewMeasure({ ...valid, tier: 'STATUTORY' }).legalForm).toBe(
      'measureForm.error.legalFormRequired',
    );
    expect(
      newMeasureInput({ ...valid, tier: 'STATUTORY', legalForm: 'INTERMUNICIPAL_COMPANY' }, 'k'),
    ).toMatchObject({ tier: 'STATUTORY', legalForm: 'INTERMUNICIPAL_COMPANY' });
    expect(newMeasureInput({ ...valid, legalForm: 'INTERMUNICIPAL_COMPANY' }, 'k')).not.toHaveProperty(
      'legalForm',
    );
  });

  it('builds the input with the region, the code in capitals and trimmed texts', () => {
    expect(newMeasureInput(valid, 'kongsbergregionen')).toEqual({
      regionSlug: 'kongsbergregionen',
      code: 'T9',
      title: 'Felles planregister',
      networkId: 'n-teknisk',
      serviceArea: 'TECHNICAL',
      tier: 'PROJECT',
      description: 'Ett register for alle planene.',
    });
  });

  it("maps the server's field names onto the form", () => {
    expect(newMeasureFieldOf('code')).toBe('code');
    expect(newMeasureFieldOf('input.networkId')).toBe('networkId');
    expect(newMeasureFieldOf('regionSlug')).toBeUndefined();
  });
});
