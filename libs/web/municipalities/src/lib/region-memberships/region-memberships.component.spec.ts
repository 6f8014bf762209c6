import { afterEach, describe, expect, it } from '@jest/globals';
import {
  answeringConfirm,
  buttonNamed,
  DEMO_USERS,
  type Rendered,
  renderWithApollo,
  submitForm,
  tableRows,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';

import { ConfirmService } from '@samarbeid/web/ui';

import { RegionMembershipsComponent, validateJoin } from './region-memberships.component';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

function memberships() {
  const row = (id: string, number: string, name: string, validFrom: string, validTo: string | null) => ({
    __typename: 'RegionMembership',
    id,
    municipalityNumber: number,
    municipalityName: name,
    validFrom,
    validTo,
  });
  return {
    region: {
      __typename: 'Region',
      id: 'region-1',
      memberships: [
        row('m-1', '3303', 'Kongsberg', '2020-01-01', null),
        row('m-2', '3301', 'Drammen', '2020-01-01', '2024-01-01'),
      ],
    },
  };
}

describe('RegionMembershipsComponent', () => {
  let rendered: Rendered<RegionMembershipsComponent>;
  let asked: string[];

  async function render(): Promise<HTMLElement> {
    const confirm = answeringConfirm(ConfirmService);
    asked = confirm.asked;
    rendered = await renderWithApollo(RegionMembershipsComponent, {
      user: DEMO_USERS.secretariat,
      inputs: { regionSlug: 'kongsbergregionen' },
      providers: [confirm.provider],
    });
    rendered.controller.expectOne('RegionMemberships').flushData(memberships());
    await rendered.settle(2);
    return rendered.element;
  }

  afterEach(() => verifyAndReset(rendered?.controller));

  it('lists the memberships with their dates and records a leaving municipality after asking', async () => {
    const element = await render();
    expect(tableRows(element)).toEqual([
      ['Kongsberg (3303)', '1. januar 2020', 'Er med', 'Meld ut'],
      ['Drammen (3301)', '1. januar 2020', '1. januar 2024', ''],
    ]);
    const leave = element.querySelector('#leave-region-m-1') as HTMLButtonElement;
    expect(leave.getAttribute('aria-label')).toBe('Meld ut Kongsberg');
    leave.click();
    await rendered.settle(2);
    expect(asked).toEqual(['Melde Kongsberg ut av regionen?']);
    const op = rendered.controller.expectOne('LeaveRegion');
    expect(op.operation.variables).toEqual({ input: { membershipId: 'm-1', validTo: today() } });
    op.flushData({ leaveRegion: { __typename: 'RegionMembership', id: 'm-1', validTo: today() } });
    await rendered.settle(2);
    rendered.controller.match('RegionMemberships').forEach((refetch) => refetch.flushData(memberships()));
    await rendered.settle(2);
    expect(element.textContent).toContain('Kommunen er meldt ut.');
  });

  it('records a municipality joining from a day', async () => {
    const element = await render();
    buttonNamed(element, 'Meld inn en kommune').click();
    await rendered.settle();
    expect(document.activeElement?.id).toBe('join-region-municipalityNumber');
    typeInto(element.querySelector('#join-region-municipalityNumber') as HTMLInputElement, '3301');
    typeInto(element.querySelector('#join-region-validFrom') as HTMLInputElement, '2027-01-01');
    submitForm(element, 'form');
    await rendered.settle();
    const op = rendered.controller.expectOne('JoinRegion');
    expect(op.operation.variables).toEqual({
      input: { regionSlug: 'kongsbergregionen', municipalityNumber: '3301', validFrom: '2027-01-01' },
    });
    op.flushData({ joinRegion: { __typename: 'RegionMembership', id: 'm-3' } });
    await rendered.settle(2);
    rendered.controller.match('RegionMemberships').forEach((refetch) => refetch.flushData(memberships()));
    await rendered.settle(2);
    expect(element.textContent).toContain('Kommunen er meldt inn.');
  });

  it('checks the number and the date before sending', () => {
    expect(validateJoin({ municipalityNumber: '33', validFrom: '' })).toEqual({
      municipalityNumber: 'regionMemberships.error.number',
      validFrom: 'regionMemberships.error.date',
    });
    expect(validateJoin({ municipalityNumber: ' 3301 ', validFrom: '2027-01-01' })).toEqual({});
  });
});
