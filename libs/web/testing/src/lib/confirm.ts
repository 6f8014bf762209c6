import type { Provider } from '@angular/core';

/**
 * Provides `service` (the kit's ConfirmService, which this library may not import) as one that answers every
 * question with `answer` at once; `asked` holds the headings it was asked, in order.
 */
export function answeringConfirm(
  service: abstract new (...args: never[]) => unknown,
  answer = true,
): { readonly asked: string[]; readonly provider: Provider } {
  const asked: string[] = [];
  const ask = (question: { readonly heading: string }) => {
    asked.push(question.heading);
    return Promise.resolve(answer);
  };
  return { asked, provider: { provide: service, useValue: { ask } } };
}
