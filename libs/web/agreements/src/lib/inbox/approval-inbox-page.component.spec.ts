import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@samarbeid/web/data-access';
import type { ApiResult, InboxApprovalRequestsQuery } from '@samarbeid/web/graphql';
import {
  type Rendered,
  renderWithApollo,
  settle as settleFixture,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';
import { KEYCLOAK_EVENT_SIGNAL, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { NavCountsService } from '../nav-counts/nav-counts';
import { answerConfirmation } from '../shared/testing/agreement-fixtures';
import { ApprovalInboxPageComponent } from './approval-inbox-page.component';

const NBSP = '\u00a0';

type Request = InboxApprovalRequestsQuery['approvalInbox'][number];

const DIRECTOR = {
  name: 'Kari Nordmann',
  realm_access: { roles: ['municipal-director'] },
  municipality: '3334',
};

function party(
  municipalityNumber: string,
  municipalityName: string,
  role: 'SELLER' | 'BUYER',
  buyerVolume: string | null = null,
) {
  return {
    __typename: 'AgreementParty' as const,
    municipalityNumber,
    municipalityName,
    role,
    ownerShare: null,
    annualCost: null,
    buyerVolume,
  };
}

/** Byggesak from Kongsberg to Flesberg and Rollag, version 1 (nothing changed) unless told otherwise. */
function request(overrides: Partial<Request> = {}, id = 'a-1'): Request {
  return {
    __typename: 'ApprovalRequest',
    versionNumber: 1,
    municipalityNumber: '3334',
    municipalityName: 'Flesberg',
    role: 'BUYER',
    changes: [],
    agreement: {
      __typename: 'Agreement',
      id,
      title: 'Felles byggesaksbehandling',
      legalForm: 'SERVICE_PURCHASE',
      status: 'SUBMITTED',
      version: 3,
      currentVersionNumber: overrides.versionNumber ?? 1,
      measure: { __typename: 'AgreementMeasure', id: 'm-t7', code: 'T7', title: 'Felles byggesak' },
      currentVersion: {
        __typename: 'AgreementVersion',
        id: `${id}-v${overrides.versionNumber ?? 1}`,
        number: overrides.versionNumber ?? 1,
        serviceDescription: 'Behandling av byggesaker etter plan- og bygningsloven.',
        price: '250000',
        priceModel: 'FIXED_ANNUAL',
        volumeAmount: '1200',
        volumeUnit: 'HOURS',
        startDate: '2027-01-01',
        endDate: '2029-12-31',
        noticeMonths: 6,
        parties: [
          party('3303', 'Kongsberg', 'SELLER'),
          party('3334', 'Flesberg', 'BUYER', '400'),
          party('3338', 'Rollag', 'BUYER', '800'),
        ],
      },
    },
    ...overrides,
  } as Request;
}

/** Version 2 of another agreement: the price went up, the end date moved. */
function secondVersion(): Request {
  const changes: ApiResult<Request['changes']> = [
    {
      __typename: 'AgreementChange',
      field: 'price',
      label: 'Pris',
      before: '250 000 kr',
      after: '275 000 kr',
    },
    {
      __typename: 'AgreementChange',
      field: 'endDate',
      label: 'Sluttdato',
      before: '31.12.2029',
      after: null,
    },
  ];
  return request({ versionNumber: 2, changes }, 'a-2');
}

describe('ApprovalInboxPageComponent', () => {
  let rendered: Rendered<ApprovalInboxPageComponent> | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let navCounts: { refresh: jest.Mock; setUnread: jest.Mock };

  async function render(token: Record<string, unknown> = DIRECTOR): Promise<void> {
    navCounts = { refresh: jest.fn(), setUnread: jest.fn() };
    rendered = await renderWithApollo(ApprovalInboxPageComponent, {
      providers: [
        provideRouter([]),
        {
          provide: Keycloak,
          useValue: { authenticated: true, tokenParsed: token, idTokenParsed: undefined },
        },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: signal({ type: KeycloakEventType.Ready, args: true }) },
        { provide: NavCountsService, useValue: navCounts },
      ],
    });
    ({ controller, element } = rendered);
    await settle();
  }

  async function open(requests: Request[] = [request(), secondVersion()]): Promise<void> {
    await render();
    controller.expectOne('InboxApprovalRequests').flushData({ approvalInbox: requests });
    await settle();
  }

  afterEach(() => verifyAndReset(rendered?.controller));

  const settle = () => (rendered ? settleFixture(rendered.fixture, 3) : Promise.resolve());

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
  }

  function items(): HTMLElement[] {
    return Array.from(element.querySelectorAll<HTMLElement>('[data-testid="inbox-item"]'));
  }

  function item(title: string, version: number): HTMLElement {
    const found = items().find(
      (candidate) =>
        text(candidate.querySelector('h2')) === title &&
        text(candidate.querySelector('.sb-inbox__subtitle')).startsWith(`Versjon ${version}`),
    );
    if (!found) throw new Error(`No item "${title}" v${version}`);
    return found;
  }

  function facts(within: HTMLElement): [string, string][] {
    return Array.from(within.querySelectorAll('dl > div')).map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]);
  }

  function type(within: HTMLElement, value: string): void {
    const field = within.querySelector('textarea') as HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('lists what waits for the director, with parties, price, period and version', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Godkjenninger');
    expect(text(element.querySelector('[data-testid="inbox-count"]'))).toBe(
      '2 avtaler venter på din godkjenning.',
    );
    const first = item('Felles byggesaksbehandling', 1);
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe('/avtaler/a-1');
    expect(text(first.querySelector('.sb-inbox__subtitle'))).toBe(
      'Versjon 1 · Til godkjenning for Flesberg (kjøper)',
    );
    expect(facts(first)).toEqual([
      ['Tiltak', 'T7 Felles byggesak'],
      ['Avtaleform', 'Tjenestekjøpsavtale'],
      ['Tjeneste', 'Behandling av byggesaker etter plan- og bygningsloven.'],
      ['Selger', 'Kongsberg'],
      ['Kjøpere', 'Flesberg, Rollag'],
      ['Pris', `250${NBSP}000${NBSP}kr (fast årlig pris)`],
      ['Omfang', `1${NBSP}200 timer`],
      ['Periode', '1. januar 2027 – 31. desember 2029'],
      ['Oppsigelsestid', '6 mdr.'],
    ]);
    // Version 1 has no previous version to compare with.
    expect(first.querySelector('[data-testid="inbox-diff"]')).toBeNull();
  });

  it('shows what changed from the previous version in a table', async () => {
    await open();
    const second = item('Felles byggesaksbehandling', 2);
    expect(text(second)).toContain(
      'Dette er en ny versjon: godkjenninger av tidligere versjoner gjelder ikke lenger.',
    );
    const table = second.querySelector('[data-testid="inbox-diff"]');
    expect(text(table?.querySelector('caption'))).toBe('Endringer fra versjon 1 til versjon 2');
    expect(Array.from(table?.querySelectorAll('thead th[scope="col"]') ?? []).map((th) => text(th))).toEqual([
      'Felt',
      'Før',
      'Etter',
    ]);
    expect(
      Array.from(table?.querySelectorAll('tbody tr') ?? []).map((tr) => [
        tr.querySelector('th')?.getAttribute('scope'),
        ...Array.from(tr.querySelectorAll('th, td')).map((cell) => text(cell)),
      ]),
    ).toEqual([
      ['row', 'Pris', '250 000 kr', '275 000 kr'],
      ['row', 'Sluttdato', '31.12.2029', 'ikke satt'],
    ]);
  });

  it('approves the version shown; the agreement leaves the list and a status message says so', async () => {
    await open();
    const second = item('Felles byggesaksbehandling', 2);
    (second.querySelector('[data-testid="inbox-approve"]') as HTMLButtonElement).click();
    await settle();
    controller.expectNone('InboxDecideAgreement');
    expect(answerConfirmation()).toEqual({
      heading: 'Godkjenne denne versjonen av avtalen?',
      message: `Andelen til Flesberg: 400 av 1${NBSP}200 i volum.`,
    });
    await settle();
    const op = controller.expectOne('InboxDecideAgreement');
    expect(op.operation.variables).toEqual({
      input: { agreementId: 'a-2', versionNumber: 2, decision: 'APPROVE', comment: null },
    });
    op.flushData({
      decideAgreement: {
        __typename: 'Agreement',
        id: 'a-2',
        status: 'SUBMITTED',
        version: 4,
        currentVersionNumber: 2,
        activeVersionNumber: null,
        viewerCanDecide: false,
      },
    });
    await settle();
    expect(items().map((node) => text(node.querySelector('h2')))).toEqual(['Felles byggesaksbehandling']);
    expect(items()[0].querySelector('h2 a')?.getAttribute('href')).toBe('/avtaler/a-1');
    const status = element.querySelector('[role="status"]#inbox-outcome');
    expect(text(status)).toBe('Du godkjente «Felles byggesaksbehandling» (versjon 2) for Flesberg.');
    expect(document.activeElement).toBe(status);
    expect(text(element.querySelector('[data-testid="inbox-count"]'))).toBe(
      '1 avtale venter på din godkjenning.',
    );
    expect(navCounts.refresh).toHaveBeenCalledTimes(1);
  });

  it('says when the approval made the agreement active', async () => {
    await open([request()]);
    (element.querySelector('[data-testid="inbox-approve"]') as HTMLButtonElement).click();
    await settle();
    expect(answerConfirmation().heading).toBe('Godkjenne denne versjonen av avtalen?');
    await settle();
    controller.expectOne('InboxDecideAgreement').flushData({
      decideAgreement: {
        __typename: 'Agreement',
        id: 'a-1',
        status: 'ACTIVE',
        version: 4,
        currentVersionNumber: 1,
        activeVersionNumber: 1,
        viewerCanDecide: false,
      },
    });
    await settle();
    expect(text(element.querySelector('#inbox-outcome'))).toBe(
      'Du godkjente «Felles byggesaksbehandling» (versjon 1) for Flesberg. Alle partene har godkjent, og avtalen er nå aktiv.',
    );
    expect(text(element.querySelector('[data-testid="inbox-empty"]'))).toBe(
      'Ingen avtaler venter på din godkjenning.',
    );
  });

  it('needs a comment to reject, then sends it with the version shown', async () => {
    await open();
    const first = item('Felles byggesaksbehandling', 1);
    const reject = first.querySelector('[data-testid="inbox-reject"]') as HTMLButtonElement;
    reject.click();
    await settle();
    controller.expectNone('InboxDecideAgreement');
    const textarea = first.querySelector('textarea') as HTMLTextAreaElement;
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const errorId = `${textarea.id}-error`;
    expect(textarea.getAttribute('aria-describedby')?.split(' ')).toContain(errorId);
    expect(text(element.querySelector(`#${errorId}`))).toBe('Skriv en begrunnelse når du avviser avtalen.');
    expect(document.activeElement).toBe(textarea);
    expect(text(element.querySelector(`label[for="${textarea.id}"]`))).toBe('Kommentar');

    type(first, '   ');
    reject.click();
    await settle();
    controller.expectNone('InboxDecideAgreement');

    type(first, '  Prisen er for høy.  ');
    await settle();
    expect(textarea.getAttribute('aria-invalid')).toBeNull();
    reject.click();
    await settle();
    // Cancelling the confirmation decides nothing; confirming sends.
    expect(answerConfirmation(false).heading).toBe('Avvise denne versjonen av avtalen?');
    await settle();
    controller.expectNone('InboxDecideAgreement');
    reject.click();
    await settle();
    answerConfirmation();
    await settle();
    const op = controller.expectOne('InboxDecideAgreement');
    expect(op.operation.variables).toEqual({
      input: { agreementId: 'a-1', versionNumber: 1, decision: 'REJECT', comment: 'Prisen er for høy.' },
    });
    op.flushData({
      decideAgreement: {
        __typename: 'Agreement',
        id: 'a-1',
        status: 'REJECTED',
        version: 4,
        currentVersionNumber: 1,
        activeVersionNumber: null,
        viewerCanDecide: false,
      },
    });
    await settle();
    expect(text(element.querySelector('#inbox-outcome'))).toBe(
      'Du avviste «Felles byggesaksbehandling» (versjon 1) for Flesberg. Avtalen er avvist, og partene får beskjed.',
    );
    expect(items()).toHaveLength(1);
  });

  it("shows the server's refusal and fetches what waits again", async () => {
    await open();
    (
      item('Felles byggesaksbehandling', 1).querySelector(
        '[data-testid="inbox-approve"]',
      ) as HTMLButtonElement
    ).click();
    await settle();
    answerConfirmation();
    await settle();
    controller
      .expectOne('InboxDecideAgreement')
      .graphqlErrors([
        { message: 'Du kan bare godkjenne gjeldende versjon (v2).', extensions: { code: 'BAD_USER_INPUT' } },
      ]);
    await settle();
    const alert = element.querySelector('[role="alert"]#inbox-refusal');
    expect(text(alert?.querySelector('h2'))).toBe('Beslutningen ble ikke lagret');
    expect(text(alert?.querySelector('p'))).toBe('Du kan bare godkjenne gjeldende versjon (v2).');
    expect(document.activeElement).toBe(alert);
    controller.expectOne('InboxApprovalRequests').flushData({ approvalInbox: [secondVersion()] });
    await settle();
    expect(items()).toHaveLength(1);
    expect(navCounts.refresh).toHaveBeenCalled();
  });

  it('labels every control, naming the agreement for a screen reader', async () => {
    await open([request()]);
    const buttons = Array.from(element.querySelectorAll('[data-testid="inbox-item"] button'));
    expect(buttons.map((b) => [text(b), b.getAttribute('aria-label')])).toEqual([
      ['Godkjenn', 'Godkjenn: Felles byggesaksbehandling'],
      ['Avvis', 'Avvis: Felles byggesaksbehandling'],
    ]);
    expect(text(element.querySelector('legend'))).toBe('Din beslutning');
    const article = element.querySelector('[data-testid="inbox-item"]');
    expect(article?.getAttribute('aria-labelledby')).toBe(element.querySelector('h2')?.id);
  });

  it('says so when nothing waits', async () => {
    await open([]);
    expect(text(element.querySelector('[data-testid="inbox-empty"]'))).toBe(
      'Ingen avtaler venter på din godkjenning.',
    );
  });

  it('speaks English after the language switch', async () => {
    await open([request()]);
    TestBed.inject(I18nService).setLanguage('en');
    await settle();
    expect(text(element.querySelector('h1'))).toBe('Approvals');
    expect(facts(items()[0])).toContainEqual(['Price', `250${NBSP}000${NBSP}kr (fixed annual price)`]);
  });

  it('tells someone who is not a director that the page is for directors, and fetches nothing', async () => {
    await render({ name: 'Siri Sekretær', realm_access: { roles: ['secretariat'] } });
    controller.expectNone('InboxApprovalRequests');
    expect(text(element.querySelector('[data-testid="inbox-not-director"]'))).toBe(
      'Godkjenningene er for kommunedirektører: her godkjenner eller avviser de tjenestekjøpsavtaler på vegne av kommunen sin.',
    );
  });

  it('tells a director without a municipality in the sign-in why nothing can be shown', async () => {
    await render({ name: 'Kari Nordmann', realm_access: { roles: ['municipal-director'] } });
    controller.expectNone('InboxApprovalRequests');
    expect(text(element.querySelector('[data-testid="inbox-not-director"]'))).toContain(
      'Innloggingen din sier ikke hvilken kommune',
    );
  });
});
