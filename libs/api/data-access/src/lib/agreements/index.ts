import {
  AgreementApprovalEntity,
  AgreementEntity,
  AgreementVersionEntity,
  AgreementVersionPartyEntity,
} from './agreement.entity';
import { NotificationEntity } from './notification.entity';

export * from './agreement.entity';
export * from './notification.entity';

export const AGREEMENT_ENTITIES = [
  AgreementEntity,
  AgreementVersionEntity,
  AgreementVersionPartyEntity,
  AgreementApprovalEntity,
  NotificationEntity,
] as const;
