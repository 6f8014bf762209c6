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
import { SetRegionBenefitThresholdsGQL } from '@samarbeid/web/graphql';
import {
  type FieldChange,
  fieldProblems,
  type FieldRows,
  FORM_KIT,
  injectFocusAfterRender,
  type SaveFeedback,
} from '@samarbeid/web/ui';

import { formatPercent } from '../shared/economics-figures';
import { checkThresholds, type ThresholdProblem } from './economics-forms';
import { regionSaveFeedback, writeRegionEconomics } from './write-region-economics';

export interface Thresholds {
  readonly greenFromPercent: string;
  readonly yellowFromPercent: string;
}

type Field = 'green' | 'yellow';
const FIELDS: readonly Field[] = ['green', 'yellow'];

const PROBLEM_KEYS = {
  invalid: 'economicsPages.thresholdsForm.invalid',
  order: 'economicsPages.thresholdsForm.order',
} as const;

/** The region's benefit status thresholds (the secretariat): green from and yellow from, in per cent of planned. */
@Component({
  selector: 'sb-thresholds-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './thresholds-editor.component.html',
})
export class ThresholdsEditorComponent {
  readonly regionSlug = input.required<string>();
  readonly thresholds = input.required<Thresholds>();

  private readonly i18n = inject(I18nService);
  private readonly mutation = inject(SetRegionBenefitThresholdsGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;

  protected readonly green = linkedSignal(() => formatPercent(this.thresholds().greenFromPercent));
  protected readonly yellow = linkedSignal(() => formatPercent(this.thresholds().yellowFromPercent));
  private readonly fieldProblems = signal<Partial<Record<Field, ThresholdProblem>>>({});
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | null>(null);
  protected readonly messages = computed(() => {
    const problems = this.fieldProblems();
    return {
      green: problems.green ? this.t(PROBLEM_KEYS[problems.green]) : undefined,
      yellow: problems.yellow ? this.t(PROBLEM_KEYS[problems.yellow]) : undefined,
    };
  });
  protected readonly values = computed(() => ({ green: this.green(), yellow: this.yellow() }));
  /** Green from and yellow from, each in per cent of what is planned (one hint for both). */
  protected readonly fields = computed<FieldRows>(() =>
    FIELDS.map((field) => ({
      key: field,
      id: `threshold-${field}`,
      kind: 'decimal',
      width: 'sm',
      hintIds: ['threshold-hint'],
      label: this.t(`economicsPages.thresholdsForm.${field}`),
    })),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      FIELDS,
      this.messages(),
      (field) => this.t(`economicsPages.thresholdsForm.${field}`),
      (field) => `threshold-${field}`,
    ),
  );

  protected set({ key, value }: FieldChange): void {
    if (key !== 'green' && key !== 'yellow') return;
    (key === 'green' ? this.green : this.yellow).set(value);
    if (this.feedback()?.kind === 'saved') this.feedback.set(null);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.feedback.set(null);
    const check = checkThresholds(this.green(), this.yellow());
    if (!check.ok) {
      this.fieldProblems.set({
        ...(check.green ? { green: check.green } : {}),
        ...(check.yellow ? { yellow: check.yellow } : {}),
      });
      this.focusAfterRender('#thresholds-errors');
      return;
    }
    this.fieldProblems.set({});
    this.saving.set(true);
    const regionSlug = this.regionSlug();
    const outcome = await runMutation(
      this.mutation.mutate({
        variables: {
          input: {
            regionSlug,
            greenFromPercent: check.greenFromPercent,
            yellowFromPercent: check.yellowFromPercent,
          },
        },
        update: (cache, { data }) => writeRegionEconomics(cache, regionSlug, data?.setBenefitThresholds),
      }),
    );
    this.saving.set(false);
    this.feedback.set(regionSaveFeedback(outcome, this.t('economicsPages.thresholdsForm.saved'), this.i18n));
    this.focusAfterRender('#thresholds-feedback');
  }
}
