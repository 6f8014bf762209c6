import { describe, expect, it } from '@jest/globals';

import { measureDetail } from '../../../testing/portfolio-fixtures';
import { formFieldOf, formValuesOf, measureChanges, validateMeasureForm } from './measure-form';

describe('measure form', () => {
  it('starts from the measure, with empty strings for what is not set', () => {
    expect(formValuesOf(measureDetail({ progressPercent: 40, startDate: '2026-03-01' }))).toEqual({
      title: 'Byggesakstjenester',
      description: 'Standardisering og tjenestekjøp for avlastning.',
      tier: 'SERVICE_PURCHASE',
      legalForm: '',
      mobilisation: 'YELLOW',
      politicalAnchoring: 'NOT_NEEDED',
      startDate: '2026-03-01',
      endDate: '',
      progressPercent: '40',
    });
  });

  it('checks the rules the API checks', () => {
    const valid = formValuesOf(measureDetail());
    expect(validateMeasureForm(valid)).toEqual({});
    expect(validateMeasureForm({ ...valid, title: '   ' })).toEqual({
      title: 'measureForm.error.titleRequired',
    });
    expect(validateMeasureForm({ ...valid, title: 'x'.repeat(301) }).title).toBe(
      'measureForm.error.titleLength',
    );
    expect(validateMeasureForm({ ...valid, tier: 'STATUTORY' })).toEqual({
      legalForm: 'measureForm.error.legalFormRequired',
    });
    expect(validateMeasureForm({ ...valid, tier: 'STATUTORY', legalForm: 'INTERMUNICIPAL_COMPANY' })).toEqual(
      {},
    );
    expect(validateMeasureForm({ ...valid, startDate: '2026-05-01', endDate: '2026-04-30' })).toEqual({
      endDate: 'measureForm.error.endBeforeStart',
    });
    for (const progress of ['101', '-1', '2.5', 'ti']) {
      expect(validateMeasureForm({ ...valid, progressPercent: progress })).toEqual({
        progressPercent: 'measureForm.error.progress',
      });
    }
    expect(validateMeasureForm({ ...valid, progressPercent: '100' })).toEqual({});
  });

  it('sends only what changed; leaving the statutory tier clears the legal form', () => {
    const measure = measureDetail({
      tier: 'STATUTORY',
      legalForm: 'MUNICIPAL_JOINT_TASK',
      progressPercent: 10,
    });
    const values = formValuesOf(measure);
    expect(measureChanges(measure, values)).toEqual({});
    expect(
      measureChanges(measure, { ...values, description: 'Ny tekst', title: ' Byggesakstjenester ' }),
    ).toEqual({
      description: 'Ny tekst',
    });
    expect(measureChanges(measure, { ...values, tier: 'PROJECT' })).toEqual({
      tier: 'PROJECT',
      legalForm: null,
    });
    expect(
      measureChanges(measure, { ...values, mobilisation: '', progressPercent: '', startDate: '2026-01-01' }),
    ).toEqual({ mobilisation: null, progressPercent: null, startDate: '2026-01-01' });
  });

  it("maps the server's field paths to form fields", () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('input.progressPercent')).toBe('progressPercent');
    expect(formFieldOf('version')).toBeUndefined();
  });
});
