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
import { parseDecimal } from '@samarbeid/shared/domain';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { RecordIndicatorValueGQL } from '@samarbeid/web/graphql';
import { FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

import { type IndicatorView, REGION } from './indicator-view';

let nextFormId = 0;

/**
 * "Registrer verdi": an indicator's value for a period, for an area the user may record for (the API's
 * `viewerCanRecordFor`: their own municipality for a member, everywhere for the network's leader and the
 * secretariat), with source and comment; "Ikke målt" records an explicit "not measured" instead of a value.
 */
@Component({
  selector: 'sb-record-value',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <form class="sb-record" novalidate [attr.aria-labelledby]="id + '-heading'" (submit)="submit($event)">
      <h4 class="ds-heading" data-size="2xs" [id]="id + '-heading'">
        {{ t('record.heading') }}: {{ indicator().name }}
      </h4>
      <sb-save-feedback [feedbackId]="id + '-feedback'" [feedback]="feedback()" [headingLevel]="4" />
      <div class="sb-record__row">
        <sb-field [label]="t('record.area')">
          <select sbControl [id]="id + '-area'" class="ds-input" (change)="area.set(selectValue($event))">
            @for (option of areas(); track option.code) {
              <option [value]="option.code" [selected]="option.code === area()">{{ option.name }}</option>
            }
          </select>
        </sb-field>
        <sb-field
          [label]="t('record.period')"
          [hint]="periodHint()"
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
            (input)="period.set(inputValue($event))"
          />
        </sb-field>
      </div>
      <div class="sb-record__row">
        <sb-field
          [label]="t('record.value', { unit: indicator().unit })"
          [hint]="t('record.valueHint')"
          [error]="valueError()"
          announceError
        >
          <input
            sbControl
            [id]="id + '-value'"
            class="ds-input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            [disabled]="notMeasured()"
            [value]="value()"
            (input)="value.set(inputValue($event))"
          />
        </sb-field>
        <div class="ds-field sb-record__check">
          <input
            class="ds-input"
            type="checkbox"
            [id]="id + '-not-measured'"
            [checked]="notMeasured()"
            (change)="notMeasured.set(checked($event))"
          />
          <label class="ds-label" [for]="id + '-not-measured'">{{ t('record.notMeasured') }}</label>
        </div>
      </div>
      <sb-field [label]="t('record.source')">
        <input
          sbControl
          [id]="id + '-source'"
          class="ds-input"
          type="text"
          maxlength="300"
          [value]="source()"
          (input)="source.set(inputValue($event))"
        />
      </sb-field>
      <sb-field [label]="t('record.comment')">
        <textarea
          sbControl
          [id]="id + '-comment'"
          class="ds-input"
          rows="2"
          maxlength="2000"
          [value]="comment()"
          (input)="comment.set(inputValue($event))"
        ></textarea>
      </sb-field>
      <sb-form-actions [submitLabel]="t('record.submit')" [busyLabel]="t('record.busy')" [busy]="saving()" />
    </form>
  `,
  styles: `
    .sb-record {
      display: grid;
      gap: var(--ds-size-3);
      max-inline-size: 40rem;
    }

    .sb-record__row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-4);
      align-items: end;
    }

    .sb-record__check {
      display: flex;
      gap: var(--ds-size-2);
      align-items: center;
      min-block-size: 2.75rem;
    }
  `,
})
export class RecordValueComponent {
  readonly indicator = input.required<IndicatorView>();
  /** The area chosen on the board: the form starts there when the user may record for it. */
  readonly preferredArea = input<string>(REGION);
  readonly recorded = output<IndicatorView>();

  private readonly i18n = inject(I18nService);
  private readonly record = inject(RecordIndicatorValueGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly id = `sb-record-${++nextFormId}`;

  protected readonly areas = computed(() =>
    this.indicator().viewerCanRecordFor.map((code) => ({
      code,
      name:
        code === REGION
          ? this.t('record.region')
          : (this.indicator().series.find((series) => series.municipalityNumber === code)?.name ?? code),
    })),
  );
  protected readonly area = linkedSignal(() => {
    const allowed = this.indicator().viewerCanRecordFor;
    return allowed.includes(this.preferredArea()) ? this.preferredArea() : (allowed[0] ?? REGION);
  });
  protected readonly period = signal(String(new Date().getFullYear()));
  protected readonly value = signal('');
  protected readonly notMeasured = signal(false);
  protected readonly source = signal('');
  protected readonly comment = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly periodHint = computed(() =>
    this.t(this.indicator().frequency === 'HALF_YEARLY' ? 'record.periodHintHalf' : 'record.periodHintYear'),
  );
  protected readonly periodError = computed(() =>
    this.submitted() && !this.period().trim() ? this.t('record.periodMissing') : undefined,
  );
  protected readonly valueError = computed(() => {
    if (!this.submitted() || this.notMeasured()) return undefined;
    if (!this.value().trim()) return this.t('record.valueMissing');
    return parseDecimal(this.value()) === null ? this.t('record.valueInvalid') : undefined;
  });

  protected selectValue(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.feedback.set(undefined);
    if (this.periodError()) return this.focusAfterRender(`#${this.id}-period`);
    if (this.valueError()) return this.focusAfterRender(`#${this.id}-value`);
    const indicator = this.indicator();
    const area = this.area();
    const period = this.period().trim().toUpperCase();
    this.saving.set(true);
    const outcome = await runMutation(
      this.record.mutate({
        variables: {
          input: {
            indicatorId: indicator.id,
            period,
            municipalityNumber: area === REGION ? null : area,
            value: this.notMeasured() ? null : parseDecimal(this.value()),
            notMeasured: this.notMeasured(),
            source: this.source().trim() || null,
            comment: this.comment().trim() || null,
          },
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      const name = this.areas().find((option) => option.code === area)?.name ?? area;
      this.feedback.set({
        kind: 'saved',
        text: this.t('record.saved', { indicator: indicator.name, period, area: name }),
      });
      this.submitted.set(false);
      this.value.set('');
      this.comment.set('');
      this.notMeasured.set(false);
      this.recorded.emit(outcome.data.recordIndicatorValue);
    } else {
      this.feedback.set({
        kind: 'error',
        heading: this.t('record.errorHeading'),
        message: errorText(outcome.error, this.i18n),
      });
    }
    this.focusAfterRender(`#${this.id}-feedback`);
  }
}
