import type {
  CollaborationTier,
  LegalForm,
  MeasureShapeProblem,
  MeasureStatus,
  MobilisationRating,
  PoliticalAnchoringState,
  ServiceArea,
} from '@samarbeid/shared/domain';
import { measureShapeProblems } from '@samarbeid/shared/domain';

import type { Measure } from '../../dto/portfolio.types';

/**
 * What a change to a measure consists of, decided without the database: the row a new measure gets, the fields an
 * update changes, and whether the result is a valid measure. API rules; the shape rules are the shared domain's.
 */

/** The editable fields as a caller sends them: left out (undefined) keeps the value, null clears it. */
export interface MeasureFieldsInput {
  readonly title?: string;
  readonly description?: string;
  readonly networkId?: string;
  readonly serviceArea?: ServiceArea;
  readonly tier?: CollaborationTier;
  readonly legalForm?: LegalForm | null;
  readonly mobilisation?: MobilisationRating | null;
  readonly politicalAnchoring?: PoliticalAnchoringState;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly progressPercent?: number | null;
  readonly weight?: number | null;
  readonly parentId?: string | null;
}

const EDITABLE = [
  'title',
  'description',
  'networkId',
  'serviceArea',
  'tier',
  'legalForm',
  'mobilisation',
  'politicalAnchoring',
  'startDate',
  'endDate',
  'progressPercent',
  'weight',
  'parentId',
] as const satisfies readonly (keyof MeasureFieldsInput)[];

/** The fields an update writes: those the caller sent, in the order the input lists them. */
export type MeasureChanges = { -readonly [K in keyof MeasureFieldsInput]?: MeasureFieldsInput[K] };

/** What a write sets: changed fields, and the status when it moves. */
export type MeasureWrite = MeasureChanges & { status?: MeasureStatus };

/** A new measure as it is inserted (id, status history and version are the database's). */
export type NewMeasure = Omit<Measure, 'id' | 'version'>;

/** The changes an update input asks for: every editable field it sends, nothing else (not id, not version). */
export function measureChanges(input: MeasureFieldsInput): MeasureChanges {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && (EDITABLE as readonly string[]).includes(key)) changes[key] = value;
  }
  return changes;
}

/** The fields a new measure cannot do without. */
export type CompleteMeasureInput = MeasureFieldsInput &
  Required<Pick<MeasureFieldsInput, 'title' | 'networkId' | 'serviceArea' | 'tier'>>;

/** What a new measure needs from the caller before anything is looked up. */
export function isCompleteNewMeasure(input: MeasureFieldsInput): input is CompleteMeasureInput {
  return !!input.title && !!input.networkId && !!input.serviceArea && !!input.tier;
}

/** What a new measure is until the caller says otherwise: proposed, no dates, no political anchoring needed. */
export const NEW_MEASURE_DEFAULTS = {
  description: '',
  legalForm: null,
  status: 'PROPOSED',
  mobilisation: null,
  politicalAnchoring: 'NOT_NEEDED',
  startDate: null,
  endDate: null,
  progressPercent: null,
  weight: null,
  parentId: null,
} as const satisfies Partial<NewMeasure>;

/** A new measure: what the caller sent over the defaults. */
export function newMeasure(regionId: string, code: string, input: CompleteMeasureInput): NewMeasure {
  return {
    ...NEW_MEASURE_DEFAULTS,
    title: input.title,
    networkId: input.networkId,
    serviceArea: input.serviceArea,
    tier: input.tier,
    ...measureChanges(input),
    regionId,
    code,
  };
}

export type MeasureProblem = MeasureShapeProblem | 'PARENT_IS_SELF';

/**
 * The first thing wrong with a measure as it would be saved: its shape (legal form, dates), then a parent that is
 * itself. (Whether the parent is in the same region is for the caller to look up.)
 */
export function measureProblem(
  measure: Pick<Measure, 'tier' | 'legalForm' | 'startDate' | 'endDate' | 'parentId'>,
  selfId: string | null,
): MeasureProblem | null {
  const [shape] = measureShapeProblems(measure);
  if (shape) return shape;
  if (measure.parentId && measure.parentId === selfId) return 'PARENT_IS_SELF';
  return null;
}

/** A measure depends only on measures of its own region. */
export function dependencyProblem(
  measure: Pick<Measure, 'regionId'>,
  target: Pick<Measure, 'regionId'>,
): 'ACROSS_REGIONS' | null {
  return measure.regionId === target.regionId ? null : 'ACROSS_REGIONS';
}
