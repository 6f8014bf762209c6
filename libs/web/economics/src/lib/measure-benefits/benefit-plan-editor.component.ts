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
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { I18nService, parseAmount, runMutation } from '@samarbeid/web/data-access';
import { type PlanValueInput, SetBenefitPlanGQL } from '@samarbeid/web/graphql';
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
  type SaveFeedback,
} from '@samarbeid/web/ui';

import {
  type Benefit,
  benefitRefusal,
  formatBenefitValue,
  type MunicipalityRef,
  unitWord,
} from './benefit-view';

const REGION = 'region';

export const planCell = (year: number, municipality: string | null): string =>
  `${year}|${municipality ?? REGION}`;

/** The saved planned values as the inputs show them. */
export function planCellsOf(plan: Benefit['plan']): Partial<Record<string, string>> {
  return Object.fromEntries(
    plan.map((value) => [planCell(value.year, value.municipalityNumber), value.planned.replace('.', ',')]),
  );
}

/** The planned values to save: empty inputs are left out; `errors` names the inputs that are not numbers. */
export function planValuesOf(
  cells: Readonly<Partial<Record<string, string>>>,
  years: readonly number[],
  columns: readonly (string | null)[],
): { values: PlanValueInput[]; errors: string[] } {
  const values: PlanValueInput[] = [];
  const errors: string[] = [];
  for (const year of years) {
    for (const municipalityNumber of columns) {
      const cell = planCell(year, municipalityNumber);
      const text = cells[cell] ?? '';
      if (!text.trim()) continue;
      const planned = parseAmount(text);
      if (planned === null) errors.push(cell);
      else values.push({ year, municipalityNumber, planned });
    }
  }
  return { values, errors };
}

/** Edits a benefit's planned values per year: for the whole region, or per participating municipality. */
@Component({
  selector: 'sb-benefit-plan-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, FieldTableComponent],
  templateUrl: './benefit-plan-editor.component.html',
  styleUrl: './benefits.css',
})
export class BenefitPlanEditorComponent {
  readonly benefit = input.required<Benefit>();
  readonly years = input.required<readonly number[]>();
  readonly participants = input.required<readonly MunicipalityRef[]>();

  readonly saved = output<Benefit>();
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly setPlan = inject(SetBenefitPlanGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly perMunicipality = linkedSignal(() => this.benefit().perMunicipality);
  protected readonly cells = linkedSignal(() => planCellsOf(this.benefit().plan));
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<SaveFeedback | undefined>(undefined);

  protected readonly prefix = computed(() => `plan-${this.benefit().id}`);
  protected readonly unit = computed(() => unitWord(this.benefit(), this.i18n));
  protected readonly columns = computed((): readonly { number: string | null; name: string }[] =>
    this.perMunicipality()
      ? this.participants().map((p) => ({ number: p.number, name: p.name }))
      : [{ number: null, name: this.t('benefits.plan.wholeRegion') }],
  );
  private readonly outcome = computed(() =>
    planValuesOf(
      this.cells(),
      this.years(),
      this.columns().map((column) => column.number),
    ),
  );
  /** Each input's problem as a sentence, by cell, once the user has tried to save. */
  protected readonly errors = computed<Readonly<Record<string, string>>>(() =>
    this.submitted()
      ? Object.fromEntries(this.outcome().errors.map((cell) => [cell, this.t('benefits.error.number')]))
      : {},
  );
  protected readonly problems = computed<FieldProblem[]>(() => {
    const errors = this.errors();
    return this.years().flatMap((year) =>
      this.columns().flatMap((column) => {
        const message = errors[planCell(year, column.number)];
        return message
          ? [{ id: this.cellId(year, column.number), label: this.cellLabel(year, column.name), message }]
          : [];
      }),
    );
  });
  /** Each year's inputs (one for the region, or one per participating municipality) and, per municipality, the sum. */
  protected readonly planRows = computed<FieldTableRow[]>(() =>
    this.years().map((year) => ({
      key: String(year),
      header: String(year),
      cells: [
        ...this.columns().map((column): FieldTableCell => ({
          key: planCell(year, column.number),
          id: this.cellId(year, column.number),
          kind: 'decimal',
          width: 'sm',
          alignEnd: true,
          labelHidden: true,
          label: this.cellLabel(year, column.name),
        })),
        ...(this.perMunicipality() ? [this.yearSums().get(year) ?? ''] : []),
      ],
    })),
  );
  protected readonly tableColumns = computed<DataTableColumn[]>(() => [
    { key: 'year', label: this.t('benefits.col.year') },
    ...this.columns().map((column) => ({ key: column.number ?? REGION, label: column.name })),
    ...(this.perMunicipality()
      ? [{ key: 'sum', label: this.t('benefits.col.sum'), align: 'end' as const }]
      : []),
  ]);
  /** The editor says something else than the benefit's saved plan. */
  readonly dirty = computed(() => {
    const benefit = this.benefit();
    const saved = planCellsOf(benefit.plan);
    const cells = this.cells();
    return (
      this.perMunicipality() !== benefit.perMunicipality ||
      [...new Set([...Object.keys(saved), ...Object.keys(cells)])].some(
        (cell) => (cells[cell] ?? '').trim() !== (saved[cell] ?? '').trim(),
      )
    );
  });
  /** Per municipality: each year's sum of what is typed. */
  protected readonly yearSums = computed(() => {
    const benefit = this.benefit();
    const values = this.outcome().values;
    return new Map(
      this.years().map((year) => [
        year,
        formatBenefitValue(
          sumAmounts(values.filter((value) => value.year === year).map((value) => value.planned)),
          benefit,
          this.i18n,
        ),
      ]),
    );
  });

  constructor() {
    reportUnsavedChanges(this.dirty);
    this.focusAfterRender('input[type="checkbox"]');
  }

  protected cellId(year: number, municipality: string | null): string {
    return `${this.prefix()}-${year}-${municipality ?? REGION}`;
  }

  protected cellLabel(year: number, name: string): string {
    return this.perMunicipality()
      ? this.t('benefits.plan.cellLabelMunicipality', {
          year: String(year),
          municipality: name,
          unit: this.unit(),
        })
      : this.t('benefits.plan.cellLabel', { year: String(year), unit: this.unit() });
  }

  protected onCell({ key, value }: FieldChange): void {
    this.cells.update((cells) => ({ ...cells, [key]: value }));
  }

  protected togglePerMunicipality(event: Event): void {
    this.perMunicipality.set((event.target as HTMLInputElement).checked);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.refusal.set(undefined);
    const { values, errors } = this.outcome();
    if (errors.length > 0) {
      this.focusAfterRender(`#${this.prefix()}-errors`);
      return;
    }
    const benefit = this.benefit();
    this.saving.set(true);
    const outcome = await runMutation(
      this.setPlan.mutate({
        variables: { input: { benefitId: benefit.id, expectedVersion: benefit.version, values } },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.saved.emit(outcome.data.setBenefitPlan);
    } else {
      this.refusal.set(benefitRefusal(outcome.error, this.i18n));
      this.focusAfterRender(`#${this.prefix()}-refusal`);
    }
  }
}
