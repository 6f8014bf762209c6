import { describe, expect, it } from '@jest/globals';

import { newDecision } from './new-decision';

describe('new decision', () => {
  const typed = {
    decidedOn: '2026-10-01',
    caseReference: ' KDU 30/26 ',
    title: ' Byggesak ',
    text: ' Utredes. ',
    municipalityNumber: '3303',
    networkId: 'n1',
  };

  it('keeps the municipality only for a council decision and the network only for a network decision', () => {
    expect(newDecision('r1', { ...typed, body: 'MUNICIPAL_COUNCIL' })).toMatchObject({
      municipalityNumber: '3303',
      networkId: null,
    });
    expect(newDecision('r1', { ...typed, body: 'NETWORK' })).toMatchObject({
      municipalityNumber: null,
      networkId: 'n1',
    });
    expect(newDecision('r1', { ...typed, body: 'KDU' })).toMatchObject({
      municipalityNumber: null,
      networkId: null,
    });
  });

  it('trims the texts', () => {
    expect(newDecision('r1', { ...typed, body: 'KDU' })).toEqual({
      regionId: 'r1',
      body: 'KDU',
      municipalityNumber: null,
      networkId: null,
      decidedOn: '2026-10-01',
      caseReference: 'KDU 30/26',
      title: 'Byggesak',
      text: 'Utredes.',
    });
  });
});
