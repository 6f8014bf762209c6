import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { FreezePlanBaselineGQL, SetNetworkCapacityGQL } from '@samarbeid/web/graphql';
import { FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

import type { PlanData } from './plan-view';

/** The secretariat's part of the plan: freeze it as a named baseline, and set each network's capacity. */
@Component({
  selector: 'sb-plan-manage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <form class="sb-plan-manage" novalidate aria-labelledby="plan-freeze-heading" (submit)="freeze($event)">
      <h3 class="ds-heading" data-size="2xs" id="plan-freeze-heading">{{ t('plan.baseline.submit') }}</h3>
      <sb-save-feedback feedbackId="plan-freeze-feedback" [feedback]="freezeFeedback()" [headingLevel]="4" />
      <sb-field
        [label]="t('plan.baseline.name')"
        [hint]="t('plan.baseline.nameHint')"
        [error]="nameError()"
        required
        announceError
      >
        <input
          sbControl
          id="plan-baseline-name"
          class="ds-input"
          type="text"
          maxlength="200"
          [value]="name()"
          (input)="name.set(text($event))"
        />
      </sb-field>
      <sb-form-actions
        [submitLabel]="t('plan.baseline.submit')"
        [busyLabel]="t('plan.baseline.busy')"
        [busy]="saving()"
      />
    </form>
    <form
      class="sb-plan-manage"
      novalidate
      aria-labelledby="plan-capacity-heading"
      (submit)="setCapacity($event)"
    >
      <h3 class="ds-heading" data-size="2xs" id="plan-capacity-heading">{{ t('plan.capacity.heading') }}</h3>
      <p class="ds-paragraph" data-size="sm">{{ t('plan.capacity.hint') }}</p>
      <sb-save-feedback
        feedbackId="plan-capacity-feedback"
        [feedback]="capacityFeedback()"
        [headingLevel]="4"
      />
      <sb-field [label]="t('plan.capacity.network')">
        <select sbControl id="plan-capacity-network" class="ds-input" (change)="pick(text($event))">
          @for (network of plan().networks; track network.id) {
            <option [value]="network.id" [selected]="networkId() === network.id">
              {{ network.name }} ({{ network.capacity }})
            </option>
          }
        </select>
      </sb-field>
      <sb-field [label]="t('plan.capacity.value')" [error]="capacityError()" announceError>
        <input
          sbControl
          id="plan-capacity-value"
          class="ds-input"
          type="number"
          min="0"
          max="100"
          inputmode="numeric"
          [value]="capacity()"
          (input)="capacity.set(text($event))"
        />
      </sb-field>
      <sb-form-actions
        [submitLabel]="t('plan.capacity.submit')"
        [busyLabel]="t('plan.editor.busy')"
        [busy]="saving()"
      />
    </form>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-5);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    }

    .sb-plan-manage {
      display: grid;
      gap: var(--ds-size-3);
      align-content: start;
    }

    .sb-plan-manage h3,
    .sb-plan-manage p {
      margin: 0;
    }
  `,
})
export class PlanManageComponent {
  readonly plan = input.required<PlanData>();
  readonly changed = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly freezeBaseline = inject(FreezePlanBaselineGQL);
  private readonly saveCapacity = inject(SetNetworkCapacityGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly name = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly freezeFeedback = signal<SaveFeedback | undefined>(undefined);
  protected readonly capacityFeedback = signal<SaveFeedback | undefined>(undefined);
  private readonly chosen = signal<string | null>(null);
  protected readonly networkId = computed(() => this.chosen() ?? this.plan().networks[0]?.id ?? '');
  protected readonly capacity = signal('');
  protected readonly nameError = computed(() =>
    this.submitted() && !this.name().trim() ? this.t('plan.baseline.nameMissing') : undefined,
  );
  protected readonly capacityError = signal<string | undefined>(undefined);

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected pick(id: string): void {
    this.chosen.set(id);
    const network = this.plan().networks.find((n) => n.id === id);
    this.capacity.set(network ? String(network.capacity) : '');
  }

  protected async freeze(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    if (this.nameError()) return this.focusAfterRender('#plan-baseline-name');
    const name = this.name().trim();
    this.saving.set(true);
    const outcome = await runMutation(
      this.freezeBaseline.mutate({ variables: { input: { regionSlug: this.plan().regionSlug, name } } }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.name.set('');
      this.submitted.set(false);
      this.freezeFeedback.set({ kind: 'saved', text: this.t('plan.baseline.saved', { name }) });
      this.changed.emit();
    } else {
      this.freezeFeedback.set({
        kind: 'error',
        heading: this.t('plan.baseline.errorHeading'),
        message: errorText(outcome.error, this.i18n),
      });
    }
    this.focusAfterRender('#plan-freeze-feedback');
  }

  protected async setCapacity(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const value = Number(this.capacity());
    if (this.capacity().trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) {
      this.capacityError.set(this.t('plan.capacity.invalid'));
      return this.focusAfterRender('#plan-capacity-value');
    }
    this.capacityError.set(undefined);
    this.saving.set(true);
    const outcome = await runMutation(
      this.saveCapacity.mutate({ variables: { input: { networkId: this.networkId(), capacity: value } } }),
    );
    this.saving.set(false);
    const network = this.plan().networks.find((n) => n.id === this.networkId())?.name ?? '';
    this.capacityFeedback.set(
      outcome.ok
        ? { kind: 'saved', text: this.t('plan.capacity.saved', { network, capacity: value }) }
        : {
            kind: 'error',
            heading: this.t('plan.editor.errorHeading'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    if (outcome.ok) this.changed.emit();
    this.focusAfterRender('#plan-capacity-feedback');
  }
}
