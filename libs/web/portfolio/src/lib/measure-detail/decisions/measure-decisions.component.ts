import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '@samarbeid/web/data-access';

import { decisionBodyLabel } from '../../shared/decision-body';
import type { MeasureDetail, MunicipalityNames } from '../measure-detail-context';

/** The decisions tab: the decisions linked to the measure, newest first. */
@Component({
  selector: 'sb-measure-decisions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="sb-stack">
      <h2 class="ds-heading" data-size="sm">{{ t('measureDecisions.heading') }}</h2>
      @if (decisions().length === 0) {
        <p class="ds-paragraph">{{ t('measureDecisions.none') }}</p>
      } @else {
        <ul class="sb-decisions">
          @for (decision of decisions(); track decision.id) {
            <li>
              <article class="sb-decision" [attr.aria-labelledby]="'decision-' + decision.id">
                <h3 class="ds-heading" data-size="xs" [id]="'decision-' + decision.id">
                  {{ decision.title }}
                </h3>
                <dl class="sb-decision__facts">
                  <div>
                    <dt>{{ t('decisions.col.date') }}</dt>
                    <dd>{{ decision.date }}</dd>
                  </div>
                  <div>
                    <dt>{{ t('decisions.col.body') }}</dt>
                    <dd>{{ decision.bodyLabel }}</dd>
                  </div>
                  <div>
                    <dt>{{ t('decisions.col.caseReference') }}</dt>
                    <dd>{{ decision.caseReference }}</dd>
                  </div>
                </dl>
                <p class="ds-paragraph sb-decision__text">{{ decision.text }}</p>
              </article>
            </li>
          }
        </ul>
      }
      <p class="ds-paragraph">
        <a class="ds-link" routerLink="/vedtak">{{ t('measureDecisions.log') }}</a>
      </p>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .sb-decisions {
      display: grid;
      gap: var(--ds-size-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .sb-decision {
      display: grid;
      gap: var(--ds-size-2);
      padding: var(--ds-size-4);
      border: var(--ds-border-width-default) solid var(--ds-color-neutral-border-subtle);
      border-radius: var(--ds-border-radius-md);
    }

    .sb-decision > * {
      margin: 0;
    }

    .sb-decision__facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-6);
    }

    .sb-decision__facts dt {
      font-weight: var(--ds-font-weight-semibold);
    }

    .sb-decision__facts dd {
      margin: 0;
    }

    .sb-decision__text {
      white-space: pre-line;
      max-inline-size: 70ch;
    }
  `,
})
export class MeasureDecisionsComponent {
  readonly measure = input.required<MeasureDetail>();
  readonly municipalityNames = input<MunicipalityNames>(new Map());

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly decisions = computed(() => {
    this.i18n.language();
    return [...this.measure().decisions]
      .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))
      .map((decision) => ({
        ...decision,
        date: this.i18n.date(decision.decidedOn),
        bodyLabel: decisionBodyLabel(decision, this.municipalityNames(), this.t),
      }));
  });
}
