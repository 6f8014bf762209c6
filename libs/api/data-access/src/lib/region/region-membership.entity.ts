import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { MunicipalityEntity } from './municipality.entity';
import { RegionEntity } from './region.entity';

/** A municipality's membership of a region over a period; `validTo` null means still a member. */
@Entity({ name: 'region_membership' })
@Unique('uq_region_membership_period', ['regionId', 'municipalityNumber', 'validFrom'])
export class RegionMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Index('ix_region_membership_municipality')
  @Column({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;
}
