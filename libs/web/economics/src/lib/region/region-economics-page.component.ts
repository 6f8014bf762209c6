import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { BENEFIT_STATUS_LABELS, BENEFIT_STATUSES, type BenefitStatus } from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  formatKroner,
  I18nService,
  type Language,
  queryErrorText,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { EconomicsRegionGQL, type EconomicsRegionQuery } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';

import { amountIn, formatPercent, type GapCell, gapCell, yearsOf } from '../shared/economics-figures';
import { RequirementsEditorComponent } from './requirements-editor.component';
import type { RequirementValue } from './economics-forms';
import { type ChartYear, SavingsGapChartComponent } from './savings-gap-chart.component';
import { type Thresholds, ThresholdsEditorComponent } from './thresholds-editor.component';

type RegionEconomics = EconomicsRegionQuery['regionEconomics'];

export interface GapRow {
  readonly year: string;
  readonly required: string;
  readonly planned: string;
  readonly realised: string;
  readonly plannedGap: GapCell;
  readonly realisedGap: GapCell;
}

export interface MeasureYearRow {
  readonly year: string;
  readonly costs: string;
  readonly planned: string;
  readonly realised: string;
}

export interface MeasureRows {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly years: readonly MeasureYearRow[];
}

export interface StatusLine {
  readonly status: BenefitStatus;
  readonly label: string;
  readonly rule: string;
}

export interface RegionEconomicsView {
  readonly heading: string;
  readonly gapRows: readonly GapRow[];
  readonly chart: readonly ChartYear[];
  readonly measures: readonly MeasureRows[];
  readonly thresholdSummary: string;
  readonly statuses: readonly StatusLine[];
}

/** What the secretariat's editors start from; recomputed only when the data changes (not on a language switch). */
export interface EditorInput {
  readonly thresholds: Thresholds;
  /** The region-wide requirements. */
  readonly requirements: readonly RequirementValue[];
}

export type RegionPageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly view: RegionEconomicsView };

function statusLines(thresholds: Thresholds, language: Language): StatusLine[] {
  const green = formatPercent(thresholds.greenFromPercent);
  const yellow = formatPercent(thresholds.yellowFromPercent);
  const rules: Readonly<Record<BenefitStatus, Readonly<Record<Language, string>>>> = {
    GREEN: { nb: `minst ${green} %`, en: `at least ${green} %` },
    YELLOW: { nb: `fra ${yellow} % til under ${green} %`, en: `from ${yellow} % to below ${green} %` },
    RED: { nb: `under ${yellow} %`, en: `below ${yellow} %` },
  };
  return BENEFIT_STATUSES.map((status) => ({
    status,
    label: BENEFIT_STATUS_LABELS[status][language],
    rule: rules[status][language],
  }));
}

/**
 * `/okonomi`: the region's economics. The savings gap (required against planned and realised per year) as a table,
 * which is the accessible source, and as a chart; the measures' costs and gains per year; the benefit status
 * thresholds. The secretariat (`viewerCanEdit`) changes the required savings and the thresholds here.
 */
@Component({
  selector: 'sb-region-economics-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    SavingsGapChartComponent,
    RequirementsEditorComponent,
    ThresholdsEditorComponent,
  ],
  templateUrl: './region-economics-page.component.html',
  styleUrl: '../shared/economics-page.css',
})
export class RegionEconomicsPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly regionSlug = DEFAULT_REGION_SLUG;

  private readonly result = toSignal(
    inject(EconomicsRegionGQL).watch({ variables: { regionSlug: this.regionSlug } }).valueChanges,
  );
  private readonly economics = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.regionEconomics : undefined;
  });

  protected readonly state = computed<RegionPageState>(() => {
    const economics = this.economics();
    if (economics) return { kind: 'ready', view: this.toView(economics) };
    const error = this.result()?.error;
    if (error) return { kind: 'error', message: queryErrorText(error, this.i18n) };
    return { kind: 'loading' };
  });

  /** The tables' columns: the savings gap per year, and the measures' figures per year. */
  protected readonly columns = computed(() => {
    const t = this.t;
    const amount = (key: TranslationKey): DataTableColumn => ({ key, label: t(key), align: 'end' });
    return {
      gap: [
        { key: 'year', label: t('economicsPages.col.year') },
        amount('economicsPages.col.required'),
        amount('economicsPages.col.planned'),
        amount('economicsPages.col.realised'),
        amount('economicsPages.col.plannedGap'),
        amount('economicsPages.col.realisedGap'),
      ],
      measures: [
        { key: 'measure', label: t('economicsPages.col.measure') },
        { key: 'year', label: t('economicsPages.col.year') },
        amount('economicsPages.col.costs'),
        amount('economicsPages.col.plannedGain'),
        amount('economicsPages.col.realisedGain'),
      ],
    } satisfies Record<string, readonly DataTableColumn[]>;
  });

  /** Undefined unless the viewer may edit (the secretariat). */
  protected readonly editor = computed<EditorInput | undefined>(() => {
    const economics = this.economics();
    if (!economics?.viewerCanEdit) return undefined;
    return {
      thresholds: economics.thresholds,
      requirements: economics.requirements
        .filter((requirement) => requirement.municipalityNumber === null)
        .map((requirement) => ({ year: requirement.year, amount: requirement.amount })),
    };
  });

  private toView(economics: RegionEconomics): RegionEconomicsView {
    const t = this.t;
    const none = t('economicsPages.none');
    const money = (value: string | null) => (value === null ? none : formatKroner(value));
    const thresholds = economics.thresholds;
    return {
      heading: t('economicsPages.region.heading', { region: economics.regionName }),
      gapRows: economics.years.map((year) => ({
        year: String(year.year),
        required: formatKroner(year.required),
        planned: formatKroner(year.planned),
        realised: formatKroner(year.realised),
        plannedGap: gapCell(year.plannedGap, t),
        realisedGap: gapCell(year.realisedGap, t),
      })),
      chart: economics.years,
      measures: economics.measures.map((measure) => ({
        id: measure.measureId,
        code: measure.code,
        title: measure.title,
        years: yearsOf(measure.costs, measure.plannedGain, measure.realisedGain).map((year) => ({
          year: String(year),
          costs: money(amountIn(measure.costs, year)),
          planned: money(amountIn(measure.plannedGain, year)),
          realised: money(amountIn(measure.realisedGain, year)),
        })),
      })),
      thresholdSummary: t('economicsPages.thresholds.summary', {
        green: formatPercent(thresholds.greenFromPercent),
        yellow: formatPercent(thresholds.yellowFromPercent),
      }),
      statuses: statusLines(thresholds, this.i18n.language()),
    };
  }
}
