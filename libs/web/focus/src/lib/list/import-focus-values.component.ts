import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { type ApiRowError, errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { ImportFocusValuesGQL } from '@samarbeid/web/graphql';
import { FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

const MAX_BYTES = 2 * 1024 * 1024;
/** The files the API reads: Excel workbooks (.xlsx) and CSV. */
export const FOCUS_UPLOAD_ACCEPT =
  '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv';

/** Reads a File as base64 (without the data-URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * "Last opp verdier fra fil" (secretariat): an Excel (.xlsx) or CSV file of values, all rows or none; a refused file lists every bad
 * row with its number and the API's sentence.
 */
@Component({
  selector: 'sb-import-focus-values',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <section class="sb-stack" aria-labelledby="focus-import-heading">
      <h2 class="ds-heading" data-size="sm" id="focus-import-heading">{{ t('focus.import.heading') }}</h2>
      <p class="ds-paragraph">{{ t('focus.import.intro') }}</p>
      <form class="sb-form" novalidate data-testid="focus-import" (submit)="submit($event)">
        <sb-field [label]="t('focus.import.file')" [error]="fileError()" announceError>
          <input
            sbControl
            id="focus-import-file"
            class="ds-input"
            type="file"
            [accept]="accept"
            (change)="choose($event)"
          />
        </sb-field>
        <sb-form-actions
          [submitLabel]="t('focus.import.submit')"
          [busyLabel]="t('focus.import.busy')"
          [busy]="busy()"
        />
      </form>
      <sb-save-feedback feedbackId="focus-import-feedback" [feedback]="feedback()" [headingLevel]="3">
        @if (rows().length > 0) {
          <ul class="ds-list" data-testid="focus-import-errors">
            @for (row of rows(); track $index) {
              <li>{{ t('focus.import.rowError', { row: '' + row.row, reason: reason(row) }) }}</li>
            }
          </ul>
        }
      </sb-save-feedback>
    </section>
  `,
  styles: `
    .sb-form {
      display: grid;
      gap: var(--ds-size-3);
      max-inline-size: 40rem;
    }
  `,
})
export class ImportFocusValuesComponent {
  readonly regionSlug = input.required<string>();
  readonly imported = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly upload = inject(ImportFocusValuesGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly accept = FOCUS_UPLOAD_ACCEPT;
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly fileError = signal<string | undefined>(undefined);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);
  protected readonly rows = signal<readonly ApiRowError[]>([]);
  protected readonly language = computed(() => this.i18n.language());

  protected reason(row: ApiRowError): string {
    return this.language() === 'en' ? (row.reasonEn ?? row.reason) : row.reason;
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.fileError.set(undefined);
    this.feedback.set(undefined);
    this.rows.set([]);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const file = this.file();
    if (!file) {
      this.fileError.set(this.t('focus.import.fileMissing'));
      return this.focusAfterRender('#focus-import-file');
    }
    if (file.size > MAX_BYTES) {
      this.fileError.set(this.t('focus.import.fileTooLarge'));
      return this.focusAfterRender('#focus-import-file');
    }
    this.busy.set(true);
    this.rows.set([]);
    const fileBase64 = await readAsBase64(file);
    const outcome = await runMutation(
      this.upload.mutate({ variables: { input: { regionSlug: this.regionSlug(), fileBase64 } } }),
    );
    this.busy.set(false);
    if (outcome.ok) {
      const { saved, replaced } = outcome.data.importFocusValues;
      this.feedback.set({
        kind: 'saved',
        text: this.t('focus.import.saved', { saved: String(saved), replaced: String(replaced) }),
      });
      this.imported.emit();
    } else {
      this.rows.set(outcome.error.rowErrors ?? []);
      this.feedback.set({
        kind: 'error',
        heading: this.t('focus.import.errorHeading'),
        message: errorText(outcome.error, this.i18n),
      });
    }
    this.focusAfterRender('#focus-import-feedback');
  }
}
