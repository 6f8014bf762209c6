import { describe, expect, it } from '@jest/globals';

import { emptyPeriodForm, validatePeriodForm } from '../periods/period-form';
import { reportFormOf, validateReportForm } from './report-form';

describe('the reporting forms', () => {
  it('proposes the current half-year and refuses dates in the wrong order or days that do not exist', () => {
    const form = emptyPeriodForm(new Date('2026-03-10T12:00:00Z'));
    expect(form).toEqual({
      name: '1. halvår 2026',
      kind: 'HALF_YEAR',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      dueDate: '2026-08-15',
    });
    expect(validatePeriodForm(form)).toEqual({});
    expect(validatePeriodForm({ ...form, name: ' ', periodTo: '2025-12-31', dueDate: '2026-02-30' })).toEqual(
      {
        name: 'reporting.form.error.name',
        periodTo: 'reporting.form.error.order',
        dueDate: 'reporting.form.error.date',
      },
    );
  });

  it('lets a draft be incomplete, but not a submitted report', () => {
    const empty = reportFormOf({
      rag: null,
      progressPercent: null,
      done: '',
      deviations: '',
      nextSteps: '',
      risks: '',
    });
    expect(validateReportForm(empty)).toEqual({});
    expect(validateReportForm({ ...empty, progressPercent: '140' })).toEqual({
      progressPercent: 'reporting.report.error.progress',
    });
    expect(validateReportForm({ ...empty, action: 'submit' })).toEqual({
      rag: 'reporting.report.error.rag',
      progressPercent: 'reporting.report.error.progress',
      done: 'reporting.report.error.done',
    });
    expect(
      validateReportForm({ ...empty, action: 'submit', rag: 'GREEN', progressPercent: '40', done: 'Mye' }),
    ).toEqual({});
  });
});
