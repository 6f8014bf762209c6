import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { AgreementPageFieldsFragment } from '@samarbeid/web/graphql';
import { findButton, textAt } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  agreement,
  answerConfirmation,
  AGREEMENT_ID,
  approval,
  party,
  USERS,
  version,
  versionSummary,
} from '../shared/testing/agreement-fixtures';
import { closePage, type OpenedPage, openPage } from '../shared/testing/agreements-testing';
import { AgreementPageComponent } from './agreement-page.component';

type Agreement = AgreementPageFieldsFragment;

describe('AgreementPageComponent', () => {
  let page: OpenedPage | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(user: SignedInUser, shown: Agreement): Promise<void> {
    page = await openPage(
      `/avtaler/${shown.id}`,
      [{ path: 'avtaler/:id', component: AgreementPageComponent }],
      {
        user,
      },
    );
    ({ controller, element } = page);
    const op = controller.expectOne('AgreementPageDetail');
    expect(op.operation.variables).toEqual({ id: shown.id });
    op.flushData({ agreement: shown });
    await settle();
  }

  const settle = () => page?.settle() ?? Promise.resolve();
  const button = (name: string) => findButton(element, name);
  const text = (selector: string) => textAt(element, selector) || undefined;

  function table(testId: string): string[][] {
    const found = element.querySelector(`[data-testid="${testId}"]`);
    return Array.from(found?.querySelectorAll('tbody tr') ?? []).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  afterEach(() => closePage(page));

  it('shows the status with the version in force, the parties, the terms in Norwegian and the approvals', async () => {
    await open(USERS.viewer, agreement());
    expect(text('h1')).toBe('Kjøp av byggesaksbehandling');
    expect(text('[data-testid="agreement-status"]')).toBe(
      'Til godkjenning (versjon 2). Versjon 1 gjelder til versjon 2 er godkjent.',
    );
    expect(element.querySelector('a[href="/tiltak/T7"]')?.textContent?.trim()).toBe('T7 Byggesakstjenester');
    expect(table('parties')).toEqual([
      ['Kongsberg', 'Selger', '942402465', 'Ikke satt', ''],
      ['Flesberg', 'Kjøper', 'Ikke satt', 'Ikke satt', '700'],
      ['Rollag', 'Kjøper', 'Ikke satt', 'Ikke satt', '500'],
    ]);
    const terms = Object.fromEntries(
      Array.from(element.querySelectorAll('[data-testid="terms"] dl > div')).map((div): [string, string] => [
        div.querySelector('dt')?.textContent?.trim() ?? '',
        div.querySelector('dd')?.textContent?.trim() ?? '',
      ]),
    );
    expect(terms).toEqual({
      Tjenestebeskrivelse: 'Kongsberg behandler byggesaker for Flesberg og Rollag.',
      'Volum per år': '1\u00a0200 timer',
      Prismodell: 'Timepris',
      Pris: '1\u00a0250\u00a0kr per time',
      Prisjustering: 'Justeres 1. januar etter kommunal deflator.',
      Startdato: '1. januar 2026',
      Sluttdato: '31. desember 2028',
      'Oppsigelsestid (måneder)': '6 måneder',
      'Siste frist for oppsigelse': '30. juni 2028',
      Databehandleravtale: 'Ja',
    });
    expect(text('[data-testid="assessment"]')).toContain('Vurderingen er fullført.');
    expect(text('[data-testid="assessment"]')).toContain('Kari Jurist');

    const approvals = element.querySelector('[data-testid="approvals"]');
    expect(approvals?.querySelector('caption')?.textContent?.trim()).toBe(
      'Hver parts beslutning om versjon 2',
    );
    expect(table('approvals')).toEqual([
      ['Kongsberg', 'Selger', 'Venter på beslutning', '', '', ''],
      ['Flesberg', 'Kjøper', 'Godkjent', 'Direktør Flesberg', '2. mars 2026 kl. 10:00', ''],
      ['Rollag', 'Kjøper', 'Venter på beslutning', '', '', ''],
    ]);
    // A viewer gets no actions.
    expect(element.querySelector('#agreement-actions-heading')).toBeNull();
    expect(button('Godkjenn')).toBeUndefined();
  });

  it('shows each version with its diff from the previous one, and a PDF per version', async () => {
    await open(USERS.viewer, agreement());
    const versions = Array.from(element.querySelectorAll('[data-testid="versions"] li.sb-version'));
    expect(versions.map((li) => li.querySelector('h3')?.textContent?.trim())).toEqual([
      'Versjon 2',
      'Versjon 1',
    ]);
    expect(versions[0].textContent).toContain('Status: Til godkjenning.');
    expect(versions[1].textContent).toContain('Status: Gjelder.');
    expect(versions[1].textContent).toContain('Rollag: godkjent av Direktør Rollag');

    const diffs = element.querySelectorAll('[data-testid="version-diff"]');
    expect(diffs).toHaveLength(1);
    const diff = diffs[0];
    expect(diff.querySelector('caption')?.textContent?.trim()).toBe('Endringer fra versjon 1 til versjon 2');
    expect(Array.from(diff.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Felt',
      'Før',
      'Etter',
    ]);
    expect(
      Array.from(diff.querySelectorAll('thead th')).every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
    expect(table('version-diff')).toEqual([['Pris', '1 150 kr', '1 250 kr']]);
    expect(versions[1].textContent).toContain('Første versjon.');

    const downloads = Array.from(element.querySelectorAll('sb-download-button button')).map((b) =>
      b.textContent?.trim(),
    );
    expect(downloads).toEqual([
      'Last ned versjon 2 som PDF',
      'Last ned versjon 2 som PDF',
      'Last ned versjon 1 som PDF',
    ]);
  });

  it('shows Godkjenn/Avvis only to a director who can decide; rejecting needs a comment', async () => {
    await open(USERS.directorRollag, agreement({ viewerCanDecide: true }));
    expect(text('#agreement-decision-heading')).toBe('Din beslutning');
    expect(text('[data-testid="decision"] p')).toBe('Godkjenn eller avvis versjon 2 på vegne av Rollag.');
    expect(button('Rediger')).toBeUndefined();

    button('Avvis')?.click();
    await settle();
    controller.expectNone('AgreementPageDecide');
    const comment = element.querySelector('#agreement-decision-comment') as HTMLTextAreaElement;
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(comment.getAttribute('aria-describedby')).toContain('agreement-decision-comment-error');
    expect(text('#agreement-decision-comment-error')).toBe('Skriv en begrunnelse når du avviser avtalen.');
    expect(document.activeElement).toBe(comment);

    comment.value = 'Prisen er for høy for Rollag.';
    comment.dispatchEvent(new Event('input'));
    await settle();
    expect(comment.getAttribute('aria-invalid')).toBeNull();
    button('Avvis')?.click();
    await settle();
    const asked = answerConfirmation();
    expect(asked.heading).toBe('Avvise denne versjonen av avtalen?');
    expect(asked.message).toMatch(/^(Andelen til Rollag: |Avtalen oppgir ingen egen andel for Rollag)/);
    await settle();
    const op = controller.expectOne('AgreementPageDecide');
    expect(op.operation.variables).toEqual({
      input: {
        agreementId: AGREEMENT_ID,
        versionNumber: 2,
        decision: 'REJECT',
        comment: 'Prisen er for høy for Rollag.',
      },
    });
    const rejected = agreement({ status: 'REJECTED' });
    op.flushData({ decideAgreement: rejected });
    await settle();
    controller.expectOne('AgreementPageDetail').flushData({ agreement: rejected });
    await settle();
    expect(text('#agreement-notice [role="status"]')).toBe('Avtalen er avvist for Rollag.');
    expect(text('[data-testid="agreement-status"]')).toBe('Avvist (versjon 2). Versjon 1 gjelder fortsatt.');
  });

  it('says the agreement is active when the last party approves, after fetching it again', async () => {
    await open(USERS.directorRollag, agreement({ viewerCanDecide: true }));
    button('Godkjenn')?.click();
    await settle();
    expect(answerConfirmation().heading).toBe('Godkjenne denne versjonen av avtalen?');
    await settle();
    const op = controller.expectOne('AgreementPageDecide');
    expect(op.operation.variables['input']).toEqual({
      agreementId: AGREEMENT_ID,
      versionNumber: 2,
      decision: 'APPROVE',
      comment: null,
    });
    const v2 = version(2, {
      price: '1250',
      parties: [
        party('3303', 'SELLER', { approval: approval('3303', 'APPROVE') }),
        party('3334', 'BUYER', { approval: approval('3334', 'APPROVE') }),
        party('3336', 'BUYER', { approval: approval('3336', 'APPROVE') }),
      ],
    });
    const active = agreement({
      status: 'ACTIVE',
      activeVersionNumber: 2,
      viewerCanDecide: false,
      currentVersion: v2,
      versions: [versionSummary(version(1)), versionSummary(v2)],
    });
    op.flushData({ decideAgreement: active });
    await settle();
    controller.expectOne('AgreementPageDetail').flushData({ agreement: active });
    await settle();
    expect(text('#agreement-notice [role="status"]')).toBe('Alle partene har godkjent: avtalen er aktiv.');
    expect(text('[data-testid="agreement-status"]')).toBe('Aktiv (versjon 2)');
    expect(button('Godkjenn')).toBeUndefined();
    expect(table('approvals').map((row) => row[2])).toEqual(['Godkjent', 'Godkjent', 'Godkjent']);
  });

  it("submits a draft and shows the API's sentence when it refuses (missing § 3-3)", async () => {
    const v1 = version(1, { submittedAt: null });
    await open(
      USERS.leader,
      agreement({
        status: 'DRAFT',
        viewerCanEdit: true,
        currentVersionNumber: 1,
        activeVersionNumber: null,
        currentVersion: v1,
        versions: [versionSummary(v1)],
      }),
    );
    expect(text('[data-testid="agreement-status"]')).toBe('Utkast (versjon 1)');
    expect(element.querySelector(`a[href="/avtaler/${AGREEMENT_ID}/rediger"]`)?.textContent?.trim()).toBe(
      'Rediger',
    );
    expect(element.querySelector('[data-testid="approvals"]')).toBeNull();
    expect(element.textContent).toContain('Utkastet er ikke sendt til godkjenning ennå.');
    // Nothing in force, so nothing to terminate.
    expect(button('Avslutt avtalen')).toBeUndefined();

    button('Send til godkjenning')?.click();
    await settle();
    const op = controller.expectOne('AgreementPageSubmit');
    expect(op.operation.variables).toEqual({ input: { id: AGREEMENT_ID, expectedVersion: 7 } });
    const sentence =
      'Vurderingen etter anskaffelsesforskriften § 3-3 må være fullført før avtalen sendes til godkjenning. Mangler: hvem som vurderte.';
    op.graphqlErrors([{ message: sentence, extensions: { code: 'BAD_USER_INPUT' } }]);
    await settle();
    expect(text('#agreement-actions-refusal [role="alert"] p')).toBe(sentence);
    expect(document.activeElement?.id).toBe('agreement-actions-refusal');
  });

  it('terminates an agreement in force after a confirm step, with the reason', async () => {
    const v1 = version(1);
    await open(
      USERS.secretariat,
      agreement({
        status: 'ACTIVE',
        viewerCanEdit: true,
        currentVersionNumber: 1,
        activeVersionNumber: 1,
        currentVersion: v1,
        versions: [versionSummary(v1)],
      }),
    );
    button('Avslutt avtalen')?.click();
    await settle();
    const dialog = element.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(text('dialog h2')).toBe('Avslutt avtalen');
    const reason = element.querySelector('#agreement-terminate-reason') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);
    reason.value = 'Flesberg har bygget opp egen kapasitet.';
    reason.dispatchEvent(new Event('input'));
    button('Ja, avslutt avtalen')?.click();
    await settle();
    const op = controller.expectOne('AgreementPageTerminate');
    expect(op.operation.variables).toEqual({
      input: { id: AGREEMENT_ID, expectedVersion: 7, reason: 'Flesberg har bygget opp egen kapasitet.' },
    });
    const terminated = agreement({
      status: 'TERMINATED',
      viewerCanEdit: true,
      currentVersionNumber: 1,
      activeVersionNumber: 1,
      currentVersion: v1,
      versions: [versionSummary(v1)],
      terminatedAt: '2026-05-01T10:00:00.000Z',
      terminationReason: 'Flesberg har bygget opp egen kapasitet.',
    });
    op.flushData({ terminateAgreement: terminated });
    await settle();
    expect(element.querySelector('dialog[open]')).toBeNull();
    controller.expectOne('AgreementPageDetail').flushData({ agreement: terminated });
    await settle();
    expect(text('#agreement-notice [role="status"]')).toBe('Avtalen er sagt opp.');
    expect(element.textContent).toContain('Sagt opp 1. mai 2026: Flesberg har bygget opp egen kapasitet.');
    expect(button('Avslutt avtalen')).toBeUndefined();
    expect(element.querySelector(`a[href="/avtaler/${AGREEMENT_ID}/rediger"]`)).toBeNull();
  });
});
