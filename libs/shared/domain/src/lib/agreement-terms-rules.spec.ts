import { afterAll, describe, expect, it } from '@jest/globals';

import type { AgreementTermsProblemCode, PartyUnderRules, TermsUnderRules } from './agreement-terms-rules';
import { agreementTermsProblems as rules } from './agreement-terms-rules';

/** Every code, so that a new one without a hand-checked case below fails the suite. */
const EVERY_CODE: Record<AgreementTermsProblemCode, true> = {
  MUNICIPALITY_MISSING: true,
  NOT_A_MEMBER: true,
  PARTY_TWICE: true,
  ROLE_MISSING: true,
  ROLE_NOT_IN_FORM: true,
  OWNER_SHARE_NOT_OWNER: true,
  BUYER_VOLUME_NOT_BUYER: true,
  ANNUAL_COST_IN_PURCHASE: true,
  OWNER_SHARE_MISSING: true,
  BUYER_VOLUME_MISSING: true,
  VOLUME_MISSING: true,
  VOLUME_UNIT_MISSING: true,
  PRICE_MODEL_MISSING: true,
  PRICE_MISSING: true,
  INVALID_DATE: true,
  SELLERS_AND_BUYERS: true,
  HOSTS_AND_PARTICIPANTS: true,
  TOO_FEW_OWNERS: true,
  TOO_FEW_MEMBERS: true,
  OWNER_SHARE_SUM: true,
  BUYER_VOLUME_SUM: true,
  END_BEFORE_START: true,
};
const seen = new Set<string>();
const agreementTermsProblems: typeof rules = (...args) => {
  const problems = rules(...args);
  for (const problem of problems) seen.add(problem.code);
  return problems;
};

const MEMBERS = new Map([
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
]);

const party = (
  municipalityNumber: string,
  role: PartyUnderRules['role'],
  extra: Partial<PartyUnderRules> = {},
): PartyUnderRules => ({
  municipalityNumber,
  role,
  ownerShare: null,
  annualCost: null,
  buyerVolume: null,
  ...extra,
});

const NO_TERMS: TermsUnderRules = {
  volumeAmount: null,
  volumeUnit: null,
  priceModel: null,
  price: null,
  startDate: null,
  endDate: null,
  assessment: { assessedOn: null },
  parties: [],
};

const PURCHASE: TermsUnderRules = {
  ...NO_TERMS,
  volumeAmount: '1200',
  volumeUnit: 'HOURS',
  priceModel: 'HOURLY',
  price: '1150',
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  assessment: { assessedOn: '2025-11-14' },
  parties: [party('3303', 'SELLER'), party('3334', 'BUYER'), party('3336', 'BUYER')],
};

const owners = (...shares: (string | null)[]): TermsUnderRules => ({
  ...NO_TERMS,
  startDate: '2010-01-01',
  parties: shares.map((ownerShare, i) => party(['3303', '3334', '3336'][i], 'OWNER', { ownerShare })),
});

describe('agreement terms rules', () => {
  it('finds nothing wrong with terms that fit their form', () => {
    expect(agreementTermsProblems('SERVICE_PURCHASE', PURCHASE, MEMBERS)).toEqual([]);
    expect(
      agreementTermsProblems('INTERMUNICIPAL_COMPANY', owners('66.666667', '33.333333'), MEMBERS),
    ).toEqual([]);
    expect(
      agreementTermsProblems(
        'HOST_MUNICIPALITY_ADMINISTRATIVE',
        {
          ...NO_TERMS,
          parties: [party('3303', 'HOST'), party('3334', 'PARTICIPANT', { annualCost: '2450000.5' })],
        },
        MEMBERS,
      ),
    ).toEqual([]);
    expect(
      agreementTermsProblems(
        'POLITICAL_COUNCIL',
        { ...NO_TERMS, parties: [party('3303', 'MEMBER'), party('3334', 'MEMBER')] },
        MEMBERS,
      ),
    ).toEqual([]);
  });

  it('names each party problem with the party and its place in the list', () => {
    const terms: TermsUnderRules = {
      ...PURCHASE,
      parties: [
        party('', 'SELLER'),
        party('4005', 'BUYER', { buyerVolume: '700' }),
        party('3334', null, { ownerShare: '10' }),
        party('3334', 'HOST'),
        party('3336', 'BUYER', { ownerShare: '10', annualCost: '5' }),
        party('3303', 'SELLER', { buyerVolume: '5' }),
      ],
    };
    expect(agreementTermsProblems('SERVICE_PURCHASE', terms, MEMBERS)).toEqual([
      { code: 'MUNICIPALITY_MISSING', party: '', index: 0 },
      { code: 'NOT_A_MEMBER', party: '4005', index: 1 },
      // No role: the role-dependent checks wait until one is chosen.
      { code: 'ROLE_MISSING', party: '3334', index: 2 },
      { code: 'PARTY_TWICE', party: '3334', index: 3 },
      { code: 'ROLE_NOT_IN_FORM', party: '3334', index: 3, role: 'HOST' },
      { code: 'OWNER_SHARE_NOT_OWNER', party: '3336', index: 4 },
      { code: 'ANNUAL_COST_IN_PURCHASE', party: '3336', index: 4 },
      { code: 'BUYER_VOLUME_NOT_BUYER', party: '3303', index: 5 },
      { code: 'SELLERS_AND_BUYERS', sellers: 2, buyers: 2 },
      { code: 'BUYER_VOLUME_MISSING', party: '3336', index: 4 },
    ]);
  });

  it('checks membership only when the members are given', () => {
    const terms = { ...PURCHASE, parties: [party('3303', 'SELLER'), party('4005', 'BUYER')] };
    expect(agreementTermsProblems('SERVICE_PURCHASE', terms)).toEqual([]);
    expect(agreementTermsProblems('SERVICE_PURCHASE', terms, MEMBERS)).toEqual([
      { code: 'NOT_A_MEMBER', party: '4005', index: 1 },
    ]);
  });

  it('refuses dates that do not exist, and an end before the start', () => {
    expect(
      agreementTermsProblems(
        'SERVICE_PURCHASE',
        {
          ...PURCHASE,
          startDate: '2026-02-30',
          endDate: '2027-02-29',
          assessment: { assessedOn: '14.11.2025' },
        },
        MEMBERS,
      ),
    ).toEqual([
      { code: 'INVALID_DATE', field: 'startDate', value: '2026-02-30' },
      { code: 'INVALID_DATE', field: 'endDate', value: '2027-02-29' },
      { code: 'INVALID_DATE', field: 'assessedOn', value: '14.11.2025' },
    ]);
    expect(
      agreementTermsProblems('SERVICE_PURCHASE', { ...PURCHASE, endDate: '2025-12-31' }, MEMBERS),
    ).toEqual([{ code: 'END_BEFORE_START', startDate: '2026-01-01', endDate: '2025-12-31' }]);
    expect(
      agreementTermsProblems('SERVICE_PURCHASE', { ...PURCHASE, endDate: '2026-01-01' }, MEMBERS),
    ).toEqual([]);
  });

  it('wants one seller, at least one buyer, a volume with its unit, a price model and a price', () => {
    const terms: TermsUnderRules = { ...NO_TERMS, parties: [party('3303', 'SELLER')] };
    expect(agreementTermsProblems('SERVICE_PURCHASE', terms, MEMBERS)).toEqual([
      { code: 'SELLERS_AND_BUYERS', sellers: 1, buyers: 0 },
      { code: 'VOLUME_MISSING' },
      { code: 'VOLUME_UNIT_MISSING' },
      { code: 'PRICE_MODEL_MISSING' },
      { code: 'PRICE_MISSING' },
    ]);
  });

  it("wants the buyers' volumes for all buyers or none, adding up exactly to the agreement's volume", () => {
    const withVolumes = (a: string | null, b: string | null) => ({
      ...PURCHASE,
      parties: [
        party('3303', 'SELLER'),
        party('3334', 'BUYER', { buyerVolume: a }),
        party('3336', 'BUYER', { buyerVolume: b }),
      ],
    });
    expect(agreementTermsProblems('SERVICE_PURCHASE', withVolumes('700', '500.00'), MEMBERS)).toEqual([]);
    expect(agreementTermsProblems('SERVICE_PURCHASE', withVolumes('700', null), MEMBERS)).toEqual([
      { code: 'BUYER_VOLUME_MISSING', party: '3336', index: 2 },
    ]);
    expect(agreementTermsProblems('SERVICE_PURCHASE', withVolumes('700', '400'), MEMBERS)).toEqual([
      { code: 'BUYER_VOLUME_SUM', sum: '1100', total: '1200' },
    ]);
    // Without the agreement's volume there is nothing to add up to (its absence is the problem).
    expect(
      agreementTermsProblems(
        'SERVICE_PURCHASE',
        { ...withVolumes('700', '400'), volumeAmount: null },
        MEMBERS,
      ),
    ).toEqual([{ code: 'VOLUME_MISSING' }]);
  });

  it('wants exactly one host and at least one participant in a host-municipality collaboration', () => {
    const terms = { ...NO_TERMS, parties: [party('3303', 'HOST'), party('3334', 'HOST')] };
    expect(agreementTermsProblems('HOST_MUNICIPALITY_JOINT_COMMITTEE', terms, MEMBERS)).toEqual([
      { code: 'HOSTS_AND_PARTICIPANTS', hosts: 2, participants: 0 },
    ]);
  });

  it('wants two owners or more, each with a share, the shares adding up to exactly 100', () => {
    expect(agreementTermsProblems('MUNICIPAL_JOINT_TASK', owners('60', '39.5'), MEMBERS)).toEqual([
      { code: 'OWNER_SHARE_SUM', sum: '99.5' },
    ]);
    expect(agreementTermsProblems('INTERMUNICIPAL_COMPANY', owners('100'), MEMBERS)).toEqual([
      { code: 'TOO_FEW_OWNERS' },
    ]);
    expect(agreementTermsProblems('INTERMUNICIPAL_COMPANY', owners('60'), MEMBERS)).toEqual([
      { code: 'TOO_FEW_OWNERS' },
      { code: 'OWNER_SHARE_SUM', sum: '60' },
    ]);
    expect(agreementTermsProblems('INTERMUNICIPAL_COMPANY', owners(), MEMBERS)).toEqual([
      { code: 'TOO_FEW_OWNERS' },
    ]);
    // A missing share: the sum waits until every share is there.
    expect(agreementTermsProblems('INTERMUNICIPAL_COMPANY', owners('60', null, null), MEMBERS)).toEqual([
      { code: 'OWNER_SHARE_MISSING', party: '3334', index: 1 },
      { code: 'OWNER_SHARE_MISSING', party: '3336', index: 2 },
    ]);
  });

  it('wants at least two members of a political council', () => {
    const terms = { ...NO_TERMS, parties: [party('3303', 'MEMBER')] };
    expect(agreementTermsProblems('POLITICAL_COUNCIL', terms, MEMBERS)).toEqual([
      { code: 'TOO_FEW_MEMBERS' },
    ]);
  });

  afterAll(() => {
    expect([...seen].sort()).toEqual(Object.keys(EVERY_CODE).sort());
  });
});
