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
import { FORM_KIT, injectFocusAfterRender, reportUnsavedChanges, type SaveFeedback } from '@samarbeid/web/ui';

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
  protected readonly commentMaxLength = COMMENT_MAX_LENGTH;

  protected readonly benefitId = linkedSignal(() => this.benefits()[0]?.id ?? '');
  protected readonly municipality = linkedSignal(() => this.municipalities()[0]?.number ?? '');
  protected readonly year = linkedSignal(() => defaultYear(this.years()));
  protected readonly value = signal('');
  protected readonly comment = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly benefit = computed(() => this.benefits().find((b) => b.id === this.benefitId()));
  protected readonly valueLabel = computed(() => {
    const benefit = this.benefit();
    return benefit
      ? this.t('benefits.record.valueIn', { unit: unitWord(benefit, this.i18n) })
      : this.t('benefits.record.value');
  });
  protected readonly valueError = computed(() => {
    if (!this.submitted()) return undefined;
    if (!this.value().trim()) return this.t('benefits.error.valueRequired');
    return parseAmount(this.value()) === null ? this.t('benefits.error.number') : undefined;
  });

  /** A value or a comment is typed but not recorded. */
  readonly dirty = computed(() => this.value().trim() !== '' || this.comment().trim() !== '');

  constructor() {
    reportUnsavedChanges(this.dirty);
  }

  protected onBenefit(event: Event): void {
    this.benefitId.set((event.target as HTMLSelectElement).value);
  }

  protected onMunicipality(event: Event): void {
    this.municipality.set((event.target as HTMLSelectElement).value);
  }

  protected onYear(event: Event): void {
    this.year.set(Number((event.target as HTMLSelectElement).value));
  }

  protected onValue(event: Event): void {
    this.value.set((event.target as HTMLInputElement).value);
    if (this.feedback()?.kind === 'saved') this.feedback.set(undefined);
  }

  protected onComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value);
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
