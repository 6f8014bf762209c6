import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import type { MeasureEconomicsFieldsFragment } from '@samarbeid/web/graphql';
import { RouterLink } from '@angular/router';

type AgreementCost = MeasureEconomicsFieldsFragment['agreementCosts'][number];

interface AgreementTable {
  readonly id: string;
  readonly title: string;
  readonly years: readonly { year: number; months: number; total: string }[];
  readonly rows: readonly {
    readonly number: string;
    readonly name: string;
    readonly cells: readonly { year: number; amount: string; explanation: string }[];
  }[];
}

/** What the service-purchase agreements in force cost the buyers, per year, split by each agreement's terms. */
@Component({
  selector: 'sb-agreement-costs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (tables().length > 0) {
      <section class="sb-stack" aria-labelledby="economics-agreements-heading" data-testid="agreement-costs">
        <h2 class="ds-heading" data-size="sm" id="economics-agreements-heading">
          {{ t('economics.agreements.heading') }}
        </h2>
        <p class="ds-paragraph">{{ t('economics.agreements.intro') }}</p>
        @for (table of tables(); track table.id) {
          <div class="sb-table-scroll" tabindex="0" role="region" [attr.aria-label]="table.title">
            <table class="ds-table" data-border data-size="sm">
              <caption>
                <a class="ds-link" [routerLink]="['/avtaler', table.id]">{{ table.title }}</a>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('economics.shares.col.municipality') }}</th>
                  @for (year of table.years; track year.year) {
                    <th scope="col" class="sb-num">
                      {{ year.year }}
                      @if (year.months < 12) {
                        <span class="sb-muted"
                          >({{ t('economics.agreements.months', { months: year.months }) }})</span
                        >
                      }
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of table.rows; track row.number) {
                  <tr>
                    <th scope="row">{{ row.name }}</th>
                    @for (cell of row.cells; track cell.year) {
                      <td class="sb-num">
                        {{ cell.amount }}
                        @if (cell.explanation) {
                          <details>
                            <summary>
                              {{ t('economics.shares.explanation')
                              }}<span class="ds-sr-only">{{
                                t('economics.shares.explanationFor', {
                                  municipality: row.name,
                                  year: '' + cell.year,
                                })
                              }}</span>
                            </summary>
                            {{ cell.explanation }}
                          </details>
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{{ t('economics.shares.col.sum') }}</th>
                  @for (year of table.years; track year.year) {
                    <td class="sb-num">{{ year.total }}</td>
                  }
                </tr>
              </tfoot>
            </table>
          </div>
        }
      </section>
    }
  `,
})
export class AgreementCostsComponent {
  readonly costs = input.required<readonly AgreementCost[]>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly tables = computed<AgreementTable[]>(() => {
    const english = this.i18n.language() === 'en';
    const byAgreement = new Map<string, AgreementCost[]>();
    for (const cost of this.costs())
      byAgreement.set(cost.agreementId, [...(byAgreement.get(cost.agreementId) ?? []), cost]);
    return [...byAgreement.entries()].map(([id, years]) => {
      const buyers = new Map<string, string>();
      for (const year of years)
        for (const share of year.shares) buyers.set(share.municipalityNumber, share.municipalityName);
      return {
        id,
        title: years[0].agreementTitle,
        years: years.map((year) => ({
          year: year.year,
          months: year.months,
          total: formatKroner(year.total),
        })),
        rows: [...buyers].map(([number, name]) => ({
          number,
          name,
          cells: years.map((year) => {
            const share = year.shares.find((candidate) => candidate.municipalityNumber === number);
            return {
              year: year.year,
              amount: share ? formatKroner(share.amount) : '',
              explanation: share ? (english ? share.explanationEn : share.explanation) : '',
            };
          }),
        })),
      };
    });
  });
}
