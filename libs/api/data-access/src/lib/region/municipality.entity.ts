import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A municipality (kommune), identified by its current 4-digit number in SSB's KLASS 131. */
@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'char', length: 4 })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * The relation to the municipality whose number is in `column`: a municipality that rows refer to cannot be
 * deleted, and a new number (a KLASS change) carries over to them.
 */
export function MunicipalityRelation(column = 'municipality_number'): PropertyDecorator {
  const relation = ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' });
  const join = JoinColumn({ name: column });
  return (target, property) => {
    relation(target, property);
    join(target, property);
  };
}
