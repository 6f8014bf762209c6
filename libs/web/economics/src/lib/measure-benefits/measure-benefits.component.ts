import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { BENEFIT_STATUS_LABELS, BENEFIT_TYPE_LABELS, type BenefitStatus } from '@samarbeid/shared/domain';
import {
  errorText,
  formatKroner,
  I18nService,
  MeasureTabContext,
  runMutation,
  type TranslationKey,
  watchQuery,
} from '@samarbeid/web/data-access';
import { BenefitGoalsGQL, BenefitPlanGQL, DeleteBenefitGQL } from '@samarbeid/web/graphql';
import {
  ConfirmDialogComponent,
  type DataTableColumn,
  DataTableComponent,
  DetailsListComponent,
  injectFocusAfterRender,
  type SaveFeedback,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';
import { catchError, map, of, switchMap } from 'rxjs';

import { periodYears } from '../measure-economics/economics-form';
import { labelOf } from '../shared/labels';
import { type BenefitChartYear, BenefitChartComponent } from './benefit-chart.component';
import { BenefitImportComponent } from './benefit-import.component';
import { BenefitFormComponent } from './benefit-form.component';
import { BenefitPlanEditorComponent } from './benefit-plan-editor.component';
import { type Benefit, BENEFIT_STATUS_COLORS, formatBenefitValue, formatPercent } from './benefit-view';
import { RecordActualComponent } from './record-actual.component';

/** What is open: the new-benefit form, or one benefit's edit form, plan editor or delete question. */
type Editing =
  { readonly mode: 'create' } | { readonly mode: 'edit' | 'plan' | 'delete'; readonly id: string };

/**
 * The benefits tab (gevinstrealiseringsplan): planned against realised per year with its status, each benefit
 * with its benefit map, planned values and recorded actuals; forms for those who may change the plan or record
 * actual values.
 */
@Component({
  selector: 'sb-measure-benefits',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BenefitChartComponent,
    BenefitImportComponent,
    BenefitFormComponent,
    BenefitPlanEditorComponent,
    RecordActualComponent,
    SaveFeedbackComponent,
    ConfirmDialogComponent,
    DataTableComponent,
    DetailsListComponent,
    NgTemplateOutlet,
  ],
  templateUrl: './measure-benefits.component.html',
  styleUrl: './benefits.css',
})
export class MeasureBenefitsComponent {
  readonly measureId = input.required<string>();
  /** The network that owns the measure: its strategies' goals can be linked in the benefit map. */
  readonly networkId = input<string | undefined>(undefined);
  /** The measure as the benefit map starts ("T7 Byggesakstjenester"). */
  readonly measureName = input('');
  /** "T7" from "T7 Byggesakstjenester", for file names. */
  protected readonly measureCode = computed(() => this.measureName().split(' ')[0] || 'tiltak');

  private readonly i18n = inject(I18nService);
  private readonly planQuery = inject(BenefitPlanGQL);
  private readonly goalsQuery = inject(BenefitGoalsGQL);
  private readonly deleteBenefit = inject(DeleteBenefitGQL);
  private readonly context = inject(MeasureTabContext);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;

  private readonly query = watchQuery(
    computed(() =>
      this.planQuery.watch({ variables: { measureId: this.measureId() }, fetchPolicy: 'cache-and-network' }),
    ),
    (data) => data.benefitPlan,
  );
  /** The latest complete plan, kept while it is fetched again. */
  protected readonly plan = this.query.value;
  protected readonly loadError = computed(() => (this.plan() ? undefined : this.query.error()));

  protected readonly years = computed(() => {
    const plan = this.plan();
    return plan ? periodYears(plan.firstYear, plan.lastYear) : [];
  });
  protected readonly participants = computed(() =>
    [...(this.plan()?.participants ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  );
  private readonly names = computed(() => new Map(this.participants().map((p) => [p.number, p.name])));
  /** The municipalities the user may record actual values for. */
  protected readonly recordFor = computed(() => {
    const allowed = this.plan()?.viewerCanRecordFor ?? [];
    return this.participants().filter((p) => allowed.includes(p.number));
  });
  protected readonly canEdit = computed(() => this.plan()?.viewerCanEdit ?? false);

  /** The tables' columns: a year's values (the summary's and each benefit's), the log of actual values. */
  protected readonly columns = computed(() => {
    const column = (key: TranslationKey, align?: 'end'): DataTableColumn => ({
      key,
      label: this.t(key),
      align,
    });
    return {
      years: [
        column('benefits.col.year'),
        column('benefits.col.planned', 'end'),
        column('benefits.col.realised', 'end'),
        column('benefits.col.percent', 'end'),
        column('benefits.col.status'),
      ],
      actuals: [
        column('benefits.col.recordedAt'),
        column('benefits.col.year'),
        column('benefits.col.municipality'),
        column('benefits.col.value', 'end'),
        column('benefits.col.comment'),
        column('benefits.col.recordedBy'),
      ],
    };
  });

  // ----- Summary ---------------------------------------------------------------------------------------------------

  protected readonly summary = computed(() => {
    const plan = this.plan();
    if (!plan) return undefined;
    const rows = plan.years.map((year) => ({
      year: year.year,
      planned: formatKroner(year.planned),
      realised: year.realised === null ? this.t('benefits.notRecorded') : formatKroner(year.realised),
      percent: formatPercent(year.percent),
      status: this.statusOf(year.status),
    }));
    const chart: BenefitChartYear[] = plan.years.map(({ year, planned, realised }) => ({
      year,
      planned,
      realised,
    }));
    const described = plan.years.map((year) =>
      year.realised === null
        ? this.t('benefits.chart.yearNotRecorded', {
            year: String(year.year),
            planned: formatKroner(year.planned),
          })
        : this.t('benefits.chart.year', {
            year: String(year.year),
            planned: formatKroner(year.planned),
            realised: formatKroner(year.realised),
          }),
    );
    return {
      rows,
      chart,
      chartSummary: this.t('benefits.chart.summary', { years: described.join('; ') }),
      thresholds: this.t('benefits.summary.thresholds', {
        green: formatPercent(plan.thresholds.greenFromPercent),
        yellow: formatPercent(plan.thresholds.yellowFromPercent),
      }),
    };
  });

  private statusOf(status: BenefitStatus | null) {
    return status
      ? {
          label: labelOf(BENEFIT_STATUS_LABELS, status, this.i18n.language()),
          color: BENEFIT_STATUS_COLORS[status],
        }
      : null;
  }

  // ----- Benefits --------------------------------------------------------------------------------------------------

  protected readonly benefits = computed(() => {
    const plan = this.plan();
    if (!plan) return [];
    const language = this.i18n.language();
    const names = this.names();
    return plan.benefits.map((benefit) => {
      const value = (amount: string) => formatBenefitValue(amount, benefit, this.i18n);
      const planYears = [...new Set(benefit.plan.map((p) => p.year))].sort((a, b) => a - b);
      const planned = (year: number, number: string) =>
        benefit.plan.find((p) => p.year === year && p.municipalityNumber === number)?.planned;
      return {
        id: benefit.id,
        benefit,
        title: benefit.title,
        change: benefit.change || this.t('benefits.map.noChange'),
        goal: benefit.goalTitle ?? this.t('benefits.map.noGoal'),
        years: benefit.years.map((year) => ({
          year: year.year,
          planned: value(year.planned),
          realised: year.realised === null ? this.t('benefits.notRecorded') : value(year.realised),
          percent: formatPercent(year.percent),
          status: this.statusOf(year.status),
        })),
        municipalityPlan: benefit.perMunicipality
          ? {
              columns: [
                { key: 'municipality', label: this.t('benefits.col.municipality') },
                ...planYears.map((year) => ({
                  key: String(year),
                  label: String(year),
                  align: 'end' as const,
                })),
              ],
              rows: this.participants().map((p) => ({
                number: p.number,
                name: p.name,
                cells: planYears.map((year) => {
                  const amount = planned(year, p.number);
                  return { year, text: amount === undefined ? '–' : value(amount) };
                }),
              })),
            }
          : null,
        actuals: benefit.actuals.map((actual) => ({
          id: actual.id,
          year: actual.year,
          municipality: names.get(actual.municipalityNumber) ?? actual.municipalityNumber,
          value: value(actual.value),
          comment: actual.comment,
          who: actual.recordedByName ?? this.t('benefits.actuals.unknownPerson'),
          when: this.i18n.dateTime(actual.recordedAt),
        })),
        details: [
          {
            term: this.t('benefits.field.type'),
            description: labelOf(BENEFIT_TYPE_LABELS, benefit.type, language),
          },
          { term: this.t('benefits.field.unitKind'), description: this.unitText(benefit) },
          { term: this.t('benefits.field.baseline'), description: this.baselineText(benefit) },
          { term: this.t('benefits.field.owner'), description: benefit.owner },
        ],
        /** Change it, plan its values (once the measure has a period), delete it (while nothing is recorded). */
        actions: [
          { mode: 'edit' as const, label: this.t('benefits.edit') },
          ...(this.years().length > 0
            ? [{ mode: 'plan' as const, label: this.t('benefits.plan.open') }]
            : []),
          ...(benefit.actuals.length === 0
            ? [{ mode: 'delete' as const, label: this.t('benefits.delete') }]
            : []),
        ],
      };
    });
  });

  private unitText(benefit: Benefit): string {
    switch (benefit.unitKind) {
      case 'NOK':
        return this.t('benefits.unit.nok');
      case 'FTE':
        return this.t('benefits.unit.fte', { cost: formatKroner(benefit.fteCostNok ?? '') || '?' });
      default:
        return benefit.indicator
          ? this.t('benefits.unit.indicator', { indicator: benefit.indicator, unit: benefit.unit ?? '' })
          : this.t('benefits.unit.qualitative', { unit: benefit.unit ?? '' });
    }
  }

  private baselineText(benefit: Benefit): string {
    const value =
      benefit.baselineValue === null ? null : formatBenefitValue(benefit.baselineValue, benefit, this.i18n);
    const date = benefit.baselineDate ? this.i18n.date(benefit.baselineDate) : null;
    if (value !== null && date) return this.t('benefits.baseline.valueDate', { value, date });
    if (value !== null) return value;
    if (date) return this.t('benefits.baseline.dateOnly', { date });
    return this.t('benefits.baseline.none');
  }

  // ----- Editing ---------------------------------------------------------------------------------------------------

  protected readonly editing = signal<Editing | undefined>(undefined);
  protected readonly deleting = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);
  private readonly goalsWanted = signal(false);

  /** The network's strategies and goals, fetched once a benefit form opens. */
  protected readonly strategies = toSignal(
    toObservable(computed(() => (this.goalsWanted() ? this.networkId() : undefined))).pipe(
      switchMap((networkId) =>
        networkId
          ? this.goalsQuery.fetch({ variables: { networkId } }).pipe(
              map((result) => result.data?.strategies),
              catchError(() => of(undefined)),
            )
          : of(undefined),
      ),
    ),
  );

  /** The benefit the user is asked whether to delete. */
  protected readonly deleteTarget = computed(() => {
    const editing = this.editing();
    return editing?.mode === 'delete' ? this.plan()?.benefits.find((b) => b.id === editing.id) : undefined;
  });

  protected isEditing(mode: Editing['mode'], id?: string): boolean {
    const editing = this.editing();
    return editing?.mode === mode && (mode === 'create' || ('id' in editing && editing.id === id));
  }

  protected open(editing: Editing): void {
    this.feedback.set(undefined);
    this.editing.set(editing);
    if (editing.mode === 'create' || editing.mode === 'edit') this.goalsWanted.set(true);
  }

  /** Closes what is open and gives focus back to the button that opened it (the dialog does so itself). */
  protected close(): void {
    const editing = this.editing();
    this.editing.set(undefined);
    if (!editing || editing.mode === 'delete') return;
    this.focusAfterRender(
      editing.mode === 'create' ? '#benefit-new' : `#benefit-${editing.mode}-open-${editing.id}`,
    );
  }

  protected onSaved(benefit: Benefit, what: 'created' | 'changed' | 'planned'): void {
    this.editing.set(undefined);
    const key =
      what === 'created'
        ? 'benefits.created'
        : what === 'changed'
          ? 'benefits.changed'
          : 'benefits.planSaved';
    this.done(this.t(key, { title: benefit.title }));
  }

  protected onRecorded(): void {
    this.refresh();
  }

  protected async confirmDelete(): Promise<void> {
    const benefit = this.deleteTarget();
    if (!benefit || this.deleting()) return;
    this.deleting.set(true);
    const outcome = await runMutation(
      this.deleteBenefit.mutate({
        variables: { id: benefit.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Benefit', id: benefit.id }) });
          cache.gc();
        },
      }),
    );
    this.deleting.set(false);
    this.editing.set(undefined);
    if (outcome.ok) {
      this.done(this.t('benefits.deleted', { title: benefit.title }));
    } else {
      this.feedback.set({ kind: 'error', message: errorText(outcome.error, this.i18n) });
      this.focusAfterRender('#benefits-feedback');
    }
  }

  /** Fetches the plan again (after a conflict, or after a change: the sums and statuses are the server's). */
  protected async reload(): Promise<void> {
    await this.query.refetch();
  }

  private done(text: string): void {
    this.feedback.set({ kind: 'saved', text });
    this.focusAfterRender('#benefits-feedback');
    this.refresh();
  }

  private refresh(): void {
    this.reload().catch((error: unknown) => console.error('Reload failed', error));
    // The measure's history has a new entry.
    this.context.reload().catch((error: unknown) => console.error('Reload failed', error));
  }
}
