import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A collaboration region (samarbeidsregion), e.g. Kongsbergregionen. */
@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short, URL-safe name, unique in the installation: "kongsbergregionen". */
  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
