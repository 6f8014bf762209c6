import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { I18nService, type TranslationKey } from '@samarbeid/web/data-access';
import { type FieldChange, type FieldRows, FORM_KIT, yesNoOptions, yesNoValue } from '@samarbeid/web/ui';

import {
  ASSESSMENT_CONDITIONS,
  type AssessmentCondition,
  type AssessmentDraft,
  type AssessmentField,
  MAX_LENGTH,
} from './agreement-draft';

export interface AssessmentChange {
  readonly field: AssessmentField;
  readonly value: string | boolean;
}

const QUESTIONS: Readonly<Record<AssessmentCondition, TranslationKey>> = {
  commonPublicGoals: 'agreements.assessment.commonPublicGoals',
  publicInterestOnly: 'agreements.assessment.publicInterestOnly',
  marketShareUnder20: 'agreements.assessment.marketShareUnder20',
};

/**
 * The procurement regulation § 3-3 assessment of a service purchase: the three conditions for horizontal public
 * cooperation as yes/no radio pairs, who assessed it, when, and the conclusion.
 */
@Component({
  selector: 'sb-agreement-assessment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './agreement-assessment.component.html',
  styles: `
    :host {
      display: block;
    }
    .sb-assessment {
      display: grid;
      gap: var(--ds-size-3);
    }
  `,
})
export class AgreementAssessmentComponent {
  readonly assessment = input.required<AssessmentDraft>();
  /** Translated problems by path (`assessment.assessedBy`). */
  readonly errors = input.required<Readonly<Record<string, string>>>();
  readonly changed = output<AssessmentChange>();

  protected readonly t = inject(I18nService).t;

  /** The three conditions as yes / no radio pairs, then who assessed it, when, and the conclusion. */
  protected readonly fields = computed<FieldRows>(() => [
    ...ASSESSMENT_CONDITIONS.map((condition) => ({
      key: condition,
      id: `assessment-${condition}`,
      kind: 'choice' as const,
      inline: true,
      label: this.t(QUESTIONS[condition]),
      options: yesNoOptions(this.t('agreements.yes'), this.t('agreements.no')),
    })),
    {
      key: 'assessedBy',
      id: 'assessment-assessedBy',
      kind: 'text',
      label: this.t('agreements.assessment.assessedBy'),
      maxLength: MAX_LENGTH.assessedBy,
    },
    {
      key: 'assessedOn',
      id: 'assessment-assessedOn',
      kind: 'date',
      width: 'sm',
      label: this.t('agreements.assessment.assessedOn'),
    },
    {
      key: 'conclusion',
      id: 'assessment-conclusion',
      kind: 'multiline',
      rows: 4,
      label: this.t('agreements.assessment.conclusion'),
      maxLength: MAX_LENGTH.conclusion,
    },
  ]);
  /** The answers as the radio pairs hold them (`yes`, `no`, or '' while unanswered). */
  protected readonly values = computed(() => {
    const assessment = this.assessment();
    return {
      ...assessment,
      ...Object.fromEntries(
        ASSESSMENT_CONDITIONS.map((condition) => [condition, yesNoValue(assessment[condition])]),
      ),
    };
  });
  /** The problems of the assessment's fields (`assessment.assessedBy` → `assessedBy`). */
  protected readonly fieldErrors = computed(() =>
    Object.fromEntries(
      Object.entries(this.errors()).flatMap(([path, message]) =>
        path.startsWith('assessment.') ? [[path.slice('assessment.'.length), message]] : [],
      ),
    ),
  );

  protected onField({ key, value }: FieldChange): void {
    const condition = ASSESSMENT_CONDITIONS.find((known) => known === key);
    if (condition) this.changed.emit({ field: condition, value: value === 'yes' });
    else if (isTextField(key)) this.changed.emit({ field: key, value });
  }
}

function isTextField(key: string): key is 'assessedBy' | 'assessedOn' | 'conclusion' {
  return key === 'assessedBy' || key === 'assessedOn' || key === 'conclusion';
}
