import { describe, expect, it } from '@jest/globals';

import type { AgreementState, VersionUnderDecision } from './agreement-workflow';
import {
  AGREEMENT_TRANSITIONS,
  changeRefusal,
  decideAgreementOutcome,
  effectiveAgreementStatus,
  nextStatusAllowed,
  submitRefusal,
  terminateRefusal,
  termsChangeStep,
} from './agreement-workflow';

/** Version 2 of a submitted service purchase: Kongsberg sells to Flesberg and Rollag. */
const V2: VersionUnderDecision = {
  number: 2,
  parties: ['3303', '3334', '3336'],
  agreementStatus: 'SUBMITTED',
  currentVersion: 2,
};
const approve = (municipalityNumber: string) => ({
  municipalityNumber,
  decision: 'APPROVE' as const,
  comment: '',
});
const reject = (municipalityNumber: string, comment = 'For dyrt.') => ({
  municipalityNumber,
  decision: 'REJECT' as const,
  comment,
});

const state = (extra: Partial<AgreementState> = {}): AgreementState => ({
  status: 'DRAFT',
  legalForm: 'SERVICE_PURCHASE',
  currentVersion: 1,
  activeVersion: null,
  ...extra,
});

describe('deciding on a version', () => {
  it('waits until every party has approved, then makes the agreement active', () => {
    expect(decideAgreementOutcome(V2, [], approve('3334'))).toEqual({
      ok: true,
      status: 'SUBMITTED',
      waitingFor: ['3303', '3336'],
    });
    expect(decideAgreementOutcome(V2, [approve('3334')], approve('3303'))).toEqual({
      ok: true,
      status: 'SUBMITTED',
      waitingFor: ['3336'],
    });
    expect(decideAgreementOutcome(V2, [approve('3334'), approve('3303')], approve('3336'))).toEqual({
      ok: true,
      status: 'ACTIVE',
      waitingFor: [],
    });
  });

  it('rejects at the first rejection, even after approvals, and wants a reason', () => {
    expect(decideAgreementOutcome(V2, [approve('3303'), approve('3334')], reject('3336'))).toEqual({
      ok: true,
      status: 'REJECTED',
      waitingFor: [],
    });
    expect(decideAgreementOutcome(V2, [], reject('3336', ''))).toEqual({ ok: false, code: 'REASON_MISSING' });
  });

  it('lets only a party decide, on the current version, while it waits for approval', () => {
    expect(decideAgreementOutcome(V2, [], approve('3050'))).toEqual({ ok: false, code: 'NOT_A_PARTY' });
    expect(decideAgreementOutcome({ ...V2, currentVersion: 3 }, [], approve('3334'))).toEqual({
      ok: false,
      code: 'NOT_CURRENT_VERSION',
    });
    for (const agreementStatus of ['DRAFT', 'ACTIVE', 'REJECTED', 'TERMINATED'] as const) {
      expect(decideAgreementOutcome({ ...V2, agreementStatus }, [], approve('3334'))).toEqual({
        ok: false,
        code: 'NOT_SUBMITTED',
      });
    }
  });

  it('lets each party decide once per version, saying how it decided', () => {
    expect(decideAgreementOutcome(V2, [approve('3334')], approve('3334'))).toEqual({
      ok: false,
      code: 'ALREADY_DECIDED',
      earlier: 'APPROVE',
    });
    expect(decideAgreementOutcome(V2, [approve('3334')], reject('3334'))).toEqual({
      ok: false,
      code: 'ALREADY_DECIDED',
      earlier: 'APPROVE',
    });
  });

  it('checks who decides before anything else', () => {
    // Not a party, and an old version of an agreement no longer submitted: the party check speaks first.
    const old = { ...V2, currentVersion: 3, agreementStatus: 'ACTIVE' as const };
    expect(decideAgreementOutcome(old, [], approve('3050'))).toEqual({ ok: false, code: 'NOT_A_PARTY' });
  });
});

describe('the workflow', () => {
  it('goes draft → submitted → active | rejected → terminated or expired, with nothing after those', () => {
    expect(nextStatusAllowed('DRAFT', 'SUBMITTED')).toBe(true);
    expect(nextStatusAllowed('DRAFT', 'ACTIVE')).toBe(false);
    expect(nextStatusAllowed('SUBMITTED', 'ACTIVE')).toBe(true);
    expect(nextStatusAllowed('SUBMITTED', 'REJECTED')).toBe(true);
    expect(nextStatusAllowed('ACTIVE', 'TERMINATED')).toBe(true);
    expect(nextStatusAllowed('ACTIVE', 'EXPIRED')).toBe(true);
    expect(nextStatusAllowed('REJECTED', 'SUBMITTED')).toBe(true);
    expect(nextStatusAllowed('REJECTED', 'ACTIVE')).toBe(false);
    expect(AGREEMENT_TRANSITIONS.TERMINATED).toEqual([]);
    expect(AGREEMENT_TRANSITIONS.EXPIRED).toEqual([]);
  });

  it('reads an active agreement whose version in force has ended as expired', () => {
    expect(effectiveAgreementStatus('ACTIVE', '2026-06-30', '2026-07-01')).toBe('EXPIRED');
    expect(effectiveAgreementStatus('ACTIVE', '2026-06-30', '2026-06-30')).toBe('ACTIVE');
    expect(effectiveAgreementStatus('ACTIVE', null, '2099-01-01')).toBe('ACTIVE');
    expect(effectiveAgreementStatus('SUBMITTED', '2020-01-01', '2026-01-01')).toBe('SUBMITTED');
  });

  it('changes nothing about terminated and expired agreements', () => {
    expect(changeRefusal('TERMINATED')).toBe('TERMINATED');
    expect(changeRefusal('EXPIRED')).toBe('EXPIRED');
    for (const status of ['DRAFT', 'SUBMITTED', 'ACTIVE', 'REJECTED'] as const) {
      expect(changeRefusal(status)).toBeNull();
    }
  });

  it('submits only a service purchase that is a draft', () => {
    expect(submitRefusal(state())).toBeNull();
    expect(submitRefusal(state({ status: 'SUBMITTED' }))).toBe('NOT_A_DRAFT');
    expect(submitRefusal(state({ status: 'REJECTED' }))).toBe('NOT_A_DRAFT');
    expect(submitRefusal(state({ legalForm: 'INTERMUNICIPAL_COMPANY', status: 'ACTIVE' }))).toBe(
      'NOT_A_SERVICE_PURCHASE',
    );
  });

  it('terminates only what has been in force', () => {
    expect(terminateRefusal(state())).toBe('DRAFT');
    expect(terminateRefusal(state({ status: 'REJECTED' }))).toBe('NEVER_IN_FORCE');
    expect(terminateRefusal(state({ status: 'ACTIVE', activeVersion: 1 }))).toBeNull();
    // Version 2 rejected or waiting while version 1 is in force: the agreement can still be terminated.
    expect(terminateRefusal(state({ status: 'REJECTED', currentVersion: 2, activeVersion: 1 }))).toBeNull();
    expect(terminateRefusal(state({ status: 'SUBMITTED', currentVersion: 2, activeVersion: 1 }))).toBeNull();
  });

  it('rewrites a draft, and makes changed terms after submission a new version', () => {
    expect(termsChangeStep(state())).toEqual({ kind: 'REWRITE_DRAFT' });
    expect(termsChangeStep(state({ status: 'ACTIVE', currentVersion: 2, activeVersion: 2 }))).toEqual({
      kind: 'NEW_VERSION_SUBMITTED',
      number: 3,
    });
    expect(termsChangeStep(state({ status: 'REJECTED', currentVersion: 1 }))).toEqual({
      kind: 'NEW_VERSION_SUBMITTED',
      number: 2,
    });
    expect(
      termsChangeStep(
        state({ legalForm: 'POLITICAL_COUNCIL', status: 'ACTIVE', currentVersion: 1, activeVersion: 1 }),
      ),
    ).toEqual({ kind: 'NEW_VERSION_IN_FORCE', number: 2 });
  });
});
