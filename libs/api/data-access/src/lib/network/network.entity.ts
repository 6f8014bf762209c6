import type { NetworkKind, NetworkRole, ServiceArea } from '@samarbeid/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { VersionedRegionOwnedEntity } from '../region/region-owned.entity';
import { UuidEntity } from '../versioned.entity';

/** A network in a region: the steering committee (KDU), a leader network, a professional network, a working group. */
@Entity({ name: 'network' })
@Unique('uq_network_key', ['regionId', 'key'])
export class NetworkEntity extends VersionedRegionOwnedEntity {
  /** Short key unique in the region, e.g. "TEKNISK". */
  @Column({ type: 'varchar', length: 32 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NetworkKind;

  @Column({ type: 'varchar', length: 32, name: 'service_area' })
  serviceArea!: ServiceArea;

  @Index('ix_network_parent')
  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: NetworkEntity | null;
}

/** A person in a network, representing a municipality, with a role. `userId` links to the identity provider. */
@Entity({ name: 'network_member' })
@Index('ix_network_member_user', ['userId'])
@Unique('uq_network_member_user', ['networkId', 'userId'])
export class NetworkMemberEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  /** Subject at the identity provider, when the person has a user. */
  @Column({ type: 'varchar', length: 255, name: 'user_id', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'person_name' })
  personName!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @Column({ type: 'varchar', length: 16 })
  role!: NetworkRole;
}
