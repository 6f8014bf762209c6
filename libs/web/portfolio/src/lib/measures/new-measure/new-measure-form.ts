import type { TranslationKey } from '@samarbeid/web/data-access';
import type { CollaborationTier, CreateMeasureInput, LegalForm, ServiceArea } from '@samarbeid/web/graphql';
import { lastSegmentIn } from '@samarbeid/web/ui';

import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../measure-detail/overview/measure-form';

/** The new-measure form, as the inputs hold it (empty = not chosen). */
export interface NewMeasureValues {
  readonly code: string;
  readonly title: string;
  readonly networkId: string;
  readonly serviceArea: ServiceArea | '';
  readonly tier: CollaborationTier | '';
  readonly legalForm: LegalForm | '';
  readonly description: string;
}

export type NewMeasureField = keyof NewMeasureValues;
export type NewMeasureErrors = Partial<Record<NewMeasureField, TranslationKey>>;

/** The form's fields in page order (for the error summary). */
export const NEW_MEASURE_FIELDS: readonly NewMeasureField[] = [
  'code',
  'title',
  'networkId',
  'serviceArea',
  'tier',
  'legalForm',
  'description',
];

/** The API's rule for a measure code: 1–4 capital letters and 1–3 digits (T7, HO2). */
export const MEASURE_CODE = /^[A-ZÆØÅ]{1,4}\d{1,3}$/;

export function emptyNewMeasure(): NewMeasureValues {
  return {
    code: '',
    title: '',
    networkId: '',
    serviceArea: '',
    tier: '',
    legalForm: '',
    description: '',
  };
}

/** " t9 " → "T9": codes are written in capitals. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The API's rules, checked before anything is sent. */
export function validateNewMeasure(values: NewMeasureValues): NewMeasureErrors {
  const errors: NewMeasureErrors = {};
  const code = normaliseCode(values.code);
  if (!code) errors.code = 'newMeasure.error.codeRequired';
  else if (!MEASURE_CODE.test(code)) errors.code = 'newMeasure.error.codeFormat';
  const title = values.title.trim();
  if (!title) errors.title = 'measureForm.error.titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'measureForm.error.titleLength';
  if (!values.networkId) errors.networkId = 'newMeasure.error.network';
  if (!values.serviceArea) errors.serviceArea = 'newMeasure.error.serviceArea';
  if (!values.tier) errors.tier = 'newMeasure.error.tier';
  if (values.tier === 'STATUTORY' && !values.legalForm) {
    errors.legalForm = 'measureForm.error.legalFormRequired';
  }
  if (values.description.length > DESCRIPTION_MAX_LENGTH) {
    errors.description = 'measureForm.error.descriptionLength';
  }
  return errors;
}

/** What `createMeasure` gets; call only when the form is valid. A legal form only for a statutory tier. */
export function newMeasureInput(values: NewMeasureValues, regionSlug: string): CreateMeasureInput {
  return {
    regionSlug,
    code: normaliseCode(values.code),
    title: values.title.trim(),
    networkId: values.networkId,
    serviceArea: values.serviceArea as ServiceArea,
    tier: values.tier as CollaborationTier,
    ...(values.tier === 'STATUTORY' ? { legalForm: values.legalForm as LegalForm } : {}),
    description: values.description.trim(),
  };
}

/** A server field name (`title`, `input.title`) as a form field, when it is one. */
export const newMeasureFieldOf = lastSegmentIn(NEW_MEASURE_FIELDS);
