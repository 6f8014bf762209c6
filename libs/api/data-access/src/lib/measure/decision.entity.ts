import type { DecisionBody } from '@samarbeid/shared/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';

import { NetworkEntity } from '../network/network.entity';
import { MunicipalityEntity } from '../region/municipality.entity';
import { RegionOwnedEntity } from '../region/region-owned.entity';
import { MeasureEntity } from './measure.entity';

/** A decision (vedtak) by KDU, a municipal council or a network. */
@Entity({ name: 'decision' })
@Index('ix_decision_region_date', ['regionId', 'decidedOn'])
export class DecisionEntity extends RegionOwnedEntity {
  @Column({ type: 'varchar', length: 32 })
  body!: DecisionBody;

  /** The council's municipality, when the body is a municipal council. */
  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity | null;

  /** The network, when the body is a network. */
  @Column({ type: 'uuid', name: 'network_id', nullable: true })
  networkId!: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity | null;

  @Column({ type: 'date', name: 'decided_on' })
  decidedOn!: string;

  /** Saksnummer, e.g. "KDU 12/26". */
  @Column({ type: 'varchar', length: 64, name: 'case_reference' })
  caseReference!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}

@Entity({ name: 'decision_measure' })
export class DecisionMeasureEntity {
  @Column({ type: 'uuid', name: 'decision_id', primary: true })
  decisionId!: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: DecisionEntity;

  @Index('ix_decision_measure_measure')
  @Column({ type: 'uuid', name: 'measure_id', primary: true })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;
}
