import { ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';

import { errorText } from '../graphql/mutation';
import type { ApiError } from '../graphql/api-error';
import { I18nService } from '../i18n/i18n.service';
import { FileDownloadService } from './file-download';

/** A button that downloads a file from the API (`<api>/exports/<path>`), with progress and a refusal in words. */
@Component({
  selector: 'sb-download-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="ds-button"
      data-variant="secondary"
      [attr.aria-busy]="busy()"
      (click)="download()"
    >
      {{ busy() ? t('files.downloading') : label() }}
    </button>
    <span role="alert" class="sb-download-error">{{ error() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2, 0.5rem);
      align-items: center;
    }
    .sb-download-error:empty {
      display: none;
    }
    .sb-download-error {
      color: var(--ds-color-danger-text-default, #b3261e);
    }
  `,
})
export class DownloadButtonComponent {
  readonly path = input.required<string>();
  readonly fileName = input.required<string>();
  readonly label = input.required<string>();

  /** The download service is fetched on click, so pages (and their tests) need no HTTP set-up to render. */
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly busy = signal(false);
  protected readonly error = signal('');

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await this.injector.get(FileDownloadService).download(this.path(), this.fileName());
    } catch (error) {
      this.error.set(errorText(error as ApiError, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
