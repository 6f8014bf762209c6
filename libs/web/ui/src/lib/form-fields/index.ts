export * from './field-spec';
export * from './form-field.component';
export * from './form-fields.component';
