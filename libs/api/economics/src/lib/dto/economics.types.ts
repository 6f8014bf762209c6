/** The economics object types (and enums), one import for resolvers, services and mappers. */
export * from './benefit.types';
export * from './cost.types';
export * from './economics.enums';
export * from './overview.types';
export { MunicipalityRef, YearAmount } from './shared.types';
