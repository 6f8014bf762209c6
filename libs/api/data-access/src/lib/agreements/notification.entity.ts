import type { NotificationKind } from '@samarbeid/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { MunicipalityEntity, MunicipalityRelation } from '../region/municipality.entity';
import { UuidEntity } from '../versioned.entity';
import { AgreementEntity } from './agreement.entity';

/**
 * A notification in the app (and, after commit, by e-mail). The recipient is either a user (identity-provider
 * subject) or a role in a municipality ("the municipal director of Flesberg"), whoever holds it when they read.
 */
@Entity({ name: 'notification' })
@Index('ix_notification_user', ['recipientUserId', 'createdAt'])
@Index('ix_notification_municipality', ['recipientMunicipality', 'recipientRole', 'createdAt'])
@Check(
  'ck_notification_recipient',
  `("recipient_user_id" IS NOT NULL AND "recipient_municipality" IS NULL AND "recipient_role" IS NULL)
   OR ("recipient_user_id" IS NULL AND "recipient_municipality" IS NOT NULL AND "recipient_role" IS NOT NULL)`,
)
export class NotificationEntity extends UuidEntity {
  @Column({ type: 'varchar', length: 255, name: 'recipient_user_id', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'char', length: 4, name: 'recipient_municipality', nullable: true })
  recipientMunicipality!: string | null;

  @MunicipalityRelation('recipient_municipality')
  municipality?: MunicipalityEntity | null;

  /** With a municipality: the role that receives it, e.g. 'municipal-director'. */
  @Column({ type: 'varchar', length: 32, name: 'recipient_role', nullable: true })
  recipientRole!: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 4000 })
  body!: string;

  /** A path in the web app, e.g. /avtaler/<id>. */
  @Column({ type: 'varchar', length: 300 })
  link!: string;

  @Index('ix_notification_agreement')
  @Column({ type: 'uuid', name: 'agreement_id', nullable: true })
  agreementId!: string | null;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;
}
