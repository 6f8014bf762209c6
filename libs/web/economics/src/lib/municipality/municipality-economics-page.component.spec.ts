import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@samarbeid/web/data-access';
import type { EconomicsMunicipalityQuery } from '@samarbeid/web/graphql';
import { typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { municipalityEconomics } from '../../testing/economics-fixtures';
import {
  bodyRows,
  type OpenedEconomicsPage,
  openEconomicsPage,
  plainText,
} from '../../testing/economics-page';
import { defaultYear, MunicipalityEconomicsPageComponent } from './municipality-economics-page.component';

const NBSP = '\u00a0';

describe('defaultYear', () => {
  it('is this year when the data has it, else the first year', () => {
    expect(defaultYear([2025, 2026, 2027], 2026)).toBe(2026);
    expect(defaultYear([2027, 2028], 2026)).toBe(2027);
    expect(defaultYear([], 2026)).toBeUndefined();
  });
});

describe('MunicipalityEconomicsPageComponent', () => {
  let page: OpenedEconomicsPage | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(number: string, currentYear = 2026): Promise<void> {
    page = await openEconomicsPage(
      `/okonomi/kommuner/${number}`,
      [{ path: 'okonomi/kommuner/:number', component: MunicipalityEconomicsPageComponent }],
      currentYear,
    );
    ({ controller, element } = page);
  }

  const settle = () => page?.settle() ?? Promise.resolve();

  async function open(
    result: EconomicsMunicipalityQuery = municipalityEconomics(),
    currentYear = 2026,
  ): Promise<void> {
    await render('3334', currentYear);
    const op = controller.expectOne('EconomicsMunicipality');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', municipalityNumber: '3334' });
    op.flushData(result);
    await settle();
  }

  afterEach(() => verifyAndReset(page?.controller));

  const text = plainText;
  const lead = () => text(element.querySelector('[data-testid="municipality-lead"]'));
  const rows = (selector: string) => bodyRows(element, selector);

  async function chooseYear(year: string): Promise<void> {
    typeInto(element.querySelector<HTMLSelectElement>('#economics-year') as HTMLSelectElement, year);
    await settle();
  }

  it('sums up this year in a sentence with Norwegian figures; nothing realised is said in words', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Flesberg');
    expect(lead()).toBe(
      'Flesberg deltar i 12 tiltak; 12 av dem har kostnader eller planlagt gevinst i 2026. ' +
        `Det året betaler kommunen 1${NBSP}234${NBSP}567${NBSP}kr og er planlagt å hente ` +
        `2${NBSP}345${NBSP}678${NBSP}kr; ingenting realisert ennå.`,
    );
    expect(element.querySelector('[data-testid="municipality-lead"]')?.getAttribute('aria-live')).toBe(
      'polite',
    );
  });

  it('follows the chosen year, with what is realised so far', async () => {
    await open();
    const select = element.querySelector<HTMLSelectElement>('#economics-year');
    expect(text(element.querySelector('label[for="economics-year"]'))).toBe('Vis år');
    expect(Array.from(select?.options ?? []).map((option) => option.text.trim())).toEqual([
      '2025',
      '2026',
      '2027',
    ]);
    expect(select?.value).toBe('2026');

    await chooseYear('2025');
    expect(lead()).toBe(
      'Flesberg deltar i 12 tiltak; 10 av dem har kostnader eller planlagt gevinst i 2025. ' +
        `Det året betaler kommunen 1${NBSP}000${NBSP}000${NBSP}kr og er planlagt å hente ` +
        `2${NBSP}000${NBSP}000${NBSP}kr; realisert så langt 345${NBSP}678${NBSP}kr.`,
    );
    expect(text(element.querySelector('[data-testid="municipality-measures"] caption'))).toBe(
      'Tiltakene bak tallene i 2025',
    );
    // The table holds the measures the year's count is made of; the others are named below it.
    expect(rows('[data-testid="municipality-measures"]').map((row) => row[0])).toEqual([
      'T7 Felles byggesaksbehandling',
    ]);
    expect(text(element.querySelector('[data-testid="without-figures"]'))).toBe('Uten tall i 2025: HR2.');
  });

  it('explains why what it pays here can differ from the agreements page', async () => {
    await open();
    expect(text(element.querySelector('[data-testid="payments-differ"]'))).toContain(
      'Avtalesiden viser i stedet årlig kostnad slik hver avtale regner den',
    );
    expect(element.querySelector('[data-testid="without-figures"]')).toBeNull();
  });

  it('defaults to the first year when this year has no figures', async () => {
    await open(municipalityEconomics(), 2031);
    expect(element.querySelector<HTMLSelectElement>('#economics-year')?.value).toBe('2025');
    expect(lead()).toContain('i 2025. Det året betaler');
  });

  it('speaks English after the language switch, keeping Norwegian figures', async () => {
    await open();
    TestBed.inject(I18nService).setLanguage('en');
    await settle();
    expect(lead()).toBe(
      'Flesberg takes part in 12 measures; 12 of them have costs or planned gains in 2026. ' +
        `That year the municipality pays 1${NBSP}234${NBSP}567${NBSP}kr and is planned to gain ` +
        `2${NBSP}345${NBSP}678${NBSP}kr; nothing realised yet.`,
    );
  });

  it('says so when there are no yearly figures yet', async () => {
    await open(municipalityEconomics({ years: [], measures: [], measureCount: 1 }));
    expect(lead()).toBe(
      'Flesberg deltar i 1 tiltak, men ingen av dem har kostnader eller gevinster i kroner ennå.',
    );
    expect(element.querySelector('#economics-year')).toBeNull();
    expect(element.textContent).toContain('Kommunen deltar ikke i noen tiltak ennå.');
  });

  it('shows every year in a table, with its own requirement where set', async () => {
    await open();
    const table = element.querySelector('[data-testid="municipality-years"]');
    expect(text(table?.querySelector('caption'))).toBe('Flesberg per år');
    expect(Array.from(table?.querySelectorAll('thead th[scope="col"]') ?? []).map((th) => text(th))).toEqual([
      'År',
      'Tiltak med tall',
      'Betaler',
      'Inntekter',
      'Planlagt gevinst',
      'Realisert gevinst',
      'Krav',
    ]);
    expect(rows('[data-testid="municipality-years"]')).toEqual([
      [
        '2025',
        '10',
        `1${NBSP}000${NBSP}000${NBSP}kr`,
        `0${NBSP}kr`,
        `2${NBSP}000${NBSP}000${NBSP}kr`,
        `345${NBSP}678${NBSP}kr`,
        'ikke satt',
      ],
      [
        '2026',
        '12',
        `1${NBSP}234${NBSP}567${NBSP}kr`,
        `25${NBSP}000${NBSP}kr`,
        `2${NBSP}345${NBSP}678${NBSP}kr`,
        'ingen',
        `400${NBSP}000${NBSP}kr`,
      ],
      [
        '2027',
        '11',
        `1${NBSP}100${NBSP}000${NBSP}kr`,
        `0${NBSP}kr`,
        `2${NBSP}500${NBSP}000,50${NBSP}kr`,
        'ingen',
        'ikke satt',
      ],
    ]);
  });

  it('shows the measures behind the figures for the chosen year, with a share that cannot be computed', async () => {
    await open();
    expect(text(element.querySelector('h2'))).toBe('Tiltakene bak tallene');
    expect(rows('[data-testid="municipality-measures"]')).toEqual([
      [
        'T7 Felles byggesaksbehandling',
        `234${NBSP}567${NBSP}kr`,
        `25${NBSP}000${NBSP}kr`,
        `845${NBSP}678${NBSP}kr`,
        'ingen',
      ],
      [
        'HR2 Felles lønnskontor Andelen kan ikke beregnes: Fordelingsnøkkelen mangler folketall for 2026.',
        'ukjent',
        'ingen',
        `1${NBSP}500${NBSP}000${NBSP}kr`,
        'ingen',
      ],
    ]);
    const links = Array.from(
      element.querySelectorAll<HTMLAnchorElement>('[data-testid="municipality-measures"] a'),
    ).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/tiltak/T7', '/tiltak/HR2']);
  });

  it('has every year of each measure behind a disclosure', async () => {
    await open();
    const details = Array.from(element.querySelectorAll('[data-testid="measure-years"]'));
    expect(details.map((d) => text(d.querySelector('summary')))).toEqual([
      'T7 Felles byggesaksbehandling',
      'HR2 Felles lønnskontor',
    ]);
    expect(
      Array.from(details[0].querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((cell) => text(cell)),
      ),
    ).toEqual([
      ['2025', `200${NBSP}000${NBSP}kr`, 'ingen', `500${NBSP}000${NBSP}kr`, `345${NBSP}678${NBSP}kr`],
      ['2026', `234${NBSP}567${NBSP}kr`, `25${NBSP}000${NBSP}kr`, `845${NBSP}678${NBSP}kr`, 'ingen'],
    ]);
    expect(text(details[1].querySelector('.sb-share-error'))).toBe(
      'Andelen kan ikke beregnes: Fordelingsnøkkelen mangler folketall for 2026.',
    );
  });

  it('links back to the municipalities', async () => {
    await open();
    const back = Array.from(element.querySelectorAll<HTMLAnchorElement>('a')).find(
      (a) => text(a) === '← Alle kommuner',
    );
    expect(back?.getAttribute('href')).toBe('/kommuner');
  });

  it("links to the municipality's agreements", async () => {
    await open();
    const link = element.querySelector<HTMLAnchorElement>('[data-testid="municipality-agreements-link"]');
    expect(text(link)).toBe('Avtaler for Flesberg');
    expect(link?.getAttribute('href')).toBe('/avtaler/kommuner/3334');
  });

  it("shows the server's error in an alert", async () => {
    await render('9999');
    controller.expectOne('EconomicsMunicipality').graphqlErrors([
      {
        message: 'Kommune 9999 er ikke medlem av Kongsbergregionen.',
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
    await settle();
    expect(text(element.querySelector('h1'))).toBe('Økonomi for kommune 9999');
    expect(text(element.querySelector('[role="alert"] p'))).toBe(
      'Kommune 9999 er ikke medlem av Kongsbergregionen.',
    );
  });

  it('takes the municipality number from the route', async () => {
    await render('3303');
    const op = controller.expectOne('EconomicsMunicipality');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', municipalityNumber: '3303' });
    op.flushData(municipalityEconomics({ municipalityNumber: '3303', municipalityName: 'Kongsberg' }));
    await settle();
    expect(text(element.querySelector('h1'))).toBe('Kongsberg');
  });
});
