import { describe, expect, it } from '@jest/globals';

import {
  dependencyProblem,
  isCompleteNewMeasure,
  measureChanges,
  measureProblem,
  NEW_MEASURE_DEFAULTS,
  newMeasure,
} from './measure-changes';

describe('measure changes', () => {
  it('takes the fields sent, in the order sent, and nothing else', () => {
    const input = {
      id: 'm1',
      version: 4,
      progressPercent: 40,
      title: 'Ny',
      legalForm: null,
      weight: undefined,
    };
    expect(measureChanges(input)).toEqual({ progressPercent: 40, title: 'Ny', legalForm: null });
    expect(Object.keys(measureChanges(input))).toEqual(['progressPercent', 'title', 'legalForm']);
  });

  it('needs title, network, service area and tier for a new measure', () => {
    const complete = {
      title: 'Geodata',
      networkId: 'n1',
      serviceArea: 'TECHNICAL',
      tier: 'PROJECT',
    } as const;
    expect(isCompleteNewMeasure(complete)).toBe(true);
    expect(isCompleteNewMeasure({ ...complete, title: '' })).toBe(false);
    expect(isCompleteNewMeasure({ ...complete, tier: undefined })).toBe(false);
  });

  it('builds a new measure over the defaults: proposed, no political anchoring needed, nothing planned', () => {
    expect(
      newMeasure('r1', 'T9', {
        title: 'Geodata',
        networkId: 'n1',
        serviceArea: 'TECHNICAL',
        tier: 'STATUTORY',
        legalForm: 'INTERMUNICIPAL_COMPANY',
        weight: undefined,
      }),
    ).toEqual({
      ...NEW_MEASURE_DEFAULTS,
      regionId: 'r1',
      code: 'T9',
      title: 'Geodata',
      networkId: 'n1',
      serviceArea: 'TECHNICAL',
      tier: 'STATUTORY',
      legalForm: 'INTERMUNICIPAL_COMPANY',
    });
    expect(NEW_MEASURE_DEFAULTS).toMatchObject({
      status: 'PROPOSED',
      politicalAnchoring: 'NOT_NEEDED',
      weight: null,
    });
  });
});

describe('measure problems', () => {
  const measure = {
    tier: 'PROJECT',
    legalForm: null,
    startDate: null,
    endDate: null,
    parentId: null,
  } as const;

  it('accepts a plain project, and a parent that is another measure', () => {
    expect(measureProblem(measure, 'm1')).toBeNull();
    expect(measureProblem({ ...measure, parentId: 'm2' }, 'm1')).toBeNull();
    expect(measureProblem({ ...measure, parentId: 'm2' }, null)).toBeNull();
  });

  it('names the shape problems first, then a parent that is the measure itself', () => {
    expect(measureProblem({ ...measure, tier: 'STATUTORY', parentId: 'm1' }, 'm1')).toBe(
      'LEGAL_FORM_MISMATCH',
    );
    expect(measureProblem({ ...measure, startDate: '2027-02-01', endDate: '2027-01-31' }, 'm1')).toBe(
      'END_BEFORE_START',
    );
    expect(measureProblem({ ...measure, parentId: 'm1' }, 'm1')).toBe('PARENT_IS_SELF');
  });

  it('lets a measure depend only on measures of its own region', () => {
    expect(dependencyProblem({ regionId: 'r1' }, { regionId: 'r1' })).toBeNull();
    expect(dependencyProblem({ regionId: 'r1' }, { regionId: 'r2' })).toBe('ACROSS_REGIONS');
  });
});
