import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';

import { AuditChangeComponent } from '../../shared/audit-change.component';
import type { MeasureDetail } from '../measure-detail-context';

/** The history tab: every recorded change of the measure, newest first (when, who, what). */
@Component({
  selector: 'sb-measure-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AuditChangeComponent],
  template: `
    <div class="sb-stack">
      <h2 class="ds-heading" data-size="sm">{{ t('measureHistory.heading') }}</h2>
      @if (events().length === 0) {
        <p class="ds-paragraph">{{ t('measureHistory.none') }}</p>
      } @else {
        <ol class="sb-events">
          @for (event of events(); track event.id) {
            <li class="sb-event">
              <p class="ds-paragraph sb-event__meta">
                <time [attr.datetime]="event.occurredAt">{{ event.when }}</time>
                <span>{{ event.who }}</span>
              </p>
              <p class="ds-paragraph sb-event__summary">{{ event.summary }}</p>
              <sb-audit-change [before]="event.before" [after]="event.after" />
            </li>
          }
        </ol>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .sb-events {
      display: grid;
      gap: var(--ds-size-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .sb-event {
      display: grid;
      gap: var(--ds-size-1);
      padding-block-end: var(--ds-size-4);
      border-block-end: var(--ds-border-width-default) solid var(--ds-color-neutral-border-subtle);
    }

    .sb-event > * {
      margin: 0;
    }

    .sb-event__meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-1) var(--ds-size-4);
      color: var(--ds-color-neutral-text-subtle);
    }

    .sb-event__summary {
      font-weight: var(--ds-font-weight-medium);
    }
  `,
})
export class MeasureHistoryComponent {
  readonly measure = input.required<MeasureDetail>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly events = computed(() =>
    this.measure().history.map((event) => ({
      ...event,
      when: this.i18n.dateTime(event.occurredAt),
      who: event.actorName ?? this.t('history.unknownActor'),
    })),
  );
}
