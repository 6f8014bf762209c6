import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  DEFAULT_REGION_SLUG,
  errorText,
  I18nService,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import {
  AnswerSelfEvaluationGQL,
  CloseSelfEvaluationGQL,
  NetworkSelfEvaluationGQL,
} from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  ChartComponent,
  ConfirmService,
  type DataTableColumn,
  DataTableComponent,
  FieldFormComponent,
  type FieldRowEntry,
  fieldRows,
  FormState,
  type FormTexts,
  injectFocusAfterRender,
  injectSaveStatus,
  refusalOf,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { SelfEvaluationQuestionsComponent } from './self-evaluation-questions.component';

import {
  type AnswerProblem,
  answerProblems,
  answersInput,
  answerValues,
  type AnswerValues,
  commentKey,
  COMMENT_MAX,
  type Evaluation,
  type Question,
  questionsToAnswer,
  resultsByQuestion,
  resultsChart,
  scaleOptions,
  scoreKey,
} from './self-evaluation-view';

type AnswerForm = FormState<string, AnswerValues, AnswerProblem>;

/**
 * The network page's self-evaluation (F2): the results over the years (a chart of the latest years and a table per
 * question), the years with their status, and for the network's leader (and the secretariat) the form that answers
 * this year's questions or changes an open year. The secretariat closes a year.
 */
@Component({
  selector: 'sb-network-self-evaluation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    ChartComponent,
    DataTableComponent,
    FieldFormComponent,
    SaveFeedbackComponent,
    SelfEvaluationQuestionsComponent,
  ],
  templateUrl: './network-self-evaluation.component.html',
  styles: `
    :host {
      display: block;
    }

    .score {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class NetworkSelfEvaluationComponent {
  /** The network's id. */
  readonly networkId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly answerMutation = inject(AnswerSelfEvaluationGQL);
  private readonly closeMutation = inject(CloseSelfEvaluationGQL);
  private readonly confirm = inject(ConfirmService);
  private readonly focus = injectFocusAfterRender();
  private readonly query = inject(NetworkSelfEvaluationGQL);

  protected readonly t = this.i18n.t;
  protected readonly thisYear = new Date().getFullYear();
  /** A year as written in a sentence (no thousands separator). */
  protected readonly yearText = (year: number) => String(year);

  private readonly queryRef = computed(() =>
    this.query.watch({
      variables: { id: this.networkId(), regionSlug: DEFAULT_REGION_SLUG },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  /** The notice the last save or close told, with its year. */
  private readonly told = signal<{ notice: 'saved' | 'closed'; year: number } | undefined>(undefined);
  protected readonly status = injectSaveStatus('self-evaluation-feedback', (): FormTexts => {
    const told = this.told();
    return {
      notices: told
        ? {
            saved: this.t('selfEvaluation.saved', { year: String(told.year) }),
            closed: this.t('selfEvaluation.closedNotice', { year: String(told.year) }),
          }
        : {},
      errorHeading: this.t('selfEvaluation.closeError'),
      conflictHeading: this.t('selfEvaluation.conflictHeading'),
      reload: this.t('selfEvaluation.reload'),
    };
  });

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      const { network, selfEvaluationQuestions } = result.data;
      const evaluations: readonly Evaluation[] = network.selfEvaluations;
      const results = resultsByQuestion(evaluations);
      const chart = resultsChart(results, {
        categoryName: this.t('selfEvaluation.chartCategory'),
        questionLabel: (number) => this.t('selfEvaluation.chartQuestion', { number }),
      });
      const current = evaluations.find((evaluation) => evaluation.year === this.thisYear) ?? null;
      const questions: readonly Question[] = selfEvaluationQuestions.questions;
      return {
        kind: 'ready' as const,
        canAnswer: network.viewerCanEdit && questions.some((question) => question.active),
        isSecretariat: !!this.user()?.roles.includes(Role.Secretariat),
        noQuestions: !questions.some((question) => question.active),
        questions,
        questionsVersion: selfEvaluationQuestions.version,
        storedQuestions: selfEvaluationQuestions.questions,
        current,
        evaluations: network.selfEvaluations.map((evaluation) => ({
          ...evaluation,
          statusLabel: evaluation.closed
            ? this.t('selfEvaluation.closed', { date: this.i18n.date(evaluation.closedAt ?? '') })
            : this.t('selfEvaluation.open'),
        })),
        results: results.map((question, index) => ({
          ...question,
          caption: this.t('selfEvaluation.questionCaption', {
            number: index + 1,
            text: question.text,
            scale: question.scale,
          }),
        })),
        chart,
        chartSummary: chart
          ? this.t('selfEvaluation.chartSummary', {
              years: chart.series.map((series) => series.name).join(', '),
            })
          : '',
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly resultColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'year', label: this.t('selfEvaluation.col.year') },
    { key: 'score', label: this.t('selfEvaluation.col.score'), align: 'end' },
    { key: 'comment', label: this.t('selfEvaluation.col.comment') },
  ]);
  protected readonly yearColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'year', label: this.t('selfEvaluation.col.year') },
    { key: 'status', label: this.t('selfEvaluation.col.status') },
    { key: 'answeredBy', label: this.t('selfEvaluation.col.answeredBy') },
    { key: 'actions', label: this.t('selfEvaluation.col.actions') },
  ]);

  /** The open answer form and the year it answers, or null. */
  protected readonly form = signal<{ year: number; state: AnswerForm } | null>(null);

  protected openForm(year: number): void {
    const page = this.state();
    if (page.kind !== 'ready') return;
    const existing = page.evaluations.find((evaluation) => evaluation.year === year) ?? null;
    const questions = questionsToAnswer(page.questions, existing);
    this.status.clearFeedback();
    this.form.set({ year, state: this.answerForm(year, questions, existing) });
    this.focus('#self-evaluation-form-heading');
  }

  protected closeForm(): void {
    this.form.set(null);
    this.focus('#self-evaluation-open');
  }

  protected reload(): void {
    this.queryRef()
      .refetch()
      .catch(() => undefined);
  }

  protected async closeYear(evaluation: { id: string; year: number; version: number }): Promise<void> {
    const confirmed = await this.confirm.ask({
      heading: this.t('selfEvaluation.closeConfirm', { year: String(evaluation.year) }),
      message: this.t('selfEvaluation.closeConfirmText'),
      confirmLabel: this.t('selfEvaluation.close', { year: String(evaluation.year) }),
    });
    if (!confirmed) return;
    const outcome = await this.status.send(() =>
      runMutation(
        this.closeMutation.mutate({
          variables: { input: { id: evaluation.id, version: evaluation.version } },
        }),
      ),
    );
    if (outcome.ok) {
      this.told.set({ notice: 'closed', year: evaluation.year });
      this.status.tell('closed');
    } else {
      this.status.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
    }
  }

  private answerForm(year: number, questions: readonly Question[], existing: Evaluation | null): AnswerForm {
    const keys = questions.flatMap((question) => [scoreKey(question.id), commentKey(question.id)]);
    const labels = new Map(
      questions.flatMap((question, index) => [
        [scoreKey(question.id), `${index + 1}. ${question.text}`],
        [commentKey(question.id), this.t('selfEvaluation.comment', { number: index + 1 })],
      ]),
    );
    const label = (field: string) => labels.get(field) ?? field;
    const form: AnswerForm = new FormState<string, AnswerValues, AnswerProblem>(
      {
        initial: answerValues(questions, existing),
        fields: keys,
        validate: (values) => answerProblems(questions, values),
        translate: (problem) => this.t(`selfEvaluation.problem.${problem}`),
        label,
        id: 'self-evaluation',
        feedbackId: 'self-evaluation-form-feedback',
        rows: () =>
          fieldRows<string>(
            'self-evaluation-',
            label,
            questions.flatMap((question): FieldRowEntry<string>[] => [
              {
                key: scoreKey(question.id),
                kind: 'choice',
                inline: true,
                required: true,
                options: scaleOptions(question),
                hint: this.t('selfEvaluation.scaleHint', { min: question.scaleMin, max: question.scaleMax }),
              },
              { key: commentKey(question.id), kind: 'multiline', rows: 2, maxLength: COMMENT_MAX },
            ]),
          ),
        texts: () => ({
          submit: this.t('selfEvaluation.save'),
          busy: this.t('selfEvaluation.saving'),
          errorHeading: this.t('selfEvaluation.saveError'),
          conflictHeading: this.t('selfEvaluation.conflictHeading'),
          reload: this.t('selfEvaluation.reload'),
        }),
        save: async (values) => {
          const outcome = await runMutation(
            this.answerMutation.mutate({
              variables: {
                input: {
                  networkId: this.networkId(),
                  year,
                  version: existing?.version ?? 0,
                  answers: answersInput(questions, values),
                },
              },
            }),
          );
          if (!outcome.ok) return refusalOf(outcome.error, errorText(outcome.error, this.i18n));
          this.reload();
          this.form.set(null);
          this.told.set({ notice: 'saved', year });
          this.status.tell('saved');
          return undefined;
        },
      },
      this.focus,
    );
    return form;
  }
}
