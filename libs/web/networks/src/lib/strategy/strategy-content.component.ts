import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import {
  type ApiError,
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { SaveStrategyGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type FieldProblem,
  FORM_KIT,
  injectFocusAfterRender,
  ItemActionsComponent,
  refusalFeedback,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';

import { DIRECTION_LABELS, INDICATOR_DIRECTIONS } from '../shared/labels';
import { formatDecimal } from './decimal';
import {
  addGoal,
  addIndicator,
  draftOf,
  GOAL_TITLE_MAX_LENGTH,
  type GoalField,
  goalPath,
  type HeaderField,
  INDICATOR_NAME_MAX_LENGTH,
  INDICATOR_UNIT_MAX_LENGTH,
  type IndicatorField,
  indicatorPath,
  MAX_GOALS,
  MAX_INDICATORS,
  moveGoal,
  newKey,
  removeGoal,
  removeIndicator,
  relanguage,
  sameContent,
  saveInput,
  STRATEGY_TITLE_MAX_LENGTH,
  type StrategyDraft,
  updateGoal,
  updateHeader,
  updateIndicator,
  validateDraft,
} from './strategy-draft';
import { StrategyStore } from './strategy-store';

type Feedback =
  { readonly kind: 'saved' | 'reloaded' } | { readonly kind: 'conflict' | 'error'; readonly message: string };

const HEADER_LABELS: Readonly<Record<HeaderField, TranslationKey>> = {
  title: 'strategyForm.title',
  periodFrom: 'strategyForm.periodFrom',
  periodTo: 'strategyForm.periodTo',
};
const GOAL_LABELS: Readonly<Record<GoalField, TranslationKey>> = {
  title: 'strategyForm.goalTitle',
  description: 'strategyForm.goalDescription',
};
const INDICATOR_LABELS: Readonly<Record<IndicatorField, TranslationKey>> = {
  name: 'strategyForm.indicatorName',
  unit: 'strategyForm.unit',
  baselineYear: 'strategyForm.baselineYear',
  baselineValue: 'strategyForm.baselineValue',
  targetYear: 'strategyForm.targetYear',
  targetValue: 'strategyForm.targetValue',
  direction: 'strategyForm.direction',
};
const INDICATOR_FIELDS = Object.keys(INDICATOR_LABELS) as IndicatorField[];

/** An indicator's text inputs, in order (the direction is a select). */
interface IndicatorInput {
  readonly field: Exclude<IndicatorField, 'direction'>;
  readonly label: TranslationKey;
  readonly inputmode: 'numeric' | 'decimal' | null;
  readonly maxlength: number;
  /** A decimal value: described by the hint on how to write it. */
  readonly decimal: boolean;
}

const INDICATOR_INPUTS: readonly IndicatorInput[] = [
  {
    field: 'name',
    label: INDICATOR_LABELS.name,
    inputmode: null,
    maxlength: INDICATOR_NAME_MAX_LENGTH,
    decimal: false,
  },
  {
    field: 'unit',
    label: INDICATOR_LABELS.unit,
    inputmode: null,
    maxlength: INDICATOR_UNIT_MAX_LENGTH,
    decimal: false,
  },
  {
    field: 'baselineYear',
    label: INDICATOR_LABELS.baselineYear,
    inputmode: 'numeric',
    maxlength: 4,
    decimal: false,
  },
  {
    field: 'baselineValue',
    label: INDICATOR_LABELS.baselineValue,
    inputmode: 'decimal',
    maxlength: 24,
    decimal: true,
  },
  {
    field: 'targetYear',
    label: INDICATOR_LABELS.targetYear,
    inputmode: 'numeric',
    maxlength: 4,
    decimal: false,
  },
  {
    field: 'targetValue',
    label: INDICATOR_LABELS.targetValue,
    inputmode: 'decimal',
    maxlength: 24,
    decimal: true,
  },
];

const PERIOD_FIELDS = ['periodFrom', 'periodTo'] as const;

/**
 * The strategy's content: title, period and goals, each with indicators. Editors (the network's leader or the
 * secretariat, while a draft or on consultation) change it all in one form and save it together with "Lagre";
 * goals can be added, removed and moved, indicators added and removed. Values are written the Norwegian way
 * ("38,5"). Everyone else, and everyone once the strategy is adopted, reads it.
 */
@Component({
  selector: 'sb-strategy-content',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, FORM_KIT, ItemActionsComponent],
  templateUrl: './strategy-content.component.html',
  styleUrl: './strategy-content.component.css',
})
export class StrategyContentComponent {
  readonly editable = input(false);

  private readonly i18n = inject(I18nService);
  private readonly store = inject(StrategyStore);
  private readonly saveStrategy = inject(SaveStrategyGQL);
  private readonly focus = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly directions = INDICATOR_DIRECTIONS;
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly maxLength = { title: STRATEGY_TITLE_MAX_LENGTH, goalTitle: GOAL_TITLE_MAX_LENGTH };
  protected readonly headerLabels = HEADER_LABELS;
  protected readonly periodFields = PERIOD_FIELDS;
  protected readonly indicatorInputs = INDICATOR_INPUTS;
  protected readonly maxGoals = MAX_GOALS;
  protected readonly maxIndicators = MAX_INDICATORS;

  protected readonly strategy = this.store.strategy;
  /** The form's content: from the saved strategy, again after a reload, and after each save. */
  protected readonly draft = linkedSignal<string, StrategyDraft | undefined>({
    source: () => `${this.store.generation()}:${this.store.strategy()?.id ?? ''}`,
    computation: () => {
      const strategy = untracked(this.store.strategy);
      return strategy ? draftOf(strategy, untracked(this.language)) : undefined;
    },
  });
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly feedback = signal<Feedback | undefined>(undefined);
  protected readonly saveFeedback = computed<SaveFeedback | null>(() => {
    const feedback = this.feedback();
    if (!feedback) return null;
    switch (feedback.kind) {
      case 'saved':
        return { kind: 'saved', text: this.t('strategyForm.saved') };
      case 'reloaded':
        return { kind: 'info', text: this.t('strategyForm.reloaded') };
      default:
        return refusalFeedback(feedback, {
          conflictHeading: this.t('strategy.conflictHeading'),
          reload: this.t('strategy.reload'),
          errorHeading: this.t('strategyForm.errorHeading'),
        });
    }
  });
  /** What changed in the list of goals, for screen readers. */
  protected readonly announcement = signal('');
  /** The server's sentences per field, until the user changes something. */
  private readonly serverErrors = signal<Readonly<Record<string, string>>>({});

  private readonly saved = computed(() => {
    const strategy = this.store.strategy();
    return strategy ? draftOf(strategy, this.language()) : undefined;
  });
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    const saved = this.saved();
    return !!draft && !!saved && !sameContent(draft, saved);
  });

  /** Each field's problem by path, shown once the user has tried to save. */
  protected readonly errors = computed<Readonly<Record<string, string>>>(() => {
    const draft = this.draft();
    return draft
      ? shownErrors(this.submitted(), this.serverErrors(), validateDraft(draft, this.language()), this.t)
      : {};
  });
  /** The error summary, in page order, each linking to its field. */
  protected readonly problems = computed(() => {
    const draft = this.draft();
    const errors = this.errors();
    if (!draft) return [];
    const list: FieldProblem[] = [];
    const add = (path: string, id: string, label: string) => {
      if (errors[path]) list.push({ id, label, message: errors[path] });
    };
    for (const field of ['title', 'periodFrom', 'periodTo'] as const) {
      add(field, `strategy-${field}`, this.t(HEADER_LABELS[field]));
    }
    draft.goals.forEach((goal, g) => {
      const goalName = this.t('strategyForm.goalLegend', { number: g + 1 });
      for (const field of ['title', 'description'] as const) {
        add(
          goalPath(g, field),
          this.goalFieldId(goal.key, field),
          `${goalName}: ${this.t(GOAL_LABELS[field])}`,
        );
      }
      goal.indicators.forEach((indicator, i) => {
        const indicatorName = this.t('strategyForm.indicatorOf', { number: i + 1, goal: g + 1 });
        for (const field of INDICATOR_FIELDS) {
          add(
            indicatorPath(g, i, field),
            this.indicatorFieldId(indicator.key, field),
            `${indicatorName}: ${this.t(INDICATOR_LABELS[field])}`,
          );
        }
      });
    });
    return list;
  });

  protected readonly indicatorColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'name', label: this.t('strategyForm.indicatorName') },
    { key: 'unit', label: this.t('strategyForm.unit') },
    { key: 'baseline', label: this.t('strategy.baseline') },
    { key: 'target', label: this.t('strategy.target') },
    { key: 'direction', label: this.t('strategyForm.direction') },
  ]);

  /** The read-only view. */
  protected readonly reading = computed(() => {
    const strategy = this.store.strategy();
    const language = this.language();
    if (!strategy) return [];
    return strategy.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.map((indicator) => ({
        ...indicator,
        baseline: this.t('strategy.valueInYear', {
          value: formatDecimal(indicator.baselineValue, language),
          year: String(indicator.baselineYear),
        }),
        target: this.t('strategy.valueInYear', {
          value: formatDecimal(indicator.targetValue, language),
          year: String(indicator.targetYear),
        }),
        direction: this.t(DIRECTION_LABELS[indicator.direction]),
      })),
    }));
  });

  constructor() {
    effect(() => this.store.contentDirty.set(this.editable() && this.dirty()));
    // Values are written with a comma in Norwegian and a point in English: the form follows the language.
    let previous = this.language();
    effect(() => {
      const language = this.language();
      if (language === previous) return;
      const from = previous;
      previous = language;
      untracked(() => this.draft.update((draft) => draft && relanguage(draft, from, language)));
    });
  }

  protected goalFieldId(key: string, field: GoalField): string {
    return `goal-${key}-${field}`;
  }

  protected indicatorFieldId(key: string, field: IndicatorField): string {
    return `indicator-${key}-${field}`;
  }

  protected onHeader(field: HeaderField, event: Event): void {
    this.change((draft) => updateHeader(draft, field, (event.target as HTMLInputElement).value));
  }

  protected onGoal(index: number, field: GoalField, event: Event): void {
    this.change((draft) => updateGoal(draft, index, field, (event.target as HTMLInputElement).value));
  }

  protected onIndicator(goal: number, index: number, field: IndicatorField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.change((draft) => updateIndicator(draft, goal, index, field, value));
  }

  protected addGoal(): void {
    const key = newKey();
    this.change((draft) => addGoal(draft, key));
    const number = this.draft()?.goals.length ?? 0;
    this.announce(this.t('strategyForm.goalAdded', { number }));
    this.focus(`#${this.goalFieldId(key, 'title')}`);
  }

  protected removeGoal(index: number): void {
    this.change((draft) => removeGoal(draft, index));
    this.announce(this.t('strategyForm.goalRemoved', { number: index + 1 }));
    const goals = this.draft()?.goals ?? [];
    const next = goals[Math.min(index, goals.length - 1)];
    this.focus(next ? `#${this.goalFieldId(next.key, 'title')}` : '#strategy-add-goal');
  }

  protected moveGoal(index: number, delta: -1 | 1): void {
    const key = this.draft()?.goals[index]?.key;
    this.change((draft) => moveGoal(draft, index, delta));
    const position = index + delta + 1;
    this.announce(
      this.t(delta < 0 ? 'strategyForm.goalMovedUp' : 'strategyForm.goalMovedDown', { position }),
    );
    // Keep the focus on the goal's move button; at the end of the list the other one.
    const last = (this.draft()?.goals.length ?? 0) - 1;
    const atEnd = delta < 0 ? index + delta === 0 : index + delta === last;
    const button = atEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    this.focus(`#goal-${key}-${button}`);
  }

  protected addIndicator(goal: number): void {
    const key = newKey();
    this.change((draft) => addIndicator(draft, goal, key));
    const number = this.draft()?.goals[goal]?.indicators.length ?? 0;
    this.announce(this.t('strategyForm.indicatorAdded', { number, goal: goal + 1 }));
    this.focus(`#${this.indicatorFieldId(key, 'name')}`);
  }

  protected removeIndicator(goal: number, index: number): void {
    const goalKey = this.draft()?.goals[goal]?.key;
    this.change((draft) => removeIndicator(draft, goal, index));
    this.announce(this.t('strategyForm.indicatorRemoved', { number: index + 1, goal: goal + 1 }));
    this.focus(`#goal-${goalKey}-add-indicator`);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    const strategy = this.store.strategy();
    if (this.saving() || !draft || !strategy) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.feedback.set(undefined);
    const language = this.language();
    if (Object.keys(validateDraft(draft, language)).length > 0) {
      this.focus('#strategy-content-errors');
      return;
    }
    this.saving.set(true);
    const outcome = await runMutation(
      this.saveStrategy.mutate({
        variables: { input: saveInput(draft, strategy.id, this.store.version(), language) },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      const saved = outcome.data.saveStrategy;
      this.store.saved(saved.version);
      this.draft.set(draftOf(saved, this.language()));
      this.submitted.set(false);
      this.feedback.set({ kind: 'saved' });
    } else {
      this.showRefusal(outcome.error);
    }
    this.focus('#strategy-content-feedback');
  }

  protected async reload(): Promise<void> {
    await this.store.reload();
    this.submitted.set(false);
    this.serverErrors.set({});
    this.feedback.set({ kind: 'reloaded' });
    this.focus('#strategy-content-feedback');
  }

  private showRefusal(error: ApiError): void {
    const message = errorText(error, this.i18n);
    if (error.code === 'CONFLICT') {
      this.feedback.set({ kind: 'conflict', message });
      return;
    }
    const language = this.language();
    const fields: Record<string, string> = {};
    for (const problem of error.fields ?? []) {
      const path = problem.field.replace(/^input\./, '');
      fields[path] ??= fieldErrorMessage(problem, language);
    }
    this.serverErrors.set(fields);
    this.feedback.set({ kind: 'error', message });
  }

  private change(update: (draft: StrategyDraft) => StrategyDraft): void {
    this.draft.update((draft) => draft && update(draft));
    if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
    if (this.feedback()?.kind !== 'conflict') this.feedback.set(undefined);
  }

  private announce(text: string): void {
    this.announcement.set(text);
  }
}
