import { describe, expect, it } from '@jest/globals';

import {
  type AgreementDraft,
  emptyDraft,
  ownerShareTotal,
  termsInput,
  validateDraft,
  withLegalForm,
} from './agreement-draft';

const NAMES = new Map([
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
]);
const OPTIONS = { measureRequired: false, names: NAMES, readyForApproval: false };

function servicePurchase(extra: Partial<AgreementDraft> = {}): AgreementDraft {
  const draft = emptyDraft('SERVICE_PURCHASE');
  const [seller, buyer] = draft.parties;
  return {
    ...draft,
    title: 'Kjøp av byggesaksbehandling',
    volumeAmount: '1 200',
    volumeUnit: 'HOURS',
    priceModel: 'HOURLY',
    price: '1 150,50',
    parties: [
      { ...seller, municipalityNumber: '3303' },
      { ...buyer, municipalityNumber: '3334' },
    ],
    ...extra,
  };
}

function owners(shares: string[]): AgreementDraft {
  const draft = emptyDraft('INTERMUNICIPAL_COMPANY');
  const parties = shares.map((share, i) => ({
    ...draft.parties[0],
    key: `k${i}`,
    municipalityNumber: ['3303', '3334', '3336'][i],
    ownerShare: share,
  }));
  return { ...draft, title: 'IKS', startDate: '2020-01-01', parties };
}

describe('agreement draft', () => {
  it('starts a new agreement with the roles the form has', () => {
    expect(emptyDraft('SERVICE_PURCHASE').parties.map((p) => p.role)).toEqual(['SELLER', 'BUYER']);
    expect(emptyDraft('HOST_MUNICIPALITY_ADMINISTRATIVE').parties.map((p) => p.role)).toEqual([
      'HOST',
      'PARTICIPANT',
    ]);
    expect(emptyDraft('INTERMUNICIPAL_COMPANY').parties.map((p) => p.role)).toEqual(['OWNER', 'OWNER']);
  });

  it('keeps the municipalities when the form changes, moving roles the new form lacks to its first role', () => {
    const draft = servicePurchase();
    const iks = withLegalForm(draft, 'INTERMUNICIPAL_COMPANY');
    expect(iks.parties.map((p) => [p.municipalityNumber, p.role])).toEqual([
      ['3303', 'OWNER'],
      ['3334', 'OWNER'],
    ]);
  });

  it('accepts a complete service purchase and sends decimal strings, dates and parties', () => {
    const draft = servicePurchase({ startDate: '2026-01-01', endDate: '2028-12-31', noticeMonths: '6' });
    expect(validateDraft(draft, OPTIONS)).toEqual({});
    const terms = termsInput(draft);
    expect(terms).toMatchObject({
      volumeAmount: '1200',
      price: '1150.50',
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      noticeMonths: 6,
      parties: [
        { municipalityNumber: '3303', role: 'SELLER', ownerShare: null, annualCost: null, buyerVolume: null },
        { municipalityNumber: '3334', role: 'BUYER', ownerShare: null, annualCost: null, buyerVolume: null },
      ],
    });
  });

  it('mirrors the API: no seller, end before start, a party twice', () => {
    const draft = servicePurchase({ startDate: '2026-05-01', endDate: '2026-04-30' });
    const noSeller = {
      ...draft,
      parties: draft.parties.map((p) => ({ ...p, role: 'BUYER' as const, municipalityNumber: '3334' })),
    };
    expect(validateDraft(noSeller, OPTIONS)).toEqual({
      parties: { key: 'agreements.editor.error.sellerBuyer', params: { sellers: 0, buyers: 2 } },
      'parties.1.municipalityNumber': {
        key: 'agreements.editor.error.partyTwice',
        params: { name: 'Flesberg' },
      },
      endDate: { key: 'agreements.editor.error.endBeforeStart' },
    });
  });

  it('sums the owner shares exactly and wants exactly 100', () => {
    expect(ownerShareTotal(owners(['33,333333', '33,333333', '33,333334']))).toEqual({
      sum: '100',
      complete: true,
    });
    expect(validateDraft(owners(['33,333333', '33,333333', '33,333334']), OPTIONS)).toEqual({});
    expect(validateDraft(owners(['60', '27,5']), OPTIONS)).toEqual({
      ownerShareSum: { key: 'agreements.editor.error.shareSum', params: { sum: '87,5' } },
    });
    expect(ownerShareTotal(owners(['60', '']))).toEqual({ sum: '60', complete: false });
  });

  it('wants buyer volumes for every buyer or none, adding up to the volume', () => {
    const draft = servicePurchase();
    const buyer = { ...draft.parties[1], key: 'b2', municipalityNumber: '3336' };
    const withVolumes = (a: string, b: string) => ({
      ...draft,
      parties: [draft.parties[0], { ...draft.parties[1], buyerVolume: a }, { ...buyer, buyerVolume: b }],
    });
    expect(validateDraft(withVolumes('700', ''), OPTIONS)).toEqual({
      'parties.2.buyerVolume': { key: 'agreements.editor.error.buyerVolumeAll' },
    });
    expect(validateDraft(withVolumes('700', '400'), OPTIONS)).toEqual({
      buyerVolumeSum: {
        key: 'agreements.editor.error.buyerVolumeSum',
        params: { sum: '1\u00a0100', total: '1\u00a0200' },
      },
    });
    expect(termsInput(withVolumes('700', '500')).parties?.map((p) => p.buyerVolume)).toEqual([
      null,
      '700',
      '500',
    ]);
  });

  it('needs a start date for a statutory form, and a complete § 3-3 assessment for a new version of a purchase', () => {
    expect(validateDraft({ ...owners(['50', '50']), startDate: '' }, OPTIONS)).toEqual({
      startDate: { key: 'agreements.editor.error.startRequired' },
    });
    const errors = validateDraft(servicePurchase(), { ...OPTIONS, readyForApproval: true });
    expect(Object.keys(errors)).toEqual([
      'assessment.commonPublicGoals',
      'assessment.publicInterestOnly',
      'assessment.marketShareUnder20',
      'assessment.assessedBy',
      'assessment.assessedOn',
      'assessment.conclusion',
      'serviceDescription',
      'startDate',
      'endDate',
      'noticeMonths',
    ]);
  });

  it("shows every problem of the shared terms rules at its field, in the dictionary's words", () => {
    const draft = servicePurchase({ volumeAmount: '', volumeUnit: '', priceModel: '', price: '' });
    const [seller, buyer] = draft.parties;
    expect(
      validateDraft(
        {
          ...draft,
          startDate: '2026-02-30',
          parties: [
            { ...seller, municipalityNumber: '' },
            { ...buyer, role: '' },
            { ...buyer, key: 'b2', role: 'HOST', municipalityNumber: '3336' },
          ],
        },
        OPTIONS,
      ),
    ).toEqual({
      'parties.0.municipalityNumber': { key: 'agreements.editor.error.partyMunicipality' },
      'parties.1.role': { key: 'agreements.editor.error.partyRole' },
      'parties.2.role': { key: 'agreements.editor.error.partyRole' },
      startDate: { key: 'agreements.editor.error.date' },
      parties: { key: 'agreements.editor.error.sellerBuyer', params: { sellers: 1, buyers: 0 } },
      volumeAmount: { key: 'agreements.editor.error.volumeRequired' },
      volumeUnit: { key: 'agreements.editor.error.volumeUnit' },
      priceModel: { key: 'agreements.editor.error.priceModel' },
      price: { key: 'agreements.editor.error.priceRequired' },
    });
    const host = emptyDraft('HOST_MUNICIPALITY_JOINT_COMMITTEE');
    expect(
      validateDraft(
        {
          ...host,
          title: 'Barnevern',
          startDate: '2020-01-01',
          parties: host.parties.map((party, i) => ({
            ...party,
            role: 'HOST',
            municipalityNumber: ['3303', '3334'][i],
          })),
        },
        OPTIONS,
      ),
    ).toEqual({
      parties: { key: 'agreements.editor.error.hostParticipant', params: { hosts: 2, participants: 0 } },
    });
    const council = emptyDraft('POLITICAL_COUNCIL');
    expect(
      validateDraft(
        {
          ...council,
          title: 'Rådet',
          startDate: '2020-01-01',
          parties: [{ ...council.parties[0], municipalityNumber: '3303' }],
        },
        OPTIONS,
      ),
    ).toEqual({ parties: { key: 'agreements.editor.error.twoMembers' } });
    expect(validateDraft(owners(['100']), OPTIONS)).toEqual({
      parties: { key: 'agreements.editor.error.twoOwners' },
    });
  });

  it('says what was typed wrong before what is missing, on the same field', () => {
    expect(validateDraft(servicePurchase({ price: '12 50', volumeAmount: 'mye' }), OPTIONS)).toEqual({
      price: { key: 'agreements.editor.error.amount' },
      volumeAmount: { key: 'agreements.editor.error.volume' },
    });
    expect(validateDraft(owners(['60', 'førti']), OPTIONS)).toEqual({
      'parties.1.ownerShare': { key: 'agreements.editor.error.share' },
    });
    expect(validateDraft(owners(['60', '']), OPTIONS)).toEqual({
      'parties.1.ownerShare': { key: 'agreements.editor.error.shareRequired' },
    });
  });

  it('leaves price, volume and assessment out of a statutory form', () => {
    const terms = termsInput({ ...owners(['50', '50']), price: '100' });
    expect(terms).not.toHaveProperty('price');
    expect(terms).not.toHaveProperty('assessment');
    expect(terms.parties?.map((p) => p.ownerShare)).toEqual(['50', '50']);
  });
});
