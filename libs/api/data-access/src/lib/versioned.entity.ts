import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A class an entity mixin extends, abstract or not. TypeScript requires a mixin's base constructor to take `any[]`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntityBase = abstract new (...args: any[]) => object;

/**
 * Adds the columns of every editable aggregate to `Base`: when it was created and last changed, and the version that
 * optimistic locking compares (a stale version is refused with CONFLICT).
 */
export function Versioned<TBase extends EntityBase>(Base: TBase) {
  abstract class VersionedColumns extends Base {
    @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
    createdAt!: Date;

    @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
    updatedAt!: Date;

    @VersionColumn({ type: 'integer', default: 1 })
    version!: number;
  }
  return VersionedColumns;
}

/** What a mixin starts from when an entity has no other shared columns. */
abstract class EntityColumns {}

/** An editable aggregate with no other shared columns. */
export abstract class VersionedEntity extends Versioned(EntityColumns) {}

/** A row whose key is a uuid the database generates. */
export abstract class UuidEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
}

/** An editable aggregate keyed by a generated uuid. */
export abstract class VersionedUuidEntity extends Versioned(UuidEntity) {}
