import { Column, Entity } from 'typeorm';

import { VersionedUuidEntity } from '../versioned.entity';

/** A collaboration region (samarbeidsregion), e.g. Kongsbergregionen. */
@Entity({ name: 'region' })
export class RegionEntity extends VersionedUuidEntity {
  /** Short, URL-safe name, unique in the installation: "kongsbergregionen". */
  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
