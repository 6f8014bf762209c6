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
import { DEFAULT_REGION_SLUG, errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { SetSelfEvaluationQuestionsGQL } from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  type FieldChange,
  type FieldProblem,
  type FieldRows,
  FORM_KIT,
  type FormTexts,
  injectFocusAfterRender,
  injectSaveStatus,
  ItemActionsComponent,
  refusalOf,
} from '@samarbeid/web/ui';

import {
  moved,
  newRow,
  type QuestionRow,
  questionProblems,
  questionsInput,
  rowsOf,
  type StoredQuestion,
} from './question-list-form';

type Field = 'text' | 'scaleMin' | 'scaleMax' | 'state';
const FIELDS: readonly Field[] = ['text', 'scaleMin', 'scaleMax', 'state'];

/**
 * The secretariat's editor of the region's self-evaluation questions (F2): text, scale and order, in use or retired;
 * a question nobody has answered can be removed. Saved as one list against the version read.
 */
@Component({
  selector: 'sb-self-evaluation-questions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, FORM_KIT, ItemActionsComponent],
  templateUrl: './self-evaluation-questions.component.html',
  styles: `
    :host {
      display: block;
    }

    fieldset {
      margin-block-end: var(--ds-size-4);
    }
  `,
})
export class SelfEvaluationQuestionsComponent {
  readonly questions = input.required<readonly StoredQuestion[]>();
  readonly version = input.required<number>();
  /** The questions were saved (or the user asked for what is saved now): the page fetches them again. */
  readonly changed = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly mutation = inject(SetSelfEvaluationQuestionsGQL);
  private readonly focus = injectFocusAfterRender();
  protected readonly t = this.i18n.t;

  protected readonly rows = linkedSignal<QuestionRow[]>(() => rowsOf(this.questions()));
  private readonly added = signal(0);
  protected readonly submitted = signal(false);
  protected readonly status = injectSaveStatus('self-evaluation-questions-feedback', (): FormTexts => ({
    notices: { saved: this.t('selfEvaluation.questions.saved') },
    errorHeading: this.t('selfEvaluation.questions.errorHeading'),
    conflictHeading: this.t('selfEvaluation.conflictHeading'),
    reload: this.t('selfEvaluation.reload'),
  }));

  private readonly errors = computed<Readonly<Record<string, string>>>(() =>
    this.submitted()
      ? Object.fromEntries(
          Object.entries(questionProblems(this.rows())).map(([cell, problem]) => [
            cell,
            this.t(`selfEvaluation.questions.problem.${problem}`),
          ]),
        )
      : {},
  );
  protected readonly problems = computed<FieldProblem[]>(() => {
    const errors = this.errors();
    return this.rows().flatMap((row, index) =>
      FIELDS.flatMap((field) => {
        const message = errors[`${row.key}|${field}`];
        return message
          ? [{ id: this.idOf(row, field), label: `${this.itemName(index)}: ${this.label(field)}`, message }]
          : [];
      }),
    );
  });

  protected itemName(index: number): string {
    return this.t('selfEvaluation.questions.item', { number: index + 1 });
  }

  protected fieldsOf(row: QuestionRow): FieldRows {
    return [
      {
        key: 'text',
        id: this.idOf(row, 'text'),
        label: this.label('text'),
        kind: 'text',
        required: true,
        maxLength: 500,
      },
      [
        {
          key: 'scaleMin',
          id: this.idOf(row, 'scaleMin'),
          label: this.label('scaleMin'),
          kind: 'integer',
          width: 'xs',
          maxLength: 2,
        },
        {
          key: 'scaleMax',
          id: this.idOf(row, 'scaleMax'),
          label: this.label('scaleMax'),
          kind: 'integer',
          width: 'xs',
          maxLength: 2,
        },
        {
          key: 'state',
          id: this.idOf(row, 'state'),
          label: this.label('state'),
          kind: 'select',
          options: (['ACTIVE', 'RETIRED'] as const).map((state) => ({
            value: state,
            label: this.t(`selfEvaluation.questions.state.${state}`),
          })),
        },
      ],
    ];
  }

  protected valuesOf(row: QuestionRow): Record<Field, string> {
    return { text: row.text, scaleMin: row.scaleMin, scaleMax: row.scaleMax, state: row.state };
  }

  protected errorsOf(row: QuestionRow): Record<string, string | undefined> {
    const errors = this.errors();
    return Object.fromEntries(FIELDS.map((field) => [field, errors[`${row.key}|${field}`]]));
  }

  protected change(key: string, { key: field, value }: FieldChange): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
    this.status.clearFeedback();
  }

  protected add(): void {
    const row = newRow(this.added());
    this.added.update((count) => count + 1);
    this.rows.update((rows) => [...rows, row]);
    this.focus(`#${this.idOf(row, 'text')}`);
  }

  protected move(index: number, by: -1 | 1): void {
    this.rows.update((rows) => moved(rows, index, by));
    this.focus(`#sq-${index + by}-${by < 0 ? 'up' : 'down'}`);
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, at) => at !== index));
    this.focus('#self-evaluation-questions-add');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.status.saving()) return;
    this.submitted.set(true);
    this.status.clearFeedback();
    if (this.problems().length > 0) {
      this.focus('#self-evaluation-questions-errors');
      return;
    }
    const outcome = await this.status.send(() =>
      runMutation(
        this.mutation.mutate({
          variables: {
            input: {
              regionSlug: DEFAULT_REGION_SLUG,
              version: this.version(),
              questions: questionsInput(this.rows()),
            },
          },
        }),
      ),
    );
    if (outcome.ok) {
      this.submitted.set(false);
      this.status.tell('saved');
      this.changed.emit();
    } else {
      this.status.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
    }
  }

  private idOf(row: QuestionRow, field: Field): string {
    return `sq-${row.key}-${field}`;
  }

  private label(field: Field): string {
    return this.t(`selfEvaluation.questions.${field}`);
  }
}
