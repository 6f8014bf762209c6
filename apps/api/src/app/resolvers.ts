import { AGREEMENT_RESOLVERS } from '@samarbeid/api/agreements';
import { ECONOMICS_RESOLVERS } from '@samarbeid/api/economics';
import { FOCUS_RESOLVERS } from '@samarbeid/api/focus';
import { INDICATOR_RESOLVERS } from '@samarbeid/api/indicators';
import { OVERVIEW_RESOLVERS } from '@samarbeid/api/overview';
import { PLAN_RESOLVERS } from '@samarbeid/api/plan';
import { LIVE_RESOLVERS } from '@samarbeid/api/platform';
import { PORTFOLIO_RESOLVERS } from '@samarbeid/api/portfolio';
import { PREPAREDNESS_RESOLVERS } from '@samarbeid/api/preparedness';
import { PUBLISHING_RESOLVERS } from '@samarbeid/api/publishing';
import { REGION_RESOLVERS } from '@samarbeid/api/region';
import { REPORTING_RESOLVERS } from '@samarbeid/api/reporting';

/** Every resolver class, for building the schema file without starting the app. */
export const RESOLVERS = [
  ...REGION_RESOLVERS,
  ...PORTFOLIO_RESOLVERS,
  ...ECONOMICS_RESOLVERS,
  ...AGREEMENT_RESOLVERS,
  ...PREPAREDNESS_RESOLVERS,
  ...REPORTING_RESOLVERS,
  ...INDICATOR_RESOLVERS,
  ...OVERVIEW_RESOLVERS,
  ...FOCUS_RESOLVERS,
  ...PUBLISHING_RESOLVERS,
  ...PLAN_RESOLVERS,
  ...LIVE_RESOLVERS,
];
