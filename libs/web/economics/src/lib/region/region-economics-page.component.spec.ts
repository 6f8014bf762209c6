import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@samarbeid/web/data-access';
import type { EconomicsRegionQuery } from '@samarbeid/web/graphql';
import { buttonNamed, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { regionEconomics } from '../../testing/economics-fixtures';
import {
  bodyRows,
  type OpenedEconomicsPage,
  openEconomicsComponent,
  plainText,
} from '../../testing/economics-page';
import { RegionEconomicsPageComponent } from './region-economics-page.component';
import { savingsGapSpec } from './savings-gap-chart.component';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('RegionEconomicsPageComponent', () => {
  let page: OpenedEconomicsPage | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    page = await openEconomicsComponent(RegionEconomicsPageComponent);
    ({ controller, element } = page);
  });

  afterEach(() => verifyAndReset(page?.controller));

  /** Lets the mutation's promise and the rendering that follows it finish. */
  const settle = () => page?.settle() ?? Promise.resolve();

  async function open(result: EconomicsRegionQuery = regionEconomics()): Promise<void> {
    const op = controller.expectOne('EconomicsRegion');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen' });
    op.flushData(result);
    await settle();
  }

  const text = plainText;
  const rows = (selector: string) => bodyRows(element, selector);
  const type = (input: Element | null | undefined, value: string) =>
    typeInto(input as HTMLInputElement, value);
  const button = (name: string, within: ParentNode = element) => buttonNamed(within, name);

  it('shows a loading state, then the heading', async () => {
    expect(text(element.querySelector('[role="status"]'))).toBe('Laster økonomien …');
    expect(element.querySelector('[aria-busy="true"]')).not.toBeNull();
    await open();
    expect(text(element.querySelector('h1'))).toBe('Økonomi i Kongsbergregionen');
    expect(element.querySelector('[aria-busy="false"]')).not.toBeNull();
  });

  it('shows the savings gap per year, with signs and words for every gap', async () => {
    await open();
    const table = element.querySelector('[data-testid="savings-gap"]');
    expect(text(table?.querySelector('caption'))).toBe('Krav, planlagt og realisert nedtrekk per år');
    expect(Array.from(table?.querySelectorAll('thead th[scope="col"]') ?? []).map((th) => text(th))).toEqual([
      'År',
      'Krav',
      'Planlagt',
      'Realisert',
      'Avvik mot plan',
      'Avvik realisert',
    ]);
    expect(rows('[data-testid="savings-gap"]')).toEqual([
      [
        '2025',
        `5${NBSP}000${NBSP}000${NBSP}kr`,
        `5${NBSP}600${NBSP}000${NBSP}kr`,
        `5${NBSP}100${NBSP}000,50${NBSP}kr`,
        `+600${NBSP}000${NBSP}kr (over kravet)`,
        `+100${NBSP}000,50${NBSP}kr (over kravet)`,
      ],
      [
        '2026',
        `8${NBSP}000${NBSP}000${NBSP}kr`,
        `6${NBSP}750${NBSP}000${NBSP}kr`,
        `0${NBSP}kr`,
        `${MINUS}1${NBSP}250${NBSP}000${NBSP}kr (mangler)`,
        `${MINUS}8${NBSP}000${NBSP}000${NBSP}kr (mangler)`,
      ],
      [
        '2027',
        `10${NBSP}000${NBSP}000${NBSP}kr`,
        `10${NBSP}000${NBSP}000${NBSP}kr`,
        `0${NBSP}kr`,
        `0${NBSP}kr (som kravet)`,
        `${MINUS}10${NBSP}000${NBSP}000${NBSP}kr (mangler)`,
      ],
    ]);
    expect(table?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(3);
    expect(table?.querySelector('tbody tr:nth-child(2) td:nth-child(5)')?.getAttribute('data-gap')).toBe(
      'short',
    );
  });

  it('says "gap" in English and keeps the minus sign', async () => {
    await open();
    TestBed.inject(I18nService).setLanguage('en');
    await settle();
    expect(rows('[data-testid="savings-gap"]')[1][4]).toBe(`${MINUS}1${NBSP}250${NBSP}000${NBSP}kr (gap)`);
    expect(text(element.querySelector('h1'))).toBe('Economics in Kongsbergregionen');
  });

  it('draws the gap as an image with a summary and the exact figures as a table', async () => {
    await open();
    const picture = element.querySelector('sb-savings-gap-chart [role="img"]');
    const summary = document.getElementById(picture?.getAttribute('aria-labelledby') ?? '');
    expect(text(summary)).toBe(
      'Søylediagram: krav, planlagt og realisert nedtrekk per år, 2025–2027. Planen dekker kravet i 2 av 3 år. Alle tall står i tabellen over.',
    );
    expect(picture?.querySelector('.sb-chart__canvas')).not.toBeNull();
    expect(rows('sb-savings-gap-chart .ds-sr-only > table')).toEqual([
      [
        '2025',
        `5${NBSP}000${NBSP}000${NBSP}kr`,
        `5${NBSP}600${NBSP}000${NBSP}kr`,
        `5${NBSP}100${NBSP}000,50${NBSP}kr`,
      ],
      ['2026', `8${NBSP}000${NBSP}000${NBSP}kr`, `6${NBSP}750${NBSP}000${NBSP}kr`, `0${NBSP}kr`],
      ['2027', `10${NBSP}000${NBSP}000${NBSP}kr`, `10${NBSP}000${NBSP}000${NBSP}kr`, `0${NBSP}kr`],
    ]);
  });

  it('lists the measures with costs and gains per year, linking each code to its measure', async () => {
    await open();
    const table = element.querySelector('[data-testid="region-measures"]');
    const link = table?.querySelector<HTMLAnchorElement>('th[scope="rowgroup"] a');
    expect(link?.getAttribute('href')).toBe('/tiltak/T7');
    expect(table?.querySelector('th[scope="rowgroup"]')?.getAttribute('rowspan')).toBe('2');
    expect(rows('[data-testid="region-measures"]')).toEqual([
      [
        'T7 Felles byggesaksbehandling',
        '2025',
        `1${NBSP}500${NBSP}000${NBSP}kr`,
        `5${NBSP}600${NBSP}000${NBSP}kr`,
        `5${NBSP}100${NBSP}000,50${NBSP}kr`,
      ],
      ['2026', `750${NBSP}000${NBSP}kr`, `6${NBSP}750${NBSP}000${NBSP}kr`, 'ingen'],
      ['HR2 Felles lønnskontor', 'Ingen tall per år ennå'],
    ]);
  });

  it('shows the thresholds in words', async () => {
    await open(
      regionEconomics({
        thresholds: { greenFromPercent: '87.50', yellowFromPercent: '70' },
      }),
    );
    expect(text(element.querySelector('[data-testid="thresholds-summary"]'))).toBe(
      'Grønn fra 87,5 %, gul fra 70 %.',
    );
    expect(Array.from(element.querySelectorAll('ul.ds-list li')).map((li) => text(li))).toEqual([
      'Grønn – i rute: minst 87,5 %',
      'Gul – noe etter: fra 70 % til under 87,5 %',
      'Rød – klart etter: under 70 %',
    ]);
  });

  it('offers no editing when the viewer may not edit', async () => {
    await open(regionEconomics({ viewerCanEdit: false }));
    expect(element.querySelector('[data-testid="economics-editor"]')).toBeNull();
    expect(element.querySelector('sb-requirements-editor')).toBeNull();
    expect(element.querySelector('sb-thresholds-editor')).toBeNull();
    expect(element.querySelectorAll('input')).toHaveLength(0);
  });

  it("shows the server's error in an alert", async () => {
    controller
      .expectOne('EconomicsRegion')
      .graphqlErrors([
        { message: 'Fant ingen region «kongsbergregionen».', extensions: { code: 'NOT_FOUND' } },
      ]);
    await settle();
    const alert = element.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('h2'))).toBe('Kunne ikke hente økonomien');
    expect(text(alert?.querySelector('p'))).toBe('Fant ingen region «kongsbergregionen».');
  });

  it('says when nothing is required or planned yet', async () => {
    await open(regionEconomics({ years: [], measures: [], requirements: [] }));
    expect(element.querySelector('[data-testid="savings-gap"]')).toBeNull();
    expect(element.querySelector('sb-savings-gap-chart')).toBeNull();
    expect(element.textContent).toContain('Det er ikke satt krav og ikke planlagt gevinster i kroner ennå.');
    expect(element.textContent).toContain('Ingen tiltak har kostnader eller gevinster ennå.');
  });

  describe('for the secretariat (viewerCanEdit)', () => {
    const editable = () => regionEconomics({ viewerCanEdit: true });

    function requirementRows(): HTMLElement[] {
      return Array.from(element.querySelectorAll<HTMLElement>('[data-testid="requirement-row"]'));
    }

    it("edits the region's requirements: one row per region-wide year, labelled fields", async () => {
      await open(editable());
      const editor = element.querySelector('sb-requirements-editor');
      expect(text(editor?.querySelector('h3'))).toBe('Krav til nedtrekk per år');
      const fieldsets = requirementRows();
      expect(fieldsets).toHaveLength(3);
      expect(text(fieldsets[0].querySelector('legend'))).toBe('Krav 1');
      const inputs = Array.from(fieldsets[1].querySelectorAll('input'));
      expect(inputs.map((input) => input.value)).toEqual(['2026', `8${NBSP}000${NBSP}000`]);
      for (const input of Array.from(editor?.querySelectorAll('input') ?? [])) {
        const label = editor?.querySelector(`label[for="${input.id}"]`);
        expect(text(label)).not.toBe('');
      }
      expect(text(fieldsets[1].querySelector('button'))).toBe('Fjern kravet for 2026');
    });

    it('sends the amounts typed the Norwegian way as decimal strings, and says they are saved', async () => {
      await open(editable());
      const editor = element.querySelector('sb-requirements-editor') as HTMLElement;
      type(requirementRows()[1].querySelectorAll('input')[1], '8 250 000,50');
      button('Fjern kravet for 2025', editor).click();
      await settle();
      expect(requirementRows()).toHaveLength(2);
      button('Legg til år', editor).click();
      await settle();
      const added = requirementRows()[2];
      expect(added.querySelectorAll('input')[0].value).toBe('2028');
      expect(document.activeElement).toBe(added.querySelectorAll('input')[1]);
      type(added.querySelectorAll('input')[1], `12${NBSP}000${NBSP}000 kr`);
      button('Lagre kravene', editor).click();
      await settle();

      const op = controller.expectOne('SetRegionSavingsRequirements');
      expect(op.operation.variables).toEqual({
        input: {
          regionSlug: 'kongsbergregionen',
          municipalityNumber: null,
          values: [
            { year: 2026, amount: '8250000.50' },
            { year: 2027, amount: '10000000' },
            { year: 2028, amount: '12000000' },
          ],
        },
      });
      const saved = editable().regionEconomics;
      op.flushData({
        setSavingsRequirements: {
          ...saved,
          requirements: [
            { __typename: 'SavingsRequirement', municipalityNumber: null, year: 2026, amount: '8250000.5' },
            { __typename: 'SavingsRequirement', municipalityNumber: null, year: 2027, amount: '10000000' },
            { __typename: 'SavingsRequirement', municipalityNumber: null, year: 2028, amount: '12000000' },
          ],
        },
      });
      await settle();
      expect(text(element.querySelector('#requirements-feedback [role="status"]'))).toBe(
        'Kravene er lagret.',
      );
      expect(document.activeElement?.id).toBe('requirements-feedback');
      // The answer is written over the page's data: the rows show what was saved.
      expect(
        requirementRows().map((row) => Array.from(row.querySelectorAll('input')).map((i) => i.value)),
      ).toEqual([
        ['2026', `8${NBSP}250${NBSP}000,50`],
        ['2027', `10${NBSP}000${NBSP}000`],
        ['2028', `12${NBSP}000${NBSP}000`],
      ]);
    });

    it('refuses amounts and years the API would refuse, naming the fields, without sending anything', async () => {
      await open(editable());
      const editor = element.querySelector('sb-requirements-editor') as HTMLElement;
      const [first, second] = requirementRows();
      type(first.querySelectorAll('input')[1], '12,345');
      type(second.querySelectorAll('input')[0], '2025');
      button('Lagre kravene', editor).click();
      await settle();

      controller.expectNone('SetRegionSavingsRequirements');
      const summary = editor.querySelector('#requirements-errors');
      expect(document.activeElement).toBe(summary);
      expect(Array.from(summary?.querySelectorAll('li') ?? []).map((li) => text(li))).toEqual([
        'Beløp i kroner (Krav 1): Skriv et beløp i hele kroner eller med høyst to desimaler, f.eks. 1 250 000.',
        'År (Krav 2): Året står flere ganger.',
      ]);
      const amount = first.querySelectorAll('input')[1];
      expect(amount.getAttribute('aria-invalid')).toBe('true');
      expect(amount.getAttribute('aria-describedby')).toBe(`req-amount-hint ${amount.id}-error`);
      expect(text(document.getElementById(`${amount.id}-error`))).toBe(
        'Skriv et beløp i hele kroner eller med høyst to desimaler, f.eks. 1 250 000.',
      );
      expect(text(second.querySelector('.ds-validation-message'))).toBe('Året står flere ganger.');
      summary?.querySelector<HTMLAnchorElement>('li a')?.click();
      expect(document.activeElement).toBe(amount);
    });

    it("shows the API's refusal in an alert", async () => {
      await open(editable());
      const editor = element.querySelector('sb-requirements-editor') as HTMLElement;
      button('Lagre kravene', editor).click();
      await settle();
      controller.expectOne('SetRegionSavingsRequirements').graphqlErrors([
        {
          message: 'Bare sekretariatet kan sette krav til nedtrekk.',
          extensions: { code: 'FORBIDDEN', messageEn: 'Only the secretariat can set required savings.' },
        },
      ]);
      await settle();
      const alert = editor.querySelector('#requirements-feedback .ds-alert');
      expect(alert?.getAttribute('role')).toBe('alert');
      expect(text(alert?.querySelector('h4'))).toBe('Endringen ble ikke lagret');
      expect(text(alert?.querySelector('p'))).toBe('Bare sekretariatet kan sette krav til nedtrekk.');
      expect(text(editor.querySelector('[role="status"]'))).toBe('');
    });

    it('sets the thresholds from Norwegian input', async () => {
      await open(editable());
      const editor = element.querySelector('sb-thresholds-editor') as HTMLElement;
      const green = editor.querySelector<HTMLInputElement>('#threshold-green');
      const yellow = editor.querySelector<HTMLInputElement>('#threshold-yellow');
      expect(green?.value).toBe('90');
      expect(text(editor.querySelector('label[for="threshold-green"]'))).toBe(
        'Grønn fra (prosent av planlagt)',
      );
      type(green, '87,5 %');
      type(yellow, '65');
      button('Lagre statusgrensene', editor).click();
      await settle();
      const op = controller.expectOne('SetRegionBenefitThresholds');
      expect(op.operation.variables).toEqual({
        input: { regionSlug: 'kongsbergregionen', greenFromPercent: '87.5', yellowFromPercent: '65' },
      });
      op.flushData({
        setBenefitThresholds: {
          ...editable().regionEconomics,
          thresholds: { __typename: 'BenefitThresholds', greenFromPercent: '87.5', yellowFromPercent: '65' },
        },
      });
      await settle();
      expect(text(editor.querySelector('[role="status"]'))).toBe('Statusgrensene er lagret.');
      expect(text(element.querySelector('[data-testid="thresholds-summary"]'))).toBe(
        'Grønn fra 87,5 %, gul fra 65 %.',
      );
    });

    it('refuses a yellow threshold above the green one', async () => {
      await open(editable());
      const editor = element.querySelector('sb-thresholds-editor') as HTMLElement;
      type(editor.querySelector('#threshold-yellow'), '95');
      button('Lagre statusgrensene', editor).click();
      await settle();
      controller.expectNone('SetRegionBenefitThresholds');
      expect(text(editor.querySelector('#threshold-yellow-error'))).toBe(
        'Grensen for gul kan ikke være høyere enn grensen for grønn.',
      );
      expect(editor.querySelector('#threshold-yellow')?.getAttribute('aria-invalid')).toBe('true');
    });
  });
});

describe('savingsGapSpec', () => {
  it('declares the gap chart as labelled bars along the years, so a small realised value shows beside a large bar', () => {
    const years = [
      { year: 2026, required: '116000000', planned: '90000000', realised: '58000', plannedGap: '-26000000' },
      { year: 2027, required: '116000000', planned: '120000000', realised: '0', plannedGap: '4000000' },
    ];
    const names: Record<string, string> = {
      'economicsPages.chart.required': 'Krav (helfarget)',
      'economicsPages.chart.planned': 'Planlagt (skravert)',
      'economicsPages.chart.realised': 'Realisert (prikket)',
    };
    const spec = savingsGapSpec(years, (key) => names[key]);
    expect(spec.orientation).toBe('horizontal');
    expect(spec.unit).toEqual({ kind: 'kroner' });
    expect(spec.categories).toEqual(['2026', '2027']);
    expect(spec.series.map((series) => [series.name, series.pattern, series.labels])).toEqual([
      ['Krav (helfarget)', 'solid', true],
      ['Planlagt (skravert)', 'hatched', true],
      ['Realisert (prikket)', 'dotted', true],
    ]);
    expect(spec.series[2].values).toEqual(['58000', '0']);
  });
});
