import { MeasureEntity } from '@samarbeid/api/data-access';

import { Measure } from '../dto/portfolio.types';

export function toMeasure(entity: MeasureEntity): Measure {
  return {
    id: entity.id,
    regionId: entity.regionId,
    code: entity.code,
    title: entity.title,
    description: entity.description,
    networkId: entity.networkId,
    serviceArea: entity.serviceArea,
    tier: entity.tier,
    legalForm: entity.legalForm,
    status: entity.status,
    mobilisation: entity.mobilisation,
    politicalAnchoring: entity.politicalAnchoring,
    startDate: entity.startDate,
    endDate: entity.endDate,
    progressPercent: entity.progressPercent,
    weight: entity.weight,
    parentId: entity.parentId,
    version: entity.version,
  };
}

/** What the history keeps of a measure: its fields, without bookkeeping timestamps. */
export function measureSnapshot(measure: Measure): Record<string, unknown> {
  return { ...measure };
}
