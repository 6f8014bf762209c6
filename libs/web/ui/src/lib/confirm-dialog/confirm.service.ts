import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ApplicationRef,
  createComponent,
  EnvironmentInjector,
  inject,
  Injectable,
} from '@angular/core';

import { ConfirmDialogComponent } from './confirm-dialog.component';

/** A question for {@link ConfirmService}: the heading and, if wanted, a sentence on what happens and the buttons' words. */
export interface ConfirmQuestion {
  readonly heading: string;
  readonly message?: string;
  readonly confirmLabel?: string;
  readonly cancelLabel?: string;
  /** The confirmed action destroys or ends something: the confirm button is red. */
  readonly danger?: boolean;
}

/**
 * Asks a question in `sb-confirm-dialog` from code that has no template of its own (a route guard): the dialog is
 * added to the page, asks, and goes again once answered, with the focus back where it was.
 */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly appRef = inject(ApplicationRef);
  private readonly environment = inject(EnvironmentInjector);
  private readonly document = inject(DOCUMENT);

  /** True when the user confirms; false when they cancel (the cancel button or Escape). */
  ask(question: ConfirmQuestion): Promise<boolean> {
    const host = this.document.body.appendChild(this.document.createElement('div'));
    const dialog = createComponent(ConfirmDialogComponent, {
      environmentInjector: this.environment,
      hostElement: host,
    });
    dialog.setInput('heading', question.heading);
    dialog.setInput('message', question.message);
    dialog.setInput('confirmLabel', question.confirmLabel);
    dialog.setInput('cancelLabel', question.cancelLabel);
    dialog.setInput('danger', question.danger ?? false);
    this.appRef.attachView(dialog.hostView);
    dialog.setInput('open', true);

    return new Promise((resolve) => {
      let answered = false;
      const answer = (confirmed: boolean) => {
        if (answered) return;
        answered = true;
        dialog.setInput('open', false);
        // The dialog closes (and gives the focus back) as it renders; it is removed after that.
        afterNextRender(
          {
            read: () => {
              this.appRef.detachView(dialog.hostView);
              dialog.destroy();
              host.remove();
            },
          },
          { injector: this.environment },
        );
        resolve(confirmed);
      };
      dialog.instance.confirmed.subscribe(() => answer(true));
      dialog.instance.cancelled.subscribe(() => answer(false));
    });
  }
}
