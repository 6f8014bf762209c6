import { describe, expect, it } from '@jest/globals';

import { exerciseParticipants, exerciseProblems } from './exercise-rules';
import { completedAtAfter, followUpProblems, isOverdue } from './follow-up-rules';
import {
  mayEditExercise,
  mayEditRoster,
  mayFollowUp,
  mayRecordFor,
  mayViewContactDetails,
  teamKey,
} from './preparedness-access';
import { routineReviewState } from './routine-review';

const secretariat = { id: 's', roles: ['secretariat'], municipalityNumber: null };
const nesbyenDirector = { id: 'd', roles: ['municipal-director'], municipalityNumber: '3322' };
const member = { id: 'm', roles: ['network-member'], municipalityNumber: '3324' };
const viewer = { id: 'v', roles: ['viewer'], municipalityNumber: '3322' };

describe('who may do what in preparedness', () => {
  it('lets the secretariat record for any municipality and for the region, a director for their own only', () => {
    expect(mayRecordFor(secretariat, '3324')).toBe(true);
    expect(mayRecordFor(secretariat, null)).toBe(true);
    expect(mayRecordFor(nesbyenDirector, '3322')).toBe(true);
    expect(mayRecordFor(nesbyenDirector, '3324')).toBe(false);
    expect(mayRecordFor(nesbyenDirector, null)).toBe(false);
    expect(mayRecordFor(viewer, '3322')).toBe(false);
  });

  it('lets the owner of an action move it on, whatever their role', () => {
    const action = { municipalityNumber: '3324', ownerUserId: 'm' };
    expect(mayFollowUp(member, action)).toBe(true);
    expect(mayFollowUp(viewer, action)).toBe(false);
    expect(mayFollowUp(nesbyenDirector, action)).toBe(false);
    expect(mayFollowUp(nesbyenDirector, { municipalityNumber: '3322', ownerUserId: null })).toBe(true);
  });

  it("gives the regional exercise to the secretariat and a municipality's own to its director", () => {
    expect(mayEditExercise(nesbyenDirector, { organiserMunicipalityNumber: null })).toBe(false);
    expect(mayEditExercise(nesbyenDirector, { organiserMunicipalityNumber: '3322' })).toBe(true);
    expect(mayEditExercise(secretariat, { organiserMunicipalityNumber: null })).toBe(true);
  });

  it('keeps the roster with the secretariat', () => {
    expect(mayEditRoster(secretariat)).toBe(true);
    expect(mayEditRoster(nesbyenDirector)).toBe(false);
  });

  it('shows contact details to the secretariat and to members of the same team only', () => {
    const regional = { regionId: 'r', teamMunicipalityNumber: null };
    const nesbyenTeam = { regionId: 'r', teamMunicipalityNumber: '3322' };
    const onRegional = new Set([teamKey(regional)]);
    expect(mayViewContactDetails(secretariat, nesbyenTeam, new Set())).toBe(true);
    expect(mayViewContactDetails(member, regional, onRegional)).toBe(true);
    expect(mayViewContactDetails(member, nesbyenTeam, onRegional)).toBe(false);
    // A director is not on a team by being a director.
    expect(mayViewContactDetails(nesbyenDirector, nesbyenTeam, new Set())).toBe(false);
    expect(
      mayViewContactDetails(member, { regionId: 'other', teamMunicipalityNumber: null }, onRegional),
    ).toBe(false);
  });
});

describe('exercise rules', () => {
  const members = new Set(['3322', '3324']);
  const base = {
    scope: 'MUNICIPAL' as const,
    status: 'HELD' as const,
    heldOn: '2026-03-02',
    organiserMunicipalityNumber: '3322',
    participantNumbers: ['3324'],
  };

  it('accepts a held municipal exercise with its organiser among the participants', () => {
    expect(exerciseProblems(base, members, '2026-12-07')).toEqual([]);
    expect(exerciseParticipants(base)).toEqual(['3322', '3324']);
  });

  it('refuses a held exercise in the future, but not a planned one', () => {
    expect(exerciseProblems({ ...base, heldOn: '2027-01-10' }, members, '2026-12-07')).toEqual([
      'HELD_IN_FUTURE',
    ]);
    expect(
      exerciseProblems({ ...base, heldOn: '2027-01-10', status: 'PLANNED' }, members, '2026-12-07'),
    ).toEqual([]);
  });

  it('asks a municipal exercise for an organiser and refuses one for the regional exercise', () => {
    expect(
      exerciseProblems(
        { ...base, organiserMunicipalityNumber: null, participantNumbers: [] },
        members,
        '2026-12-07',
      ),
    ).toEqual(['ORGANISER_MISSING', 'NO_PARTICIPANTS']);
    expect(exerciseProblems({ ...base, scope: 'REGIONAL' }, members, '2026-12-07')).toEqual([
      'ORGANISER_NOT_FOR_REGIONAL',
    ]);
  });

  it('refuses municipalities outside the region and dates that do not exist', () => {
    expect(exerciseProblems({ ...base, participantNumbers: ['3303'] }, members, '2026-12-07')).toEqual([
      'OUTSIDE_REGION',
    ]);
    expect(exerciseProblems({ ...base, heldOn: '2026-02-30' }, members, '2026-12-07')).toEqual([
      'DATE_NOT_A_DATE',
    ]);
  });
});

describe('follow-up rules', () => {
  it('is overdue the day after the deadline, while not done', () => {
    expect(isOverdue({ deadline: '2026-12-06', status: 'OPEN' }, '2026-12-07')).toBe(true);
    expect(isOverdue({ deadline: '2026-12-07', status: 'OPEN' }, '2026-12-07')).toBe(false);
    expect(isOverdue({ deadline: '2026-01-01', status: 'DONE' }, '2026-12-07')).toBe(false);
  });

  it('needs one owner: a user or a name', () => {
    expect(followUpProblems({ deadline: '2027-01-01' })).toEqual(['OWNER_MISSING']);
    expect(followUpProblems({ ownerName: '  ', deadline: '2027-01-01' })).toEqual(['OWNER_MISSING']);
    expect(followUpProblems({ ownerUserId: 'u', ownerName: 'Kari', deadline: '2027-01-01' })).toEqual([
      'OWNER_TWICE',
    ]);
    expect(followUpProblems({ ownerName: 'Kari', deadline: '2027-13-01' })).toEqual(['DEADLINE_NOT_A_DATE']);
  });

  it('records when an action was done, keeps it while done and clears it when reopened', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const earlier = new Date('2026-11-01T10:00:00Z');
    expect(completedAtAfter({ status: 'OPEN', completedAt: null }, 'DONE', now)).toBe(now);
    expect(completedAtAfter({ status: 'DONE', completedAt: earlier }, 'DONE', now)).toBe(earlier);
    expect(completedAtAfter({ status: 'DONE', completedAt: earlier }, 'OPEN', now)).toBeNull();
  });
});

describe('routine reviews', () => {
  it('is due at once when never reviewed', () => {
    expect(routineReviewState(null, 12, '2026-12-07')).toEqual({ nextReviewOn: null, due: true });
  });

  it('is due on the day the interval has passed, not before', () => {
    expect(routineReviewState('2025-12-07', 12, '2026-12-07')).toEqual({
      nextReviewOn: '2026-12-07',
      due: true,
    });
    expect(routineReviewState('2026-06-30', 6, '2026-12-07')).toEqual({
      nextReviewOn: '2026-12-30',
      due: false,
    });
  });
});
