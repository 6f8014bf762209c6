import { ErrorSummaryComponent } from './error-summary/error-summary.component';
import { FieldComponent, FieldControlDirective } from './field/field';
import { FormActionsComponent } from './form-actions/form-actions.component';
import { SaveFeedbackComponent } from './save-feedback/save-feedback.component';

/**
 * What a form is built from, for a component's `imports`: fields (`sb-field` with its `sbControl`), the error summary,
 * the buttons and the save feedback.
 */
export const FORM_KIT = [
  FieldComponent,
  FieldControlDirective,
  ErrorSummaryComponent,
  FormActionsComponent,
  SaveFeedbackComponent,
] as const;
