import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DEFAULT_REGION_SLUG,
  DownloadButtonComponent,
  formatKroner,
  formatNumber,
  I18nService,
  queryErrorText,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { EconomicsMunicipalityGQL, type EconomicsMunicipalityQuery } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FieldComponent,
  FieldControlDirective,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { CURRENT_YEAR } from '../shared/current-year';
import { amountIn, yearsOf } from '../shared/economics-figures';

type MunicipalityEconomics = EconomicsMunicipalityQuery['municipalityEconomics'];

export interface MunicipalityYearRow {
  readonly year: string;
  readonly measureCount: string;
  readonly pays: string;
  readonly earns: string;
  readonly planned: string;
  readonly realised: string;
  readonly required: string;
}

export interface MeasureFigures {
  readonly year: string;
  readonly pays: string;
  readonly earns: string;
  readonly planned: string;
  readonly realised: string;
}

export interface MunicipalityMeasureView {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly shareError: string | null;
  /** The selected year's figures. */
  readonly selected: MeasureFigures;
  /** It has a payment or a planned gain in the selected year (it counts in the year's "tiltak med tall"). */
  readonly active: boolean;
  readonly years: readonly MeasureFigures[];
}

export interface MunicipalityEconomicsView {
  readonly name: string;
  readonly lead: string;
  readonly yearOptions: readonly number[];
  readonly selectedYear: number | undefined;
  readonly years: readonly MunicipalityYearRow[];
  /** Whether the municipality has its own required saving in any year (the column is shown then). */
  readonly hasRequired: boolean;
  readonly measures: readonly MunicipalityMeasureView[];
  /** The measures with figures in the selected year (the table), and the codes of the others. */
  readonly activeMeasures: readonly MunicipalityMeasureView[];
  readonly withoutFigures: string;
  /** How many measures it takes part in, and how many of them have figures in the selected year. */
  readonly total: string;
  readonly activeCount: string;
}

export type MunicipalityPageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly view: MunicipalityEconomicsView };

/** This year when the data has it, else the first year; undefined when there are no years. */
export function defaultYear(years: readonly number[], currentYear: number): number | undefined {
  return years.includes(currentYear) ? currentYear : years[0];
}

/**
 * `/okonomi/kommuner/:number`: what one municipality takes part in, pays and is planned to gain, per year. A lead
 * sentence sums up the chosen year; the table gives every year; "Tiltakene bak tallene" shows the measures behind the
 * figures for the chosen year, each with every year behind a disclosure.
 */
@Component({
  selector: 'sb-municipality-economics-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DownloadButtonComponent, DataTableComponent, FieldComponent, FieldControlDirective],
  templateUrl: './municipality-economics-page.component.html',
  styleUrl: '../shared/economics-page.css',
})
export class MunicipalityEconomicsPageComponent {
  protected readonly regionSlug = DEFAULT_REGION_SLUG;
  /** The municipality number, from the route (component input binding). */
  readonly number = input<string>('');

  private readonly i18n = inject(I18nService);
  private readonly query = inject(EconomicsMunicipalityGQL);
  private readonly currentYear = inject(CURRENT_YEAR);
  protected readonly t = this.i18n.t;

  private readonly queryRef = computed(() =>
    this.query.watch({
      variables: { regionSlug: DEFAULT_REGION_SLUG, municipalityNumber: this.number() },
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));
  private readonly economics = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.municipalityEconomics : undefined;
  });
  private readonly yearOptions = computed(() => this.economics()?.years.map((year) => year.year) ?? []);

  /** The year the lead and the measures show; back to the default when other data arrives. */
  protected readonly selectedYear = linkedSignal(() => defaultYear(this.yearOptions(), this.currentYear));

  protected readonly state = computed<MunicipalityPageState>(() => {
    const economics = this.economics();
    if (economics) return { kind: 'ready', view: this.toView(economics, this.selectedYear()) };
    const error = this.result()?.error;
    if (error) return { kind: 'error', message: queryErrorText(error, this.i18n) };
    return { kind: 'loading' };
  });

  /** The tables' columns: every year, the measures behind the chosen year's figures, one measure's years. */
  protected readonly columns = computed(() => {
    const t = this.t;
    const column = (key: TranslationKey, align?: 'end'): DataTableColumn => ({ key, label: t(key), align });
    const figures = [
      column('economicsPages.col.pays', 'end'),
      column('economicsPages.col.earns', 'end'),
      column('economicsPages.col.plannedGain', 'end'),
      column('economicsPages.col.realisedGain', 'end'),
    ];
    const hasRequired = this.economics()?.years.some((year) => year.required !== null) ?? false;
    return {
      years: [
        column('economicsPages.col.year'),
        column('economicsPages.col.measureCount', 'end'),
        ...figures,
        ...(hasRequired ? [column('economicsPages.col.required', 'end')] : []),
      ],
      measures: [column('economicsPages.col.measure'), ...figures],
      allYears: [column('economicsPages.col.year'), ...figures],
    };
  });

  protected selectYear(event: Event): void {
    const year = Number((event.target as HTMLSelectElement).value);
    if (this.yearOptions().includes(year)) this.selectedYear.set(year);
  }

  private toView(
    economics: MunicipalityEconomics,
    selectedYear: number | undefined,
  ): MunicipalityEconomicsView {
    const t = this.t;
    const none = t('economicsPages.none');
    const money = (value: string | null, missing = none) => (value === null ? missing : formatKroner(value));
    const year = selectedYear ?? this.currentYear;
    const measures = economics.measures.map((measure): MunicipalityMeasureView => {
      const figures = (year: number): MeasureFigures => ({
        year: String(year),
        pays: money(amountIn(measure.pays, year), measure.shareError ? t('economicsPages.unknown') : none),
        earns: money(amountIn(measure.earns, year)),
        planned: money(amountIn(measure.plannedGain, year)),
        realised: money(amountIn(measure.realisedGain, year)),
      });
      return {
        id: measure.measureId,
        code: measure.code,
        title: measure.title,
        shareError: measure.shareError,
        selected: figures(year),
        // The API's rule for a year's count: a payment, an income or a planned gain in the year.
        active: [measure.pays, measure.earns, measure.plannedGain].some(
          (list) => amountIn(list, year) !== null,
        ),
        years: yearsOf(measure.pays, measure.earns, measure.plannedGain, measure.realisedGain).map(figures),
      };
    });
    const activeMeasures = measures.filter((measure) => measure.active);
    const others = measures.filter((measure) => !measure.active).map((measure) => measure.code);
    return {
      name: economics.municipalityName,
      measures,
      activeMeasures,
      withoutFigures: others.length
        ? t('economicsPages.municipality.withoutFigures', { year: String(year), codes: others.join(', ') })
        : '',
      total: formatNumber(economics.measureCount),
      activeCount: formatNumber(activeMeasures.length),
      lead: this.lead(economics, selectedYear),
      yearOptions: this.yearOptions(),
      selectedYear,
      years: economics.years.map((year) => ({
        year: String(year.year),
        measureCount: formatNumber(year.measureCount),
        pays: formatKroner(year.pays),
        earns: formatKroner(year.earns),
        planned: formatKroner(year.plannedGain),
        realised: money(year.realisedGain),
        required: money(year.required, t('economicsPages.notSet')),
      })),
      hasRequired: economics.years.some((year) => year.required !== null),
    };
  }

  /**
   * "Flesberg deltar i 12 tiltak; 3 av dem har kostnader eller planlagt gevinst i 2026. Det året betaler …": the
   * measures it takes part in, and of them the ones the year's figures (and the table below) are made of.
   */
  private lead(economics: MunicipalityEconomics, selectedYear: number | undefined): string {
    const figures = economics.years.find((year) => year.year === selectedYear);
    const name = economics.municipalityName;
    if (!figures) {
      return this.t('economicsPages.municipality.leadNoYears', {
        name,
        measures: this.i18n.plural('economicsPages.municipality.measureCount', economics.measureCount),
      });
    }
    const params = {
      name,
      measures: this.i18n.plural('economicsPages.municipality.measureCount', economics.measureCount),
      active: formatNumber(figures.measureCount),
      pays: formatKroner(figures.pays),
      planned: formatKroner(figures.plannedGain),
      year: String(figures.year),
    };
    return figures.realisedGain === null
      ? this.t('economicsPages.municipality.leadNothingRealised', params)
      : this.t('economicsPages.municipality.lead', {
          ...params,
          realised: formatKroner(figures.realisedGain),
        });
  }
}
