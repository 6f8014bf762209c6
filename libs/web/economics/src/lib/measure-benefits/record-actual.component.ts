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
import { errorText, I18nService, parseAmount, runMutation } from '@samarbeid/web/data-access';
import { RecordBenefitActualGQL } from '@samarbeid/web/graphql';
import {
  type FieldChange,
  type FieldRows,
  FORM_KIT,
  injectFocusAfterRender,
  reportUnsavedChanges,
  type SaveFeedback,
} from '@samarbeid/web/ui';

import {
  type Benefit,
  defaultYear,
  formatBenefitValue,
  type MunicipalityRef,
  unitWord,
} from './benefit-view';

export const COMMENT_MAX_LENGTH = 2000;

/**
 * "Registrer faktisk verdi": an actual value of one benefit for a year in a municipality the user may record for
 * (the API's `viewerCanRecordFor`), with a comment. Every record is kept; the latest per year and municipality counts.
 */
@Component({
  selector: 'sb-record-actual',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './record-actual.component.html',
  styleUrl: './benefits.css',
})
export class RecordActualComponent {
  readonly benefits = input.required<readonly Benefit[]>();
  readonly years = input.required<readonly number[]>();
  /** Only the municipalities the user may record for. */
  readonly municipalities = input.required<readonly MunicipalityRef[]>();
  /** The id of the heading that names the form. */
  readonly labelledBy = input<string | undefined>(undefined);

  readonly recorded = output<Benefit>();

  private readonly i18n = inject(I18nService);
  private readonly record = inject(RecordBenefitActualGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;

  protected readonly benefitId = linkedSignal(() => this.benefits()[0]?.id ?? '');
  protected readonly municipality = linkedSignal(() => this.municipalities()[0]?.number ?? '');
  protected readonly year = linkedSignal(() => defaultYear(this.years()));
  protected readonly value = signal('');
  protected readonly comment = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly benefit = computed(() => this.benefits().find((b) => b.id === this.benefitId()));
  private readonly valueError = computed(() => {
    if (!this.submitted()) return undefined;
    if (!this.value().trim()) return this.t('benefits.error.valueRequired');
    return parseAmount(this.value()) === null ? this.t('benefits.error.number') : undefined;
  });
  protected readonly errors = computed(() => ({ value: this.valueError() }));
  protected readonly values = computed(() => ({
    benefit: this.benefitId(),
    municipality: this.municipality(),
    year: String(this.year() ?? ''),
    value: this.value(),
    comment: this.comment(),
  }));
  /** Which benefit, where and when; the value in the benefit's unit, and a comment. */
  protected readonly fields = computed<FieldRows>(() => {
    const benefit = this.benefit();
    const field = (key: 'benefit' | 'municipality' | 'year' | 'value' | 'comment') => ({
      key,
      id: `record-actual-${key}`,
      label: this.t(`benefits.record.${key}`),
    });
    return [
      {
        ...field('benefit'),
        kind: 'select',
        options: this.benefits().map((b) => ({ value: b.id, label: b.title })),
      },
      [
        {
          ...field('municipality'),
          kind: 'select',
          options: this.municipalities().map((m) => ({ value: m.number, label: m.name })),
        },
        {
          ...field('year'),
          kind: 'select',
          options: this.years().map((year) => ({ value: String(year), label: String(year) })),
        },
      ],
      {
        ...field('value'),
        kind: 'decimal',
        width: 'md',
        required: true,
        announceError: true,
        label: benefit
          ? this.t('benefits.record.valueIn', { unit: unitWord(benefit, this.i18n) })
          : this.t('benefits.record.value'),
      },
      {
        ...field('comment'),
        kind: 'multiline',
        rows: 3,
        maxLength: COMMENT_MAX_LENGTH,
        hint: this.t('benefits.record.commentHint'),
      },
    ];
  });

  /** A value or a comment is typed but not recorded. */
  readonly dirty = computed(() => this.value().trim() !== '' || this.comment().trim() !== '');

  constructor() {
    reportUnsavedChanges(this.dirty);
  }

  protected onField({ key, value }: FieldChange): void {
    if (key === 'benefit') this.benefitId.set(value);
    else if (key === 'municipality') this.municipality.set(value);
    else if (key === 'year') this.year.set(Number(value));
    else if (key === 'comment') this.comment.set(value);
    else if (key === 'value') {
      this.value.set(value);
      if (this.feedback()?.kind === 'saved') this.feedback.set(undefined);
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.feedback.set(undefined);
    const benefit = this.benefit();
    const year = this.year();
    const value = parseAmount(this.value());
    const municipalityNumber = this.municipality();
    if (this.valueError() || value === null) {
      this.focusAfterRender('#record-actual-value');
      return;
    }
    if (!benefit || year === undefined || !municipalityNumber) return;
    this.saving.set(true);
    const comment = this.comment().trim();
    const outcome = await runMutation(
      this.record.mutate({
        variables: {
          input: { benefitId: benefit.id, municipalityNumber, year, value, comment: comment || null },
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      const name =
        this.municipalities().find((m) => m.number === municipalityNumber)?.name ?? municipalityNumber;
      this.feedback.set({
        kind: 'saved',
        text: this.t('benefits.record.done', {
          value: formatBenefitValue(value, benefit, this.i18n),
          title: benefit.title,
          municipality: name,
          year: String(year),
        }),
      });
      this.submitted.set(false);
      this.value.set('');
      this.comment.set('');
      this.recorded.emit(outcome.data.recordBenefitActual);
    } else {
      this.feedback.set({ kind: 'error', message: errorText(outcome.error, this.i18n) });
    }
    this.focusAfterRender('#record-actual-feedback');
  }
}
