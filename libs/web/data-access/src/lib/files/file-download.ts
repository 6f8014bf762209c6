import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { APP_CONFIG } from '../config/app-config';
import type { ApiError } from '../graphql/api-error';

/** The API's base (the GraphQL URL without `/graphql`): files are served from `<base>/exports/…`. */
export function apiBaseUrl(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '').replace(/\/graphql$/, '');
}

/** `attachment; filename="okonomi-T5.xlsx"` → `okonomi-T5.xlsx`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(blob);
  });
}

/** The API's error body of a file request ({ code, message, messageEn }) as an ApiError. */
export async function fileApiError(error: unknown): Promise<ApiError> {
  if (!(error instanceof HttpErrorResponse)) {
    return { code: undefined, message: undefined, messageEn: undefined, network: true };
  }
  try {
    const body: unknown = error.error instanceof Blob ? JSON.parse(await blobText(error.error)) : error.error;
    const parsed = (body ?? {}) as { code?: string; message?: string; messageEn?: string };
    return { code: parsed.code, message: parsed.message, messageEn: parsed.messageEn, network: false };
  } catch {
    return { code: undefined, message: undefined, messageEn: undefined, network: error.status === 0 };
  }
}

/**
 * Downloads a file from the API with the signed-in user's token (the bearer-token interceptor covers
 * `<api>/exports/`), and hands it to the browser as a download. Throws an ApiError when the API refuses.
 */
@Injectable({ providedIn: 'root' })
export class FileDownloadService {
  private readonly http = inject(HttpClient);
  private readonly config = inject(APP_CONFIG);
  private readonly document = inject(DOCUMENT);

  url(path: string): string {
    return `${apiBaseUrl(this.config.apiUrl)}/exports/${path.replace(/^\/+/, '')}`;
  }

  async download(path: string, fallbackName: string): Promise<void> {
    let response: HttpResponse<Blob>;
    try {
      response = await firstValueFrom(
        this.http.get(this.url(path), { responseType: 'blob', observe: 'response' }),
      );
    } catch (error) {
      // Callers handle an ApiError, the same shape as a refused GraphQL operation, not an Error.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw await fileApiError(error);
    }
    const blob = response.body ?? new Blob();
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
