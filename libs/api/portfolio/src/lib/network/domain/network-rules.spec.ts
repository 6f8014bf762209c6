import { describe, expect, it } from '@jest/globals';

import { networkKey, networkSettingsProblem, parentProblem } from './network-rules';

describe('network rules', () => {
  it('requires an end date of a working group and refuses one for other networks', () => {
    expect(networkSettingsProblem({ kind: 'WORKING_GROUP', endsOn: null })).toBe('WORKING_GROUP_NEEDS_END');
    expect(networkSettingsProblem({ kind: 'WORKING_GROUP', endsOn: '2027-06-30' })).toBeNull();
    expect(networkSettingsProblem({ kind: 'PROFESSIONAL_NETWORK', endsOn: '2027-06-30' })).toBe(
      'END_ONLY_FOR_WORKING_GROUP',
    );
    expect(networkSettingsProblem({ kind: 'LEADER_NETWORK', endsOn: null })).toBeNull();
  });

  it('refuses a parent that is the network itself, below it, or closed', () => {
    // KDU ← LEDER ← FAG ← GRUPPE
    const parents = new Map<string, string | null>([
      ['KDU', null],
      ['LEDER', 'KDU'],
      ['FAG', 'LEDER'],
      ['GRUPPE', 'FAG'],
    ]);
    expect(parentProblem('FAG', 'FAG', parents, new Set())).toBe('PARENT_IS_SELF');
    expect(parentProblem('LEDER', 'GRUPPE', parents, new Set())).toBe('PARENT_CYCLE');
    expect(parentProblem('GRUPPE', 'KDU', parents, new Set())).toBeNull();
    expect(parentProblem(null, 'FAG', parents, new Set(['FAG']))).toBe('PARENT_CLOSED');
    expect(parentProblem(null, 'FAG', parents, new Set())).toBeNull();
  });

  it('makes a short key from the name, unique in the region', () => {
    expect(networkKey('Arbeidsgruppe IKT-sikkerhet', new Set())).toBe('ARBEIDSGRUPPE-IKT-SIKKER');
    expect(networkKey('Helse og omsorg', new Set(['HELSE-OG-OMSORG']))).toBe('HELSE-OG-OMSORG-2');
    expect(networkKey('Skole – ære', new Set())).toBe('SKOLE-ÆRE');
    expect(networkKey('!!!', new Set())).toBe('NETTVERK');
  });
});
