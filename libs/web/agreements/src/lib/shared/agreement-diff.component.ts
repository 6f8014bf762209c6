import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';
import { type DataTableColumn, FieldTableComponent, type FieldTableRow } from '@samarbeid/web/ui';

/** One field that changed between two versions of an agreement. */
export interface AgreementChangeRow {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

/** What changed from one version of an agreement to the next, as a table (Felt / Før / Etter). */
@Component({
  selector: 'sb-agreement-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldTableComponent],
  template: `<sb-field-table
    [caption]="caption()"
    [captionHidden]="false"
    [columns]="columns()"
    [rows]="rows()"
  />`,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class AgreementDiffComponent {
  readonly caption = input.required<string>();
  readonly changes = input.required<readonly AgreementChangeRow[]>();

  private readonly t = inject(I18nService).t;
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'field', label: this.t('agreements.versions.col.field') },
    { key: 'before', label: this.t('agreements.versions.col.before') },
    { key: 'after', label: this.t('agreements.versions.col.after') },
  ]);
  protected readonly rows = computed<FieldTableRow[]>(() =>
    this.changes().map((change, index) => ({
      key: String(index),
      header: change.label,
      cells: [change.before, change.after],
    })),
  );
}
