import { describe, expect, it } from '@jest/globals';
import type { StrategyStatus } from '@samarbeid/web/graphql';

import { strategy, USERS } from '../../testing/network-fixtures';
import { strategyAccess } from './strategy-store';

function access(user: (typeof USERS)[keyof typeof USERS] | null, status: StrategyStatus) {
  return strategyAccess(user, strategy({ status }));
}

describe('strategyAccess', () => {
  it("lets the network's leader edit and send a draft for consultation, but not adopt or archive", () => {
    expect(access(USERS.leader, 'DRAFT')).toEqual({ edit: true, submit: true, adopt: false, archive: false });
    expect(access(USERS.leader, 'CONSULTATION')).toEqual({
      edit: true,
      submit: false,
      adopt: false,
      archive: false,
    });
    expect(access(USERS.leader, 'ADOPTED')).toEqual({
      edit: false,
      submit: false,
      adopt: false,
      archive: false,
    });
  });

  it('lets the secretariat take every step in its turn', () => {
    expect(access(USERS.secretariat, 'DRAFT')).toEqual({
      edit: true,
      submit: true,
      adopt: false,
      archive: false,
    });
    expect(access(USERS.secretariat, 'CONSULTATION')).toEqual({
      edit: true,
      submit: false,
      adopt: true,
      archive: false,
    });
    expect(access(USERS.secretariat, 'ADOPTED')).toEqual({
      edit: false,
      submit: false,
      adopt: false,
      archive: true,
    });
    expect(access(USERS.secretariat, 'ARCHIVED')).toEqual({
      edit: false,
      submit: false,
      adopt: false,
      archive: false,
    });
  });

  it('gives a leader of another network, a viewer and nobody signed in nothing', () => {
    for (const user of [USERS.otherLeader, USERS.viewer, null]) {
      for (const status of ['DRAFT', 'CONSULTATION', 'ADOPTED'] as const) {
        expect(access(user, status)).toEqual({ edit: false, submit: false, adopt: false, archive: false });
      }
    }
  });
});
