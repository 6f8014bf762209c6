import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ComponentFixture } from '@angular/core/testing';
import { apiError, buttonNamed, submitForm, textsAt, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { measureDetail, T7_ID } from '../../../testing/portfolio-fixtures';
import { MeasureOverviewComponent } from './measure-overview.component';

describe('MeasureOverviewComponent', () => {
  let tab: MeasureTab<MeasureOverviewComponent>;
  let fixture: ComponentFixture<MeasureOverviewComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    tab = await renderMeasureTab(MeasureOverviewComponent, { inputs: { canEdit: true } });
    ({ fixture, controller, element } = tab);
  });

  afterEach(() => verifyAndReset(controller));

  const settle = () => tab.settle();
  const button = (name: string) => buttonNamed(element, name);
  const type = (name: string, value: string) => typeInto(field(name), value);

  function field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return element.querySelector(`#measure-edit-${name}`) as T;
  }

  async function submit(): Promise<void> {
    submitForm(element);
    await settle();
  }

  /** Opens the form, changes one field and saves: the update the page sends. */
  async function saveChange(name: string, value: string) {
    button('Rediger tiltaket').click();
    await settle();
    type(name, value);
    await submit();
    return controller.expectOne('UpdateMeasure');
  }

  it('shows every field of the measure in words', () => {
    const terms = textsAt(element, 'dt');
    const values = textsAt(element, 'dd');
    expect(Object.fromEntries(terms.map((term, i) => [term, values[i]]))).toEqual({
      Kode: 'T7',
      Tittel: 'Byggesakstjenester',
      Beskrivelse: 'Standardisering og tjenestekjøp for avlastning.',
      Nettverk: 'Teknisk nettverk',
      Tjenesteområde: 'Teknisk',
      Samarbeidsform: 'Tjenestekjøp',
      Status: 'Under utredning',
      Mobiliseringskoeffisient: 'Gul (moderat prosess, sannsynlig gevinst)',
      'Politisk forankring': 'Ikke nødvendig',
      Startdato: 'Ikke satt',
      Sluttdato: 'Ikke satt',
      Fremdrift: 'Ikke satt',
    });
  });

  it('offers no edit button to someone who may not edit', async () => {
    fixture.componentRef.setInput('canEdit', false);
    await fixture.whenStable();
    expect(element.querySelector('button')).toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });

  it('saves only the changed fields with the version the user started from', async () => {
    button('Rediger tiltaket').click();
    await settle();
    expect(document.activeElement).toBe(field('title'));
    expect(field('title').value).toBe('Byggesakstjenester');
    expect(field<HTMLSelectElement>('tier').value).toBe('SERVICE_PURCHASE');
    expect(field('legalForm')).toBeNull();

    type('description', 'Felles byggesaksbehandling for alle sju kommunene.');
    type('progressPercent', '25');
    await submit();

    const op = controller.expectOne('UpdateMeasure');
    expect(op.operation.variables).toEqual({
      input: {
        id: T7_ID,
        version: 3,
        description: 'Felles byggesaksbehandling for alle sju kommunene.',
        progressPercent: 25,
      },
    });
    op.flushData({
      updateMeasure: {
        ...measureDetail({ description: 'Felles byggesaksbehandling for alle sju kommunene.', version: 4 }),
        progressPercent: 25,
      },
    });
    await settle();
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Endringene er lagret.');
  });

  it('asks for a legal form when the tier is statutory, and sends nothing while the form is wrong', async () => {
    button('Rediger tiltaket').click();
    await settle();
    type('title', '  ');
    type('tier', 'STATUTORY');
    await fixture.whenStable();
    expect(field('legalForm')).not.toBeNull();
    await submit();

    const summary = element.querySelector('#measure-edit-errors');
    expect(document.activeElement).toBe(summary);
    expect(Array.from(summary?.querySelectorAll('li') ?? []).map((li) => li.textContent?.trim())).toEqual([
      'Tittel: Skriv en tittel.',
      'Juridisk form: Velg juridisk form for et lovfestet samarbeid.',
    ]);
    expect(field('title').getAttribute('aria-invalid')).toBe('true');
    expect(field('title').getAttribute('aria-describedby')).toBe('measure-edit-title-error');
    expect(element.querySelector('#measure-edit-title-error')?.textContent?.trim()).toBe('Skriv en tittel.');
    expect(field('legalForm').getAttribute('aria-describedby')).toContain('measure-edit-legalForm-error');

    // Correcting a field removes its message at once.
    type('title', 'Byggesak');
    await fixture.whenStable();
    expect(field('title').getAttribute('aria-invalid')).toBeNull();
    controller.expectNone('UpdateMeasure');
  });

  it('on CONFLICT says someone else changed the measure and offers to reload, then saves on the new version', async () => {
    (await saveChange('description', 'Min endring.')).graphqlErrors([
      apiError(
        'CONFLICT',
        'Tiltaket er endret av noen andre siden du åpnet det. Last inn på nytt og gjør endringen igjen.',
        { messageEn: 'The measure was changed by someone else since you opened it.' },
      ),
    ]);
    await settle();

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.querySelector('h2')?.textContent?.trim()).toBe('Noen andre har endret tiltaket');
    expect(alert?.querySelector('p')?.textContent?.trim()).toBe(
      'Tiltaket er endret av noen andre siden du åpnet det. Last inn på nytt og gjør endringen igjen.',
    );
    expect(document.activeElement?.id).toBe('measure-edit-feedback');

    tab.reload.mockImplementation(async () => {
      fixture.componentRef.setInput(
        'measure',
        measureDetail({ version: 5, description: 'Endret av en annen.' }),
      );
    });
    button('Last inn på nytt').click();
    await settle();
    expect(tab.reload).toHaveBeenCalledTimes(1);
    expect(field<HTMLTextAreaElement>('description').value).toBe('Endret av en annen.');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('lastet inn på nytt');

    type('description', 'Min endring igjen.');
    await submit();
    const op = controller.expectOne('UpdateMeasure');
    expect(op.operation.variables['input']).toEqual({
      id: T7_ID,
      version: 5,
      description: 'Min endring igjen.',
    });
    op.flushData({ updateMeasure: measureDetail({ version: 6, description: 'Min endring igjen.' }) });
    await settle();
  });

  it("shows the server's refusal, and its sentences at the fields it names", async () => {
    (await saveChange('title', 'Ny tittel')).graphqlErrors([
      apiError('BAD_USER_INPUT', 'Tittelen må ha 1–300 tegn.', {
        fields: [{ field: 'title', message: 'Tittelen må ha 1–300 tegn.' }],
      }),
    ]);
    await settle();
    expect(element.querySelector('[role="alert"] h2')?.textContent?.trim()).toBe(
      'Endringene ble ikke lagret',
    );
    expect(element.querySelector('#measure-edit-title-error')?.textContent?.trim()).toBe(
      'Tittelen må ha 1–300 tegn.',
    );
    expect(element.querySelector('form')).not.toBeNull();
  });

  it('a FORBIDDEN answer shows the server’s sentence', async () => {
    (await saveChange('title', 'Ny tittel')).graphqlErrors([
      apiError(
        'FORBIDDEN',
        'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
      ),
    ]);
    await settle();
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
    );
  });

  it('sends nothing when nothing changed, and says so', async () => {
    button('Rediger tiltaket').click();
    await settle();
    await submit();
    controller.expectNone('UpdateMeasure');
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Du endret ingenting, så ingenting ble lagret.',
    );
  });
});
