import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@samarbeid/web/data-access';
import type { MunicipalityAgreementsOverviewQuery } from '@samarbeid/web/graphql';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { closePage, type OpenedPage, openPage } from '../shared/testing/agreements-testing';
import { MunicipalityAgreementsPageComponent, monthsUntil } from './municipality-agreements-page.component';

const NBSP = '\u00a0';

type Overview = MunicipalityAgreementsOverviewQuery['municipalityAgreements'];
type Row = Overview['agreements'][number];

function row(overrides: Partial<Row> & Pick<Row, 'agreementId' | 'title'>): Row {
  return {
    __typename: 'MunicipalityAgreement',
    legalForm: 'SERVICE_PURCHASE',
    status: 'ACTIVE',
    role: 'BUYER',
    versionNumber: 1,
    annualCost: null,
    annualCostExplanation: null,
    endDate: null,
    lastNoticeDate: null,
    noticeMonths: null,
    endStatus: null,
    noticeStatus: null,
    endsSoon: false,
    noticeSoon: false,
    ...overrides,
  } as Row;
}

/** Flesberg seen from 22 November 2026 with a 6-month horizon: four agreements that bind it, one terminated. */
function overview(overrides: Partial<Overview> = {}): MunicipalityAgreementsOverviewQuery {
  return {
    municipalityAgreements: {
      __typename: 'MunicipalityAgreements',
      municipalityNumber: '3334',
      municipalityName: 'Flesberg',
      asOf: '2026-11-22',
      withinMonths: 6,
      totalAnnualCost: '1234567',
      agreements: [
        row({
          agreementId: 'a-notice-days',
          title: 'Felles lønnskontor',
          status: 'SUBMITTED',
          annualCost: '45000',
          endDate: '2027-06-04',
          lastNoticeDate: '2026-12-04',
          noticeMonths: 6,
          endStatus: 'SOON',
          noticeStatus: 'SOON',
          endsSoon: true,
          noticeSoon: true,
        }),
        row({
          agreementId: 'a-passed',
          title: 'Barnevern',
          legalForm: 'HOST_MUNICIPALITY_ADMINISTRATIVE',
          role: 'PARTICIPANT',
          annualCost: '111111',
          endDate: '2027-03-31',
          lastNoticeDate: '2026-09-30',
          noticeMonths: 6,
          endStatus: 'SOON',
          noticeStatus: 'PASSED',
          endsSoon: true,
        }),
        row({
          agreementId: 'a-notice-months',
          title: 'Felles byggesaksbehandling',
          annualCost: '123456.5',
          annualCostExplanation: 'Flesbergs del av volumet (40 %) av fast årlig pris',
          endDate: '2027-08-31',
          lastNoticeDate: '2027-02-28',
          noticeMonths: 6,
          endStatus: 'LATER',
          noticeStatus: 'SOON',
          noticeSoon: true,
        }),
        row({
          agreementId: 'a-open',
          title: 'Kongsbergregionen IKT IKS',
          legalForm: 'INTERMUNICIPAL_COMPANY',
          role: 'OWNER',
          annualCost: '1000000',
        }),
        row({
          agreementId: 'a-terminated',
          title: 'Regionrådet',
          legalForm: 'POLITICAL_COUNCIL',
          status: 'TERMINATED',
          role: 'MEMBER',
          endDate: '2026-12-31',
          lastNoticeDate: '2026-12-31',
          noticeMonths: 0,
          endStatus: 'SOON',
          noticeStatus: 'SOON',
        }),
      ],
      ...overrides,
    },
  } as MunicipalityAgreementsOverviewQuery;
}

describe('monthsUntil', () => {
  it('counts whole months, with month ends clamped', () => {
    expect(monthsUntil('2026-11-22', '2027-02-28')).toBe(3);
    expect(monthsUntil('2026-11-22', '2027-02-21')).toBe(2);
    expect(monthsUntil('2026-11-22', '2026-12-21')).toBe(0);
    expect(monthsUntil('2026-08-31', '2027-02-28')).toBe(6);
  });
});

describe('MunicipalityAgreementsPageComponent', () => {
  let opened: OpenedPage | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(number: string): Promise<void> {
    opened = await openPage(`/avtaler/kommuner/${number}`, [
      { path: 'avtaler/kommuner/:number', component: MunicipalityAgreementsPageComponent },
    ]);
    ({ controller, element } = opened);
  }

  const settle = () => opened?.settle() ?? Promise.resolve();

  async function open(result = overview()): Promise<void> {
    await render('3334');
    const op = controller.expectOne('MunicipalityAgreementsOverview');
    expect(op.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      municipalityNumber: '3334',
      withinMonths: 6,
    });
    op.flushData(result);
    await settle();
  }

  afterEach(() => closePage(opened));

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
  }

  function table(): Element | null {
    return element.querySelector('[data-testid="municipality-agreements"]');
  }

  function rows(): string[][] {
    return Array.from(table()?.querySelectorAll('tbody tr') ?? []).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => text(cell)),
    );
  }

  function flags(): string[] {
    return Array.from(element.querySelectorAll('[data-testid="agreement-flags"]')).map((cell) => {
      const items = Array.from(cell.querySelectorAll('li'));
      return items.length > 0 ? items.map((li) => text(li)).join(' ') : text(cell);
    });
  }

  function lead(): string {
    return text(element.querySelector('[data-testid="municipality-agreements-lead"]'));
  }

  it('sums up in a sentence what the municipality is party to and pays a year', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Avtaler for Flesberg');
    expect(lead()).toBe(`Flesberg er part i 4 avtaler og betaler 1${NBSP}234${NBSP}567${NBSP}kr i året.`);
    expect(text(element.querySelector('.sb-municipality-agreements'))).toContain(
      'Tabellen viser også 1 avtale som er sagt opp, utløpt eller avvist.',
    );
    expect(text(element.querySelector('.sb-municipality-agreements'))).toContain(
      'Fristene er regnet fra 22. november 2026.',
    );
  });

  it('lists every agreement of every legal form with role, cost, end and notice dates', async () => {
    await open();
    expect(text(table()?.querySelector('caption'))).toBe(
      'Avtalene til Flesberg, med merknad om frister innen 6 måneder',
    );
    expect(
      Array.from(table()?.querySelectorAll('thead th[scope="col"]') ?? []).map((th) => text(th)),
    ).toEqual([
      'Avtale',
      'Avtaleform',
      'Rolle',
      'Status',
      'Årlig kostnad',
      'Slutter',
      'Siste frist for oppsigelse',
      'Merknader',
    ]);
    expect(
      Array.from(table()?.querySelectorAll('tbody th') ?? []).map((th) => th.getAttribute('scope')),
    ).toEqual(['row', 'row', 'row', 'row', 'row']);
    expect(rows().map((cells) => cells.slice(0, 7))).toEqual([
      [
        'Felles lønnskontor',
        'Tjenestekjøpsavtale',
        'Kjøper',
        'Til godkjenning',
        `45${NBSP}000${NBSP}kr`,
        '4. juni 2027',
        '4. desember 2026',
      ],
      [
        'Barnevern',
        'Vertskommunesamarbeid, administrativt (kap. 20)',
        'Samarbeidskommune',
        'Aktiv',
        `111${NBSP}111${NBSP}kr`,
        '31. mars 2027',
        '30. september 2026',
      ],
      [
        'Felles byggesaksbehandling',
        'Tjenestekjøpsavtale',
        'Kjøper',
        'Aktiv',
        `123${NBSP}456,50${NBSP}kr Flesbergs del av volumet (40 %) av fast årlig pris`,
        '31. august 2027',
        '28. februar 2027',
      ],
      [
        'Kongsbergregionen IKT IKS',
        'Interkommunalt selskap (IKS)',
        'Eier / deltaker',
        'Aktiv',
        `1${NBSP}000${NBSP}000${NBSP}kr`,
        'uten sluttdato',
        'ingen frist',
      ],
      [
        'Regionrådet',
        'Interkommunalt politisk råd (kap. 18)',
        'Medlem',
        'Sagt opp',
        'ikke oppgitt',
        '31. desember 2026',
        '31. desember 2026',
      ],
    ]);
    const links = Array.from(table()?.querySelectorAll<HTMLAnchorElement>('tbody a') ?? []).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual([
      '/avtaler/a-notice-days',
      '/avtaler/a-passed',
      '/avtaler/a-notice-months',
      '/avtaler/a-open',
      '/avtaler/a-terminated',
    ]);
  });

  it('says near and passed deadlines in words, not by colour', async () => {
    await open();
    expect(flags()).toEqual([
      'Frist for oppsigelse om 12 dager. Slutter om 6 mdr.',
      'Fristen for oppsigelse er passert. Slutter om 4 mdr.',
      'Frist for oppsigelse om 3 mdr.',
      'ingen',
      // Terminated: its deadlines no longer matter (the API does not flag them).
      'ingen',
    ]);
  });

  it('asks for the deadlines within the chosen horizon, keeping the table while it loads', async () => {
    await open();
    const select = element.querySelector<HTMLSelectElement>('#agreements-horizon') as HTMLSelectElement;
    expect(text(element.querySelector('label[for="agreements-horizon"]'))).toBe('Vis frister innen');
    expect(select.getAttribute('aria-describedby')).toBe('agreements-horizon-hint');
    expect(Array.from(select.options).map((option) => [option.value, text(option)])).toEqual([
      ['3', '3 måneder'],
      ['6', '6 måneder'],
      ['12', '12 måneder'],
    ]);
    expect(select.value).toBe('6');

    select.value = '12';
    select.dispatchEvent(new Event('change'));
    await settle();
    const op = controller.expectOne('MunicipalityAgreementsOverview');
    expect(op.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      municipalityNumber: '3334',
      withinMonths: 12,
    });
    expect(table()).not.toBeNull();
    expect(element.querySelector('.sb-municipality-agreements')?.getAttribute('aria-busy')).toBe('true');
    expect(element.querySelector('#agreements-horizon')).toBe(select);

    const wider = overview({ withinMonths: 12 });
    const byggesak = wider.municipalityAgreements.agreements[2];
    wider.municipalityAgreements.agreements[2] = { ...byggesak, endsSoon: true, endStatus: 'SOON' };
    op.flushData(wider);
    await settle();
    expect(element.querySelector('.sb-municipality-agreements')?.getAttribute('aria-busy')).toBe('false');
    expect(text(table()?.querySelector('caption'))).toBe(
      'Avtalene til Flesberg, med merknad om frister innen 12 måneder',
    );
    expect(flags()[2]).toBe('Frist for oppsigelse om 3 mdr. Slutter om 9 mdr.');
  });

  it("links back to the municipality's economics", async () => {
    await open();
    const link = element.querySelector<HTMLAnchorElement>('[data-testid="municipality-economics-link"]');
    expect(text(link)).toBe('← Økonomi for Flesberg');
    expect(link?.getAttribute('href')).toBe('/okonomi/kommuner/3334');
  });

  it('says so when the municipality is party to no agreement', async () => {
    await open(overview({ agreements: [], totalAnnualCost: '0' }));
    expect(lead()).toBe('Flesberg er ikke part i noen avtaler som gjelder eller venter på godkjenning.');
    expect(table()).toBeNull();
    expect(text(element.querySelector('.sb-municipality-agreements'))).toContain(
      'Flesberg er ikke part i noen avtaler ennå.',
    );
  });

  it('speaks English after the language switch, keeping Norwegian figures', async () => {
    await open();
    TestBed.inject(I18nService).setLanguage('en');
    await settle();
    expect(lead()).toBe(
      `Flesberg is a party to 4 agreements and pays 1${NBSP}234${NBSP}567${NBSP}kr a year.`,
    );
    expect(flags()[0]).toBe('Notice deadline in 12 days. Ends in 6 months.');
  });

  it("shows the server's error in an alert", async () => {
    await render('9999');
    controller
      .expectOne('MunicipalityAgreementsOverview')
      .graphqlErrors([
        { message: 'Kommune 9999 er ikke medlem av Kongsbergregionen.', extensions: { code: 'NOT_FOUND' } },
      ]);
    await settle();
    expect(text(element.querySelector('h1'))).toBe('Avtaler for kommune 9999');
    expect(text(element.querySelector('[role="alert"] p'))).toBe(
      'Kommune 9999 er ikke medlem av Kongsbergregionen.',
    );
  });

  it('takes the municipality number from the route', async () => {
    await render('3303');
    const op = controller.expectOne('MunicipalityAgreementsOverview');
    expect(op.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      municipalityNumber: '3303',
      withinMonths: 6,
    });
    op.flushData(overview({ municipalityNumber: '3303', municipalityName: 'Kongsberg' }));
    await settle();
    expect(text(element.querySelector('h1'))).toBe('Avtaler for Kongsberg');
  });
});
