import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import { SetMeasureCostsGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type FieldChange,
  type FieldProblem,
  FieldTableComponent,
  type FieldTableCell,
  type FieldTableRow,
  FORM_KIT,
  injectFocusAfterRender,
  reportUnsavedChanges,
} from '@samarbeid/web/ui';

import { isNegative } from '../shared/economics-figures';
import {
  YEAR_FIELDS,
  yearCell,
  type YearCells,
  yearCellsChanged,
  yearCellsOf,
  type YearField,
  yearFiguresOf,
} from './cost-years-form';
import { type MeasureEconomics, periodYears } from './economics-form';
import { injectSectionSave, saveMeasureCosts, shownCellErrors } from './economics-save';

const sameJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);

const LABELS: Readonly<
  Record<
    YearField,
    | 'economics.years.incomeLabel'
    | 'economics.years.incomeSourceLabel'
    | 'economics.years.actualLabel'
    | 'economics.years.actualNoteLabel'
  >
> = {
  income: 'economics.years.incomeLabel',
  incomeSource: 'economics.years.incomeSourceLabel',
  actual: 'economics.years.actualLabel',
  actualNote: 'economics.years.actualNoteLabel',
};

/**
 * A measure's income and actual cost per year of its period, beside its planned costs (F4: costs, income and
 * gains), and the plan against what happened. Those who may change the measure's economics type them and save them
 * with the costs as saved, against the version they read.
 */
@Component({
  selector: 'sb-cost-years',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, FieldTableComponent, DataTableComponent],
  templateUrl: './cost-years.component.html',
  styleUrl: './measure-economics.component.css',
})
export class CostYearsComponent {
  readonly economics = input.required<MeasureEconomics>();
  /** After a conflict: the user asks for what is saved now. */
  readonly reloadRequested = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly setCosts = inject(SetMeasureCostsGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly section = injectSectionSave({
    saved: 'economics.years.saved',
    errorHeading: 'economics.years.errorHeading',
    feedbackId: 'economics-years-feedback',
  });

  protected readonly t = this.i18n.t;
  protected readonly canEdit = computed(() => this.economics().viewerCanEdit);
  protected readonly years = computed(() =>
    periodYears(this.economics().firstYear, this.economics().lastYear),
  );
  private readonly saved = computed(() => this.economics().yearFigures, { equal: sameJson });
  /** The inputs; they start again from what is saved whenever the saved figures change. */
  protected readonly cells = linkedSignal<YearCells>(() => yearCellsOf(this.saved()));
  protected readonly submitted = signal(false);

  private readonly outcome = computed(() => yearFiguresOf(this.cells(), this.years()));
  readonly dirty = computed(
    () => this.canEdit() && yearCellsChanged(this.cells(), this.years(), this.saved()),
  );
  protected readonly errors = computed(() =>
    shownCellErrors(this.submitted(), this.outcome().errors, this.t),
  );
  protected readonly problems = computed<FieldProblem[]>(() => {
    const errors = this.errors();
    return this.years().flatMap((year) =>
      YEAR_FIELDS.flatMap((field) => {
        const message = errors[yearCell(year, field)];
        return message ? [{ id: this.inputId(year, field), label: this.label(year, field), message }] : [];
      }),
    );
  });
  protected readonly rows = computed<FieldTableRow[]>(() =>
    this.years().map((year) => ({
      key: String(year),
      header: String(year),
      cells: YEAR_FIELDS.map((field) => this.cellOf(year, field)),
    })),
  );
  protected readonly columns = computed<DataTableColumn[]>(() => [
    { key: 'year', label: this.t('economics.years.col.year') },
    { key: 'income', label: this.t('economics.years.col.income'), align: 'end' },
    { key: 'incomeSource', label: this.t('economics.years.col.incomeSource') },
    { key: 'actual', label: this.t('economics.years.col.actual'), align: 'end' },
    { key: 'actualNote', label: this.t('economics.years.col.actualNote') },
  ]);
  protected readonly summaryColumns = computed<DataTableColumn[]>(() => [
    { key: 'year', label: this.t('economics.years.col.year') },
    { key: 'planned', label: this.t('economics.years.col.planned'), align: 'end' },
    { key: 'income', label: this.t('economics.years.col.income'), align: 'end' },
    { key: 'net', label: this.t('economics.years.col.net'), align: 'end' },
    { key: 'actual', label: this.t('economics.years.col.actual'), align: 'end' },
    { key: 'deviation', label: this.t('economics.years.col.deviation'), align: 'end' },
  ]);
  /** The plan against what happened, each amount in full. */
  protected readonly summary = computed(() =>
    this.economics().yearSummary.map((row) => ({
      year: row.year,
      planned: formatKroner(row.planned),
      income: formatKroner(row.income),
      net: formatKroner(row.net),
      actual: row.actual === null ? this.t('economics.years.notRecorded') : formatKroner(row.actual),
      deviation:
        row.deviation === null
          ? '–'
          : isNegative(row.deviation)
            ? `−${formatKroner(row.deviation.slice(1))}`
            : `+${formatKroner(row.deviation)}`,
    })),
  );

  constructor() {
    reportUnsavedChanges(this.dirty);
  }

  protected label(year: number, field: YearField): string {
    return this.t(LABELS[field], { year: String(year) });
  }

  protected inputId(year: number, field: YearField): string {
    return `economics-year-${year}-${field}`;
  }

  protected onInput({ key, value }: FieldChange): void {
    this.cells.update((cells) => ({ ...cells, [key]: value }));
    this.section.changed();
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const economics = this.economics();
    if (!economics.viewerCanEdit || this.section.saving()) return;
    this.submitted.set(true);
    this.section.feedback.set(undefined);
    const { years, errors } = this.outcome();
    if (Object.keys(errors).length > 0) {
      this.focusAfterRender('#economics-years-errors');
      return;
    }
    const costs = economics.costs.map(({ year, kind, amount, note }) => ({ year, kind, amount, note }));
    const saved = await saveMeasureCosts(this.section, this.setCosts, economics, { costs, years });
    if (saved) this.submitted.set(false);
  }

  /** A year's field: an input for those who may change it, else what is saved. */
  private cellOf(year: number, field: YearField): FieldTableCell {
    const key = yearCell(year, field);
    const amount = field === 'income' || field === 'actual';
    if (!this.canEdit()) {
      const value = yearCellsOf(this.saved())[key] ?? '';
      return amount && value ? formatKroner(value.replace(',', '.')) : value || '–';
    }
    return {
      key,
      id: this.inputId(year, field),
      kind: amount ? 'decimal' : 'text',
      width: amount ? 'md' : undefined,
      alignEnd: amount,
      maxLength: field === 'incomeSource' ? 200 : field === 'actualNote' ? 500 : undefined,
      labelHidden: true,
      hintIds: amount ? ['economics-years-hint'] : [],
      label: this.label(year, field),
    };
  }
}
