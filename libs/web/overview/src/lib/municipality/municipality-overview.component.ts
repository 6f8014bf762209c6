import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import type {
  MunicipalityHomeAgreementsFragment,
  MunicipalityHomeEconomicsFragment,
  MunicipalityOverviewFieldsFragment,
} from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';

/**
 * A municipality's part in the collaboration, for its director and politicians: takes part in X of Y measures
 * (opted out of Z, with the reasons), what it pays and gains per year, its agreements and their notice deadlines.
 */
@Component({
  selector: 'sb-municipality-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent],
  template: `
    @let o = overview();
    @let name = o.municipalityName;
    <section class="sb-overview" aria-labelledby="municipality-heading">
      <h2 id="municipality-heading" class="ds-heading" data-size="md">
        {{ t('overview.municipality.heading', { municipality: name }) }}
      </h2>
      <div class="sb-tiles">
        <section class="sb-tile" aria-labelledby="tile-participation">
          <h3 id="tile-participation" class="ds-heading" data-size="xs">
            <a class="ds-link" routerLink="/tiltak" [queryParams]="{ kommune: o.municipalityNumber }">{{
              t('overview.municipality.takesPart', { participating: o.participating, total: o.measureCount })
            }}</a>
          </h3>
          <p class="ds-paragraph">
            {{ t('overview.municipality.parts', { optedOut: o.optedOut, undecided: o.undecided }) }}
          </p>
          @if (o.optedOutMeasures.length > 0) {
            <sb-data-table
              [caption]="t('overview.municipality.optedOutCaption', { municipality: name })"
              [captionHidden]="false"
              captionSize="2xs"
              [columns]="optedOutColumns()"
            >
              <tbody>
                @for (measure of o.optedOutMeasures; track measure.id) {
                  <tr>
                    <th scope="row">
                      <a class="ds-link" [routerLink]="['/tiltak', measure.code]"
                        >{{ measure.code }} {{ measure.title }}</a
                      >
                    </th>
                    <td>{{ measure.reason }}</td>
                  </tr>
                }
              </tbody>
            </sb-data-table>
          }
        </section>

        <section class="sb-tile" aria-labelledby="tile-economics">
          <h3 id="tile-economics" class="ds-heading" data-size="xs">
            {{ t('overview.municipality.economicsHeading') }}
          </h3>
          <sb-data-table
            [caption]="t('overview.municipality.economicsCaption', { municipality: name })"
            [columns]="economicsColumns()"
          >
            <tbody>
              @for (year of economics().years; track year.year) {
                <tr>
                  <th scope="row">{{ year.year }}</th>
                  <td class="sb-end sb-nowrap">{{ kroner(year.pays) }}</td>
                  <td class="sb-end sb-nowrap">{{ kroner(year.plannedGain) }}</td>
                  <td class="sb-end sb-nowrap">
                    {{ year.realisedGain === null ? '–' : kroner(year.realisedGain) }}
                  </td>
                </tr>
              }
            </tbody>
          </sb-data-table>
          <p class="ds-paragraph">
            <a class="ds-link" [routerLink]="['/okonomi/kommuner', o.municipalityNumber]">{{
              t('overview.municipality.economicsLink', { municipality: name })
            }}</a>
          </p>
        </section>

        <section class="sb-tile sb-tile--wide" aria-labelledby="tile-agreements">
          <h3 id="tile-agreements" class="ds-heading" data-size="xs">
            {{ t('overview.municipality.agreementsHeading') }}
          </h3>
          @if (agreements().agreements.length === 0) {
            <p class="ds-paragraph">{{ t('overview.municipality.noAgreements', { municipality: name }) }}</p>
          } @else {
            <sb-data-table
              [caption]="t('overview.municipality.agreementsCaption', { municipality: name })"
              [columns]="agreementColumns()"
            >
              <tbody>
                @for (agreement of agreements().agreements; track agreement.agreementId) {
                  <tr>
                    <th scope="row">
                      <a class="ds-link" [routerLink]="['/avtaler', agreement.agreementId]">{{
                        agreement.title
                      }}</a>
                    </th>
                    <td class="sb-nowrap">
                      {{ agreement.endDate ? i18n.date(agreement.endDate) : '–' }}
                      @if (agreement.endsSoon) {
                        <strong>{{ t('overview.municipality.soon') }}</strong>
                      }
                    </td>
                    <td class="sb-nowrap">
                      {{ agreement.lastNoticeDate ? i18n.date(agreement.lastNoticeDate) : '–' }}
                      @if (agreement.noticeSoon) {
                        <strong>{{ t('overview.municipality.soon') }}</strong>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </sb-data-table>
          }
          <p class="ds-paragraph">
            {{ t('overview.municipality.total', { amount: kroner(agreements().totalAnnualCost) }) }}
          </p>
          <p class="ds-paragraph">
            <a class="ds-link" [routerLink]="['/avtaler/kommuner', o.municipalityNumber]">{{
              t('overview.municipality.agreementsLink', { municipality: name })
            }}</a>
          </p>
        </section>
      </div>
    </section>
  `,
  styleUrl: '../shared/overview.css',
})
export class MunicipalityOverviewComponent {
  readonly overview = input.required<MunicipalityOverviewFieldsFragment>();
  readonly economics = input.required<MunicipalityHomeEconomicsFragment>();
  readonly agreements = input.required<MunicipalityHomeAgreementsFragment>();

  protected readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly kroner = (value: string) => formatKroner(value);

  protected readonly optedOutColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'measure', label: this.t('overview.col.measure') },
    { key: 'reason', label: this.t('overview.col.reason') },
  ]);

  protected readonly economicsColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'year', label: this.t('overview.col.year') },
    { key: 'pays', label: this.t('overview.col.pays'), align: 'end' },
    { key: 'planned', label: this.t('overview.col.plannedGain'), align: 'end' },
    { key: 'realised', label: this.t('overview.col.realisedGain'), align: 'end' },
  ]);

  protected readonly agreementColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'agreement', label: this.t('overview.col.agreement') },
    { key: 'ends', label: this.t('overview.col.ends') },
    { key: 'notice', label: this.t('overview.col.notice') },
  ]);
}
