import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { parseDecimal } from '@samarbeid/shared/domain';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { type FocusFrequency, RecordFocusValueGQL, SetFocusTargetGQL } from '@samarbeid/web/graphql';
import { FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

const PERIOD_HINTS = {
  MONTHLY: 'focus.record.periodHint.MONTHLY',
  QUARTERLY: 'focus.record.periodHint.QUARTERLY',
  YEARLY: 'focus.record.periodHint.YEARLY',
} as const satisfies Record<FocusFrequency, string>;

const TEXTS = {
  value: {
    heading: 'focus.record.heading',
    period: 'focus.record.period',
    value: 'focus.record.value',
    submit: 'focus.record.submit',
    busy: 'focus.record.busy',
    saved: 'focus.record.saved',
    errorHeading: 'focus.record.errorHeading',
  },
  target: {
    heading: 'focus.target.heading',
    period: 'focus.target.period',
    value: 'focus.target.value',
    submit: 'focus.target.submit',
    busy: 'focus.target.busy',
    saved: 'focus.target.saved',
    errorHeading: 'focus.target.errorHeading',
  },
} as const;

let nextId = 0;

/**
 * A period and a number for a focus item: "Registrer verdi" (`kind="value"`: the secretariat, or a municipal
 * director for their own municipality) or "Sett mål" (`kind="target"`: the secretariat, from that period on).
 */
@Component({
  selector: 'sb-focus-period-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    @let words = texts();
    <form class="sb-form" novalidate [attr.aria-labelledby]="id + '-heading'" (submit)="submit($event)">
      <h2 class="ds-heading" data-size="xs" [id]="id + '-heading'">{{ t(words.heading) }}</h2>
      <sb-save-feedback [feedbackId]="id + '-feedback'" [feedback]="feedback()" [headingLevel]="3" />
      <sb-field
        [label]="t(words.period)"
        [hint]="t(periodHint())"
        [error]="periodError()"
        required
        announceError
      >
        <input
          sbControl
          [id]="id + '-period'"
          class="ds-input"
          type="text"
          autocomplete="off"
          [value]="period()"
          (input)="period.set(text($event))"
        />
      </sb-field>
      <sb-field
        [label]="t(words.value, { unit: unit() })"
        [hint]="t('focus.record.valueHint')"
        [error]="valueError()"
        required
        announceError
      >
        <input
          sbControl
          [id]="id + '-value'"
          class="ds-input"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          [value]="value()"
          (input)="value.set(text($event))"
        />
      </sb-field>
      <sb-form-actions [submitLabel]="t(words.submit)" [busyLabel]="t(words.busy)" [busy]="saving()" />
    </form>
  `,
  styles: `
    .sb-form {
      display: grid;
      gap: var(--ds-size-3);
      max-inline-size: 30rem;
    }
  `,
})
export class FocusPeriodFormComponent {
  readonly kind = input.required<'value' | 'target'>();
  readonly focusItemId = input.required<string>();
  readonly unit = input.required<string>();
  readonly frequency = input.required<FocusFrequency>();
  readonly saved = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly recordValue = inject(RecordFocusValueGQL);
  private readonly setTarget = inject(SetFocusTargetGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly id = `sb-focus-form-${++nextId}`;
  protected readonly texts = computed(() => TEXTS[this.kind()]);
  protected readonly periodHint = computed(() => PERIOD_HINTS[this.frequency()]);

  protected readonly period = signal('');
  protected readonly value = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly periodError = computed(() =>
    this.submitted() && !this.period().trim() ? this.t('focus.record.periodMissing') : undefined,
  );
  protected readonly valueError = computed(() => {
    if (!this.submitted()) return undefined;
    if (!this.value().trim()) return this.t('focus.record.valueMissing');
    return parseDecimal(this.value()) === null ? this.t('focus.record.valueInvalid') : undefined;
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.feedback.set(undefined);
    if (this.periodError()) return this.focusAfterRender(`#${this.id}-period`);
    if (this.valueError()) return this.focusAfterRender(`#${this.id}-value`);
    const period = this.period().trim().toUpperCase();
    const input = { focusItemId: this.focusItemId(), period, value: parseDecimal(this.value()) ?? '' };
    this.saving.set(true);
    const outcome =
      this.kind() === 'value'
        ? await runMutation(this.recordValue.mutate({ variables: { input } }))
        : await runMutation(this.setTarget.mutate({ variables: { input } }));
    this.saving.set(false);
    if (outcome.ok) {
      this.feedback.set({ kind: 'saved', text: this.t(this.texts().saved, { period }) });
      this.submitted.set(false);
      this.value.set('');
      this.saved.emit();
    } else {
      this.feedback.set({
        kind: 'error',
        heading: this.t(this.texts().errorHeading),
        message: errorText(outcome.error, this.i18n),
      });
    }
    this.focusAfterRender(`#${this.id}-feedback`);
  }
}
