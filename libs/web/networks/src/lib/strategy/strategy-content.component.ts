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
  type FieldSpec,
  fieldOptions,
  FORM_KIT,
  formRefusal,
  injectFocusAfterRender,
  injectFormState,
  ItemActionsComponent,
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

const HEADER_LABELS: Readonly<Record<HeaderField, TranslationKey>> = {
  title: 'strategyForm.title',
  periodFrom: 'strategyForm.periodFrom',
  periodTo: 'strategyForm.periodTo',
  consultationEndsOn: 'strategyForm.consultationEndsOn',
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

/** A field of the form under the draft's name for it, drawn as `spec` says. */
interface DraftField<F extends string> {
  readonly name: F;
  readonly spec: FieldSpec;
}

type Layout = DistributiveOmit<FieldSpec, 'key' | 'id' | 'label'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const PERIOD_FIELDS = ['periodFrom', 'periodTo'] as const;
const YEAR: Layout = { kind: 'integer', required: true, width: 'xs', maxLength: 4 };
const GOAL_INPUTS: readonly (readonly [GoalField, Layout])[] = [
  ['title', { kind: 'text', required: true, maxLength: GOAL_TITLE_MAX_LENGTH }],
  ['description', { kind: 'multiline', rows: 3 }],
];
/** An indicator's fields in order; the values are described by the hint on how to write them. */
const INDICATOR_INPUTS: readonly (readonly [IndicatorField, Layout])[] = [
  ['name', { kind: 'text', required: true, maxLength: INDICATOR_NAME_MAX_LENGTH }],
  ['unit', { kind: 'text', required: true, maxLength: INDICATOR_UNIT_MAX_LENGTH }],
  ['baselineYear', { kind: 'integer', required: true, maxLength: 4 }],
  ['baselineValue', { kind: 'decimal', required: true, maxLength: 24 }],
  ['targetYear', { kind: 'integer', required: true, maxLength: 4 }],
  ['targetValue', { kind: 'decimal', required: true, maxLength: 24 }],
];

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
  /** The draft's state as a form: the errors are by path (`goals.0.title`), the summary is the page's own. */
  protected readonly form = injectFormState<string, StrategyDraft | undefined, TranslationKey>({
    initial: this.draft,
    fields: [],
    validate: (draft) => (draft ? validateDraft(draft, this.language()) : {}),
    translate: this.t,
    label: (path) => path,
    id: 'strategy-content',
    texts: () => ({
      notices: { saved: this.t('strategyForm.saved'), reloaded: this.t('strategyForm.reloaded') },
      conflictHeading: this.t('strategy.conflictHeading'),
      reload: this.t('strategy.reload'),
      errorHeading: this.t('strategyForm.errorHeading'),
    }),
  });
  /** What changed in the list of goals, for screen readers. */
  protected readonly announcement = signal('');

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
  protected readonly errors = this.form.errors;

  /** Which goals and indicators there are (their keys): the fields change with them, not with what is typed. */
  private readonly shape = computed(() =>
    (this.draft()?.goals ?? [])
      .map((goal) => [goal.key, ...goal.indicators.map((i) => i.key)].join(' '))
      .join('|'),
  );
  /** Every field of the form, drawn from its layout with its id and label. */
  protected readonly fields = computed(() => {
    this.shape();
    const goals = untracked(this.draft)?.goals ?? [];
    const field = <F extends string>(
      name: F,
      id: string,
      label: TranslationKey,
      layout: Layout,
      hintIds?: string[],
    ) => ({
      name,
      spec: { ...layout, key: name, id, label: this.t(label), hintIds } as FieldSpec,
    });
    const direction = {
      kind: 'select',
      options: fieldOptions(INDICATOR_DIRECTIONS, (value) => this.t(DIRECTION_LABELS[value])),
    } as const;
    return {
      title: field('title', 'strategy-title', HEADER_LABELS.title, {
        kind: 'text',
        required: true,
        maxLength: STRATEGY_TITLE_MAX_LENGTH,
      }).spec,
      period: PERIOD_FIELDS.map((name) => field(name, `strategy-${name}`, HEADER_LABELS[name], YEAR)),
      consultationEndsOn: field(
        'consultationEndsOn',
        'strategy-consultationEndsOn',
        HEADER_LABELS.consultationEndsOn,
        { kind: 'date', width: 'sm', hint: this.t('strategyForm.consultationEndsOnHint') },
      ).spec,
      goals: goals.map((goal) => ({
        own: GOAL_INPUTS.map(([name, layout]) =>
          field(name, this.goalFieldId(goal.key, name), GOAL_LABELS[name], layout),
        ),
        indicators: goal.indicators.map((indicator): DraftField<IndicatorField>[] => {
          const hint = [this.indicatorHintId(indicator.key)];
          const id = (name: IndicatorField) => this.indicatorFieldId(indicator.key, name);
          return [
            ...INDICATOR_INPUTS.map(([name, layout]) =>
              field(
                name,
                id(name),
                INDICATOR_LABELS[name],
                layout,
                layout.kind === 'decimal' ? hint : undefined,
              ),
            ),
            field('direction', id('direction'), INDICATOR_LABELS.direction, direction),
          ];
        }),
      })),
    };
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
    for (const field of ['title', 'periodFrom', 'periodTo', 'consultationEndsOn'] as const) {
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

  /** "Høringsfrist: 1. mars 2027" in the read-only view, when the strategy has one. */
  protected readonly consultationEnds = computed(() => {
    const endsOn = this.store.strategy()?.consultationEndsOn;
    return endsOn ? this.t('strategy.consultationEnds', { date: this.i18n.date(endsOn) }) : '';
  });

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

  /** The hint on how to write an indicator's values. */
  protected indicatorHintId(key: string): string {
    return `indicator-${key}-hint`;
  }

  protected onHeader(field: HeaderField, value: string): void {
    this.change((draft) => updateHeader(draft, field, value));
  }

  protected onGoal(index: number, field: GoalField, value: string): void {
    this.change((draft) => updateGoal(draft, index, field, value));
  }

  protected onIndicator(goal: number, index: number, field: IndicatorField, value: string): void {
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
    const strategy = this.store.strategy();
    const draft = this.form.begin(event);
    if (!draft || !strategy) return;
    const language = this.language();
    const outcome = await this.form.send(() =>
      runMutation(
        this.saveStrategy.mutate({
          variables: { input: saveInput(draft, strategy.id, this.store.version(), language) },
        }),
      ),
    );
    if (outcome.ok) {
      const saved = outcome.data.saveStrategy;
      this.store.saved(saved.version);
      this.draft.set(draftOf(saved, this.language()));
      this.form.tell('saved');
    } else {
      this.showRefusal(outcome.error);
    }
  }

  protected async reload(): Promise<void> {
    await this.store.reload();
    this.form.tell('reloaded');
  }

  private showRefusal(error: ApiError): void {
    const message = errorText(error, this.i18n);
    const language = this.language();
    this.form.refuse(
      error.code === 'CONFLICT'
        ? { message, conflict: true }
        : formRefusal(
            error,
            message,
            (path) => path.replace(/^input\./, ''),
            (problem) => fieldErrorMessage(problem, language),
          ),
    );
  }

  private change(update: (draft: StrategyDraft) => StrategyDraft): void {
    this.draft.update((draft) => draft && update(draft));
    this.form.edited();
    if (!this.form.refusal()?.conflict) this.form.clearFeedback();
  }

  private announce(text: string): void {
    this.announcement.set(text);
  }
}
