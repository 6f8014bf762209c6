import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { I18nService, runMutation } from '@samarbeid/web/data-access';
import { SetRegionSavingsRequirementsGQL } from '@samarbeid/web/graphql';
import {
  type FieldChange,
  type FieldProblem,
  type FieldRows,
  FORM_KIT,
  injectFocusAfterRender,
  ItemActionsComponent,
  type SaveFeedback,
} from '@samarbeid/web/ui';

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
import { regionSaveFeedback, writeRegionEconomics } from './write-region-economics';

/**
 * The region's required savings per year (the secretariat): rows of year and amount, added and removed freely;
 * saving replaces the region-wide requirements (`setSavingsRequirements` without a municipality). Amounts are typed
 * the Norwegian way and sent as the API's decimal strings.
 */
@Component({
  selector: 'sb-requirements-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, ItemActionsComponent],
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
  `,
})
export class RequirementsEditorComponent {
  readonly regionSlug = input.required<string>();
  /** The region-wide requirements as saved. */
  readonly requirements = input.required<readonly RequirementValue[]>();

  private readonly i18n = inject(I18nService);
  private readonly mutation = inject(SetRegionSavingsRequirementsGQL);
  private readonly currentYear = inject(CURRENT_YEAR);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;

  /** The rows being edited; they start again from the saved values whenever those change (after a save). */
  protected readonly rows = linkedSignal<readonly RequirementRow[]>(() =>
    requirementRows(this.requirements()),
  );
  private readonly rowProblems = signal<ReadonlyMap<number, RowProblems>>(new Map());
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | null>(null);

  /** Each row's problems as sentences, in the rows' order, for the error summary. */
  protected readonly problems = computed<FieldProblem[]>(() =>
    this.rows().flatMap((row, index) => {
      const errors = this.rowErrors(row.key);
      const name = this.rowName(index);
      return (['year', 'amount'] as const).flatMap((field) => {
        const message = errors[field];
        return message
          ? [
              {
                id: `req-${field}-${row.key}`,
                label: `${this.t(`economicsPages.requirements.${field}`)} (${name})`,
                message,
              },
            ]
          : [];
      });
    }),
  );

  /** Each row with its name, its two fields (side by side) and their problems. */
  protected readonly rowViews = computed(() =>
    this.rows().map((row, index) => {
      const year = row.year.trim();
      const fields: FieldRows = [
        [
          {
            key: 'year',
            id: `req-year-${row.key}`,
            kind: 'integer',
            width: 'xs',
            maxLength: 4,
            label: this.t('economicsPages.requirements.year'),
          },
          {
            key: 'amount',
            id: `req-amount-${row.key}`,
            kind: 'decimal',
            width: 'md',
            hintIds: ['req-amount-hint'],
            label: this.t('economicsPages.requirements.amount'),
          },
        ],
      ];
      return {
        row,
        fields,
        name: this.rowName(index),
        errors: this.rowErrors(row.key),
        removeName: year
          ? this.t('economicsPages.requirements.removeYear', { year })
          : this.t('economicsPages.requirements.removeRow', { n: (index + 1).toString() }),
      };
    }),
  );

  protected rowName(index: number): string {
    return this.t('economicsPages.requirements.row', { n: (index + 1).toString() });
  }

  protected rowErrors(key: number): { readonly year?: string; readonly amount?: string } {
    const problems = this.rowProblems().get(key);
    const sentence = (problem: RowProblems['year']) =>
      problem ? this.t(`economicsPages.requirements.${problem}`) : undefined;
    return { year: sentence(problems?.year), amount: sentence(problems?.amount) };
  }

  protected add(): void {
    const row = requirementRow(nextYear(this.rows(), this.currentYear), '');
    this.rows.update((rows) => [...rows, row]);
    this.feedback.set(null);
    this.focusAfterRender(`#req-amount-${row.key}`);
  }

  protected remove(key: number): void {
    this.rows.update((rows) => rows.filter((row) => row.key !== key));
    this.rowProblems.update((problems) => new Map([...problems].filter(([rowKey]) => rowKey !== key)));
    this.feedback.set(null);
    this.focusAfterRender('#req-add');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.feedback.set(null);
    const check = checkRequirements(this.rows());
    if (!check.ok) {
      this.rowProblems.set(check.problems);
      this.focusAfterRender('#requirements-errors');
      return;
    }
    this.rowProblems.set(new Map());
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
    this.feedback.set(regionSaveFeedback(outcome, this.t('economicsPages.requirements.saved'), this.i18n));
    this.focusAfterRender('#requirements-feedback');
  }

  protected update(key: number, { key: field, value }: FieldChange): void {
    if (field !== 'year' && field !== 'amount') return;
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
    if (this.feedback()?.kind === 'saved') this.feedback.set(null);
  }
}
