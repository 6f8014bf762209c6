import { describe, expect, it } from '@jest/globals';

import { emptyDecisionForm, parseMeasureCodes, validateDecisionForm } from './decision-form';

const KNOWN = new Set(['T1', 'T2', 'T8']);

describe('decision form', () => {
  it('reads measure codes separated by commas or spaces, each once, in capitals', () => {
    expect(parseMeasureCodes(' t1, T2  t1;ho2 ')).toEqual(['T1', 'T2', 'HO2']);
    expect(parseMeasureCodes('')).toEqual([]);
  });

  it('requires date, case reference, title and text', () => {
    expect(validateDecisionForm(emptyDecisionForm(), KNOWN)).toEqual({
      decidedOn: { key: 'decisionForm.error.date' },
      caseReference: { key: 'decisionForm.error.caseReference' },
      title: { key: 'decisionForm.error.title' },
      text: { key: 'decisionForm.error.text' },
    });
  });

  it('requires the municipality or network for their bodies, and known measure codes', () => {
    const filled = {
      ...emptyDecisionForm(),
      decidedOn: '2026-03-12',
      caseReference: 'KDU 9/26',
      title: 'Felles arealplan',
      text: 'Vedtatt.',
    };
    expect(validateDecisionForm(filled, KNOWN)).toEqual({});
    expect(validateDecisionForm({ ...filled, body: 'MUNICIPAL_COUNCIL' }, KNOWN)).toEqual({
      municipalityNumber: { key: 'decisionForm.error.municipality' },
    });
    expect(validateDecisionForm({ ...filled, body: 'NETWORK' }, KNOWN)).toEqual({
      networkId: { key: 'decisionForm.error.network' },
    });
    expect(validateDecisionForm({ ...filled, measureCodes: 'T1, X9, t8, Q1' }, KNOWN)).toEqual({
      measureCodes: { key: 'decisionForm.error.unknownCodes', codes: 'X9, Q1' },
    });
  });
});
