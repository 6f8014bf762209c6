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
import { COST_KIND_LABELS, COST_KINDS, type CostKind } from '@samarbeid/shared/domain';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import { SetMeasureCostsGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  type FieldChange,
  type FieldProblem,
  FieldTableComponent,
  type FieldTableCell,
  type FieldTableRow,
  FORM_KIT,
  injectFocusAfterRender,
  reportUnsavedChanges,
} from '@samarbeid/web/ui';

import { labelOf } from '../shared/labels';
import {
  costCell,
  type CostCells,
  costCellsOf,
  costLinesOf,
  costsChanged,
  costSums,
  type MeasureEconomics,
  periodYears,
} from './economics-form';
import { injectSectionSave, saveMeasureCosts, shownCellErrors } from './economics-save';

const sameJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A measure's costs per year of its period: one-off and running, with the sums. Those who may change the measure's
 * economics type the amounts in Norwegian format and save them all at once against the version they read.
 */
@Component({
  selector: 'sb-economics-costs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, FieldTableComponent],
  templateUrl: './economics-costs.component.html',
  styleUrl: './measure-economics.component.css',
})
export class EconomicsCostsComponent {
  readonly economics = input.required<MeasureEconomics>();
  /** After a conflict: the user asks for what is saved now. */
  readonly reloadRequested = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly setCosts = inject(SetMeasureCostsGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly section = injectSectionSave({
    saved: 'economics.costs.saved',
    errorHeading: 'economics.costs.errorHeading',
    feedbackId: 'economics-costs-feedback',
  });

  protected readonly t = this.i18n.t;
  protected readonly costKinds = COST_KINDS;
  protected readonly costCell = costCell;

  protected readonly canEdit = computed(() => this.economics().viewerCanEdit);
  protected readonly years = computed(() =>
    periodYears(this.economics().firstYear, this.economics().lastYear),
  );
  private readonly savedCosts = computed(() => this.economics().costs, { equal: sameJson });
  /** The inputs; they start again from what is saved whenever the saved costs change. */
  protected readonly costCells = linkedSignal<CostCells>(() => costCellsOf(this.savedCosts()));
  protected readonly submitted = signal(false);

  private readonly outcome = computed(() => costLinesOf(this.costCells(), this.years(), this.savedCosts()));
  /** The inputs say something else than what is saved (and the user may save it). */
  readonly dirty = computed(
    () => this.canEdit() && costsChanged(this.costCells(), this.years(), this.savedCosts()),
  );
  /** Each input's problem as a sentence, once the user has tried to save. */
  protected readonly errors = computed(() =>
    shownCellErrors(this.submitted(), this.outcome().errors, this.t),
  );
  protected readonly problems = computed<FieldProblem[]>(() => {
    const errors = this.errors();
    return this.years().flatMap((year) =>
      COST_KINDS.flatMap((kind) => {
        const cell = costCell(year, kind);
        const message = errors[cell];
        return message ? [{ id: this.costInputId(cell), label: this.costLabel(kind, year), message }] : [];
      }),
    );
  });
  /** Each year's row: per kind of cost its input (or, for a reader, the amount saved), then the year's sum. */
  protected readonly costRows = computed<FieldTableRow[]>(() => {
    const sums = this.costSums().perYear;
    return this.years().map((year) => ({
      key: String(year),
      header: String(year),
      cells: [
        ...COST_KINDS.map((kind): FieldTableCell =>
          this.canEdit()
            ? {
                key: costCell(year, kind),
                id: this.costInputId(costCell(year, kind)),
                kind: 'decimal',
                width: 'md',
                alignEnd: true,
                labelHidden: true,
                hintIds: ['economics-costs-hint'],
                label: this.costLabel(kind, year),
              }
            : this.savedCost(year, kind),
        ),
        sums.get(year) ?? '',
      ],
    }));
  });
  protected readonly columns = computed<DataTableColumn[]>(() => [
    { key: 'year', label: this.t('economics.costs.col.year') },
    ...COST_KINDS.map((kind) => ({ key: kind, label: this.costKindLabels()[kind], align: 'end' as const })),
    { key: 'sum', label: this.t('economics.costs.col.sum'), align: 'end' },
  ]);
  protected readonly costSums = computed(() => {
    const sums = costSums(this.costCells(), this.years());
    return {
      perYear: new Map([...sums.perYear].map(([year, value]) => [year, formatKroner(value)])),
      perKind: Object.fromEntries(
        COST_KINDS.map((kind) => [kind, formatKroner(sums.perKind[kind])]),
      ) as Record<CostKind, string>,
      total: formatKroner(sums.total),
    };
  });
  /** Saved costs in years outside the period (after the period changed): saving removes them. */
  protected readonly costsOutsidePeriod = computed(() => {
    const years = this.years();
    const outside = new Set(
      this.savedCosts().flatMap((cost) => (years.includes(cost.year) ? [] : [cost.year])),
    );
    return [...outside].sort((a, b) => a - b).join(', ');
  });
  protected readonly costKindLabels = computed(() => {
    const language = this.i18n.language();
    return Object.fromEntries(
      COST_KINDS.map((kind) => [kind, labelOf(COST_KIND_LABELS, kind, language)]),
    ) as Record<CostKind, string>;
  });

  constructor() {
    reportUnsavedChanges(this.dirty);
  }

  protected costLabel(kind: CostKind, year: number): string {
    return this.t(kind === 'ONE_OFF' ? 'economics.costs.oneOffLabel' : 'economics.costs.runningLabel', {
      year: String(year),
    });
  }

  protected savedCost(year: number, kind: CostKind): string {
    const cost = this.savedCosts().find((c) => c.year === year && c.kind === kind);
    return formatKroner(cost?.amount ?? '0');
  }

  protected costInputId(cell: string): string {
    return `economics-cost-${cell.replace('|', '-')}`;
  }

  protected onCostInput({ key, value }: FieldChange): void {
    this.costCells.update((cells) => ({ ...cells, [key]: value }));
    this.section.changed();
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const economics = this.economics();
    if (!economics.viewerCanEdit || this.section.saving()) return;
    this.submitted.set(true);
    this.section.feedback.set(undefined);
    const { lines, errors } = this.outcome();
    if (Object.keys(errors).length > 0) {
      this.focusAfterRender('#economics-costs-errors');
      return;
    }
    const saved = await saveMeasureCosts(this.section, this.setCosts, economics, { costs: lines });
    if (saved) this.submitted.set(false);
  }
}
