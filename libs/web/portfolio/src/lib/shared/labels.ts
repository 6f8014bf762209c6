import {
  COLLABORATION_TIER_LABELS,
  type CollaborationTier,
  type Labels,
  MEASURE_STATUS_LABELS,
  type MeasureStatus,
  MOBILISATION_LABELS,
  type MobilisationRating,
  PARTICIPATION_LABELS,
  type ParticipationState,
  SERVICE_AREA_LABELS,
  type ServiceArea,
} from '@samarbeid/shared/domain';
import type { Language } from '@samarbeid/web/data-access';

/** An enum value's label in `language`; the value itself if the API sent one the web app does not know. */
export function labelOf<T extends string>(labels: Labels<T>, value: T, language: Language): string {
  return labels[value]?.[language] ?? value;
}

export const serviceAreaLabel = (value: ServiceArea, language: Language) =>
  labelOf(SERVICE_AREA_LABELS, value, language);
export const tierLabel = (value: CollaborationTier, language: Language) =>
  labelOf(COLLABORATION_TIER_LABELS, value, language);
export const statusLabel = (value: MeasureStatus, language: Language) =>
  labelOf(MEASURE_STATUS_LABELS, value, language);
export const participationLabel = (value: ParticipationState, language: Language) =>
  labelOf(PARTICIPATION_LABELS, value, language);

/** "Grønn" / "Green": the colour word of a mobilisation rating (the full label explains it). */
export function mobilisationShortLabel(value: MobilisationRating, language: Language): string {
  return labelOf(MOBILISATION_LABELS, value, language).split(' – ')[0];
}

/** Designsystemet colour of a mobilisation rating; always shown together with its text. */
export const MOBILISATION_COLORS: Readonly<Record<MobilisationRating, string>> = {
  GREEN: 'success',
  YELLOW: 'warning',
  RED: 'danger',
};
