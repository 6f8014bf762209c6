import { Column, JoinColumn, ManyToOne } from 'typeorm';

import { UuidEntity, Versioned } from '../versioned.entity';
import { RegionEntity } from './region.entity';

/** What every row a region owns has: a uuid key, and the region, whose deletion takes the row with it. */
export abstract class RegionOwnedEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
}

/** An editable aggregate a region owns (a measure, a network, an agreement): the region's columns and a version. */
export abstract class VersionedRegionOwnedEntity extends Versioned(RegionOwnedEntity) {}
