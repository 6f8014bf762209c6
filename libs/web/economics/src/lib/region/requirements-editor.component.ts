import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { SetRegionSavingsRequirementsGQL } from '@samarbeid/web/graphql';

import { CURRENT_YEAR } from '../shared/current-year';
import {
  checkRequirements,
  nextYear,
  requirementRow,
  type RequirementRow,
  requirementRows,
  type RequirementValue,
  type RowProblems,
} from './economics-forms';
import { writeRegionEconomics } from './write-region-economics';

/**
 * The region's required savings per year (the secretariat): rows of year and amount, added and removed freely;
 * saving replaces the region-wide requirements (`setSavingsRequirements` without a municipality). Amounts are typed
 * the Norwegian way and sent as the API's decimal strings.
 */
@Component({
  selector: 'sb-requirements-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './requirements-editor.component.html',
  styles: `
    .sb-requirement {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--ds-size-3);
      border: 0;
      margin: 0;
      padding: 0;
    }
    .sb-requirement .ds-field {
      display: grid;
      gap: var(--ds-size-1);
    }
    .sb-requirement__year {
      inline-size: 7rem;
    }
    .sb-requirement__amount {
      inline-size: 14rem;
      max-inline-size: 100%;
    }
  `,
})
export class RequirementsEditorComponent {
  readonly regionSlug = input.required<string>();
  /** The region-wide requirements as saved. */
  readonly requirements = input.required<readonly RequirementValue[]>();

  private readonly i18n = inject(I18nService);
  private readonly mutation = inject(SetRegionSavingsRequirementsGQL);
  private readonly currentYear = inject(CURRENT_YEAR);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly t = this.i18n.t;

  /** The rows being edited; they start again from the saved values whenever those change (after a save). */
  protected readonly rows = linkedSignal<readonly RequirementRow[]>(() =>
    requirementRows(this.requirements()),
  );
  protected readonly problems = signal<ReadonlyMap<number, RowProblems>>(new Map());
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly refusal = signal<string | undefined>(undefined);
  protected readonly invalid = computed(() => this.problems().size > 0);

  protected setYear(key: number, event: Event): void {
    this.update(key, { year: (event.target as HTMLInputElement).value });
  }

  protected setAmount(key: number, event: Event): void {
    this.update(key, { amount: (event.target as HTMLInputElement).value });
  }

  protected add(): void {
    const row = requirementRow(nextYear(this.rows(), this.currentYear), '');
    this.rows.update((rows) => [...rows, row]);
    this.saved.set(false);
    this.focusAfterRender(`#req-amount-${row.key}`);
  }

  protected remove(key: number): void {
    this.rows.update((rows) => rows.filter((row) => row.key !== key));
    this.problems.update((problems) => new Map([...problems].filter(([rowKey]) => rowKey !== key)));
    this.saved.set(false);
    this.focusAfterRender('#req-add');
  }

  protected problem(key: number, field: 'year' | 'amount'): string | undefined {
    const problem = this.problems().get(key)?.[field];
    return problem ? this.t(`economicsPages.requirements.${problem}`) : undefined;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.saved.set(false);
    this.refusal.set(undefined);
    const check = checkRequirements(this.rows());
    if (!check.ok) {
      this.problems.set(check.problems);
      const [first] = check.problems;
      if (first) this.focusAfterRender(`#req-${first[1].year ? 'year' : 'amount'}-${first[0]}`);
      return;
    }
    this.problems.set(new Map());
    this.saving.set(true);
    const regionSlug = this.regionSlug();
    const outcome = await runMutation(
      this.mutation.mutate({
        variables: {
          input: {
            regionSlug,
            municipalityNumber: null,
            values: check.values.map((value) => ({ year: value.year, amount: value.amount })),
          },
        },
        update: (cache, { data }) => writeRegionEconomics(cache, regionSlug, data?.setSavingsRequirements),
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.saved.set(true);
      return;
    }
    this.refusal.set(errorText(outcome.error, this.i18n));
  }

  private update(key: number, change: Partial<Pick<RequirementRow, 'year' | 'amount'>>): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
    this.saved.set(false);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
