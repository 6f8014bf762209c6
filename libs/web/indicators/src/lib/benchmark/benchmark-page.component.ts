import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { AuthService, DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import {
  BenchmarkMunicipalitiesGQL,
  KostraBenchmarkGQL,
  type KostraBenchmarkQuery,
} from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, FORM_KIT } from '@samarbeid/web/ui';
import { map, switchMap } from 'rxjs';

import { formatNumber } from '../board/indicator-view';

type Figure = KostraBenchmarkQuery['kostraBenchmark']['figures'][number];
type Point = Figure['areas'][number]['values'][number];

/**
 * `/indikatorer/sammenligning?kommune=3303`: a director's benchmark — their municipality's KOSTRA key figures in the
 * latest year with figures, against the lowest and highest of the region's other municipalities, the municipality's
 * KOSTRA group and the national average. SSB's "." and ".." are shown as such, never as zero.
 */
@Component({
  selector: 'sb-benchmark-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, FORM_KIT],
  template: `
    <p>
      <a class="ds-link" routerLink="/indikatorer">{{ t('benchmark.back') }}</a>
    </p>
    <h1 class="ds-heading" data-size="lg">{{ t('benchmark.title') }}</h1>
    <sb-field [label]="t('benchmark.municipality')">
      <select sbControl id="benchmark-municipality" class="ds-input" (change)="choose($event)">
        @for (m of municipalities(); track m.number) {
          <option [value]="m.number" [selected]="m.number === municipality()">{{ m.name }}</option>
        }
      </select>
    </sb-field>
    @let page = state();
    @switch (page.kind) {
      @case ('loading') {
        <p class="ds-paragraph" role="status">{{ t('benchmark.loading') }}</p>
      }
      @case ('error') {
        <div class="ds-alert" data-color="danger" role="alert">
          <h2 class="ds-heading" data-size="2xs">{{ t('benchmark.errorHeading') }}</h2>
          <p class="ds-paragraph">{{ page.message }}</p>
        </div>
      }
      @case ('ready') {
        <p class="ds-paragraph">{{ page.intro }}</p>
        @if (page.rows.length === 0) {
          <p class="ds-paragraph">{{ t('benchmark.empty') }}</p>
        } @else {
          <sb-data-table [caption]="page.caption" [columns]="page.columns">
            <tbody>
              @for (row of page.rows; track row.code) {
                <tr>
                  <th scope="row">
                    {{ row.name }} <span class="sb-unit">({{ row.unit }})</span>
                  </th>
                  <td>{{ row.year }}</td>
                  <td class="sb-end">
                    <strong>{{ row.self }}</strong>
                  </td>
                  <td class="sb-end">{{ row.range }}</td>
                  <td class="sb-end">{{ row.group }}</td>
                  <td class="sb-end">{{ row.national }}</td>
                </tr>
              }
            </tbody>
          </sb-data-table>
        }
      }
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
    }

    :host > * {
      margin: 0;
    }

    th[scope='row'] {
      font-weight: var(--ds-font-weight-regular);
    }

    .sb-unit {
      color: var(--ds-color-neutral-text-subtle, #4b5563);
    }

    .sb-end {
      text-align: end;
    }
  `,
})
export class BenchmarkPageComponent {
  /** `?kommune=` from the route; the user's own municipality otherwise. */
  readonly kommune = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly user = inject(AuthService).user;
  private readonly benchmarkQuery = inject(KostraBenchmarkGQL);
  protected readonly t = this.i18n.t;

  protected readonly municipalities = toSignal(
    inject(BenchmarkMunicipalitiesGQL)
      .watch({ variables: { slug: DEFAULT_REGION_SLUG } })
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.region.municipalities.nodes : [])),
      ),
    { initialValue: [] },
  );
  protected readonly municipality = linkedSignal(() => {
    const numbers = this.municipalities().map((m) => m.number);
    const wanted = this.kommune() ?? this.user()?.municipality;
    return wanted && numbers.includes(wanted) ? wanted : (numbers[0] ?? wanted ?? '');
  });

  private readonly result = toSignal(
    toObservable(this.municipality).pipe(
      switchMap(
        (municipalityNumber) =>
          this.benchmarkQuery.watch({
            variables: { regionSlug: DEFAULT_REGION_SLUG, municipalityNumber },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );

  protected readonly state = computed(() => {
    const result = this.result();
    if (!this.municipality()) return { kind: 'loading' as const };
    if (result?.dataState === 'complete') {
      const benchmark = result.data.kostraBenchmark;
      const group = benchmark.kostraGroupName ?? this.t('benchmark.noGroup');
      const columns: readonly DataTableColumn[] = [
        { key: 'figure', label: this.t('benchmark.col.figure') },
        { key: 'year', label: this.t('benchmark.col.year') },
        {
          key: 'self',
          label: this.t('benchmark.col.self', { municipality: benchmark.municipalityName }),
          align: 'end',
        },
        { key: 'range', label: this.t('benchmark.col.regionRange'), align: 'end' },
        { key: 'group', label: this.t('benchmark.col.group'), align: 'end' },
        { key: 'national', label: this.t('benchmark.col.national'), align: 'end' },
      ];
      return {
        kind: 'ready' as const,
        intro: this.t('benchmark.intro', {
          municipality: benchmark.municipalityName,
          region: benchmark.regionName,
          group,
        }),
        caption: this.t('benchmark.caption', { municipality: benchmark.municipalityName }),
        columns,
        rows: benchmark.figures.map((figure) => this.row(figure)),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected choose(event: Event): void {
    const number = (event.target as HTMLSelectElement).value;
    this.municipality.set(number);
    void this.router.navigate([], { queryParams: { kommune: number }, replaceUrl: true });
  }

  private row(entry: Figure) {
    const year = entry.latestYear;
    const at = (kind: string) =>
      entry.areas
        .filter((area) => area.kind === kind)
        .map((area) => area.values.find((value) => value.year === year));
    const others = at('MUNICIPALITY')
      .filter((point): point is Point => !!point && point.value !== null)
      .map((point) => Number(point.value));
    const language = this.i18n.language();
    return {
      code: entry.figure.code,
      name: language === 'en' ? entry.figure.nameEn : entry.figure.name,
      unit: entry.figure.unit,
      year: year ?? this.t('benchmark.none'),
      self: this.show(at('SELF')[0]),
      range: others.length
        ? `${formatNumber(Math.min(...others), language)}–${formatNumber(Math.max(...others), language)}`
        : this.t('benchmark.none'),
      group: this.show(at('GROUP')[0]),
      national: this.show(at('NATIONAL')[0]),
    };
  }

  private show(point: Point | undefined): string {
    if (!point) return this.t('benchmark.none');
    if (point.value !== null) return formatNumber(point.value, this.i18n.language());
    return point.missingSymbol === '.' ? this.t('benchmark.missing.') : this.t('benchmark.missing..');
  }
}
