/**
 * The kinds of object the change log can be searched for: the `entityType` the audit records carry. A feature that
 * writes a new kind adds it here, and the web gives it a label.
 */
export const HISTORY_ENTITY_TYPES = [
  'measure',
  'decision',
  'strategy',
  'network',
  'agreement',
  'region_governance',
  'exercise',
  'follow_up_action',
  'preparedness_routine',
  'crisis_team_member',
  'indicator',
  'indicator_value',
  'focus_item',
  'focus_target',
  'focus_value',
  'plan_milestone',
  'plan_baseline',
  'plan_network_setting',
  'plan_calendar_feed',
  'publish_setting',
  'accessibility_statement',
  'public_feedback',
  'publish_preview',
  'reporting_period',
  'status_report',
  'frozen_report',
] as const;

export type HistoryEntityType = (typeof HISTORY_ENTITY_TYPES)[number];
