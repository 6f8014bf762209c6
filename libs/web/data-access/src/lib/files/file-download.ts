import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

import { apiBaseUrl, ApiFetch } from '../auth/api-fetch';
import { APP_CONFIG } from '../config/app-config';
import type { ApiError } from '../graphql/api-error';

export { apiBaseUrl } from '../auth/api-fetch';

/** `attachment; filename="okonomi-T5.xlsx"` → `okonomi-T5.xlsx`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

const NETWORK_ERROR: ApiError = { code: undefined, message: undefined, messageEn: undefined, network: true };

/** The API's error body of a refused file request ({ code, message, messageEn }) as an ApiError. */
export async function fileApiError(response: Response): Promise<ApiError> {
  try {
    const parsed = ((await response.json()) ?? {}) as { code?: string; message?: string; messageEn?: string };
    return { code: parsed.code, message: parsed.message, messageEn: parsed.messageEn, network: false };
  } catch {
    return { code: undefined, message: undefined, messageEn: undefined, network: false };
  }
}

/**
 * Downloads a file from the API with the signed-in user's token (`ApiFetch` adds it for `<api>/exports/`), and hands it to the browser as a download. Throws an ApiError when the API refuses.
 */
@Injectable({ providedIn: 'root' })
export class FileDownloadService {
  private readonly apiFetch = inject(ApiFetch);
  private readonly config = inject(APP_CONFIG);
  private readonly document = inject(DOCUMENT);

  url(path: string): string {
    return `${apiBaseUrl(this.config.apiUrl)}/exports/${path.replace(/^\/+/, '')}`;
  }

  async download(path: string, fallbackName: string): Promise<void> {
    // Callers handle an ApiError, the same shape as a refused GraphQL operation, not an Error.
    const response = await this.apiFetch.fetch(this.url(path)).catch(() => null);
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!response) throw NETWORK_ERROR;
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!response.ok) throw await fileApiError(response);
    const blob = await response.blob().catch(() => null);
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!blob) throw NETWORK_ERROR;
    const link = this.document.createElement('a');
    const href = URL.createObjectURL(blob);
    link.href = href;
    link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }
}
