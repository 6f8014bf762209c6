import { DecisionEntity } from '@samarbeid/api/data-access';

import { Decision } from '../dto/portfolio.types';

export function toDecision(entity: DecisionEntity): Decision {
  return {
    id: entity.id,
    regionId: entity.regionId,
    body: entity.body,
    municipalityNumber: entity.municipalityNumber,
    networkId: entity.networkId,
    decidedOn: entity.decidedOn,
    caseReference: entity.caseReference,
    title: entity.title,
    text: entity.text,
  };
}
