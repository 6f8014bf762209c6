import { firstValueFrom, type Observable } from 'rxjs';

import type { I18nService } from '../i18n/i18n.service';
import { toApiError } from './api-error';
import { errorText } from './mutation';

/**
 * A GraphQL answer about a long job (an import's start or its progress) as a step of the UI kit's
 * `sb-job-progress`: the job, or the API's refusal as a sentence in the user's language. Never rejects.
 */
export async function jobStep<T, J>(
  request: Observable<{ readonly data?: T | null; readonly error?: unknown }>,
  pick: (data: T) => J | null | undefined,
  i18n: I18nService,
): Promise<{ readonly job: J } | { readonly refused: string }> {
  try {
    const result = await firstValueFrom(request);
    const job = result.data ? pick(result.data) : undefined;
    if (result.error || !job) return { refused: errorText(toApiError(result.error), i18n) };
    return { job };
  } catch (error: unknown) {
    return { refused: errorText(toApiError(error), i18n) };
  }
}
