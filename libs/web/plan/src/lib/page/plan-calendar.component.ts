import { ChangeDetectionStrategy, Component, inject, Injector, input, output, signal } from '@angular/core';
import { APP_CONFIG, apiBaseUrl, errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { CreatePlanCalendarFeedGQL, RevokePlanCalendarFeedGQL } from '@samarbeid/web/graphql';
import { ButtonDirective, FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

import type { PlanData } from './plan-view';

/**
 * The caller's calendar feeds of the plan: make one (the region's, or a network's) and see its secret address this
 * once, list the live ones, revoke one (its address then answers 404).
 */
@Component({
  selector: 'sb-plan-calendar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, ButtonDirective],
  template: `
    <section class="sb-plan-calendar" aria-labelledby="plan-calendar-heading">
      <h2 class="ds-heading" data-size="xs" id="plan-calendar-heading">{{ t('plan.calendar.heading') }}</h2>
      <p class="ds-paragraph">{{ t('plan.calendar.intro') }}</p>
      <sb-save-feedback feedbackId="plan-calendar-feedback" [feedback]="feedback()" [headingLevel]="3" />
      <form class="sb-plan-calendar__form" novalidate (submit)="create($event)">
        <sb-field [label]="t('plan.calendar.scope')">
          <select sbControl id="plan-calendar-scope" class="ds-input" (change)="scope.set(text($event))">
            <option value="" [selected]="scope() === ''">{{ t('plan.calendar.region') }}</option>
            @for (network of plan().networks; track network.id) {
              <option [value]="network.id" [selected]="scope() === network.id">{{ network.name }}</option>
            }
          </select>
        </sb-field>
        <sb-form-actions
          [submitLabel]="t('plan.calendar.submit')"
          [busyLabel]="t('plan.editor.busy')"
          [busy]="saving()"
        />
      </form>
      @if (address(); as url) {
        <sb-field [label]="t('plan.calendar.address')" [hint]="t('plan.calendar.addressHint')">
          <input sbControl id="plan-calendar-address" class="ds-input" type="text" readonly [value]="url" />
        </sb-field>
      }
      @if (plan().myFeeds.length > 0) {
        <h3 class="ds-heading" data-size="2xs">{{ t('plan.calendar.mine') }}</h3>
        <ul class="sb-plan-calendar__feeds">
          @for (feed of plan().myFeeds; track feed.id) {
            @let scopeName = feed.networkName ?? plan().regionName;
            <li>
              {{ t('plan.calendar.item', { scope: scopeName, date: date(feed.createdAt) }) }}
              <button
                sbButton="tertiary"
                data-size="sm"
                [attr.aria-label]="
                  t('plan.calendar.revokeLabel', { scope: scopeName, date: date(feed.createdAt) })
                "
                (click)="revoke(feed.id)"
              >
                {{ t('plan.calendar.revoke') }}
              </button>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .sb-plan-calendar,
    .sb-plan-calendar__form {
      display: grid;
      gap: var(--ds-size-3);
      max-inline-size: 40rem;
    }

    .sb-plan-calendar h2,
    .sb-plan-calendar h3,
    .sb-plan-calendar p {
      margin: 0;
    }

    .sb-plan-calendar__feeds li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2);
      align-items: center;
    }
  `,
})
export class PlanCalendarComponent {
  readonly plan = input.required<PlanData>();
  readonly changed = output<void>();

  private readonly i18n = inject(I18nService);
  /** The configuration is read when an address is made, so the page (and its tests) needs none to render. */
  private readonly injector = inject(Injector);
  private readonly createFeed = inject(CreatePlanCalendarFeedGQL);
  private readonly revokeFeed = inject(RevokePlanCalendarFeedGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly date = this.i18n.date;
  protected readonly scope = signal('');
  protected readonly address = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected text(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.saving.set(true);
    this.feedback.set(undefined);
    const outcome = await runMutation(
      this.createFeed.mutate({
        variables: { input: { regionSlug: this.plan().regionSlug, networkId: this.scope() || null } },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      const { apiUrl } = this.injector.get(APP_CONFIG);
      this.address.set(`${apiBaseUrl(apiUrl)}${outcome.data.createPlanCalendarFeed.path}`);
      this.changed.emit();
      this.focusAfterRender('#plan-calendar-address');
    } else {
      this.fail(errorText(outcome.error, this.i18n));
    }
  }

  protected async revoke(id: string): Promise<void> {
    this.feedback.set(undefined);
    const outcome = await runMutation(this.revokeFeed.mutate({ variables: { id } }));
    if (outcome.ok) {
      this.address.set(null);
      this.feedback.set({ kind: 'saved', text: this.t('plan.calendar.revoked') });
      this.changed.emit();
      this.focusAfterRender('#plan-calendar-feedback');
    } else {
      this.fail(errorText(outcome.error, this.i18n));
    }
  }

  private fail(message: string): void {
    this.feedback.set({ kind: 'error', heading: this.t('plan.calendar.errorHeading'), message });
    this.focusAfterRender('#plan-calendar-feedback');
  }
}
