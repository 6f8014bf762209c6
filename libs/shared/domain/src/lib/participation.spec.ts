import { describe, expect, it } from '@jest/globals';

import { maySetParticipation, participationProblem, participationReason } from './participation';
import { Role } from './roles';

describe('who sets participation', () => {
  const director = (municipalityNumber: string | null) => ({
    roles: [Role.MunicipalDirector],
    municipalityNumber,
  });

  it("lets a director set their own municipality's participation, and no other", () => {
    expect(maySetParticipation(director('3334'), '3334')).toBe(true);
    expect(maySetParticipation(director('3303'), '3334')).toBe(false);
    expect(maySetParticipation(director(null), '3334')).toBe(false);
  });

  it("lets the secretariat set every municipality's participation", () => {
    expect(maySetParticipation({ roles: [Role.Secretariat] }, '3334')).toBe(true);
  });

  it('refuses other roles, even with the municipality in the token', () => {
    for (const role of [Role.NetworkLeader, Role.NetworkMember, Role.Viewer]) {
      expect(maySetParticipation({ roles: [role], municipalityNumber: '3334' }, '3334')).toBe(false);
    }
  });
});

describe('opting out', () => {
  it('needs a reason; white space is none', () => {
    expect(participationProblem('OPTED_OUT', 'Egen ordning.')).toBeNull();
    expect(participationProblem('OPTED_OUT', null)).toBe('REASON_REQUIRED');
    expect(participationProblem('OPTED_OUT', undefined)).toBe('REASON_REQUIRED');
    expect(participationProblem('OPTED_OUT', ' \n ')).toBe('REASON_REQUIRED');
  });

  it('needs no reason to take part or to be undecided', () => {
    expect(participationProblem('PARTICIPATING', null)).toBeNull();
    expect(participationProblem('UNDECIDED', '')).toBeNull();
  });

  it('stores a reason trimmed, and none as null', () => {
    expect(participationReason('  Egen ordning. ')).toBe('Egen ordning.');
    expect(participationReason('   ')).toBeNull();
    expect(participationReason(undefined)).toBeNull();
  });
});
