import { describe, expect, it } from '@jest/globals';

import { leadsNetwork } from './network-leadership';
import type { SignedInUser } from './signed-in-user';

const leader: SignedInUser = {
  name: 'Tor Teknisk',
  roles: ['network-leader'],
  municipality: '4005',
  email: 'tor.teknisk@example.no',
};
const teknisk = {
  members: [
    { role: 'LEADER', email: 'Tor.Teknisk@example.no' },
    { role: 'MEMBER', email: 'marte.moen@example.no' },
  ],
};

describe('leadsNetwork', () => {
  it("recognises the leader by the LEADER member's e-mail address, whatever its case", () => {
    expect(leadsNetwork(leader, teknisk)).toBe(true);
  });

  it('needs a network role, an e-mail address and the LEADER role in the network', () => {
    // A network member the secretariat named leader counts; a director with the same address does not.
    expect(leadsNetwork({ ...leader, roles: ['network-member'] }, teknisk)).toBe(true);
    expect(leadsNetwork({ ...leader, roles: ['municipal-director'] }, teknisk)).toBe(false);
    expect(leadsNetwork({ ...leader, email: undefined }, teknisk)).toBe(false);
    expect(leadsNetwork({ ...leader, email: 'marte.moen@example.no' }, teknisk)).toBe(false);
    expect(leadsNetwork(leader, { members: [{ role: 'LEADER', email: null }] })).toBe(false);
    expect(leadsNetwork(null, teknisk)).toBe(false);
    expect(leadsNetwork(leader, undefined)).toBe(false);
  });
});
