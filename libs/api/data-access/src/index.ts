import { AGREEMENT_ENTITIES } from './lib/agreements';
import { AuditEventEntity } from './lib/audit/audit-event.entity';
import { ECONOMICS_ENTITIES } from './lib/economics/economics.entity';
import { FOCUS_ENTITIES } from './lib/focus/focus.entity';
import { ImportJobEntity } from './lib/import/import-job.entity';
import { INDICATOR_ENTITIES } from './lib/indicators/indicator.entity';
import { MailOutboxEntity } from './lib/mail/mail-outbox.entity';
import { DecisionEntity, DecisionMeasureEntity } from './lib/measure/decision.entity';
import { GOVERNANCE_ENTITIES } from './lib/measure/governance.entity';
import { MeasureDependencyEntity, MeasureEntity, ParticipationEntity } from './lib/measure/measure.entity';
import { NetworkEntity, NetworkMemberEntity } from './lib/network/network.entity';
import { SELF_EVALUATION_ENTITIES } from './lib/network/self-evaluation.entity';
import { PLAN_ENTITIES } from './lib/plan/plan.entity';
import { PREPAREDNESS_ENTITIES } from './lib/preparedness/preparedness.entity';
import { PUBLISHING_ENTITIES } from './lib/publishing/publishing.entity';
import { RateLimitCounterEntity } from './lib/rate-limit/rate-limit-counter.entity';
import { REGION_ENTITIES } from './lib/region';
import { REPORTING_ENTITIES } from './lib/reporting/reporting.entity';
import {
  ActionPlanItemEntity,
  GoalIndicatorEntity,
  MeasureGoalEntity,
  StrategyEntity,
  StrategyGoalEntity,
} from './lib/strategy/strategy.entity';

export * from './lib/access/portfolio-access';
export * from './lib/agreements';
export * from './lib/audit/audit-event.entity';
export * from './lib/audit/audit-log';
export * from './lib/change-transactions';
export * from './lib/economics/economics.entity';
export * from './lib/focus/focus.entity';
export * from './lib/import/import-job.entity';
export * from './lib/import/import-job.types';
export * from './lib/import/import-jobs';
export * from './lib/import/json-stat';
export * from './lib/import/ssb-http';
export * from './lib/indicators/indicator.entity';
export * from './lib/mail/mail-delivery.worker';
export * from './lib/mail/mail-outbox';
export * from './lib/mail/mail-outbox.entity';
export * from './lib/measure/decision.entity';
export * from './lib/measure/economic-analysis';
export * from './lib/measure/governance.entity';
export * from './lib/measure/measure-attention.sql';
export * from './lib/measure/measure.entity';
export * from './lib/network/network.entity';
export * from './lib/network/self-evaluation.entity';
export * from './lib/notifications/notification.writer';
export * from './lib/notifications/scheduled-run';
export * from './lib/plan/plan.entity';
export * from './lib/preparedness/preparedness.entity';
export * from './lib/publishing/publishing.entity';
export * from './lib/rate-limit/rate-limit-counter.entity';
export * from './lib/rate-limit/rate-limit.storage';
export * from './lib/region';
export * from './lib/reporting/reporting.entity';
export * from './lib/strategy/strategy.entity';

/** Every entity: the one list the DataSource uses. */
export const ALL_ENTITIES = [
  ...REGION_ENTITIES,
  AuditEventEntity,
  NetworkEntity,
  NetworkMemberEntity,
  MeasureEntity,
  MeasureDependencyEntity,
  ParticipationEntity,
  DecisionEntity,
  DecisionMeasureEntity,
  StrategyEntity,
  StrategyGoalEntity,
  GoalIndicatorEntity,
  ActionPlanItemEntity,
  MeasureGoalEntity,
  ImportJobEntity,
  MailOutboxEntity,
  ...ECONOMICS_ENTITIES,
  ...AGREEMENT_ENTITIES,
  ...PREPAREDNESS_ENTITIES,
  RateLimitCounterEntity,
  ...INDICATOR_ENTITIES,
  ...REPORTING_ENTITIES,
  ...FOCUS_ENTITIES,
  ...GOVERNANCE_ENTITIES,
  ...PLAN_ENTITIES,
  ...PUBLISHING_ENTITIES,
  ...SELF_EVALUATION_ENTITIES,
];
