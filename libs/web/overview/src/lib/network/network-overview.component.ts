import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MEASURE_STATUS_LABELS } from '@samarbeid/shared/domain';
import { formatQuantity } from '@samarbeid/shared/domain/allocation';
import { I18nService } from '@samarbeid/web/data-access';
import type { NetworkOverviewFieldsFragment } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';

import { injectLabel, measureListParams } from '../shared/labels';

/** A network at a glance, for its leader: its measures by status, the strategy's goals with indicators, the plan. */
@Component({
  selector: 'sb-network-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent],
  template: `
    @let o = network();
    <section class="sb-overview" [attr.aria-labelledby]="'network-' + o.networkId">
      <h2 [id]="'network-' + o.networkId" class="ds-heading" data-size="md">
        <a class="ds-link" [routerLink]="['/nettverk', o.networkId]">{{ o.networkName }}</a>
      </h2>
      <div class="sb-tiles">
        <section class="sb-tile" [attr.aria-labelledby]="'measures-' + o.networkId">
          <h3 [id]="'measures-' + o.networkId" class="ds-heading" data-size="xs">
            <a class="ds-link" routerLink="/tiltak" [queryParams]="params()">{{
              t('overview.network.measuresTotal', { count: o.measureCount })
            }}</a>
          </h3>
          <sb-data-table [caption]="t('overview.network.measuresCaption')" [columns]="statusColumns()">
            <tbody>
              @for (row of o.measuresByStatus; track row.status) {
                <tr>
                  <th scope="row">{{ label(MEASURE_STATUS_LABELS, row.status) }}</th>
                  <td class="sb-end">
                    <a class="ds-link" routerLink="/tiltak" [queryParams]="statusParams(row.status)">{{
                      row.count
                    }}</a>
                  </td>
                </tr>
              }
            </tbody>
          </sb-data-table>
        </section>

        @if (o.strategy; as strategy) {
          <section class="sb-tile" [attr.aria-labelledby]="'plan-' + o.networkId">
            <h3 [id]="'plan-' + o.networkId" class="ds-heading" data-size="xs">
              {{ t('overview.network.actionPlanHeading', { year: text(strategy.actionPlan?.year ?? year) }) }}
            </h3>
            @if (strategy.actionPlan; as plan) {
              <p class="ds-paragraph">
                {{
                  t('overview.network.actionPlan', {
                    completed: plan.completed,
                    items: plan.items,
                    inProgress: plan.inProgress,
                    notStarted: plan.notStarted,
                  })
                }}
              </p>
              @if (plan.averageProgress !== null) {
                <label class="ds-label" [for]="'progress-' + o.networkId"
                  >{{ t('overview.network.progress') }}: {{ plan.averageProgress }} %</label
                >
                <progress
                  [id]="'progress-' + o.networkId"
                  max="100"
                  [value]="plan.averageProgress"
                ></progress>
              }
            } @else {
              <p class="ds-paragraph">{{ t('overview.network.noActionPlan', { year: text(year) }) }}</p>
            }
            <p class="ds-paragraph">
              <a class="ds-link" [routerLink]="['/nettverk', o.networkId, 'strategi', strategy.id]">{{
                t('overview.network.strategyLink')
              }}</a>
            </p>
          </section>

          <section class="sb-tile sb-tile--wide" [attr.aria-labelledby]="'goals-' + o.networkId">
            <h3 [id]="'goals-' + o.networkId" class="ds-heading" data-size="xs">
              {{
                t('overview.network.strategy', {
                  title: strategy.title,
                  from: text(strategy.periodFrom),
                  to: text(strategy.periodTo),
                })
              }}
            </h3>
            <sb-data-table [caption]="t('overview.network.goalsCaption')" [columns]="goalColumns()">
              <tbody>
                @for (row of goalRows(); track row.key) {
                  <tr>
                    <th scope="row">{{ row.goal }}</th>
                    <td>{{ row.indicator }}</td>
                    <td class="sb-nowrap">{{ row.baseline }}</td>
                    <td class="sb-nowrap">{{ row.target }}</td>
                    <td class="sb-nowrap">{{ row.latest }}</td>
                  </tr>
                }
              </tbody>
            </sb-data-table>
            <p class="ds-paragraph">
              <a class="ds-link" [routerLink]="['/indikatorer/strategi', strategy.id]">{{
                t('overview.network.indicatorsLink')
              }}</a>
            </p>
          </section>
        } @else {
          <section class="sb-tile">
            <p class="ds-paragraph">{{ t('overview.network.noStrategy') }}</p>
          </section>
        }
      </div>
    </section>
  `,
  styleUrl: '../shared/overview.css',
})
export class NetworkOverviewComponent {
  readonly network = input.required<NetworkOverviewFieldsFragment>();

  protected readonly t = inject(I18nService).t;
  protected readonly label = injectLabel();
  protected readonly MEASURE_STATUS_LABELS = MEASURE_STATUS_LABELS;
  protected readonly year = new Date().getFullYear();
  /** A year as written, without a thousands separator. */
  protected readonly text = (value: number) => String(value);

  protected readonly params = computed(() => measureListParams({ networkId: this.network().networkId }));
  protected statusParams(status: string): Record<string, string> {
    return measureListParams({ networkId: this.network().networkId, status });
  }

  protected readonly statusColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'status', label: this.t('overview.col.status') },
    { key: 'count', label: this.t('overview.col.measures'), align: 'end' },
  ]);

  protected readonly goalColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'goal', label: this.t('overview.col.goal') },
    { key: 'indicator', label: this.t('overview.col.indicator') },
    { key: 'baseline', label: this.t('overview.col.baseline') },
    { key: 'target', label: this.t('overview.col.target') },
    { key: 'latest', label: this.t('overview.col.latest') },
  ]);

  /** One row per indicator (a goal without indicators gets one row saying so). */
  protected readonly goalRows = computed(() =>
    (this.network().strategy?.goals ?? []).flatMap((goal) =>
      goal.indicators.length === 0
        ? [
            {
              key: goal.id,
              goal: goal.title,
              indicator: this.t('overview.network.noIndicators'),
              baseline: '',
              target: '',
              latest: '',
            },
          ]
        : goal.indicators.map((indicator) => ({
            key: indicator.id,
            goal: goal.title,
            indicator: indicator.name,
            baseline: `${formatQuantity(indicator.baselineValue)} ${indicator.unit} (${indicator.baselineYear})`,
            target: `${formatQuantity(indicator.targetValue)} ${indicator.unit} (${indicator.targetYear})`,
            latest:
              indicator.latestValue === null
                ? this.t('overview.network.notMeasured')
                : `${formatQuantity(indicator.latestValue)} ${indicator.unit} (${indicator.latestPeriod ?? ''})`,
          })),
    ),
  );
}
