import { ButtonDirective } from './button/button.directive';
import { ErrorSummaryComponent } from './error-summary/error-summary.component';
import { FieldComponent, FieldControlDirective } from './field/field';
import { FormActionsComponent } from './form-actions/form-actions.component';
import { FormFieldComponent, FormFieldsComponent } from './form-fields';
import { FieldFormComponent } from './form-state/field-form.component';
import { SaveFeedbackComponent } from './save-feedback/save-feedback.component';

/**
 * What a form is built from, for a component's `imports`: fields (`sb-field` with its `sbControl`, or described:
 * `sb-form-field`, `sb-form-fields`, a whole `sb-field-form`), the error summary, the buttons (and `sbButton` for others) and the save feedback.
 */
export const FORM_KIT = [
  FieldComponent,
  FieldControlDirective,
  FormFieldComponent,
  FormFieldsComponent,
  FieldFormComponent,
  ErrorSummaryComponent,
  FormActionsComponent,
  SaveFeedbackComponent,
  ButtonDirective,
] as const;
