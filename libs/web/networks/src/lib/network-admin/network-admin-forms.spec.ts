import { describe, expect, it } from '@jest/globals';

import {
  emptyMemberForm,
  memberInput,
  networkFormOf,
  networkSettingsInput,
  validateMemberForm,
  validateNetworkForm,
  withPerson,
} from './network-admin-forms';

describe('the network forms', () => {
  it('asks a working group for its end date, and sends none for another kind', () => {
    const group = {
      ...networkFormOf(null, 'WORKING_GROUP'),
      name: 'Vann',
      serviceArea: 'TECHNICAL' as const,
    };
    expect(validateNetworkForm(group)).toEqual({ endsOn: 'networkAdmin.error.endsOn' });
    expect(validateNetworkForm({ ...group, endsOn: '2027-06-30' })).toEqual({});
    expect(networkSettingsInput({ ...group, kind: 'PROFESSIONAL_NETWORK', endsOn: '2027-06-30' })).toEqual({
      name: 'Vann',
      kind: 'PROFESSIONAL_NETWORK',
      serviceArea: 'TECHNICAL',
      parentId: null,
      mandate: null,
      endsOn: null,
    });
    expect(validateNetworkForm(networkFormOf(null))).toEqual({
      name: 'networkAdmin.error.name',
      kind: 'networkAdmin.error.kind',
      serviceArea: 'networkAdmin.error.serviceArea',
    });
  });

  it('fills name and municipality from a chosen user, keeping what was typed', () => {
    const values = emptyMemberForm('2026-12-07');
    const tor = { name: 'Tor Teknisk', municipalityNumber: '4005' };
    expect(withPerson(values, tor)).toEqual({ personName: 'Tor Teknisk', municipalityNumber: '4005' });
    expect(withPerson({ ...values, personName: 'Tor T.' }, tor)).toEqual({
      personName: 'Tor T.',
      municipalityNumber: '4005',
    });
    expect(withPerson(values, undefined)).toBeUndefined();
  });

  it('checks a membership and sends blanks as null', () => {
    const values = emptyMemberForm('2026-12-07');
    expect(validateMemberForm({ ...values, validFrom: '' })).toEqual({
      personName: 'networkAdmin.error.personName',
      role: 'networkAdmin.error.role',
      validFrom: 'networkAdmin.error.validFrom',
    });
    expect(memberInput('n-1', { ...values, personName: ' Per ', role: 'MEMBER' })).toEqual({
      networkId: 'n-1',
      userId: null,
      personName: 'Per',
      email: null,
      municipalityNumber: null,
      role: 'MEMBER',
      validFrom: '2026-12-07',
    });
  });
});
