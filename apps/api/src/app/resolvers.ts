import { AGREEMENT_RESOLVERS } from '@samarbeid/api/agreements';
import { ECONOMICS_RESOLVERS } from '@samarbeid/api/economics';
import { INDICATOR_RESOLVERS } from '@samarbeid/api/indicators';
import { PORTFOLIO_RESOLVERS } from '@samarbeid/api/portfolio';
import { PREPAREDNESS_RESOLVERS } from '@samarbeid/api/preparedness';
import { REGION_RESOLVERS } from '@samarbeid/api/region';

/** Every resolver class, for building the schema file without starting the app. */
export const RESOLVERS = [
  ...REGION_RESOLVERS,
  ...PORTFOLIO_RESOLVERS,
  ...ECONOMICS_RESOLVERS,
  ...AGREEMENT_RESOLVERS,
  ...PREPAREDNESS_RESOLVERS,
  ...INDICATOR_RESOLVERS,
];
