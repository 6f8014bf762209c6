import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import {
  BENEFIT_TYPE_LABELS,
  BENEFIT_TYPES,
  BENEFIT_UNIT_KINDS,
  BENEFIT_UNIT_LABELS,
  type BenefitType,
  type BenefitUnitKind,
} from '@samarbeid/shared/domain';
import { I18nService, parseAmount, runMutation, type TranslationKey } from '@samarbeid/web/data-access';
import { type BenefitGoalsQuery, CreateBenefitGQL, UpdateBenefitGQL } from '@samarbeid/web/graphql';
import {
  type FieldChange,
  fieldOptions,
  fieldProblems,
  type FieldRows,
  FORM_KIT,
  injectFocusAfterRender,
  reportUnsavedChanges,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';

import { labelOf } from '../shared/labels';
import { type Benefit, benefitRefusal, unitWord } from './benefit-view';

export type Strategies = BenefitGoalsQuery['strategies'];

/** The benefit form as the inputs hold it. */
export interface BenefitFormValues {
  readonly title: string;
  readonly type: BenefitType;
  readonly unitKind: BenefitUnitKind;
  readonly fteCostNok: string;
  readonly indicator: string;
  readonly unit: string;
  readonly baselineValue: string;
  readonly baselineDate: string;
  readonly owner: string;
  readonly change: string;
  readonly goalId: string;
}

export type BenefitFormField = keyof BenefitFormValues;

/** The fields in page order (for the error summary). */
const FIELDS: readonly BenefitFormField[] = [
  'title',
  'type',
  'unitKind',
  'fteCostNok',
  'indicator',
  'unit',
  'baselineValue',
  'baselineDate',
  'owner',
  'change',
  'goalId',
];

export const BENEFIT_TITLE_MAX_LENGTH = 300;

const FIELD_LABELS: Readonly<Record<BenefitFormField, TranslationKey>> = {
  title: 'benefits.field.title',
  type: 'benefits.field.type',
  unitKind: 'benefits.field.unitKind',
  fteCostNok: 'benefits.field.fteCost',
  indicator: 'benefits.field.indicator',
  unit: 'benefits.field.unit',
  baselineValue: 'benefits.field.baselineValue',
  baselineDate: 'benefits.field.baselineDate',
  owner: 'benefits.field.owner',
  change: 'benefits.field.change',
  goalId: 'benefits.field.goal',
};

export function benefitFormValuesOf(benefit: Benefit | undefined): BenefitFormValues {
  const plain = (value: string | null) => (value === null ? '' : value.replace('.', ','));
  return {
    title: benefit?.title ?? '',
    type: benefit?.type ?? 'EFFICIENCY',
    unitKind: benefit?.unitKind ?? 'NOK',
    fteCostNok: plain(benefit?.fteCostNok ?? null),
    indicator: benefit?.indicator ?? '',
    unit: benefit?.unit ?? '',
    baselineValue: plain(benefit?.baselineValue ?? null),
    baselineDate: benefit?.baselineDate ?? '',
    owner: benefit?.owner ?? '',
    change: benefit?.change ?? '',
    goalId: benefit?.goalId ?? '',
  };
}

/** The same rules as the API, so that most mistakes are caught before anything is sent. */
export function validateBenefitForm(
  values: BenefitFormValues,
): Partial<Record<BenefitFormField, TranslationKey>> {
  const errors: Partial<Record<BenefitFormField, TranslationKey>> = {};
  if (!values.title.trim()) errors.title = 'benefits.error.titleRequired';
  else if (values.title.trim().length > BENEFIT_TITLE_MAX_LENGTH) errors.title = 'benefits.error.titleLength';
  if (!values.owner.trim()) errors.owner = 'benefits.error.ownerRequired';
  if (values.unitKind === 'FTE') {
    const cost = parseAmount(values.fteCostNok);
    if (cost === null || cost.startsWith('-') || /^0+(\.0+)?$/.test(cost))
      errors.fteCostNok = 'benefits.error.fteCost';
  }
  if (values.unitKind === 'QUALITATIVE' && !values.unit.trim()) errors.unit = 'benefits.error.unitRequired';
  if (values.baselineValue.trim() && parseAmount(values.baselineValue) === null) {
    errors.baselineValue = 'benefits.error.number';
  }
  if (values.baselineDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.baselineDate)) {
    errors.baselineDate = 'benefits.error.date';
  }
  return errors;
}

/** The fields as the API takes them (a field the unit kind does not use is left empty). */
export function benefitFieldsOf(values: BenefitFormValues) {
  const qualitative = values.unitKind === 'QUALITATIVE';
  return {
    title: values.title.trim(),
    type: values.type,
    unitKind: values.unitKind,
    fteCostNok: values.unitKind === 'FTE' ? parseAmount(values.fteCostNok) : null,
    indicator: qualitative ? values.indicator.trim() || null : null,
    unit: qualitative ? values.unit.trim() || null : null,
    baselineValue: values.baselineValue.trim() ? parseAmount(values.baselineValue) : null,
    baselineDate: values.baselineDate || null,
    owner: values.owner.trim(),
    change: values.change.trim(),
    goalId: values.goalId || null,
  };
}

/**
 * Adds a benefit to a measure's plan, or changes one: what it is, how it is measured (kroner, full-time
 * equivalents at a stated cost, or an indicator), its baseline, owner and place in the benefit map.
 */
@Component({
  selector: 'sb-benefit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './benefit-form.component.html',
  styleUrl: './benefits.css',
})
export class BenefitFormComponent implements OnInit {
  readonly measureId = input.required<string>();
  /** The benefit to change; a new one without. */
  readonly benefit = input<Benefit | undefined>(undefined);
  /** The network's strategies with their goals, for the benefit map; the choice is left out without them. */
  readonly strategies = input<Strategies | undefined>(undefined);
  /** The heading's level: 3 for a new benefit, 4 inside a benefit. */
  readonly level = input<3 | 4>(3);

  readonly saved = output<Benefit>();
  readonly cancelled = output<void>();
  /** After a conflict: the user asks for what is saved now. */
  readonly reloadRequested = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateBenefitGQL);
  private readonly update = inject(UpdateBenefitGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;

  protected readonly values = linkedSignal(() => benefitFormValuesOf(this.benefit()));
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<SaveFeedback | undefined>(undefined);

  /** Ids are per form: a new benefit's form and a benefit's own can be open at once. */
  protected readonly prefix = computed(() => `benefit-${this.benefit()?.id ?? 'new'}`);

  /** Each field's problem as a sentence, once the user has tried to save. */
  protected readonly errors = computed(() =>
    shownErrors<BenefitFormField, TranslationKey>(
      this.submitted(),
      {},
      validateBenefitForm(this.values()),
      this.t,
    ),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) =>
        field === 'unitKind' ? `${this.fieldId('unitKind')}-${this.values().unitKind}` : this.fieldId(field),
    ),
  );
  /** The form says something else than the benefit as saved (or a new one is begun). */
  readonly dirty = computed(
    () => JSON.stringify(this.values()) !== JSON.stringify(benefitFormValuesOf(this.benefit())),
  );

  /** The fields the unit kind needs, in page order; the goal only where the network's strategies are known. */
  protected readonly fields = computed<FieldRows>(() => {
    const language = this.i18n.language();
    const values = this.values();
    const field = (key: BenefitFormField) => ({
      key,
      id: this.fieldId(key),
      label: this.t(FIELD_LABELS[key]),
    });
    const unit = unitWord({ unitKind: values.unitKind, unit: values.unit.trim() || null }, this.i18n);
    const goals = this.goalOptions();
    return [
      { ...field('title'), kind: 'text', required: true, maxLength: BENEFIT_TITLE_MAX_LENGTH },
      {
        ...field('type'),
        kind: 'select',
        options: fieldOptions(BENEFIT_TYPES, (value) => labelOf(BENEFIT_TYPE_LABELS, value, language)),
      },
      {
        ...field('unitKind'),
        kind: 'choice',
        options: fieldOptions(BENEFIT_UNIT_KINDS, (value) => labelOf(BENEFIT_UNIT_LABELS, value, language)),
      },
      ...(values.unitKind === 'FTE'
        ? [
            {
              ...field('fteCostNok'),
              kind: 'decimal' as const,
              width: 'md' as const,
              required: true,
              hint: this.t('benefits.field.fteCostHint'),
            },
          ]
        : []),
      ...(values.unitKind === 'QUALITATIVE'
        ? [
            [
              { ...field('indicator'), kind: 'text' as const },
              { ...field('unit'), kind: 'text' as const, width: 'md' as const, required: true },
            ],
          ]
        : []),
      [
        {
          ...field('baselineValue'),
          kind: 'decimal',
          width: 'md',
          label: this.t('benefits.field.baselineValueIn', { unit }),
          hint: this.t('benefits.field.baselineHint'),
        },
        { ...field('baselineDate'), kind: 'date' },
      ],
      { ...field('owner'), kind: 'text', required: true, hint: this.t('benefits.field.ownerHint') },
      { ...field('change'), kind: 'multiline', rows: 3, hint: this.t('benefits.field.changeHint') },
      ...(goals ? [{ ...field('goalId'), kind: 'select' as const, ...goals }] : []),
    ];
  });
  /**
   * The benefit map's goal: none, or a goal of the network's strategies (under each strategy's title). A goal the
   * benefit serves that is not among them is offered too (kept as it is).
   */
  private readonly goalOptions = computed(() => {
    const strategies = this.strategies();
    if (!strategies) return undefined;
    const benefit = this.benefit();
    const known = strategies.some((s) => s.goals.some((goal) => goal.id === benefit?.goalId));
    const other =
      benefit?.goalId && !known
        ? [{ value: benefit.goalId, label: benefit.goalTitle ?? benefit.goalId }]
        : [];
    return {
      placeholder: this.t('benefits.map.noGoal'),
      options: [
        ...other,
        ...strategies
          .filter((strategy) => strategy.goals.length > 0)
          .map((strategy) => ({
            group: strategy.title,
            options: strategy.goals.map((goal) => ({ value: goal.id, label: goal.title })),
          })),
      ],
    };
  });

  constructor() {
    reportUnsavedChanges(this.dirty);
  }

  ngOnInit(): void {
    this.focusAfterRender(`#${this.fieldId('title')}`);
  }

  protected fieldId(field: BenefitFormField): string {
    return `${this.prefix()}-${field}`;
  }

  protected set({ key, value }: FieldChange): void {
    const field = FIELDS.find((known) => known === key);
    if (field) this.values.update((values) => ({ ...values, [field]: value }));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.refusal.set(undefined);
    const values = this.values();
    if (Object.keys(validateBenefitForm(values)).length > 0) {
      this.focusAfterRender(`#${this.prefix()}-errors`);
      return;
    }
    const fields = benefitFieldsOf(values);
    const benefit = this.benefit();
    this.saving.set(true);
    const outcome = benefit
      ? await runMutation(
          this.update.mutate({
            variables: { input: { id: benefit.id, expectedVersion: benefit.version, ...fields } },
          }),
        ).then((result) => (result.ok ? { ok: true as const, benefit: result.data.updateBenefit } : result))
      : await runMutation(
          this.create.mutate({ variables: { input: { measureId: this.measureId(), ...fields } } }),
        ).then((result) => (result.ok ? { ok: true as const, benefit: result.data.createBenefit } : result));
    this.saving.set(false);
    if (outcome.ok) {
      this.saved.emit(outcome.benefit);
    } else {
      this.refusal.set(benefitRefusal(outcome.error, this.i18n));
      this.focusAfterRender(`#${this.prefix()}-refusal`);
    }
  }
}
