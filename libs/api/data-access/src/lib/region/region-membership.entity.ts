import { Column, Entity, Index, Unique } from 'typeorm';

import { MunicipalityEntity, MunicipalityRelation } from './municipality.entity';
import { RegionOwnedEntity } from './region-owned.entity';

/** A municipality's membership of a region over a period; `validTo` null means still a member. */
@Entity({ name: 'region_membership' })
@Unique('uq_region_membership_period', ['regionId', 'municipalityNumber', 'validFrom'])
export class RegionMembershipEntity extends RegionOwnedEntity {
  @Index('ix_region_membership_municipality')
  @Column({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity;

  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;
}
