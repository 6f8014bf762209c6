import { describe, expect, it } from '@jest/globals';

import type { CheckedAction, CheckedExercise } from './yearly-check';
import { yearlyCheck } from './yearly-check';

const NESBYEN = '3322';
const GOL = '3324';
const TODAY = '2026-12-07';

const regional = (
  heldOn: string,
  participants: string[],
  status: 'HELD' | 'PLANNED' = 'HELD',
): CheckedExercise => ({
  scope: 'REGIONAL',
  status,
  heldOn,
  participants,
});
const own = (
  heldOn: string,
  participants: string[],
  status: 'HELD' | 'PLANNED' = 'HELD',
): CheckedExercise => ({
  scope: 'MUNICIPAL',
  status,
  heldOn,
  participants,
});
const action = (
  municipalityNumber: string | null,
  deadline: string,
  status: CheckedAction['status'] = 'OPEN',
) => ({
  municipalityNumber,
  deadline,
  status,
});

function check(exercises: CheckedExercise[], actions: CheckedAction[] = [], year = 2026) {
  return yearlyCheck({ year, today: TODAY, municipalities: [NESBYEN, GOL], exercises, actions });
}

describe('yearlyCheck', () => {
  it('is red on both counts for a municipality without any exercise', () => {
    expect(check([])[0]).toEqual({
      municipalityNumber: NESBYEN,
      ownExercise: 'NONE',
      ownExerciseStatus: 'RED',
      regionalExercise: 'NONE',
      regionalExerciseStatus: 'RED',
      overdueActions: 0,
      status: 'RED',
    });
  });

  it('is green for the regional exercise only, when the municipality took part in that alone', () => {
    const [nesbyen, gol] = check([regional('2026-10-14', [NESBYEN])]);
    expect(nesbyen).toMatchObject({
      ownExercise: 'NONE',
      ownExerciseStatus: 'RED',
      regionalExercise: 'HELD',
      regionalExerciseStatus: 'GREEN',
      status: 'RED',
    });
    // Gol did not take part in it.
    expect(gol).toMatchObject({ regionalExercise: 'NONE', regionalExerciseStatus: 'RED' });
  });

  it('is green when the municipality held its own exercise and took part in the regional one', () => {
    const [nesbyen] = check([regional('2026-10-14', [NESBYEN, GOL]), own('2026-03-02', [NESBYEN])]);
    expect(nesbyen).toEqual({
      municipalityNumber: NESBYEN,
      ownExercise: 'HELD',
      ownExerciseStatus: 'GREEN',
      regionalExercise: 'HELD',
      regionalExerciseStatus: 'GREEN',
      overdueActions: 0,
      status: 'GREEN',
    });
  });

  it('counts a joint exercise of two municipalities as an own exercise for each', () => {
    const result = check([own('2026-05-20', [NESBYEN, GOL]), regional('2026-10-14', [NESBYEN, GOL])]);
    expect(result.map((row) => row.status)).toEqual(['GREEN', 'GREEN']);
  });

  it('notes a planned exercise without counting it as held', () => {
    const [nesbyen] = check([regional('2026-12-20', [NESBYEN], 'PLANNED'), own('2026-03-02', [NESBYEN])]);
    expect(nesbyen).toMatchObject({
      regionalExercise: 'PLANNED',
      regionalExerciseStatus: 'RED',
      status: 'RED',
    });
  });

  it('prefers a held exercise over a planned one of the same kind', () => {
    const [nesbyen] = check([own('2026-12-20', [NESBYEN], 'PLANNED'), own('2026-02-01', [NESBYEN])]);
    expect(nesbyen?.ownExercise).toBe('HELD');
  });

  it('does not count exercises of another year', () => {
    const [nesbyen] = check([regional('2025-10-14', [NESBYEN]), own('2027-01-05', [NESBYEN])]);
    expect(nesbyen).toMatchObject({ ownExercise: 'NONE', regionalExercise: 'NONE', status: 'RED' });
  });

  it("counts the municipality's open actions past their deadline, and turns red for them", () => {
    const exercises = [regional('2026-10-14', [NESBYEN, GOL]), own('2026-03-02', [NESBYEN, GOL])];
    const actions = [
      action(NESBYEN, '2026-11-30'),
      action(NESBYEN, '2026-12-01', 'IN_PROGRESS'),
      action(NESBYEN, '2026-11-01', 'DONE'),
      // Due today: not yet overdue.
      action(NESBYEN, TODAY),
      action(NESBYEN, '2027-01-15'),
      // The region's own action: no municipality answers for it.
      action(null, '2026-01-01'),
      action(GOL, '2027-02-01'),
    ];
    const [nesbyen, gol] = check(exercises, actions);
    expect(nesbyen).toMatchObject({ ownExerciseStatus: 'GREEN', regionalExerciseStatus: 'GREEN' });
    expect(nesbyen?.overdueActions).toBe(2);
    expect(nesbyen?.status).toBe('RED');
    expect(gol).toMatchObject({ overdueActions: 0, status: 'GREEN' });
  });

  it('keeps the order of the municipalities it was given', () => {
    const result = yearlyCheck({
      year: 2026,
      today: TODAY,
      municipalities: [GOL, NESBYEN],
      exercises: [],
      actions: [],
    });
    expect(result.map((row) => row.municipalityNumber)).toEqual([GOL, NESBYEN]);
  });
});
