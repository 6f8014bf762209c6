import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MunicipalityEntity } from './municipality.entity';

/** Population on 1 January of a year (SSB table 07459), with where the figure came from. */
@Entity({ name: 'municipality_population' })
@Check('ck_municipality_population_count', '"count" >= 0')
export class MunicipalityPopulationEntity {
  @PrimaryColumn({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'varchar', length: 200 })
  source!: string;
}
