import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import { apiError, buttonNamed, tableRows, textsAt, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { MUNICIPALITY_NAMES, T7_ID, USERS } from '../../../testing/portfolio-fixtures';
import { MeasureParticipantsComponent } from './measure-participants.component';

describe('MeasureParticipantsComponent', () => {
  let tab: MeasureTab<MeasureParticipantsComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(user: SignedInUser): Promise<void> {
    tab = await renderMeasureTab(MeasureParticipantsComponent, {
      user,
      inputs: { municipalityNames: MUNICIPALITY_NAMES },
    });
    ({ controller, element } = tab);
  }

  afterEach(() => verifyAndReset(controller));

  const settle = () => tab.settle();
  const buttons = () => textsAt(element, 'tbody button');

  async function optOut(reason: string): Promise<void> {
    typeInto(element.querySelector('#participation-reason') as HTMLTextAreaElement, reason);
    element.querySelector('#participation-optout form')?.dispatchEvent(new Event('submit'));
    await settle();
  }

  function row(name: string): HTMLTableRowElement {
    const found = Array.from(element.querySelectorAll('tbody tr')).find(
      (tr) => tr.querySelector('th')?.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No row ${name}`);
    return found as HTMLTableRowElement;
  }

  it('lists every municipality by name with its participation in words and the reason for an opt-out', async () => {
    await render(USERS.viewer);
    const rows = tableRows(element).map((cells) => cells.slice(0, 3));
    expect(rows[0]).toEqual(['Flesberg', 'Deltar', '']);
    expect(rows).toContainEqual([
      'Kongsberg',
      'Deltar ikke',
      'Kongsberg har egen byggesaksavdeling med nok kapasitet.',
    ]);
    expect(element.textContent).toContain('6 av 7 kommuner deltar.');
    expect(element.querySelector('thead')?.textContent).not.toContain('Endre');
    expect(buttons()).toEqual([]);
  });

  it('gives a director a control for their own municipality only, and explains it', async () => {
    await render(USERS.directorFlesberg);
    expect(buttons()).toEqual(['Meld kommunen ut (Flesberg)']);
    expect(row('Kongsberg').querySelector('button')).toBeNull();
    expect(element.textContent).toContain(
      'Som kommunedirektør kan du melde Flesberg inn i eller ut av tiltaket.',
    );
  });

  it('gives the secretariat a control for every municipality', async () => {
    await render(USERS.secretariat);
    expect(buttons()).toHaveLength(7);
    expect(buttons()).toContain('Meld kommunen inn (Kongsberg)');
    expect(buttons()).toContain('Meld kommunen ut (Tinn)');
  });

  it('requires a reason to opt out: without one nothing is sent and the field says what is missing', async () => {
    await render(USERS.directorFlesberg);
    const open = row('Flesberg').querySelector('button') as HTMLButtonElement;
    open.click();
    await settle();
    expect(open.getAttribute('aria-haspopup')).toBe('dialog');
    const dialog = element.querySelector('#participation-optout dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    const reason = element.querySelector('#participation-reason') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Meld Flesberg ut av T7');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent?.trim()).toBe(
      'Meld Flesberg ut av T7',
    );

    await optOut('   ');
    controller.expectNone('SetParticipation');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toBe(
      'participation-reason-hint participation-reason-error',
    );
    expect(element.querySelector('#participation-reason-error')?.textContent?.trim()).toBe(
      'Skriv en begrunnelse for hvorfor kommunen ikke skal delta.',
    );
    expect(dialog.open).toBe(true);
  });

  it('cancels the opt-out from the dialog and gives the focus back to its button', async () => {
    await render(USERS.directorFlesberg);
    const open = row('Flesberg').querySelector('button') as HTMLButtonElement;
    open.focus();
    open.click();
    await settle();
    const dialog = element.querySelector('#participation-optout dialog') as HTMLDialogElement;
    buttonNamed(dialog, 'Avbryt').click();
    await settle();
    expect(dialog.open).toBe(false);
    expect(element.querySelector('#participation-reason')).toBeNull();
    expect(document.activeElement).toBe(open);
    controller.expectNone('SetParticipation');
  });

  it('opts out with the reason, shows the outcome and reloads the measure for its history', async () => {
    await render(USERS.directorFlesberg);
    (row('Flesberg').querySelector('button') as HTMLButtonElement).click();
    await settle();
    await optOut('Egen avtale til 2027.');

    const op = controller.expectOne('SetParticipation');
    expect(op.operation.variables).toEqual({
      input: {
        measureId: T7_ID,
        municipalityNumber: '3334',
        state: 'OPTED_OUT',
        reason: 'Egen avtale til 2027.',
      },
    });
    op.flushData({
      setParticipation: {
        __typename: 'Participation',
        measureId: T7_ID,
        municipalityNumber: '3334',
        state: 'OPTED_OUT',
        reason: 'Egen avtale til 2027.',
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
    });
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Flesberg deltar ikke lenger i T7.',
    );
    expect(document.activeElement?.id).toBe('participation-feedback');
    expect(element.querySelector('#participation-optout form')).toBeNull();
    expect((element.querySelector('#participation-optout dialog') as HTMLDialogElement).open).toBe(false);
    expect(tab.reload).toHaveBeenCalledTimes(1);
  });

  it("opts in at once, and shows the server's refusal if it comes", async () => {
    await render(USERS.secretariat);
    (row('Kongsberg').querySelector('button') as HTMLButtonElement).click();
    await settle();
    const op = controller.expectOne('SetParticipation');
    expect(op.operation.variables['input']).toEqual({
      measureId: T7_ID,
      municipalityNumber: '3303',
      state: 'PARTICIPATING',
      reason: null,
    });
    op.graphqlErrors([
      apiError(
        'FORBIDDEN',
        'Bare kommunedirektøren i kommunen, eller sekretariatet, kan endre kommunens deltakelse.',
      ),
    ]);
    await settle();
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Bare kommunedirektøren i kommunen, eller sekretariatet, kan endre kommunens deltakelse.',
    );
    expect(tab.reload).not.toHaveBeenCalled();
  });
});
