import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import { AuthService, DEFAULT_REGION_SLUG, I18nService } from '@samarbeid/web/data-access';
import { KpiSetsGQL } from '@samarbeid/web/graphql';
import { ButtonDirective, type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';
import { map } from 'rxjs';

import { CreateKpiSetComponent } from './create-kpi-set.component';

/**
 * "Indikatorsett" on /indikatorer: the region's own KPI sets and the municipalities' (e.g. a Bærum-style table), each
 * leading to its KPI table; the secretariat creates the region's, a director their municipality's.
 */
@Component({
  selector: 'sb-kpi-sets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ButtonDirective, CreateKpiSetComponent],
  template: `
    <section aria-labelledby="kpi-sets-heading" class="sb-kpi-sets">
      <h2 class="ds-heading" data-size="md" id="kpi-sets-heading">{{ t('kpiSets.heading') }}</h2>
      <p class="ds-paragraph">{{ t('kpiSets.intro') }}</p>
      @let sets = rows();
      @if (sets === undefined) {
        <p class="ds-paragraph" role="status">{{ t('kpiSets.loading') }}</p>
      } @else if (sets.length === 0) {
        <p class="ds-paragraph">{{ t('kpiSets.empty') }}</p>
      } @else {
        <sb-data-table [caption]="t('kpiSets.caption')" [columns]="columns()">
          <tbody>
            @for (set of sets; track set.id) {
              <tr>
                <th scope="row">
                  <a class="ds-link" [routerLink]="['/indikatorer/sett', set.id]">{{ set.name }}</a>
                </th>
                <td>{{ set.municipalityName ?? t('kpiSets.region') }}</td>
                <td class="sb-end">{{ set.indicatorCount }}</td>
              </tr>
            }
          </tbody>
        </sb-data-table>
      }
      @if (creator(); as who) {
        @if (creating()) {
          <sb-create-kpi-set
            [regionSlug]="regionSlug"
            [municipalityNumber]="who.municipalityNumber"
            [heading]="who.heading"
            (created)="open($event)"
            (cancelled)="creating.set(false)"
          />
        } @else {
          <p>
            <button sbButton="secondary" (click)="creating.set(true)">{{ who.heading }}</button>
          </p>
        }
      }
    </section>
  `,
  styles: `
    .sb-kpi-sets {
      display: grid;
      gap: var(--ds-size-3);
    }

    .sb-kpi-sets > * {
      margin: 0;
    }

    th[scope='row'] {
      font-weight: var(--ds-font-weight-regular);
    }

    .sb-end {
      text-align: end;
    }
  `,
})
export class KpiSetsComponent {
  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly router = inject(Router);
  protected readonly t = this.i18n.t;
  protected readonly creating = signal(false);
  protected readonly regionSlug = DEFAULT_REGION_SLUG;

  protected readonly rows = toSignal(
    inject(KpiSetsGQL)
      .watch({ variables: { regionSlug: DEFAULT_REGION_SLUG }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.kpiSets : undefined)),
      ),
  );

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'name', label: this.t('kpiSets.col.name') },
    { key: 'owner', label: this.t('kpiSets.col.owner') },
    { key: 'count', label: this.t('kpiSets.col.count'), align: 'end' },
  ]);

  /** Whose set the user may create: the secretariat the region's, a director their municipality's. */
  protected readonly creator = computed(() => {
    const user = this.user();
    if (user?.roles.includes(Role.Secretariat)) {
      return { municipalityNumber: null, heading: this.t('kpiSets.createRegion') };
    }
    if (user?.roles.includes(Role.MunicipalDirector) && user.municipality) {
      return { municipalityNumber: user.municipality, heading: this.t('kpiSets.createMunicipality') };
    }
    return null;
  });

  protected open(id: string): void {
    void this.router.navigate(['/indikatorer/sett', id]);
  }
}
