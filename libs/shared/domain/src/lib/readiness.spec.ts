import { describe, expect, it } from '@jest/globals';

import {
  gatesApplyTo,
  NO_READINESS_RULES,
  type ReadinessFacts,
  readinessGates,
  readinessProblems,
  readinessRefusal,
  type ReadinessRules,
} from './readiness';

const ALL: ReadinessRules = { ANCHORING: true, ECONOMICS: true, CHECKLIST: true, UNION_CONSULTATION: true };

/** A measure that meets every gate: anchored with all three facts, costs, key, a benefit, checklist done. */
const READY: ReadinessFacts = {
  politicalAnchoring: 'ANCHORED',
  anchoring: { decidedOn: '2026-03-05', body: 'Kongsberg kommunestyre', caseReference: 'KS 12/26' },
  costLines: 2,
  hasDistributionKey: true,
  benefits: 1,
  noEconomicEffectReason: null,
  unionConsultation: { needed: true, date: '2026-02-20', outcome: 'Enighet om gjennomføring.' },
  checklist: [
    { id: 'a', label: 'Risikovurdering', done: true },
    { id: 'b', label: 'Kommunikasjonsplan', done: true },
  ],
};

const codes = (rules: ReadinessRules, facts: ReadinessFacts) =>
  readinessProblems(rules, facts).map((problem) => problem.code);

describe('readiness gates', () => {
  it('gates only DECIDED and IN_PROGRESS', () => {
    expect(gatesApplyTo('DECIDED')).toBe(true);
    expect(gatesApplyTo('IN_PROGRESS')).toBe(true);
    for (const to of ['UNDER_ASSESSMENT', 'PAUSED', 'REJECTED', 'COMPLETED'] as const) {
      expect(gatesApplyTo(to)).toBe(false);
    }
  });

  it('finds nothing missing for a measure that meets every gate', () => {
    expect(readinessProblems(ALL, READY)).toEqual([]);
  });

  it('finds nothing when the region applies no gate, however incomplete the measure', () => {
    const empty: ReadinessFacts = {
      ...READY,
      politicalAnchoring: 'NEEDED',
      anchoring: { decidedOn: null, body: null, caseReference: null },
      costLines: 0,
      hasDistributionKey: false,
      benefits: 0,
    };
    expect(readinessProblems(NO_READINESS_RULES, empty)).toEqual([]);
  });

  describe('F1 political anchoring', () => {
    const rules = { ...NO_READINESS_RULES, ANCHORING: true };
    it('refuses NEEDED and IN_PROGRESS anchoring', () => {
      expect(codes(rules, { ...READY, politicalAnchoring: 'NEEDED' })).toEqual(['ANCHORING_NOT_RECORDED']);
      expect(codes(rules, { ...READY, politicalAnchoring: 'IN_PROGRESS' })).toEqual([
        'ANCHORING_NOT_RECORDED',
      ]);
    });
    it('refuses ANCHORED without the case reference, or with a blank body', () => {
      expect(codes(rules, { ...READY, anchoring: { ...READY.anchoring, caseReference: null } })).toEqual([
        'ANCHORING_NOT_RECORDED',
      ]);
      expect(codes(rules, { ...READY, anchoring: { ...READY.anchoring, body: '  ' } })).toEqual([
        'ANCHORING_NOT_RECORDED',
      ]);
    });
    it('does not concern a measure that needs no anchoring', () => {
      const facts: ReadinessFacts = {
        ...READY,
        politicalAnchoring: 'NOT_NEEDED',
        anchoring: { decidedOn: null, body: null, caseReference: null },
      };
      expect(codes(rules, facts)).toEqual([]);
      expect(readinessGates(rules, facts)[0]).toMatchObject({ applies: false, required: true });
    });
  });

  describe('F4 economic analysis', () => {
    const rules = { ...NO_READINESS_RULES, ECONOMICS: true };
    it('lists costs, key and benefits that are missing, in that order', () => {
      expect(codes(rules, { ...READY, costLines: 0, hasDistributionKey: false, benefits: 0 })).toEqual([
        'COSTS_MISSING',
        'DISTRIBUTION_KEY_MISSING',
        'BENEFITS_MISSING',
      ]);
      expect(codes(rules, { ...READY, benefits: 0 })).toEqual(['BENEFITS_MISSING']);
    });
    it('accepts a recorded reason why the measure has no economic effect instead', () => {
      const facts = {
        ...READY,
        costLines: 0,
        hasDistributionKey: false,
        benefits: 0,
        noEconomicEffectReason: 'Erfaringsdeling i eksisterende møter.',
      };
      expect(codes(rules, facts)).toEqual([]);
      expect(codes(rules, { ...facts, noEconomicEffectReason: ' ' })).toHaveLength(3);
    });
  });

  describe('F9 checklist', () => {
    const rules = { ...NO_READINESS_RULES, CHECKLIST: true };
    it('names every open item', () => {
      const facts = {
        ...READY,
        checklist: [
          { id: 'a', label: 'Risikovurdering', done: false },
          { id: 'b', label: 'Kommunikasjonsplan', done: true },
          { id: 'c', label: 'ROS-analyse', done: false },
        ],
      };
      expect(readinessProblems(rules, facts)).toEqual([
        { gate: 'CHECKLIST', code: 'CHECKLIST_ITEM_OPEN', item: 'Risikovurdering' },
        { gate: 'CHECKLIST', code: 'CHECKLIST_ITEM_OPEN', item: 'ROS-analyse' },
      ]);
    });
    it('an empty checklist does not apply', () => {
      expect(readinessGates(rules, { ...READY, checklist: [] })[2]).toMatchObject({ applies: false });
    });
  });

  describe('union consultation', () => {
    const rules = { ...NO_READINESS_RULES, UNION_CONSULTATION: true };
    it('needs date and outcome where flagged', () => {
      const open = { ...READY, unionConsultation: { needed: true, date: '2026-02-20', outcome: null } };
      expect(codes(rules, open)).toEqual(['UNION_CONSULTATION_NOT_RECORDED']);
    });
    it('does not concern a measure not flagged', () => {
      const notFlagged = { ...READY, unionConsultation: { needed: false, date: null, outcome: null } };
      expect(codes(rules, notFlagged)).toEqual([]);
    });
  });

  it('writes the refusal as one Norwegian sentence listing everything missing', () => {
    const problems = readinessProblems(ALL, {
      ...READY,
      politicalAnchoring: 'NEEDED',
      benefits: 0,
      checklist: [{ id: 'a', label: 'Risikovurdering', done: false }],
    });
    expect(readinessRefusal('DECIDED', problems).nb).toBe(
      'Tiltaket kan ikke bli vedtatt ennå. Dette mangler: politisk forankring er ikke registrert (dato, organ og ' +
        'saksnummer); gevinstplanen har ingen gevinster; sjekklistepunktet «Risikovurdering» er ikke utført.',
    );
    expect(readinessRefusal('IN_PROGRESS', problems).en).toMatch(
      /^The measure cannot be started yet\. Missing: /,
    );
  });
});
