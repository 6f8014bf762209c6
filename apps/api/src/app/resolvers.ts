import { AGREEMENT_RESOLVERS } from '@samarbeid/api/agreements';
import { ECONOMICS_RESOLVERS } from '@samarbeid/api/economics';
import { PORTFOLIO_RESOLVERS } from '@samarbeid/api/portfolio';
import { REGION_RESOLVERS } from '@samarbeid/api/region';

/** Every resolver class, for building the schema file without starting the app. */
export const RESOLVERS = [
  ...REGION_RESOLVERS,
  ...PORTFOLIO_RESOLVERS,
  ...ECONOMICS_RESOLVERS,
  ...AGREEMENT_RESOLVERS,
];
