import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  COLLABORATION_TIER_LABELS,
  COLLABORATION_TIERS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  MOBILISATION_LABELS,
} from '@samarbeid/shared/domain';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import type { RegionOverviewFieldsFragment } from '@samarbeid/web/graphql';
import {
  ChartComponent,
  type ChartSpec,
  type ChartTable,
  type DataTableColumn,
  DataTableComponent,
} from '@samarbeid/web/ui';

import { injectLabel, measureListParams } from '../shared/labels';

interface MatrixRow {
  readonly key: string;
  readonly label: string;
  readonly params: Record<string, string>;
  readonly counts: readonly number[];
  readonly total: number;
}

/**
 * The region at a glance, for the secretariat and the directors' committee. Every tile links to the list behind it
 * with the same filter (the measures list's address filters, the agreements register, the economics page).
 */
@Component({
  selector: 'sb-region-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ChartComponent],
  template: `
    @let o = overview();
    <section class="sb-overview" [attr.aria-labelledby]="'region-heading'">
      <h2 id="region-heading" class="ds-heading" data-size="md">
        {{ t('overview.region.heading', { region: o.regionName }) }}
      </h2>
      <p class="ds-paragraph">
        {{ t('overview.region.intro') }} {{ t('overview.asOf', { date: i18n.date(o.asOf) }) }}
      </p>

      <div class="sb-tiles">
        <section class="sb-tile sb-tile--wide" aria-labelledby="tile-measures">
          <h3 id="tile-measures" class="ds-heading" data-size="xs">{{ t('overview.measures.heading') }}</h3>
          <p class="ds-paragraph">
            <a class="ds-link" routerLink="/tiltak">{{
              t('overview.measures.total', { count: o.measureCount })
            }}</a>
          </p>
          @for (matrix of matrices(); track matrix.caption) {
            <sb-data-table
              [caption]="matrix.caption"
              [captionHidden]="false"
              captionSize="2xs"
              [columns]="matrix.columns"
            >
              <tbody>
                @for (row of matrix.rows; track row.key) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    @for (count of row.counts; track $index) {
                      <td class="sb-end">
                        @if (count > 0) {
                          <a
                            class="ds-link"
                            routerLink="/tiltak"
                            [queryParams]="cellParams(row.params, statuses()[$index])"
                            [attr.aria-label]="
                              t('overview.cellLink', {
                                count: count,
                                row: row.label,
                                status: statusLabel(statuses()[$index]),
                              })
                            "
                            >{{ count }}</a
                          >
                        } @else {
                          0
                        }
                      </td>
                    }
                    <td class="sb-end">
                      <a class="ds-link" routerLink="/tiltak" [queryParams]="row.params">{{ row.total }}</a>
                    </td>
                  </tr>
                }
              </tbody>
            </sb-data-table>
          }
        </section>

        <section class="sb-tile" aria-labelledby="tile-mobilisation">
          <h3 id="tile-mobilisation" class="ds-heading" data-size="xs">
            {{ t('overview.mobilisation.heading') }}
          </h3>
          <p class="ds-paragraph" data-size="sm">{{ t('overview.mobilisation.intro') }}</p>
          <sb-data-table [caption]="t('overview.mobilisation.caption')" [columns]="mobilisationColumns()">
            <tbody>
              @for (bucket of o.mobilisation; track bucket.rating) {
                <tr>
                  <th scope="row">
                    <span
                      class="sb-dot"
                      [attr.data-colour]="bucket.rating ?? 'NONE'"
                      aria-hidden="true"
                    ></span>
                    {{
                      bucket.rating
                        ? label(MOBILISATION_LABELS, bucket.rating)
                        : t('overview.mobilisation.unrated')
                    }}
                  </th>
                  <td class="sb-end">
                    @if (bucket.rating) {
                      <a
                        class="ds-link"
                        routerLink="/tiltak"
                        [queryParams]="{ mobilisering: bucket.rating }"
                        >{{ bucket.count }}</a
                      >
                    } @else {
                      {{ bucket.count }}
                    }
                  </td>
                  <td class="sb-end">{{ kroner(bucket.plannedGain) }}</td>
                  <td class="sb-end">{{ bucket.certaintyPercent }} %</td>
                  <td class="sb-end">{{ kroner(bucket.weightedGain) }}</td>
                </tr>
              }
            </tbody>
          </sb-data-table>
          <p class="ds-paragraph">
            <strong>{{
              t('overview.mobilisation.potential', { amount: kroner(o.weightedPotential) })
            }}</strong>
          </p>
        </section>

        <section class="sb-tile" aria-labelledby="tile-gap">
          <h3 id="tile-gap" class="ds-heading" data-size="xs">{{ t('overview.gap.heading') }}</h3>
          <sb-chart [spec]="gapSpec()" [summary]="gapSummary()" [table]="gapTable()" />
          <p class="ds-paragraph">
            <a class="ds-link" routerLink="/okonomi">{{ t('overview.gap.link') }}</a>
          </p>
        </section>

        <section class="sb-tile" aria-labelledby="tile-benefits">
          <h3 id="tile-benefits" class="ds-heading" data-size="xs">
            {{ t('overview.benefits.heading', { year: year(o.benefitYear) }) }}
          </h3>
          <ul class="sb-counts">
            @for (status of o.benefitStatus; track status.status) {
              <li>
                <span class="sb-dot" [attr.data-colour]="status.status" aria-hidden="true"></span>
                {{ benefitLabel(status.status) }}: <strong>{{ status.count }}</strong>
              </li>
            }
          </ul>
          <p class="ds-paragraph">
            <a class="ds-link" routerLink="/okonomi">{{ t('overview.gap.link') }}</a>
          </p>
        </section>

        <section class="sb-tile" aria-labelledby="tile-approvals">
          <h3 id="tile-approvals" class="ds-heading" data-size="xs">{{ t('overview.approvals.heading') }}</h3>
          <p class="ds-paragraph">
            <a class="ds-link" routerLink="/avtaler" [queryParams]="{ status: 'SUBMITTED' }">{{
              plural('overview.approvals.count', o.approvalsWaiting)
            }}</a>
          </p>
        </section>

        <section class="sb-tile sb-tile--wide" aria-labelledby="tile-deadlines">
          <h3 id="tile-deadlines" class="ds-heading" data-size="xs">{{ t('overview.deadlines.heading') }}</h3>
          <p class="ds-paragraph" data-size="sm">
            {{ t('overview.deadlines.intro', { months: o.deadlineMonths }) }}
          </p>
          @if (o.deadlines.length === 0) {
            <p class="ds-paragraph">{{ t('overview.none') }}</p>
          } @else {
            <sb-data-table [caption]="t('overview.deadlines.caption')" [columns]="deadlineColumns()">
              <tbody>
                @for (
                  deadline of o.deadlines;
                  track (deadline.agreementId ?? deadline.periodId ?? deadline.strategyId) + deadline.kind
                ) {
                  <tr>
                    <td class="sb-nowrap">{{ i18n.date(deadline.date) }}</td>
                    <td>{{ deadlineLabel(deadline.kind) }}</td>
                    <th scope="row">
                      <a class="ds-link" [routerLink]="deadlineLink(deadline)">{{ deadline.title }}</a>
                    </th>
                  </tr>
                }
              </tbody>
            </sb-data-table>
          }
        </section>

        <section class="sb-tile" aria-labelledby="tile-stuck">
          <h3 id="tile-stuck" class="ds-heading" data-size="xs">{{ t('overview.stuck.heading') }}</h3>
          <p class="ds-paragraph" data-size="sm">
            {{
              t(o.stuckCount === 1 ? 'overview.stuck.intro.one' : 'overview.stuck.intro.other', {
                count: o.stuckCount,
                months: o.stuckMonths,
              })
            }}
            @if (o.stuck.length < o.stuckCount) {
              {{ t('overview.more', { shown: o.stuck.length }) }}
            }
          </p>
          @if (o.stuckCount > 0) {
            <p class="ds-paragraph" data-size="sm">
              <a class="ds-link" routerLink="/tiltak" [queryParams]="{ oppfolging: 'STUCK' }">{{
                t('overview.stuck.all', { count: o.stuckCount })
              }}</a>
            </p>
          }
          <ul class="sb-measures">
            @for (measure of o.stuck; track measure.id) {
              <li>
                <a class="ds-link" [routerLink]="['/tiltak', measure.code]"
                  >{{ measure.code }} {{ measure.title }}</a
                >
                – {{ statusLabel(measure.status) }},
                {{ t('overview.stuck.since', { date: i18n.date(measure.since ?? '') }) }}
              </li>
            }
          </ul>
        </section>

        <section class="sb-tile" aria-labelledby="tile-blocked">
          <h3 id="tile-blocked" class="ds-heading" data-size="xs">{{ t('overview.blocked.heading') }}</h3>
          <p class="ds-paragraph" data-size="sm">
            {{
              t(o.blockedCount === 1 ? 'overview.blocked.intro.one' : 'overview.blocked.intro.other', {
                count: o.blockedCount,
              })
            }}
            @if (o.blocked.length < o.blockedCount) {
              {{ t('overview.more', { shown: o.blocked.length }) }}
            }
          </p>
          @if (o.blockedCount > 0) {
            <p class="ds-paragraph" data-size="sm">
              <a class="ds-link" routerLink="/tiltak" [queryParams]="{ oppfolging: 'BLOCKED' }">{{
                t('overview.blocked.all', { count: o.blockedCount })
              }}</a>
            </p>
          }
          <ul class="sb-measures">
            @for (measure of o.blocked; track measure.id) {
              <li>
                <a class="ds-link" [routerLink]="['/tiltak', measure.code]"
                  >{{ measure.code }} {{ measure.title }}</a
                >
                – {{ t('overview.blocked.waitsFor', { code: measure.waitsFor ?? '' }) }}
              </li>
            }
          </ul>
        </section>

        <section class="sb-tile" aria-labelledby="tile-decisions">
          <h3 id="tile-decisions" class="ds-heading" data-size="xs">{{ t('overview.decisions.heading') }}</h3>
          @if (o.recentDecisions.length === 0) {
            <p class="ds-paragraph">{{ t('overview.none') }}</p>
          }
          <ul class="sb-measures">
            @for (decision of o.recentDecisions; track decision.id) {
              <li>
                <span class="sb-nowrap">{{ i18n.date(decision.decidedOn) }}</span> ·
                {{ decision.caseReference }}:
                {{ decision.title }}
              </li>
            }
          </ul>
          <p class="ds-paragraph">
            <a class="ds-link" routerLink="/vedtak">{{ t('overview.decisions.link') }}</a>
          </p>
        </section>
      </div>
    </section>
  `,
  styleUrl: '../shared/overview.css',
})
export class RegionOverviewComponent {
  readonly overview = input.required<RegionOverviewFieldsFragment>();

  protected readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly label = injectLabel();
  protected readonly MOBILISATION_LABELS = MOBILISATION_LABELS;
  protected readonly kroner = (value: string) => formatKroner(value);

  /** The statuses in use, in the order of the status flow. */
  protected readonly statuses = computed(() => {
    const used = new Set(this.overview().statusMatrix.map((cell) => cell.status));
    return MEASURE_STATUSES.filter((status) => used.has(status));
  });

  protected readonly statusLabel = (status: string) => this.label(MEASURE_STATUS_LABELS, status);
  protected readonly benefitLabel = (status: string) =>
    this.t(`overview.benefits.${status as 'GREEN' | 'YELLOW' | 'RED' | 'NOT_MEASURED'}`);
  protected readonly deadlineLabel = (kind: string) =>
    this.t(`overview.deadlines.${kind as 'NOTICE' | 'EXPIRY' | 'REPORT_DUE' | 'CONSULTATION_END'}`);

  /** Where a deadline is handled: the reporting period, the strategy on its network's page, or the agreement. */
  protected deadlineLink(deadline: {
    agreementId?: string | null;
    periodId?: string | null;
    strategyId?: string | null;
    networkId?: string | null;
  }): readonly string[] {
    if (deadline.periodId) return ['/rapportering', deadline.periodId];
    if (deadline.strategyId && deadline.networkId) {
      return ['/nettverk', deadline.networkId, 'strategi', deadline.strategyId];
    }
    return ['/avtaler', deadline.agreementId ?? ''];
  }

  protected cellParams(row: Record<string, string>, status: string): Record<string, string> {
    return { ...row, ...measureListParams({ status }) };
  }

  /** Status × network and status × tier: each cell the count of the measures list with both filters. */
  protected readonly matrices = computed(() => {
    const cells = this.overview().statusMatrix;
    const statuses = this.statuses();
    const columns = (first: string): DataTableColumn[] => [
      { key: 'row', label: first },
      ...statuses.map((status) => ({ key: status, label: this.statusLabel(status), align: 'end' as const })),
      { key: 'total', label: this.t('overview.col.total'), align: 'end' },
    ];
    const rowsBy = (
      keyOf: (cell: (typeof cells)[number]) => string,
      labelOf: (key: string) => string,
      paramsOf: (key: string) => Record<string, string>,
      order: readonly string[],
    ): MatrixRow[] =>
      order.map((key) => {
        const own = cells.filter((cell) => keyOf(cell) === key);
        const counts = statuses.map((status) =>
          own.filter((cell) => cell.status === status).reduce((sum, cell) => sum + cell.count, 0),
        );
        return {
          key,
          label: labelOf(key),
          params: paramsOf(key),
          counts,
          total: counts.reduce((a, b) => a + b, 0),
        };
      });
    const networks = [...new Map(cells.map((cell) => [cell.networkId, cell.networkName])).entries()];
    const tiers = COLLABORATION_TIERS.filter((tier) => cells.some((cell) => cell.tier === tier));
    return [
      {
        caption: this.t('overview.measures.byNetwork'),
        columns: columns(this.t('overview.col.network')),
        rows: rowsBy(
          (cell) => cell.networkId,
          (id) => networks.find(([key]) => key === id)?.[1] ?? id,
          (id) => measureListParams({ networkId: id }),
          networks.map(([id]) => id),
        ),
      },
      {
        caption: this.t('overview.measures.byTier'),
        columns: columns(this.t('overview.col.tier')),
        rows: rowsBy(
          (cell) => cell.tier,
          (tier) => this.label(COLLABORATION_TIER_LABELS, tier),
          (tier) => measureListParams({ tier }),
          tiers,
        ),
      },
    ];
  });

  protected readonly mobilisationColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'colour', label: this.t('overview.col.colour') },
    { key: 'count', label: this.t('overview.col.measures'), align: 'end' },
    { key: 'planned', label: this.t('overview.col.plannedGain'), align: 'end' },
    { key: 'certainty', label: this.t('overview.col.certainty'), align: 'end' },
    { key: 'weighted', label: this.t('overview.col.weighted'), align: 'end' },
  ]);

  protected readonly deadlineColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'date', label: this.t('overview.col.date') },
    { key: 'kind', label: this.t('overview.col.deadline') },
    { key: 'agreement', label: this.t('overview.col.agreement') },
  ]);

  protected readonly gapSpec = computed<ChartSpec>(() => {
    const years = this.overview().savingsGap;
    const series = [
      { key: 'required', colour: 'neutral', pattern: 'solid' },
      { key: 'planned', colour: 'accent', pattern: 'hatched' },
      { key: 'realised', colour: 'success', pattern: 'dotted' },
    ] as const;
    return {
      orientation: 'horizontal',
      unit: { kind: 'kroner' },
      categoryName: this.t('overview.gap.year'),
      categories: years.map((year) => String(year.year)),
      series: series.map(({ key, colour, pattern }) => ({
        type: 'bar' as const,
        name: this.t(`overview.gap.${key}`),
        values: years.map((year) => year[key]),
        labels: true,
        colour,
        pattern,
      })),
      height: 90 + 96 * Math.max(1, years.length),
    };
  });

  protected readonly gapTable = computed<ChartTable>(() => ({
    columns: [
      { label: this.t('overview.gap.year') },
      { label: this.t('overview.gap.required'), align: 'end' },
      { label: this.t('overview.gap.planned'), align: 'end' },
      { label: this.t('overview.gap.realised'), align: 'end' },
    ],
    rows: this.overview().savingsGap.map((year) => ({
      header: String(year.year),
      cells: [formatKroner(year.required), formatKroner(year.planned), formatKroner(year.realised)],
    })),
  }));

  protected readonly gapSummary = computed(() => {
    const [now, next] = this.overview().savingsGap;
    if (!now || !next) return '';
    return this.t('overview.gap.summary', {
      year: String(now.year),
      required: formatKroner(now.required),
      planned: formatKroner(now.planned),
      realised: formatKroner(now.realised),
      next: String(next.year),
      nextRequired: formatKroner(next.required),
      nextPlanned: formatKroner(next.planned),
    });
  });

  /** A year as written, without a thousands separator. */
  protected readonly year = (value: number) => String(value);
}
