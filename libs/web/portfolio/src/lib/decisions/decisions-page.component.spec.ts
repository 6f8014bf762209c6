import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService, type SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, DecisionsLogQuery } from '@samarbeid/web/graphql';
import {
  apiError,
  findButton,
  measureId,
  renderWithApollo,
  settle as settleFixture,
  submitForm,
  textAt,
  textsAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { municipalitiesResult, T2_ID, USERS } from '../../testing/portfolio-fixtures';
import { DECISIONS_PAGE_SIZE, DecisionsPageComponent } from './decisions-page.component';

const T1_ID = measureId(1);
const T8_ID = measureId(8);

type Decision = DecisionsLogQuery['decisions']['nodes'][number];

function log(extra: ApiResult<Decision[]> = []): DecisionsLogQuery {
  const result: ApiResult<DecisionsLogQuery> = {
    decisions: {
      __typename: 'DecisionConnection',
      totalCount: 1 + extra.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [
        ...extra,
        {
          __typename: 'Decision',
          id: 'd1',
          body: 'KDU',
          caseReference: 'KDU 4/26',
          decidedOn: '2026-02-12',
          title: 'Strategi og tjenestekjøp i teknisk nettverk',
          text: 'KDU slutter seg til strategien.',
          municipalityNumber: null,
          network: null,
          measures: [
            { __typename: 'Measure', id: T1_ID, code: 'T1', title: 'Strategi' },
            { __typename: 'Measure', id: T2_ID, code: 'T2', title: 'Tjenestekjøp' },
          ],
        },
      ],
    },
  };
  return result;
}

describe('DecisionsPageComponent', () => {
  let fixture: ComponentFixture<DecisionsPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(user: SignedInUser, result = log()): Promise<void> {
    ({ fixture, controller, element } = await renderWithApollo(DecisionsPageComponent, {
      user,
      providers: [provideRouter([])],
    }));
    const op = controller.expectOne('DecisionsLog');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', first: DECISIONS_PAGE_SIZE });
    op.flushData(result);
    controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
    await fixture.whenStable();
  }

  /** Answers the form's lookups: the region's measure codes (none unless given) and networks (none). */
  function answerLookups(measures: ApiResult<{ id: string; code: string; title: string }[]> = []): void {
    controller
      .expectOne('MeasureCodes')
      .flushData({ measures: { __typename: 'MeasureConnection', nodes: measures } });
    controller
      .expectOne('PortfolioNetworks')
      .flushData({ networks: { __typename: 'NetworkConnection', nodes: [] } });
  }

  afterEach(() => verifyAndReset(controller));

  const settle = () => settleFixture(fixture, 3);
  const button = (name: string) => findButton(element, name);
  const fill = (id: string, value: string) =>
    typeInto(element.querySelector(`#decision-${id}`) as HTMLInputElement, value);
  const submit = () => submitForm(element);

  /** The required fields, filled in. */
  function fillValid(): void {
    fill('decidedOn', '2026-03-12');
    fill('caseReference', 'KDU 9/26');
    fill('title', 'Tittel');
    fill('text', 'Tekst');
  }

  it('lists the decisions with date, body, case reference, title and linked measures', async () => {
    await render(USERS.viewer);
    const cells = textsAt(element, 'tbody tr:first-child td');
    expect(cells.slice(0, 3)).toEqual(['12. februar 2026', 'Kommunedirektørutvalget (KDU)', 'KDU 4/26']);
    expect(cells[3]).toContain('Strategi og tjenestekjøp i teknisk nettverk');
    expect(textAt(element, 'tbody details p')).toBe('KDU slutter seg til strategien.');
    expect(
      Array.from(element.querySelectorAll('tbody td:last-child a')).map((a) => a.getAttribute('href')),
    ).toEqual(['/tiltak/T1', '/tiltak/T2']);
    expect(element.textContent).toContain('1 vedtak');
  });

  it('names the network of a network decision', async () => {
    await render(
      USERS.viewer,
      log([
        {
          __typename: 'Decision',
          id: 'd3',
          body: 'NETWORK',
          caseReference: 'TN 2/26',
          decidedOn: '2026-03-02',
          title: 'Felles sjekklister',
          text: 'Nettverket tar i bruk felles sjekklister.',
          municipalityNumber: null,
          network: { __typename: 'Network', id: 'n-teknisk', name: 'Teknisk nettverk' },
          measures: [],
        },
      ]),
    );
    const bodies = Array.from(element.querySelectorAll('tbody tr td:nth-child(2)')).map((td) =>
      td.textContent?.trim(),
    );
    expect(bodies).toEqual(['Nettverk: Teknisk nettverk', 'Kommunedirektørutvalget (KDU)']);
  });

  it('offers registering a decision to the secretariat only', async () => {
    await render(USERS.viewer);
    expect(button('Registrer et vedtak')).toBeUndefined();
    controller.expectNone('MeasureCodes');
  });

  it('lets the secretariat register a decision linked to measures by code, after checking the form', async () => {
    await render(USERS.secretariat);
    answerLookups([
      { __typename: 'Measure', id: T1_ID, code: 'T1', title: 'Strategi' },
      { __typename: 'Measure', id: T8_ID, code: 'T8', title: 'Geodata og karttjenester' },
    ]);
    await fixture.whenStable();

    button('Registrer et vedtak')?.click();
    await settle();
    expect(document.activeElement?.id).toBe('decision-body');

    fill('measureCodes', 'T8, Z9');
    submit();
    await settle();
    controller.expectNone('CreateDecision');
    expect(document.activeElement?.id).toBe('decision-errors');
    expect(textsAt(element, '#decision-errors li')).toEqual([
      'Vedtaksdato: Skriv vedtaksdatoen.',
      'Saksnummer: Skriv saksnummeret.',
      'Tittel: Skriv en tittel.',
      'Vedtakstekst: Skriv vedtaksteksten.',
      'Tiltak vedtaket gjelder: Regionen har ingen tiltak med disse kodene: Z9.',
    ]);

    fill('body', 'MUNICIPAL_COUNCIL');
    await fixture.whenStable();
    fill('municipalityNumber', '3334');
    fill('decidedOn', '2026-03-12');
    fill('caseReference', ' 26/118 ');
    fill('title', 'Deltakelse i felles geodata');
    fill('text', 'Flesberg kommunestyre vedtar å delta.');
    fill('measureCodes', 't8');
    submit();
    await settle();

    const op = controller.expectOne('CreateDecision');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        body: 'MUNICIPAL_COUNCIL',
        municipalityNumber: '3334',
        networkId: null,
        decidedOn: '2026-03-12',
        caseReference: '26/118',
        title: 'Deltakelse i felles geodata',
        text: 'Flesberg kommunestyre vedtar å delta.',
        measureIds: [T8_ID],
      },
    });
    const created: ApiResult<Decision> = {
      __typename: 'Decision',
      id: 'd2',
      body: 'MUNICIPAL_COUNCIL',
      caseReference: '26/118',
      decidedOn: '2026-03-12',
      title: 'Deltakelse i felles geodata',
      text: 'Flesberg kommunestyre vedtar å delta.',
      municipalityNumber: '3334',
      network: null,
      measures: [{ __typename: 'Measure', id: T8_ID, code: 'T8', title: 'Geodata og karttjenester' }],
    };
    op.flushData({ createDecision: created });
    await settle();

    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('#decision-registered')?.textContent?.trim()).toBe(
      'Vedtaket «Deltakelse i felles geodata» er registrert.',
    );
    // The log is fetched again and shows the new decision.
    controller.expectOne('DecisionsLog').flushData(log([created]));
    await settle();
    expect(element.querySelector('tbody tr:first-child')?.textContent).toContain('Kommunestyret i Flesberg');
  });

  it("shows the server's refusal", async () => {
    await render(USERS.secretariat);
    answerLookups();
    button('Registrer et vedtak')?.click();
    await settle();
    fillValid();
    submit();
    await settle();
    controller
      .expectOne('CreateDecision')
      .graphqlErrors([apiError('FORBIDDEN', 'Bare sekretariatet kan registrere vedtak.')]);
    await settle();
    expect(element.querySelector('#decision-refusal p')?.textContent?.trim()).toBe(
      'Bare sekretariatet kan registrere vedtak.',
    );
    expect(document.activeElement?.id).toBe('decision-refusal');
  });

  it("shows the server's field messages in English when the page is in English", async () => {
    await render(USERS.secretariat);
    answerLookups();
    TestBed.inject(I18nService).setLanguage('en');
    await settle();
    button('Register a decision')?.click();
    await settle();
    fillValid();
    submit();
    await settle();
    controller.expectOne('CreateDecision').graphqlErrors([
      apiError('BAD_USER_INPUT', 'Saksnummeret er for langt.', {
        messageEn: 'The case reference is too long.',
        fields: [
          {
            field: 'caseReference',
            message: 'Saksnummeret er for langt.',
            messageEn: 'The case reference is too long.',
          },
        ],
      }),
    ]);
    await settle();
    expect(element.querySelector('#decision-refusal p')?.textContent?.trim()).toBe(
      'The case reference is too long.',
    );
    expect(element.querySelector('#decision-caseReference-error')?.textContent?.trim()).toBe(
      'The case reference is too long.',
    );
  });
});
