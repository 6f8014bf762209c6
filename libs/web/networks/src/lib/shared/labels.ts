import {
  type Labels,
  NETWORK_KIND_LABELS,
  type NetworkKind,
  SERVICE_AREA_LABELS,
  type ServiceArea,
} from '@samarbeid/shared/domain';
import type { Language, TranslationKey } from '@samarbeid/web/data-access';
import type { IndicatorDirection, NetworkRole, StrategyStatus } from '@samarbeid/web/graphql';

/** An enum value's label in `language`; the value itself if the API sent one the web app does not know. */
export function labelOf<T extends string>(labels: Labels<T>, value: T, language: Language): string {
  return labels[value]?.[language] ?? value;
}

export const networkKindLabel = (value: NetworkKind, language: Language) =>
  labelOf(NETWORK_KIND_LABELS, value, language);
export const serviceAreaLabel = (value: ServiceArea, language: Language) =>
  labelOf(SERVICE_AREA_LABELS, value, language);

export const STRATEGY_STATUS_LABELS: Readonly<Record<StrategyStatus, TranslationKey>> = {
  DRAFT: 'strategyStatus.DRAFT',
  CONSULTATION: 'strategyStatus.CONSULTATION',
  ADOPTED: 'strategyStatus.ADOPTED',
  ARCHIVED: 'strategyStatus.ARCHIVED',
};

export const NETWORK_ROLE_LABELS: Readonly<Record<NetworkRole, TranslationKey>> = {
  LEADER: 'networkRole.LEADER',
  MEMBER: 'networkRole.MEMBER',
  SECRETARY: 'networkRole.SECRETARY',
};

export const INDICATOR_DIRECTIONS: readonly IndicatorDirection[] = ['INCREASE', 'DECREASE', 'MAINTAIN'];

export const DIRECTION_LABELS: Readonly<Record<IndicatorDirection, TranslationKey>> = {
  INCREASE: 'indicatorDirection.INCREASE',
  DECREASE: 'indicatorDirection.DECREASE',
  MAINTAIN: 'indicatorDirection.MAINTAIN',
};
