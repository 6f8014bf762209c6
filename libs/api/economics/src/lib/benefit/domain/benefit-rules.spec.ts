import { describe, expect, it } from '@jest/globals';
import { Role } from '@samarbeid/shared/domain';

import { aMeasure, aUser, refusalOf } from '../../testing/economics-fakes';
import { checkedBenefitFields } from './benefit-fields';
import { planToSave } from './benefit-plan-values';
import { needsNetworkRepresentation, recordableMunicipalities } from './recordable';

const refusal = async (check: () => void) => refusalOf(Promise.resolve().then(check));
const T5 = aMeasure({ participating: ['3303', '3334', '3336'] });
const FIELDS = { title: 'Færre reiser', type: 'EFFICIENCY', unitKind: 'NOK', owner: 'Økonomisjef' } as const;

describe('checkedBenefitFields', () => {
  it('trims the texts and keeps a cost per FTE only for an FTE benefit', () => {
    expect(
      checkedBenefitFields({
        ...FIELDS,
        title: ' Færre reiser ',
        indicator: '  ',
        fteCostNok: '780000',
        change: ' Ny rutine ',
      }),
    ).toEqual({
      title: 'Færre reiser',
      type: 'EFFICIENCY',
      unitKind: 'NOK',
      fteCostNok: null,
      indicator: null,
      unit: null,
      baselineValue: null,
      baselineDate: null,
      owner: 'Økonomisjef',
      change: 'Ny rutine',
      goalId: null,
    });
    expect(checkedBenefitFields({ ...FIELDS, unitKind: 'FTE', fteCostNok: '780000' }).fteCostNok).toBe(
      '780000',
    );
  });

  it('refuses an FTE benefit without a cost per FTE, a qualitative one without a unit, and a blank name or owner', async () => {
    expect(
      (await refusal(() => checkedBenefitFields({ ...FIELDS, unitKind: 'FTE', fteCostNok: '0.0' }))).message,
    ).toBe('En gevinst i årsverk trenger kostnaden per årsverk (f.eks. 780000).');
    expect(
      (await refusal(() => checkedBenefitFields({ ...FIELDS, unitKind: 'QUALITATIVE', unit: ' ' }))).message,
    ).toBe('En kvalitativ gevinst trenger en enhet for indikatoren (f.eks. «dager» eller «%»).');
    expect((await refusal(() => checkedBenefitFields({ ...FIELDS, owner: '' }))).message).toBe(
      'Gevinsten trenger et navn og en gevinsteier.',
    );
  });
});

describe('planToSave', () => {
  it('stores region-wide values with a null municipality, and keeps the scope of an empty plan', () => {
    expect(planToSave(T5, [{ year: 2026, planned: '1000' }], true)).toEqual({
      values: [{ year: 2026, municipalityNumber: null, planned: '1000' }],
      perMunicipality: false,
    });
    expect(planToSave(T5, [], true)).toEqual({ values: [], perMunicipality: true });
    expect(
      planToSave(T5, [{ year: 2027, municipalityNumber: '3334', planned: '5' }], false).perMunicipality,
    ).toBe(true);
  });

  it('refuses a value twice, a municipality not taking part, and region and municipality mixed', async () => {
    expect(
      (
        await refusal(() =>
          planToSave(
            T5,
            [
              { year: 2026, municipalityNumber: '3334', planned: '1' },
              { year: 2026, municipalityNumber: '3334', planned: '2' },
            ],
            false,
          ),
        )
      ).message,
    ).toBe('Planlagt verdi for 2026 i 3334 står to ganger.');
    expect(
      (await refusal(() => planToSave(T5, [{ year: 2026, municipalityNumber: '4026', planned: '1' }], false)))
        .message,
    ).toBe('Tinn (4026) deltar ikke i tiltak T5.');
    expect(
      (
        await refusal(() =>
          planToSave(
            T5,
            [
              { year: 2026, planned: '1' },
              { year: 2027, municipalityNumber: '3334', planned: '1' },
            ],
            false,
          ),
        )
      ).message,
    ).toBe('En gevinst planlegges enten for hele regionen eller per kommune, ikke begge deler.');
  });
});

describe('recordableMunicipalities', () => {
  const ALL = ['3303', '3334', '3336', '3338', '4005', '4024', '4026'];

  it('the secretariat records for every participant (or, asked, every member)', () => {
    const secretariat = aUser([Role.Secretariat]);
    expect(needsNetworkRepresentation(secretariat)).toBe(false);
    expect(recordableMunicipalities(secretariat, T5, [])).toEqual(['3303', '3334', '3336']);
    expect(recordableMunicipalities(secretariat, T5, [], false)).toEqual(ALL);
  });

  it('a director records for their own municipality while it takes part', () => {
    const tinn = aUser([Role.MunicipalDirector], { municipalityNumber: '4026' });
    const flesberg = aUser([Role.MunicipalDirector], { municipalityNumber: '3334' });
    expect(recordableMunicipalities(flesberg, T5, [])).toEqual(['3334']);
    expect(recordableMunicipalities(tinn, T5, [])).toEqual([]);
    expect(recordableMunicipalities(tinn, T5, [], false)).toEqual(['4026']);
  });

  it('a network member records for the municipalities they represent, a director with that role for both', () => {
    const member = aUser([Role.NetworkMember, Role.MunicipalDirector], { municipalityNumber: '3303' });
    expect(needsNetworkRepresentation(member)).toBe(true);
    expect(recordableMunicipalities(member, T5, ['3336', '4026'])).toEqual(['3303', '3336']);
    // The representation counts only with a network role.
    expect(recordableMunicipalities(aUser([Role.Viewer]), T5, ['3336'])).toEqual([]);
  });
});
