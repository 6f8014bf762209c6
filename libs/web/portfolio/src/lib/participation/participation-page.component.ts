import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ParticipationState } from '@samarbeid/shared/domain';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { ParticipationMatrixGQL, PortfolioMunicipalitiesGQL } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, ListPageComponent } from '@samarbeid/web/ui';

import { participationLabel } from '../shared/labels';

/** The API's largest page: the whole portfolio of a region in one request. */
export const MATRIX_PAGE_SIZE = 200;

interface MatrixCell {
  readonly number: string;
  readonly state: ParticipationState;
  readonly label: string;
  readonly reason: string | null;
}

/**
 * `/deltakelse`: measures × municipalities, each cell the participation in words, with the reason for an
 * opt-out behind a disclosure. Reads the measures from the shared cache, so a change made elsewhere in the app
 * shows at once; it is fetched again from the server each time the page opens.
 */
@Component({
  selector: 'sb-participation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ListPageComponent],
  templateUrl: './participation-page.component.html',
  styleUrl: './participation-page.component.css',
})
export class ParticipationPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  private readonly matrixRef = inject(ParticipationMatrixGQL).watch({
    variables: { regionSlug: DEFAULT_REGION_SLUG, first: MATRIX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  private readonly municipalitiesRef = inject(PortfolioMunicipalitiesGQL).watch({
    variables: { slug: DEFAULT_REGION_SLUG },
  });
  private readonly matrix = toSignal(this.matrixRef.valueChanges);
  private readonly municipalities = toSignal(this.municipalitiesRef.valueChanges);

  protected readonly state = computed(() => {
    const matrix = this.matrix();
    const municipalities = this.municipalities();
    const error = matrix?.error ?? municipalities?.error;
    if (matrix?.dataState === 'complete' && municipalities?.dataState === 'complete') {
      const language = this.i18n.language();
      const columns = [...municipalities.data.region.municipalities.nodes].sort((a, b) =>
        a.name.localeCompare(b.name, 'nb'),
      );
      const rows = matrix.data.measures.nodes.map((measure) => {
        const byNumber = new Map(measure.participation.map((p) => [p.municipalityNumber, p]));
        return {
          id: measure.id,
          code: measure.code,
          title: measure.title,
          cells: columns.map<MatrixCell>((column) => {
            const entry = byNumber.get(column.number);
            const state = entry?.state ?? 'UNDECIDED';
            return {
              number: column.number,
              state,
              label: participationLabel(state, language),
              reason: entry?.reason ?? null,
            };
          }),
        };
      });
      const tableColumns: DataTableColumn[] = [
        { key: 'measure', label: this.t('participation.col.measure') },
        ...columns.map((column) => ({ key: column.number, label: column.name })),
      ];
      return { kind: 'ready' as const, tableColumns, rows, region: municipalities.data.region.name };
    }
    if (error && !matrix?.loading)
      return { kind: 'error' as const, message: queryErrorText(error, this.i18n) };
    return { kind: 'loading' as const };
  });

  protected retry(): void {
    for (const ref of [this.matrixRef, this.municipalitiesRef]) {
      ref
        .refetch()
        .catch((error: unknown) => console.error('Could not fetch the participation again', error));
    }
  }
}
