import { describe, expect, it } from '@jest/globals';
import type { AgreementTermsProblem } from '@samarbeid/shared/domain';

import { decisionRefused, termsProblemText } from './agreements.errors';

const MEMBERS = new Map([
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
]);

describe('terms problems in words', () => {
  it('says the first problem, naming the municipality', () => {
    const problems: AgreementTermsProblem[] = [
      { code: 'ROLE_NOT_IN_FORM', party: '3303', index: 0, role: 'HOST' },
      { code: 'SELLERS_AND_BUYERS', sellers: 0, buyers: 1 },
    ];
    expect(termsProblemText('SERVICE_PURCHASE', problems, MEMBERS)).toEqual({
      nb: 'Kongsberg er oppført som vertskommune, men en tjenestekjøpsavtale har bare selger og kjøper.',
      en: 'Kongsberg is listed as host municipality, but a service-purchase agreement only has seller and buyer.',
    });
  });

  it('says a problem that comes once per field or party once, for all of them', () => {
    expect(
      termsProblemText(
        'SERVICE_PURCHASE',
        [{ code: 'VOLUME_UNIT_MISSING' }, { code: 'VOLUME_MISSING' }, { code: 'PRICE_MISSING' }],
        MEMBERS,
      ),
    ).toEqual({
      nb: 'En tjenestekjøpsavtale må ha volum og enhet, pris.',
      en: 'A service purchase needs volume and unit, price.',
    });
    expect(
      termsProblemText(
        'INTERMUNICIPAL_COMPANY',
        [
          { code: 'OWNER_SHARE_MISSING', party: '3303', index: 0 },
          { code: 'OWNER_SHARE_MISSING', party: '3334', index: 1 },
          { code: 'OWNER_SHARE_MISSING', party: '3336', index: 2 },
        ],
        MEMBERS,
      ),
    ).toEqual({
      nb: 'Oppgi eierandel for Kongsberg, Flesberg og Rollag; andelene skal til sammen være 100 %.',
      en: 'Give the owner share of Kongsberg, Flesberg and Rollag; the shares must add up to 100 %.',
    });
    expect(
      termsProblemText(
        'SERVICE_PURCHASE',
        [
          { code: 'BUYER_VOLUME_MISSING', party: '3336', index: 2 },
          { code: 'END_BEFORE_START', startDate: '2026-01-01', endDate: '2025-12-31' },
        ],
        MEMBERS,
      ).nb,
    ).toBe('Oppgi volum for alle kjøperne eller ingen (mangler for Rollag).');
  });

  it('writes sums and dates the Norwegian way, and as sent in English', () => {
    expect(
      termsProblemText(
        'SERVICE_PURCHASE',
        [{ code: 'BUYER_VOLUME_SUM', sum: '1100.5', total: '1200' }],
        MEMBERS,
      ),
    ).toEqual({
      nb: 'Kjøpernes volum er til sammen 1 100,5, men avtalens volum er 1 200.',
      en: "The buyers' volumes add up to 1100.5, but the agreement's volume is 1200.",
    });
    expect(
      termsProblemText(
        'SERVICE_PURCHASE',
        [{ code: 'END_BEFORE_START', startDate: '2027-01-01', endDate: '2026-12-31' }],
        MEMBERS,
      ),
    ).toEqual({
      nb: 'Sluttdatoen (31.12.2026) er før startdatoen (1.1.2027).',
      en: 'The end date (2026-12-31) is before the start date (2027-01-01).',
    });
  });
});

describe('decision refusals in words', () => {
  const context = { name: 'Notodden', versionNumber: 2, currentVersion: 3, status: 'ACTIVE' as const };

  it('answers FORBIDDEN to a municipality that is not a party, BAD_USER_INPUT to the rest', () => {
    const notParty = decisionRefused({ code: 'NOT_A_PARTY' }, context);
    expect(notParty.code).toBe('FORBIDDEN');
    expect(notParty.message).toBe(
      'Notodden er ikke part i versjon 2 av avtalen. Bare kommunedirektøren i en part kan godkjenne eller avvise den.',
    );
    expect(decisionRefused({ code: 'NOT_CURRENT_VERSION' }, context).message).toBe(
      'Du kan bare godkjenne gjeldende versjon (v3).',
    );
    expect(decisionRefused({ code: 'NOT_SUBMITTED' }, context).message).toBe(
      'Avtalen er ikke til godkjenning (den er aktiv).',
    );
    expect(decisionRefused({ code: 'ALREADY_DECIDED', earlier: 'REJECT' }, context).message).toBe(
      'Notodden har allerede avvist versjon 2.',
    );
    const reason = decisionRefused({ code: 'REASON_MISSING' }, context);
    expect([reason.code, reason.message]).toEqual([
      'BAD_USER_INPUT',
      'Skriv en begrunnelse når du avviser avtalen.',
    ]);
  });
});
