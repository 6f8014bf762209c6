import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, type Signal } from '@angular/core';

import { ButtonDirective } from '../button/button.directive';

/**
 * What a form says after it tried to save, in the caller's own words (this component translates nothing):
 * - `saved` / `info`: a success or an informational sentence (role="status");
 * - `conflict`: someone else changed the record first — the API's message and a button to reload;
 * - `error`: the save was refused — the API's message.
 * The heading of `conflict` and `error` is left out where the caller has none.
 */
export type SaveFeedback =
  | { readonly kind: 'saved' | 'info'; readonly text: string }
  | {
      readonly kind: 'conflict';
      readonly heading?: string;
      readonly message: string;
      readonly reloadLabel: string;
    }
  | { readonly kind: 'error'; readonly heading?: string; readonly message: string };

/** The caller's words for a refusal; a heading left out is not shown. */
export interface RefusalTexts {
  readonly conflictHeading?: string;
  readonly reload: string;
  readonly errorHeading?: string;
}

/** A refused save as the component shows it: a conflict (stale version) with a reload button, or an error. */
export function refusalFeedback(
  refusal: { readonly kind: 'conflict' | 'error'; readonly message: string },
  texts: RefusalTexts,
): SaveFeedback {
  return refusal.kind === 'conflict'
    ? {
        kind: 'conflict',
        heading: texts.conflictHeading,
        message: refusal.message,
        reloadLabel: texts.reload,
      }
    : { kind: 'error', heading: texts.errorHeading, message: refusal.message };
}

/** Where a save's feedback comes from (a `SaveStatus` or a `FormState`): its wrapper's id and what it says. */
export interface SaveFeedbackSource {
  readonly feedbackId: string;
  readonly shownFeedback: Signal<SaveFeedback | null>;
}

/**
 * The outcome of a save as a Designsystemet alert inside a focusable wrapper (`feedbackId`, tabindex -1),
 * so the caller can move focus there once it has set the feedback. The wrapper is hidden while empty.
 * Content given between the tags is shown in the error alert below the message (e.g. the cells a file was refused
 * for); it is not shown with the other kinds. Given a `status` (a `SaveStatus`), the id and the feedback are its.
 */
@Component({
  selector: 'sb-save-feedback',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, NgTemplateOutlet],
  templateUrl: './save-feedback.component.html',
  styles: `
    :host {
      display: contents;
    }

    .sb-feedback:empty {
      display: none;
    }

    .sb-feedback:focus {
      outline: none;
    }
  `,
})
export class SaveFeedbackComponent {
  /** What to show; nothing while null or undefined. */
  readonly feedback = input<SaveFeedback | null | undefined>(null);
  /** The level of the alert's heading in the page's outline. */
  readonly headingLevel = input<2 | 3 | 4>(2);
  /** The id of the focusable wrapper (callers focus `#<feedbackId>`). */
  readonly feedbackId = input<string | undefined>(undefined);
  /** The save whose feedback this is (its `feedbackId` and `shownFeedback`), instead of the two inputs. */
  readonly status = input<SaveFeedbackSource | undefined>(undefined);
  /** The user asked to fetch the record again after a conflict. */
  readonly reload = output<void>();

  protected readonly wrapperId = computed(() => this.feedbackId() ?? this.status()?.feedbackId ?? null);
  protected readonly shown = computed(() => this.status()?.shownFeedback() ?? this.feedback());
}
