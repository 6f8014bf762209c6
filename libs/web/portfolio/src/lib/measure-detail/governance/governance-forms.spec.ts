import { describe, expect, it } from '@jest/globals';

import { governance } from '../../../testing/portfolio-fixtures';
import { steeringFormOf, steeringInput, validateAnchoring, validateSteering } from './governance-forms';

describe('the governance forms', () => {
  it('checks the anchoring: a date, a body and a case reference', () => {
    expect(validateAnchoring({ decidedOn: '', body: ' ', caseReference: '' })).toEqual({
      decidedOn: 'governance.anchoring.error.date',
      body: 'governance.anchoring.error.body',
      caseReference: 'governance.anchoring.error.case',
    });
    expect(
      validateAnchoring({ decidedOn: '2026-11-20', body: 'Regionrådet', caseReference: 'RR 4/26' }),
    ).toEqual({});
    expect(validateAnchoring({ decidedOn: '2026-11-20', body: 'x', caseReference: 'x'.repeat(65) })).toEqual({
      caseReference: 'governance.anchoring.error.caseLength',
    });
  });

  it('sends the whole steering document, trimmed, clearing what a "no" makes meaningless', () => {
    const values = {
      ...steeringFormOf(governance().steering),
      mandate: '  Nytt mandat  ',
      unionConsultationNeeded: 'no',
      politicalDecisionNeeded: 'yes',
      politicalDecisionCase: ' PS 12/26 ',
      noEconomicEffectReason: '   ',
    };
    expect(validateSteering(values)).toEqual({});
    expect(steeringInput({ id: 'm1', version: 7 }, values)).toMatchObject({
      measureId: 'm1',
      version: 7,
      mandate: 'Nytt mandat',
      responsibleMemberId: null,
      unionConsultationNeeded: false,
      unionConsultationDate: null,
      unionConsultationOutcome: null,
      politicalDecisionNeeded: true,
      politicalDecisionCase: 'PS 12/26',
      noEconomicEffectReason: null,
    });
  });

  it('reads the saved document into the form, yes/no as the radios hold them', () => {
    expect(steeringFormOf(governance().steering)).toMatchObject({
      unionConsultationNeeded: 'yes',
      unionConsultationDate: '2026-09-15',
      politicalDecisionNeeded: 'no',
      responsibleMemberId: '',
    });
    expect(
      validateSteering({ ...steeringFormOf(governance().steering), unionConsultationDate: '15.09.2026' }),
    ).toEqual({
      unionConsultationDate: 'governance.steering.error.date',
    });
  });
});
