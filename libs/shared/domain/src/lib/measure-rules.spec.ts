import { describe, expect, it } from '@jest/globals';

import { decisionBodyProblem, measureShapeProblems } from './measure-rules';

describe('measure shape', () => {
  it('accepts a statutory measure with a legal form, and a project without one', () => {
    expect(measureShapeProblems({ tier: 'STATUTORY', legalForm: 'INTERMUNICIPAL_COMPANY' })).toEqual([]);
    expect(measureShapeProblems({ tier: 'PROJECT', legalForm: null })).toEqual([]);
    expect(measureShapeProblems({ tier: 'NETWORK' })).toEqual([]);
  });

  it('refuses a statutory measure without a legal form, and a legal form on anything else', () => {
    expect(measureShapeProblems({ tier: 'STATUTORY', legalForm: null })).toEqual(['LEGAL_FORM_MISMATCH']);
    expect(measureShapeProblems({ tier: 'SERVICE_PURCHASE', legalForm: 'POLITICAL_COUNCIL' })).toEqual([
      'LEGAL_FORM_MISMATCH',
    ]);
  });

  it('refuses an end before the start; the same day, or one date alone, is fine', () => {
    const project = { tier: 'PROJECT' as const };
    expect(measureShapeProblems({ ...project, startDate: '2027-01-01', endDate: '2026-12-31' })).toEqual([
      'END_BEFORE_START',
    ]);
    expect(measureShapeProblems({ ...project, startDate: '2027-01-01', endDate: '2027-01-01' })).toEqual([]);
    expect(measureShapeProblems({ ...project, startDate: null, endDate: '2020-01-01' })).toEqual([]);
  });

  it('reports every problem, the legal form first', () => {
    expect(
      measureShapeProblems({ tier: 'STATUTORY', startDate: '2027-01-01', endDate: '2026-01-01' }),
    ).toEqual(['LEGAL_FORM_MISMATCH', 'END_BEFORE_START']);
  });
});

describe('decision body', () => {
  it('needs the municipality for a council decision and the network for a network decision', () => {
    expect(decisionBodyProblem({ body: 'MUNICIPAL_COUNCIL' })).toBe('MUNICIPALITY_REQUIRED');
    expect(decisionBodyProblem({ body: 'MUNICIPAL_COUNCIL', municipalityNumber: '3303' })).toBeNull();
    expect(decisionBodyProblem({ body: 'NETWORK', networkId: null })).toBe('NETWORK_REQUIRED');
    expect(decisionBodyProblem({ body: 'NETWORK', networkId: 'n1' })).toBeNull();
  });

  it('needs neither for KDU', () => {
    expect(decisionBodyProblem({ body: 'KDU' })).toBeNull();
  });
});
