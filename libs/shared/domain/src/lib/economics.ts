import type { Labels } from './portfolio';

/**
 * The economics vocabulary (costs, distribution keys, benefits). Labels Norwegian bokmål first. The calculations
 * that need exact decimals live in the `allocation` entry point, so pages that only need labels stay small.
 */
export const COST_KINDS = ['ONE_OFF', 'RUNNING'] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const COST_KIND_LABELS: Labels<CostKind> = {
  ONE_OFF: { nb: 'Engangskostnad (pukkel)', en: 'One-off cost' },
  RUNNING: { nb: 'Løpende kostnad', en: 'Running cost' },
};

export const DISTRIBUTION_KEY_KINDS = [
  'EQUAL',
  'POPULATION',
  'FIXED_PLUS_POPULATION',
  'USAGE',
  'MANUAL',
] as const;
export type DistributionKeyKind = (typeof DISTRIBUTION_KEY_KINDS)[number];
export const DISTRIBUTION_KEY_LABELS: Labels<DistributionKeyKind> = {
  EQUAL: { nb: 'Likt', en: 'Equal' },
  POPULATION: { nb: 'Etter folketall', en: 'By population' },
  FIXED_PLUS_POPULATION: {
    nb: 'Fast andel likt, resten etter folketall',
    en: 'Fixed part equal, rest by population',
  },
  USAGE: { nb: 'Etter bruk', en: 'By usage' },
  MANUAL: { nb: 'Avtalte prosentandeler', en: 'Agreed percentages' },
};

/** Benefit types as DFØ's guidance names them. */
export const BENEFIT_TYPES = ['EFFICIENCY', 'QUALITY', 'OTHER_ACTORS'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export const BENEFIT_TYPE_LABELS: Labels<BenefitType> = {
  EFFICIENCY: { nb: 'Effektiviseringsgevinst', en: 'Efficiency gain' },
  QUALITY: { nb: 'Kvalitetsgevinst', en: 'Quality gain' },
  OTHER_ACTORS: { nb: 'Gevinst for andre aktører', en: 'Gain for other actors' },
};

/** How a benefit is measured: in kroner, in full-time equivalents (at a stated cost each), or by an indicator. */
export const BENEFIT_UNIT_KINDS = ['NOK', 'FTE', 'QUALITATIVE'] as const;
export type BenefitUnitKind = (typeof BENEFIT_UNIT_KINDS)[number];
export const BENEFIT_UNIT_LABELS: Labels<BenefitUnitKind> = {
  NOK: { nb: 'Kroner', en: 'Kroner' },
  FTE: { nb: 'Årsverk', en: 'Full-time equivalents' },
  QUALITATIVE: { nb: 'Kvalitativ', en: 'Qualitative' },
};

export const BENEFIT_STATUSES = ['GREEN', 'YELLOW', 'RED'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];
export const BENEFIT_STATUS_LABELS: Labels<BenefitStatus> = {
  GREEN: { nb: 'Grønn – i rute', en: 'Green – on track' },
  YELLOW: { nb: 'Gul – noe etter', en: 'Yellow – somewhat behind' },
  RED: { nb: 'Rød – klart etter', en: 'Red – clearly behind' },
};

/** The region's default thresholds: realised at least 90 % of planned is green, at least 70 % yellow. */
export const DEFAULT_BENEFIT_THRESHOLDS = { greenFromPercent: '90', yellowFromPercent: '70' } as const;
