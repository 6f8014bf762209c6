import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import {
  answeringConfirm,
  buttonNamed,
  DEMO_USERS,
  findButton,
  type Rendered,
  renderWithApollo,
  tableRows,
  textAt,
  typeInto,
  submitForm,
  verifyAndReset,
} from '@samarbeid/web/testing';

import { ConfirmService } from '@samarbeid/web/ui';

import { networkAdminResult, TEKNISK_ID } from '../../testing/network-fixtures';
import { osloDate } from '@samarbeid/shared/domain';
import { NetworkAdminComponent } from './network-admin.component';

describe('NetworkAdminComponent', () => {
  let rendered: Rendered<NetworkAdminComponent>;
  let asked: string[];

  async function render(user: SignedInUser, overrides = {}): Promise<HTMLElement> {
    const confirm = answeringConfirm(ConfirmService);
    asked = confirm.asked;
    rendered = await renderWithApollo(NetworkAdminComponent, {
      user,
      inputs: { networkId: TEKNISK_ID },
      providers: [confirm.provider],
    });
    const op = rendered.controller.expectOne('NetworkAdmin');
    expect(op.operation.variables).toEqual({ id: TEKNISK_ID, regionSlug: 'kongsbergregionen' });
    op.flushData(networkAdminResult(overrides));
    await rendered.settle(3);
    return rendered.element;
  }

  afterEach(() => verifyAndReset(rendered?.controller));

  it('shows the mandate to everyone and the tools to the secretariat only', async () => {
    const element = await render(DEMO_USERS.leader);
    expect(element.textContent).toContain('Samordne de tekniske tjenestene.');
    expect(findButton(element, 'Endre nettverket')).toBeUndefined();
    expect(element.querySelector('table')).toBeNull();
  });

  it('lists every membership with its dates, and ends one that holds after asking', async () => {
    const element = await render(DEMO_USERS.secretariat);
    expect(textAt(element, '#network-tools-heading')).toBe('Sekretariatets verktøy');
    expect(tableRows(element)).toEqual([
      ['Tor Teknisk', 'Notodden', 'Leder', '1. januar 2025', 'Pågår', 'Avslutt medlemskapet'],
      ['Kari Nordby', 'Kongsberg', 'Medlem', '1. januar 2025', '1. juni 2025', ''],
    ]);
    const end = element.querySelector('#end-membership-member-tor') as HTMLButtonElement;
    expect(end.getAttribute('aria-label')).toBe('Avslutt medlemskapet til Tor Teknisk');
    end.click();
    await rendered.settle(2);
    expect(asked).toEqual(['Avslutte medlemskapet til Tor Teknisk?']);
    const op = rendered.controller.expectOne('EndNetworkMembership');
    expect(op.operation.variables).toEqual({ input: { memberId: 'member-tor', validTo: osloDate() } });
    op.flushData({
      endNetworkMembership: { __typename: 'NetworkMember', id: 'member-tor', validTo: osloDate() },
    });
    await rendered.settle(3);
    rendered.controller.match('NetworkAdmin').forEach((refetch) => refetch.flushData(networkAdminResult()));
    await rendered.settle(2);
    expect(element.textContent).toContain('Medlemskapet er avsluttet.');
  });

  it('adds a leader with a user: the user fills in name and municipality', async () => {
    const element = await render(DEMO_USERS.secretariat);
    buttonNamed(element, 'Legg til medlem').click();
    await rendered.settle();
    expect(document.activeElement?.id).toBe('add-member-userId');
    submitForm(element, 'form');
    await rendered.settle();
    expect(
      Array.from(element.querySelectorAll('#add-member-errors li')).map((li) => li.textContent?.trim()),
    ).toEqual(['Navn: Skriv navnet.', 'Rolle: Velg rolle.']);
    rendered.controller.expectNone('AddNetworkMember');

    typeInto(element.querySelector('#add-member-userId') as HTMLSelectElement, 'user-marte');
    typeInto(element.querySelector('#add-member-role') as HTMLSelectElement, 'LEADER');
    await rendered.settle();
    expect((element.querySelector('#add-member-personName') as HTMLInputElement).value).toBe('Marte Moen');
    submitForm(element, 'form');
    await rendered.settle();
    const op = rendered.controller.expectOne('AddNetworkMember');
    expect(op.operation.variables).toEqual({
      input: {
        networkId: TEKNISK_ID,
        userId: 'user-marte',
        personName: 'Marte Moen',
        email: null,
        municipalityNumber: '4026',
        role: 'LEADER',
        validFrom: osloDate(),
      },
    });
    op.flushData({ addNetworkMember: { __typename: 'NetworkMember', id: 'member-marte' } });
    await rendered.settle(3);
    rendered.controller.match('NetworkAdmin').forEach((refetch) => refetch.flushData(networkAdminResult()));
    await rendered.settle(2);
    expect(element.textContent).toContain('Medlemmet er lagt til.');
  });

  it('closes the network after asking', async () => {
    const element = await render(DEMO_USERS.secretariat);
    buttonNamed(element, 'Avslutt nettverket').click();
    await rendered.settle(2);
    expect(asked).toEqual(['Avslutte «Teknisk nettverk»?']);
    const op = rendered.controller.expectOne('CloseNetwork');
    expect(op.operation.variables).toEqual({ input: { id: TEKNISK_ID, version: 3, closedOn: osloDate() } });
  });

  it('shows a closed network without tools to change it', async () => {
    const closed = await render(DEMO_USERS.secretariat, { closedOn: '2026-06-30' });
    expect(closed.textContent).toContain(
      'Nettverket ble avsluttet 30. juni 2026. Det kan ikke lenger endres.',
    );
    expect(findButton(closed, 'Endre nettverket')).toBeUndefined();
    expect(findButton(closed, 'Legg til medlem')).toBeUndefined();
    expect(findButton(closed, 'Avslutt medlemskapet')).toBeUndefined();
  });
});
