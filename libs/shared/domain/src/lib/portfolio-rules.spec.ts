import { describe, expect, it } from '@jest/globals';

import { cycleCreatedBy } from './dependency-graph';
import { allowedNextStatuses, checkTransition, MEASURE_STATUSES } from './measure-status';
import { rollUpProgress } from './progress';

describe('measure status transitions', () => {
  it('follows the lifecycle forward', () => {
    expect(checkTransition('PROPOSED', 'UNDER_ASSESSMENT')).toEqual({ ok: true });
    expect(checkTransition('UNDER_ASSESSMENT', 'DECIDED')).toEqual({ ok: true });
    expect(checkTransition('DECIDED', 'IN_PROGRESS')).toEqual({ ok: true });
    expect(checkTransition('IN_PROGRESS', 'COMPLETED')).toEqual({ ok: true });
  });

  it('refuses a jump and names the allowed next states in Norwegian and English', () => {
    const check = checkTransition('PROPOSED', 'COMPLETED');
    expect(check).toEqual({
      ok: false,
      allowed: ['UNDER_ASSESSMENT', 'REJECTED', 'PAUSED'],
      nb: 'Et tiltak kan ikke gå fra foreslått til fullført. Tillatt neste status: under utredning, avvist eller satt på vent.',
      en: 'A measure cannot go from proposed to completed. Allowed next: under assessment, rejected or paused.',
    });
  });

  it('treats completed and rejected as final', () => {
    expect(allowedNextStatuses('COMPLETED')).toEqual([]);
    const check = checkTransition('REJECTED', 'PROPOSED');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.nb).toBe('Et tiltak som er avvist, kan ikke endre status.');
  });

  it('never allows staying in the same state', () => {
    for (const status of MEASURE_STATUSES) {
      expect(checkTransition(status, status).ok).toBe(false);
    }
  });
});

describe('dependency cycles', () => {
  const edges = [
    { from: 'T7', to: 'T2' },
    { from: 'T2', to: 'T1' },
    { from: 'F5', to: 'F3' },
  ];

  it('finds no cycle for an edge that keeps the graph acyclic', () => {
    expect(cycleCreatedBy(edges, { from: 'T7', to: 'T1' })).toBeNull();
    expect(cycleCreatedBy(edges, { from: 'F3', to: 'T1' })).toBeNull();
  });

  it('names the cycle an edge would close, start to start', () => {
    expect(cycleCreatedBy(edges, { from: 'T1', to: 'T7' })).toEqual(['T1', 'T7', 'T2', 'T1']);
  });

  it('treats a self-dependency as a cycle', () => {
    expect(cycleCreatedBy(edges, { from: 'O2', to: 'O2' })).toEqual(['O2', 'O2']);
  });
});

describe('progress roll-up', () => {
  it('is the plain mean without weights', () => {
    expect(rollUpProgress([{ percent: 0 }, { percent: 50 }, { percent: 100 }])).toBe(50);
  });

  it('weights parts: (100×3 + 0×1) / 4 = 75', () => {
    expect(
      rollUpProgress([
        { percent: 100, weight: 3 },
        { percent: 0, weight: 1 },
      ]),
    ).toBe(75);
  });

  it('is null with no parts or only zero weights', () => {
    expect(rollUpProgress([])).toBeNull();
    expect(rollUpProgress([{ percent: 40, weight: 0 }])).toBeNull();
  });

  it('refuses percentages outside 0–100', () => {
    expect(() => rollUpProgress([{ percent: 101 }])).toThrow(RangeError);
  });
});
