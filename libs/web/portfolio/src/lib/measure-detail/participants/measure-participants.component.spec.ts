import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import {
  measureDetail,
  MUNICIPALITY_NAMES,
  provideUser,
  T7_ID,
  USERS,
} from '../../../testing/portfolio-fixtures';
import { MeasureDetailContext } from '../measure-detail-context';
import { MeasureParticipantsComponent } from './measure-participants.component';

describe('MeasureParticipantsComponent', () => {
  let fixture: ComponentFixture<MeasureParticipantsComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const reload = jest.fn<() => Promise<void>>();

  async function render(user: SignedInUser): Promise<void> {
    localStorage.clear();
    reload.mockReset();
    reload.mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, MeasureParticipantsComponent],
      providers: [
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        { provide: MeasureDetailContext, useValue: { reload } },
        provideUser(user).provider,
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(MeasureParticipantsComponent);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('measure', measureDetail());
    fixture.componentRef.setInput('municipalityNames', MUNICIPALITY_NAMES);
    await fixture.whenStable();
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function row(name: string): HTMLTableRowElement {
    const found = Array.from(element.querySelectorAll('tbody tr')).find(
      (tr) => tr.querySelector('th')?.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No row ${name}`);
    return found as HTMLTableRowElement;
  }

  function buttons(): string[] {
    return Array.from(element.querySelectorAll('tbody button')).map(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }

  it('lists every municipality by name with its participation in words and the reason for an opt-out', async () => {
    await render(USERS.viewer);
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td'))
        .slice(0, 3)
        .map((cell) => cell.textContent?.trim()),
    );
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

    reason.value = '   ';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('#participation-optout form')?.dispatchEvent(new Event('submit'));
    await settle();
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
    const cancel = Array.from(dialog.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Avbryt',
    );
    cancel?.click();
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
    const reason = element.querySelector('#participation-reason') as HTMLTextAreaElement;
    reason.value = 'Egen avtale til 2027.';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('#participation-optout form')?.dispatchEvent(new Event('submit'));
    await settle();

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
    expect(reload).toHaveBeenCalledTimes(1);
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
      {
        message: 'Bare kommunedirektøren i kommunen, eller sekretariatet, kan endre kommunens deltakelse.',
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    await settle();
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Bare kommunedirektøren i kommunen, eller sekretariatet, kan endre kommunens deltakelse.',
    );
    expect(reload).not.toHaveBeenCalled();
  });
});
