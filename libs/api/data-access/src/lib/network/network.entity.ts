import type { NetworkKind, NetworkRole, ServiceArea } from '@samarbeid/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { VersionedRegionOwnedEntity } from '../region/region-owned.entity';
import { currentMembership } from '../region/region-queries';
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

  /** What the network or working group is set up to do. */
  @Column({ type: 'text', nullable: true })
  mandate!: string | null;

  /** A working group's planned end (a working group always has one). */
  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;

  /** The day the secretariat closed the network: from then on it has no members and nobody leads it. */
  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn!: string | null;
}

/**
 * A person's membership of a network over a period, representing a municipality, with a role. `userId` links to the
 * identity provider. Ending a membership sets `validTo` (the first day it no longer holds); nothing is deleted, so
 * the rows are the network's membership history. Only a membership in force today (`currentNetworkMember`) counts.
 */
@Entity({ name: 'network_member' })
@Index('ix_network_member_user', ['userId'])
@Unique('uq_network_member_user', ['networkId', 'userId', 'validFrom'])
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

  @Column({ type: 'date', name: 'valid_from', default: () => "('now'::text)::date" })
  validFrom!: string;

  /** The first day the membership no longer holds; null while it lasts. */
  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;
}

/**
 * SQL condition: the network_member row (optionally under `alias`) is in force today. Every check of who leads or
 * belongs to a network uses this, so a membership the secretariat ends stops counting at the next request.
 */
export const currentNetworkMember: (alias?: string) => string = currentMembership;
