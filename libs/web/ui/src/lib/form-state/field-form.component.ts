import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  type Signal,
} from '@angular/core';

import { type FieldProblem, ErrorSummaryComponent } from '../error-summary/error-summary.component';
import { FormActionsComponent } from '../form-actions/form-actions.component';
import { type FieldChange, type FieldRows, FormFieldsComponent } from '../form-fields';
import { type SaveFeedback, SaveFeedbackComponent } from '../save-feedback/save-feedback.component';
import type { FormTexts } from './form-state';

/** What `sb-field-form` reads of its form's state (a `FormState` with `rows`, `texts` and `save`). */
export interface FieldFormState {
  readonly values: Signal<object>;
  readonly errors: Signal<Readonly<Record<string, string | undefined>>>;
  readonly problems: Signal<readonly FieldProblem[]>;
  readonly rows: Signal<FieldRows>;
  readonly texts: Signal<FormTexts>;
  readonly shownFeedback: Signal<SaveFeedback | null>;
  readonly saving: Signal<boolean>;
  readonly summaryId: string;
  readonly feedbackId: string;
  change(change: FieldChange): void;
  submit(event: Event): Promise<void>;
}

/**
 * A whole form of described fields, laid out as every form of the app is: what the caller gives between the tags
 * (its heading, an intro), the save feedback, the error summary, the fields and the buttons, all from its `form`
 * (a `FormState`): the fields show its values and errors and change it, the summary lists its problems, the texts
 * are its `texts`, and submitting it is its `submit` (busy while sent).
 *
 * ```html
 * <sb-field-form [form]="form" labelledBy="x-heading" cancellable (cancelled)="close()">
 *   <h2 class="ds-heading" data-size="sm" id="x-heading">{{ t('x.heading') }}</h2>
 * </sb-field-form>
 * ```
 */
@Component({
  selector: 'sb-field-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummaryComponent, FormActionsComponent, FormFieldsComponent, SaveFeedbackComponent],
  template: `
    @let state = form();
    @let texts = state.texts();
    <form class="sb-form" novalidate [attr.aria-labelledby]="labelledBy()" (submit)="submit($event)">
      <ng-content />
      @if (!feedbackOutside()) {
        <sb-save-feedback [status]="state" [headingLevel]="headingLevel()" />
      }
      <sb-error-summary
        [summaryId]="state.summaryId"
        [heading]="texts.errorSummary"
        [headingLevel]="headingLevel()"
        [problems]="state.problems()"
      />
      <sb-form-fields
        [rows]="state.rows()"
        [values]="state.values()"
        [errors]="state.errors()"
        (valueChange)="state.change($event)"
      />
      <sb-form-actions
        [submitLabel]="texts.submit ?? ''"
        [busyLabel]="texts.busy"
        [busy]="state.saving()"
        [cancellable]="cancellable()"
        (cancelled)="cancelled.emit()"
      />
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class FieldFormComponent {
  readonly form = input.required<FieldFormState>();
  /** The save feedback is shown by the caller elsewhere (it outlives the form), not inside it. */
  readonly feedbackOutside = input(false, { transform: booleanAttribute });
  /** The level of the feedback's and the error summary's headings. */
  readonly headingLevel = input<2 | 3 | 4>(3);
  /** The id of the form's heading (its accessible name). */
  readonly labelledBy = input<string | null | undefined>(undefined);
  readonly cancellable = input(false, { transform: booleanAttribute });
  readonly cancelled = output<void>();

  protected submit(event: Event): void {
    this.form()
      .submit(event)
      .catch((error: unknown) => console.error('The form could not be sent', error));
  }
}
