import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  type ApiRowError,
  DownloadButtonComponent,
  errorText,
  I18nService,
  runMutation,
} from '@samarbeid/web/data-access';
import { ImportBenefitPlanGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
} from '@samarbeid/web/ui';

const MAX_BYTES = 2 * 1024 * 1024;

type Feedback =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string; readonly rows: readonly ApiRowError[] };

/** Reads a File as base64 (without the data-URL prefix). */
export function fileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * The benefit plan to and from Excel: download the template (filled with the current plan), and import a filled-in
 * one. The import saves all rows or none; a refused file lists every bad cell (row, column, reason).
 */
@Component({
  selector: 'sb-benefit-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DownloadButtonComponent, FORM_KIT, DataTableComponent],
  template: `
    <div class="sb-stack">
      <sb-download-button
        [path]="'measures/' + measureId() + '/benefit-plan-template.xlsx'"
        [fileName]="'gevinstplan-' + measureCode() + '.xlsx'"
        [label]="t('benefits.import.template')"
      />
      @if (canEdit()) {
        <form class="sb-form" novalidate (submit)="submit($event)" data-testid="benefit-import">
          <sb-field
            [label]="t('benefits.import.file')"
            [hint]="t('benefits.import.hint')"
            [error]="fileError()"
          >
            <input
              sbControl
              id="benefit-import-file"
              class="ds-input"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              (change)="choose($event)"
            />
          </sb-field>
          <sb-form-actions
            [submitLabel]="t('benefits.import.submit')"
            [busyLabel]="t('benefits.import.importing')"
            [busy]="busy()"
          />
        </form>
        <sb-save-feedback feedbackId="benefit-import-feedback" [feedback]="feedback()">
          @if (rowErrors(); as rows) {
            <sb-data-table
              data-testid="benefit-import-errors"
              [caption]="t('benefits.import.errorsCaption', { count: '' + rows.length })"
              [captionHidden]="false"
              [columns]="errorColumns()"
              [zebra]="false"
            >
              <tbody>
                @for (row of rows; track $index) {
                  <tr>
                    <td>{{ row.row }}</td>
                    <td>{{ row.column }}</td>
                    <td>{{ language() === 'en' ? (row.reasonEn ?? row.reason) : row.reason }}</td>
                  </tr>
                }
              </tbody>
            </sb-data-table>
          }
        </sb-save-feedback>
      }
    </div>
  `,
})
export class BenefitImportComponent {
  readonly measureId = input.required<string>();
  readonly measureCode = input.required<string>();
  readonly canEdit = input(false);
  readonly imported = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly importPlan = inject(ImportBenefitPlanGQL);
  protected readonly t = this.i18n.t;
  protected readonly language = computed(() => this.i18n.language());
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  /** The user tried to import without choosing a file. */
  protected readonly fileError = signal<string | undefined>(undefined);
  protected readonly feedback = signal<Feedback | null>(null);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly errorColumns = computed<DataTableColumn[]>(() => [
    { key: 'row', label: this.t('benefits.import.col.row') },
    { key: 'column', label: this.t('benefits.import.col.column') },
    { key: 'reason', label: this.t('benefits.import.col.reason') },
  ]);
  /** The cells a refused file was refused for; undefined when there are none to list. */
  protected readonly rowErrors = computed(() => {
    const feedback = this.feedback();
    return feedback?.kind === 'error' && feedback.rows.length > 0 ? feedback.rows : undefined;
  });

  protected choose(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    this.file.set(files?.[0] ?? null);
    this.feedback.set(null);
    this.fileError.set(undefined);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    if (this.busy()) return;
    if (!file) {
      this.fileError.set(this.t('benefits.import.noFile'));
      this.focusAfterRender('#benefit-import-file');
      return;
    }
    if (file.size > MAX_BYTES) {
      this.feedback.set({ kind: 'error', message: this.t('benefits.import.tooLarge'), rows: [] });
      return;
    }
    this.busy.set(true);
    try {
      const fileBase64 = await fileAsBase64(file);
      const outcome = await runMutation(
        this.importPlan.mutate({ variables: { input: { measureId: this.measureId(), fileBase64 } } }),
      );
      if (outcome.ok) {
        const result = outcome.data.importBenefitPlan;
        this.feedback.set({
          kind: 'saved',
          text: this.t('benefits.import.done', {
            created: '' + result.created,
            updated: '' + result.updated,
            values: '' + result.plannedValues,
          }),
        });
        this.imported.emit();
      } else {
        this.feedback.set({
          kind: 'error',
          message: errorText(outcome.error, this.i18n),
          rows: outcome.error.rowErrors ?? [],
        });
      }
    } finally {
      this.busy.set(false);
    }
  }
}
