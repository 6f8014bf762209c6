import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { AgreementEditorAgreementQuery } from '@samarbeid/web/graphql';
import { buttonNamed, submitForm } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  agreement,
  AGREEMENT_ID,
  measuresResult,
  partyOptionsResult,
  T7_ID,
  USERS,
} from '../shared/testing/agreement-fixtures';
import { closePage, type OpenedPage, openPage } from '../shared/testing/agreements-testing';
import { AgreementEditorPageComponent } from './agreement-editor-page.component';

@Component({
  selector: 'sb-agreement-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'avtalen',
})
class AgreementStubComponent {}

const NEW_ID = 'a9e0c0de-0000-4000-8000-0000000000ff';

describe('AgreementEditorPageComponent', () => {
  let page: OpenedPage | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(user: SignedInUser, url: string): Promise<void> {
    page = await openPage(
      url,
      [
        { path: 'avtaler/ny', component: AgreementEditorPageComponent },
        { path: 'avtaler/:id/rediger', component: AgreementEditorPageComponent },
        { path: 'avtaler/:id', component: AgreementStubComponent },
      ],
      { user },
    );
    ({ controller, element } = page);
    controller.expectOne('AgreementPartyOptions').flushData(partyOptionsResult());
    controller.expectOne('AgreementEditorMeasures').flushData(measuresResult());
    await settle();
  }

  const settle = () => page?.settle() ?? Promise.resolve();

  function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const found = element.querySelector<T>(`[id="${id}"]`);
    if (!found) throw new Error(`No #${id}`);
    return found;
  }

  async function set(id: string, value: string): Promise<void> {
    const field = byId<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(id);
    field.value = value;
    const change = field instanceof HTMLSelectElement || (field as HTMLInputElement).type === 'date';
    field.dispatchEvent(new Event(change ? 'change' : 'input'));
    await settle();
  }

  async function check(id: string): Promise<void> {
    const radio = byId(id);
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    await settle();
  }

  /** The id of party row `index`'s `field` (rows are keyed, not numbered). */
  function partyField(index: number, field: string): string {
    const fieldsets = element.querySelectorAll('.sb-party');
    const input = fieldsets[index]?.querySelector(`[id$="-${field}"]`);
    if (!input) throw new Error(`No ${field} in party ${index + 1}`);
    return input.id;
  }

  const button = (name: string) => buttonNamed(element, name);

  async function submit(): Promise<void> {
    submitForm(element);
    await settle();
  }

  function legalForms(): string[] {
    return Array.from(element.querySelectorAll('input[name="agreement-legalForm"]')).map(
      (radio) => element.querySelector(`label[for="${radio.id}"]`)?.textContent?.trim() ?? '',
    );
  }

  afterEach(() => closePage(page));

  it('lets a network leader draft only a service purchase, with the § 3-3 assessment, and sends the right input', async () => {
    await open(USERS.leader, '/avtaler/ny');
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Ny avtale');
    expect(legalForms()).toEqual(['Tjenestekjøpsavtale']);
    expect(byId('agreement-legalForm-SERVICE_PURCHASE').checked).toBe(true);
    // A leader links measures of the networks they lead only.
    expect(
      Array.from(byId<HTMLSelectElement>('agreement-measureId').options).map((o) => o.textContent?.trim()),
    ).toEqual(['Ingen tiltak', 'T7 Byggesakstjenester']);
    expect(element.querySelector('sb-agreement-assessment legend')?.textContent?.trim()).toBe(
      'Vurdering etter anskaffelsesforskriften § 3-3',
    );

    await set('agreement-title', '  Kjøp av byggesaksbehandling ');
    await set('agreement-measureId', T7_ID);
    await set(partyField(0, 'municipalityNumber'), '3303');
    await set(partyField(0, 'organisationNumber'), '942 402 465');
    await set(partyField(1, 'municipalityNumber'), '3334');
    await set(partyField(1, 'buyerVolume'), '700');
    button('Legg til part').click();
    await settle();
    expect(document.activeElement?.id).toBe(partyField(2, 'municipalityNumber'));
    expect(byId<HTMLSelectElement>(partyField(2, 'role')).value).toBe('BUYER');
    await set(partyField(2, 'municipalityNumber'), '3336');
    await set(partyField(2, 'buyerVolume'), '500,5');
    await set('agreement-serviceDescription', 'Kongsberg behandler byggesaker for Flesberg og Rollag.');
    await set('agreement-volumeAmount', '1 200,5');
    await set('agreement-volumeUnit', 'HOURS');
    await set('agreement-priceModel', 'HOURLY');
    await set('agreement-price', '1 150,50');
    await set('agreement-priceAdjustment', 'Justeres etter kommunal deflator.');
    await set('agreement-startDate', '2026-01-01');
    await set('agreement-endDate', '2028-12-31');
    await set('agreement-noticeMonths', '6');
    await check('agreement-dpa-yes');
    await check('assessment-commonPublicGoals-yes');
    await check('assessment-publicInterestOnly-yes');
    await check('assessment-marketShareUnder20-no');
    await set('assessment-assessedBy', 'Kari Jurist');
    await set('assessment-assessedOn', '2026-02-15');
    await set('assessment-conclusion', 'Må vurderes nærmere.');
    expect(button('Lagre som utkast')).toBeDefined();
    await submit();

    const op = controller.expectOne('AgreementEditorCreate');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        legalForm: 'SERVICE_PURCHASE',
        title: 'Kjøp av byggesaksbehandling',
        measureId: T7_ID,
        terms: {
          serviceDescription: 'Kongsberg behandler byggesaker for Flesberg og Rollag.',
          startDate: '2026-01-01',
          endDate: '2028-12-31',
          noticeMonths: 6,
          dataProcessingAgreement: true,
          parties: [
            {
              municipalityNumber: '3303',
              role: 'SELLER',
              ownerShare: null,
              annualCost: null,
              buyerVolume: null,
              organisationNumber: '942402465',
              signatory: null,
            },
            {
              municipalityNumber: '3334',
              role: 'BUYER',
              ownerShare: null,
              annualCost: null,
              buyerVolume: '700',
              organisationNumber: null,
              signatory: null,
            },
            {
              municipalityNumber: '3336',
              role: 'BUYER',
              ownerShare: null,
              annualCost: null,
              buyerVolume: '500.5',
              organisationNumber: null,
              signatory: null,
            },
          ],
          volumeAmount: '1200.5',
          volumeUnit: 'HOURS',
          priceModel: 'HOURLY',
          price: '1150.50',
          priceAdjustment: 'Justeres etter kommunal deflator.',
          assessment: {
            commonPublicGoals: true,
            publicInterestOnly: true,
            marketShareUnder20: false,
            assessedBy: 'Kari Jurist',
            assessedOn: '2026-02-15',
            conclusion: 'Må vurderes nærmere.',
          },
        },
      },
    });
    op.flushData({ createAgreement: agreement({ id: NEW_ID, status: 'DRAFT', currentVersionNumber: 1 }) });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/avtaler/${NEW_ID}`);
  });

  it('offers the secretariat every form, and shows § 3-3 only for a service purchase and owner shares for an IKS', async () => {
    await open(USERS.secretariat, '/avtaler/ny');
    expect(legalForms()).toEqual([
      'Tjenestekjøpsavtale',
      'Interkommunalt politisk råd (kap. 18)',
      'Kommunalt oppgavefellesskap (kap. 19)',
      'Vertskommunesamarbeid, administrativt (kap. 20)',
      'Vertskommunesamarbeid med felles folkevalgt nemnd (kap. 20)',
      'Interkommunalt selskap (IKS)',
    ]);
    // Nothing but the choice of form until one is chosen.
    expect(element.querySelector('#agreement-title')).toBeNull();
    await submit();
    expect(element.querySelector('#agreement-errors li')?.textContent?.trim()).toBe(
      'Avtaleform: Velg avtaleform.',
    );

    await check('agreement-legalForm-SERVICE_PURCHASE');
    expect(element.querySelector('sb-agreement-assessment')).not.toBeNull();
    expect(element.querySelector('#agreement-price')).not.toBeNull();
    expect(element.querySelector('[id$="-ownerShare"]')).toBeNull();

    await check('agreement-legalForm-INTERMUNICIPAL_COMPANY');
    expect(element.querySelector('sb-agreement-assessment')).toBeNull();
    expect(element.querySelector('#agreement-price')).toBeNull();
    expect(element.querySelectorAll('[id$="-ownerShare"]')).toHaveLength(2);
    expect(element.querySelectorAll('[id$="-annualCost"]')).toHaveLength(2);
    expect(Array.from(byId<HTMLSelectElement>(partyField(0, 'role')).options).map((o) => o.value)).toEqual([
      'OWNER',
    ]);
    expect(button('Registrer avtalen')).toBeDefined();
  });

  it('sums the owner shares as they are typed and refuses a sum other than 100 next to the shares', async () => {
    await open(USERS.secretariat, '/avtaler/ny');
    await check('agreement-legalForm-INTERMUNICIPAL_COMPANY');
    await set('agreement-title', 'Kongsbergregionens IKT IKS');
    await set('agreement-startDate', '2015-01-01');
    await set(partyField(0, 'municipalityNumber'), '3303');
    await set(partyField(0, 'ownerShare'), '60');
    expect(byId('agreement-shareSum').textContent?.trim()).toBe(
      'Sum av eierandelene: 60 % (skal være 100 %).',
    );
    await set(partyField(1, 'municipalityNumber'), '3334');
    await set(partyField(1, 'ownerShare'), '27,5');
    expect(byId('agreement-shareSum').textContent?.trim()).toBe(
      'Sum av eierandelene: 87,5 % (skal være 100 %).',
    );
    await submit();

    controller.expectNone('AgreementEditorCreate');
    const sumError = byId('agreement-shareSum-error');
    expect(sumError.textContent?.trim()).toBe(
      'Eierandelene er til sammen 87,5 %, men skal være nøyaktig 100 %.',
    );
    const share = byId(partyField(0, 'ownerShare'));
    expect(share.getAttribute('aria-invalid')).toBe('true');
    expect(share.getAttribute('aria-describedby')?.split(' ')).toContain('agreement-shareSum-error');
    expect(document.activeElement?.id).toBe('agreement-errors');

    await set(partyField(1, 'ownerShare'), '40');
    expect(element.querySelector('#agreement-shareSum-error')).toBeNull();
    expect(share.getAttribute('aria-invalid')).toBeNull();
    await submit();
    const op = controller.expectOne('AgreementEditorCreate');
    expect(op.operation.variables['input']).toMatchObject({
      legalForm: 'INTERMUNICIPAL_COMPANY',
      terms: {
        startDate: '2015-01-01',
        parties: [
          { municipalityNumber: '3303', role: 'OWNER', ownerShare: '60' },
          { municipalityNumber: '3334', role: 'OWNER', ownerShare: '40' },
        ],
      },
    });
    expect((op.operation.variables['input'] as { terms: object }).terms).not.toHaveProperty('assessment');
    op.flushData({
      createAgreement: agreement({ id: NEW_ID, legalForm: 'INTERMUNICIPAL_COMPANY', status: 'ACTIVE' }),
    });
    await settle();
  });

  it('checks what the API checks, with sentences by the fields, and always shows the API sentence too', async () => {
    await open(USERS.secretariat, '/avtaler/ny');
    await check('agreement-legalForm-SERVICE_PURCHASE');
    await set('agreement-title', 'Kjøp');
    await set(partyField(0, 'role'), 'BUYER');
    await set(partyField(0, 'municipalityNumber'), '3334');
    await set(partyField(1, 'municipalityNumber'), '3336');
    await set('agreement-volumeAmount', '100');
    await set('agreement-volumeUnit', 'CASES');
    await set('agreement-priceModel', 'PER_CASE');
    await set('agreement-price', '5000');
    await set('agreement-startDate', '2026-06-01');
    await set('agreement-endDate', '2026-05-31');
    await submit();

    controller.expectNone('AgreementEditorCreate');
    expect(byId('agreement-endDate').getAttribute('aria-invalid')).toBe('true');
    expect(byId('agreement-endDate').getAttribute('aria-describedby')).toBe('agreement-endDate-error');
    expect(byId('agreement-endDate-error').textContent?.trim()).toBe(
      'Sluttdatoen kan ikke være før startdatoen.',
    );
    expect(byId('agreement-parties-error').textContent?.trim()).toBe(
      'En tjenestekjøpsavtale har nøyaktig én selger og minst én kjøper (nå 0 selger(e) og 2 kjøper(e)).',
    );
    expect(byId(partyField(0, 'role')).getAttribute('aria-describedby')).toContain('agreement-parties-error');

    await set(partyField(0, 'role'), 'SELLER');
    await set('agreement-endDate', '2027-05-31');
    await submit();
    controller.expectOne('AgreementEditorCreate').graphqlErrors([
      {
        message: 'Kommune 3336 er ikke medlem av regionen i dag, og kan ikke være part.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    await settle();
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.querySelector('h2')?.textContent?.trim()).toBe('Avtalen ble ikke lagret');
    expect(alert?.querySelector('p')?.textContent?.trim()).toBe(
      'Kommune 3336 er ikke medlem av regionen i dag, og kan ikke være part.',
    );
    expect(document.activeElement?.id).toBe('agreement-feedback');
    expect(TestBed.inject(Router).url).toBe('/avtaler/ny');
  });

  describe('editing', () => {
    function edited(
      extra: Partial<AgreementEditorAgreementQuery['agreement']> = {},
    ): AgreementEditorAgreementQuery {
      const detail = agreement({ viewerCanEdit: true, status: 'ACTIVE' });
      return {
        agreement: {
          __typename: 'Agreement',
          id: detail.id,
          title: detail.title,
          legalForm: detail.legalForm,
          status: detail.status,
          version: detail.version,
          currentVersionNumber: detail.currentVersionNumber,
          viewerCanEdit: detail.viewerCanEdit,
          measure: detail.measure,
          currentVersion: detail.currentVersion,
          ...extra,
        },
      } as AgreementEditorAgreementQuery;
    }

    async function openEditor(result: AgreementEditorAgreementQuery): Promise<void> {
      await open(USERS.leader, `/avtaler/${AGREEMENT_ID}/rediger`);
      const op = controller.expectOne('AgreementEditorAgreement');
      expect(op.operation.variables).toEqual({ id: AGREEMENT_ID });
      op.flushData(result);
      await settle();
    }

    it('says first that saving a submitted or active agreement makes a new version and resets the approvals', async () => {
      await openEditor(edited());
      expect(element.querySelector('h1')?.textContent?.trim()).toBe('Rediger «Kjøp av byggesaksbehandling»');
      const warning = element.querySelector('[data-testid="new-version-warning"]');
      const form = element.querySelector('form');
      expect(warning?.textContent).toContain('blir de versjon 3');
      expect(warning?.textContent).toContain('alle godkjenninger nullstilles');
      // The warning comes before the form.
      expect(form && warning?.compareDocumentPosition(form)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      expect(element.querySelector('input[name="agreement-legalForm"]')).toBeNull();
      expect(byId('agreement-title').value).toBe('Kjøp av byggesaksbehandling');
      expect(byId('agreement-price').value).toBe('1\u00a0250');
      expect(byId('assessment-commonPublicGoals-yes').checked).toBe(true);

      await set('agreement-price', '1 300');
      await submit();
      const op = controller.expectOne('AgreementEditorUpdate');
      expect(op.operation.variables['input']).toMatchObject({
        id: AGREEMENT_ID,
        expectedVersion: 7,
        title: 'Kjøp av byggesaksbehandling',
        measureId: T7_ID,
        terms: { price: '1300', volumeAmount: '1200', startDate: '2026-01-01', noticeMonths: 6 },
      });
      op.flushData({ updateAgreement: agreement({ currentVersionNumber: 3 }) });
      await settle();
      expect(TestBed.inject(Router).url).toBe(`/avtaler/${AGREEMENT_ID}`);
    });

    it('edits a draft in place without a warning, and after a CONFLICT reloads and saves on the new version', async () => {
      await openEditor(edited({ status: 'DRAFT' }));
      expect(element.querySelector('[data-testid="new-version-warning"]')).toBeNull();
      await set('agreement-title', 'Kjøp av byggesak');
      await submit();
      controller.expectOne('AgreementEditorUpdate').graphqlErrors([
        {
          message:
            'Avtalen er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
          extensions: { code: 'CONFLICT' },
        },
      ]);
      await settle();
      expect(element.querySelector('[role="alert"] h2')?.textContent?.trim()).toBe(
        'Noen andre har endret avtalen',
      );
      button('Last inn på nytt').click();
      await settle();
      controller
        .expectOne('AgreementEditorAgreement')
        .flushData(edited({ status: 'DRAFT', version: 8, title: 'Ny tittel' }));
      await settle();
      expect(byId('agreement-title').value).toBe('Ny tittel');
      expect(element.querySelector('[role="status"]')?.textContent).toContain('lastet inn på nytt');

      await set('agreement-title', 'Kjøp av byggesak');
      await submit();
      const op = controller.expectOne('AgreementEditorUpdate');
      expect(op.operation.variables['input']).toMatchObject({
        expectedVersion: 8,
        title: 'Kjøp av byggesak',
      });
      op.flushData({ updateAgreement: agreement({ status: 'DRAFT' }) });
      await settle();
    });

    it('says so when the user may not edit the agreement', async () => {
      await openEditor(edited({ viewerCanEdit: false }));
      expect(element.querySelector('form')).toBeNull();
      expect(element.textContent).toContain('Du kan ikke endre denne avtalen.');
    });
  });
});
