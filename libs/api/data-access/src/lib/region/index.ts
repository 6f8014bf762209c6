import { MunicipalityPopulationEntity } from './municipality-population.entity';
import { MunicipalityEntity } from './municipality.entity';
import { RegionMembershipEntity } from './region-membership.entity';
import { RegionEntity } from './region.entity';

export * from './region-queries';
export { MunicipalityEntity, MunicipalityPopulationEntity, RegionEntity, RegionMembershipEntity };

export const REGION_ENTITIES = [
  RegionEntity,
  MunicipalityEntity,
  RegionMembershipEntity,
  MunicipalityPopulationEntity,
] as const;
