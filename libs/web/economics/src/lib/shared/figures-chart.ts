import { computed, Directive, inject, input } from '@angular/core';
import { I18nService, type TranslationKey } from '@samarbeid/web/data-access';
import type { ChartTable } from '@samarbeid/web/ui';

/** A column of a chart's table: its header (a dictionary key), amounts at the end. */
export interface FiguresColumn {
  readonly label: TranslationKey;
  readonly amounts?: boolean;
}

/**
 * What the feature's charts given a summary share: the sentence that names the picture (with every figure), and the
 * figures drawn as a table for screen readers (`sb-chart`), from its columns and a row per category.
 */
@Directive()
export abstract class FiguresChart {
  /** What the picture shows, in a sentence with every figure (the accessible name). */
  readonly summary = input.required<string>();

  protected readonly t = inject(I18nService).t;
  protected abstract readonly columns: readonly FiguresColumn[];
  protected abstract figures(): readonly { readonly header: string; readonly cells: readonly string[] }[];

  /** The figures drawn, for screen readers. */
  protected readonly table = computed<ChartTable>(() => ({
    columns: this.columns.map((column) => ({
      label: this.t(column.label),
      ...(column.amounts ? { align: 'end' as const } : {}),
    })),
    rows: this.figures(),
  }));
}
