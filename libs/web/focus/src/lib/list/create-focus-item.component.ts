import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { CreateFocusItemGQL, type FocusDirection, type FocusFrequency } from '@samarbeid/web/graphql';
import { FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

/** "Ny fokuspost" (secretariat): name, unit, direction, frequency, for the region or one municipality. */
@Component({
  selector: 'sb-create-focus-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <section class="sb-stack" aria-labelledby="focus-create-heading">
      <h2 class="ds-heading" data-size="sm" id="focus-create-heading">{{ t('focus.create.heading') }}</h2>
      <sb-save-feedback feedbackId="focus-create-feedback" [feedback]="feedback()" [headingLevel]="3" />
      <form class="sb-form" novalidate (submit)="submit($event)">
        <sb-field [label]="t('focus.create.name')" [error]="nameError()" required announceError>
          <input
            sbControl
            id="focus-create-name"
            class="ds-input"
            type="text"
            maxlength="120"
            autocomplete="off"
            [value]="name()"
            (input)="name.set(text($event))"
          />
        </sb-field>
        <sb-field
          [label]="t('focus.create.unit')"
          [hint]="t('focus.create.unitHint')"
          [error]="unitError()"
          required
          announceError
        >
          <input
            sbControl
            id="focus-create-unit"
            class="ds-input"
            type="text"
            maxlength="40"
            autocomplete="off"
            [value]="unit()"
            (input)="unit.set(text($event))"
          />
        </sb-field>
        <sb-field
          [label]="t('focus.create.municipality')"
          [hint]="t('focus.create.municipalityHint')"
          [error]="municipalityError()"
          announceError
        >
          <input
            sbControl
            id="focus-create-municipality"
            class="ds-input"
            type="text"
            inputmode="numeric"
            maxlength="4"
            autocomplete="off"
            [value]="municipality()"
            (input)="municipality.set(text($event))"
          />
        </sb-field>
        <sb-field [label]="t('focus.create.direction')">
          <select
            sbControl
            id="focus-create-direction"
            class="ds-input"
            (change)="direction.set(pick($event))"
          >
            <option value="LOWER" [selected]="direction() === 'LOWER'">
              {{ t('focus.direction.LOWER') }}
            </option>
            <option value="HIGHER" [selected]="direction() === 'HIGHER'">
              {{ t('focus.direction.HIGHER') }}
            </option>
          </select>
        </sb-field>
        <sb-field [label]="t('focus.create.frequency')">
          <select
            sbControl
            id="focus-create-frequency"
            class="ds-input"
            (change)="frequency.set(pick($event))"
          >
            <option value="MONTHLY" [selected]="frequency() === 'MONTHLY'">
              {{ t('focus.frequency.MONTHLY') }}
            </option>
            <option value="QUARTERLY" [selected]="frequency() === 'QUARTERLY'">
              {{ t('focus.frequency.QUARTERLY') }}
            </option>
            <option value="YEARLY" [selected]="frequency() === 'YEARLY'">
              {{ t('focus.frequency.YEARLY') }}
            </option>
          </select>
        </sb-field>
        <sb-field [label]="t('focus.create.description')">
          <textarea
            sbControl
            id="focus-create-description"
            class="ds-input"
            rows="2"
            maxlength="1000"
            [value]="description()"
            (input)="description.set(text($event))"
          ></textarea>
        </sb-field>
        <sb-form-actions
          [submitLabel]="t('focus.create.submit')"
          [busyLabel]="t('focus.create.busy')"
          [busy]="saving()"
        />
      </form>
    </section>
  `,
  styles: `
    .sb-form {
      display: grid;
      gap: var(--ds-size-3);
      max-inline-size: 40rem;
    }
  `,
})
export class CreateFocusItemComponent {
  readonly regionSlug = input.required<string>();
  readonly created = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateFocusItemGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;

  protected readonly name = signal('');
  protected readonly unit = signal('');
  protected readonly municipality = signal('');
  protected readonly direction = signal<FocusDirection>('LOWER');
  protected readonly frequency = signal<FocusFrequency>('MONTHLY');
  protected readonly description = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly nameError = computed(() =>
    this.submitted() && !this.name().trim() ? this.t('focus.create.nameMissing') : undefined,
  );
  protected readonly unitError = computed(() =>
    this.submitted() && !this.unit().trim() ? this.t('focus.create.unitMissing') : undefined,
  );
  protected readonly municipalityError = computed(() =>
    this.submitted() && this.municipality().trim() !== '' && !/^\d{4}$/.test(this.municipality().trim())
      ? this.t('focus.create.municipalityInvalid')
      : undefined,
  );

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected pick<T extends string>(event: Event): T {
    return (event.target as HTMLSelectElement).value as T;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.feedback.set(undefined);
    if (this.nameError()) return this.focusAfterRender('#focus-create-name');
    if (this.unitError()) return this.focusAfterRender('#focus-create-unit');
    if (this.municipalityError()) return this.focusAfterRender('#focus-create-municipality');
    this.saving.set(true);
    const name = this.name().trim();
    const outcome = await runMutation(
      this.create.mutate({
        variables: {
          input: {
            regionSlug: this.regionSlug(),
            municipalityNumber: this.municipality().trim() || null,
            name,
            unit: this.unit().trim(),
            direction: this.direction(),
            frequency: this.frequency(),
            description: this.description().trim() || null,
          },
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.feedback.set({ kind: 'saved', text: this.t('focus.create.saved', { name }) });
      this.submitted.set(false);
      this.name.set('');
      this.description.set('');
      this.created.emit();
    } else {
      this.feedback.set({
        kind: 'error',
        heading: this.t('focus.create.errorHeading'),
        message: errorText(outcome.error, this.i18n),
      });
    }
    this.focusAfterRender('#focus-create-feedback');
  }
}
