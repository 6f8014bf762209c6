export * from './field-form.component';
export * from './field-rows';
export * from './form-state';
export * from './opening-form.component';
