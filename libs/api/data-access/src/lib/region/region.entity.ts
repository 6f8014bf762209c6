import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { VersionedEntity } from '../versioned.entity';

/** A collaboration region (samarbeidsregion), e.g. Kongsbergregionen. */
@Entity({ name: 'region' })
export class RegionEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short, URL-safe name, unique in the installation: "kongsbergregionen". */
  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
