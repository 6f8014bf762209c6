import type { TranslationKey } from '@samarbeid/web/data-access';
import type {
  CollaborationTier,
  LegalForm,
  MobilisationRating,
  PoliticalAnchoring,
  UpdateMeasureInput,
} from '@samarbeid/web/graphql';
import { lastSegmentIn } from '@samarbeid/web/ui';

import type { MeasureDetail } from '../measure-detail-context';

/** The overview's edit form, as strings the inputs hold (empty = not set). */
export interface MeasureFormValues {
  readonly title: string;
  readonly description: string;
  readonly tier: CollaborationTier;
  readonly legalForm: LegalForm | '';
  readonly mobilisation: MobilisationRating | '';
  readonly politicalAnchoring: PoliticalAnchoring;
  readonly startDate: string;
  readonly endDate: string;
  readonly progressPercent: string;
}

/** The form before the measure has loaded. */
export const EMPTY_MEASURE_FORM: MeasureFormValues = {
  title: '',
  description: '',
  tier: 'NETWORK',
  legalForm: '',
  mobilisation: '',
  politicalAnchoring: 'NOT_NEEDED',
  startDate: '',
  endDate: '',
  progressPercent: '',
};

export type MeasureFormField = keyof MeasureFormValues;
export type MeasureFormErrors = Partial<Record<MeasureFormField, TranslationKey>>;
export type MeasureChanges = Omit<UpdateMeasureInput, 'id' | 'version'>;

/** The form's fields in page order (for the error summary). */
export const MEASURE_FORM_FIELDS: readonly MeasureFormField[] = [
  'title',
  'description',
  'tier',
  'legalForm',
  'mobilisation',
  'politicalAnchoring',
  'startDate',
  'endDate',
  'progressPercent',
];

export const TITLE_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 10_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formValuesOf(measure: MeasureDetail): MeasureFormValues {
  return {
    title: measure.title,
    description: measure.description,
    tier: measure.tier,
    legalForm: measure.legalForm ?? '',
    mobilisation: measure.mobilisation ?? '',
    politicalAnchoring: measure.politicalAnchoring,
    startDate: measure.startDate ?? '',
    endDate: measure.endDate ?? '',
    progressPercent: measure.progressPercent === null ? '' : String(measure.progressPercent),
  };
}

/** The same rules as the API, so that most mistakes are caught before anything is sent. */
export function validateMeasureForm(values: MeasureFormValues): MeasureFormErrors {
  const errors: MeasureFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'measureForm.error.titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'measureForm.error.titleLength';
  if (values.description.length > DESCRIPTION_MAX_LENGTH) {
    errors.description = 'measureForm.error.descriptionLength';
  }
  if (values.tier === 'STATUTORY' && !values.legalForm)
    errors.legalForm = 'measureForm.error.legalFormRequired';
  if (values.startDate && !ISO_DATE.test(values.startDate)) errors.startDate = 'measureForm.error.date';
  if (values.endDate && !ISO_DATE.test(values.endDate)) errors.endDate = 'measureForm.error.date';
  else if (values.startDate && values.endDate && values.endDate < values.startDate) {
    errors.endDate = 'measureForm.error.endBeforeStart';
  }
  const progress = values.progressPercent.trim();
  if (progress && (!/^\d{1,3}$/.test(progress) || Number(progress) > 100)) {
    errors.progressPercent = 'measureForm.error.progress';
  }
  return errors;
}

/** Only what the user changed (the API keeps fields left out); a non-statutory tier clears the legal form. */
export function measureChanges(measure: MeasureDetail, values: MeasureFormValues): MeasureChanges {
  const changes: { -readonly [K in keyof MeasureChanges]: MeasureChanges[K] } = {};
  const title = values.title.trim();
  if (title !== measure.title) changes.title = title;
  if (values.description !== measure.description) changes.description = values.description;
  if (values.tier !== measure.tier) changes.tier = values.tier;
  const legalForm = values.tier === 'STATUTORY' ? values.legalForm || null : null;
  if (legalForm !== measure.legalForm) changes.legalForm = legalForm;
  const mobilisation = values.mobilisation || null;
  if (mobilisation !== measure.mobilisation) changes.mobilisation = mobilisation;
  if (values.politicalAnchoring !== measure.politicalAnchoring) {
    changes.politicalAnchoring = values.politicalAnchoring;
  }
  const startDate = values.startDate || null;
  if (startDate !== measure.startDate) changes.startDate = startDate;
  const endDate = values.endDate || null;
  if (endDate !== measure.endDate) changes.endDate = endDate;
  const progress = values.progressPercent.trim() === '' ? null : Number(values.progressPercent);
  if (progress !== measure.progressPercent) changes.progressPercent = progress;
  return changes;
}

/** A server field name (`title`, `input.title`) as a form field, when it is one. */
export const formFieldOf = lastSegmentIn(MEASURE_FORM_FIELDS);
