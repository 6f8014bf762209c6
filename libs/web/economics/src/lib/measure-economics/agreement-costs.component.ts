import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import type { MeasureEconomicsFieldsFragment } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';

type AgreementCost = MeasureEconomicsFieldsFragment['agreementCosts'][number];

interface AgreementTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly DataTableColumn[];
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
  imports: [RouterLink, DataTableComponent],
  template: `
    @if (tables().length > 0) {
      <section class="sb-stack" aria-labelledby="economics-agreements-heading" data-testid="agreement-costs">
        <h2 class="ds-heading" data-size="sm" id="economics-agreements-heading">
          {{ t('economics.agreements.heading') }}
        </h2>
        <p class="ds-paragraph">{{ t('economics.agreements.intro') }}</p>
        @for (table of tables(); track table.id) {
          <h3 class="ds-heading" data-size="xs">
            <a class="ds-link" [routerLink]="['/avtaler', table.id]">{{ table.title }}</a>
          </h3>
          <sb-data-table [caption]="table.title" [columns]="table.columns" [zebra]="false">
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
          </sb-data-table>
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
        columns: [
          { key: 'municipality', label: this.t('economics.shares.col.municipality') },
          ...years.map((year) => ({
            key: String(year.year),
            label:
              year.months < 12
                ? `${year.year} (${this.t('economics.agreements.months', { months: year.months })})`
                : String(year.year),
            align: 'end' as const,
          })),
        ],
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
