/**
 * Publishing (the public steering site, decisions/0017): the sections a region may publish, one switch each, and the
 * accessibility statement's conformance levels. Nothing is public by default.
 */
import type { Labels } from './portfolio';

export const PUBLIC_SECTIONS = [
  'PORTFOLIO',
  'DECISIONS',
  'PARTICIPATION',
  'SAVINGS',
  'FOCUS',
  'INDICATORS',
  'PLAN',
  'REPORTS',
] as const;
export type PublicSection = (typeof PUBLIC_SECTIONS)[number];

export const PUBLIC_SECTION_LABELS: Labels<PublicSection> = {
  PORTFOLIO: { nb: 'Tiltak med status og framdrift', en: 'Measures with status and progress' },
  DECISIONS: { nb: 'Vedtak', en: 'Decisions' },
  PARTICIPATION: {
    nb: 'Kommunenes deltakelse og kostnadsandeler',
    en: "Municipalities' participation and cost shares",
  },
  SAVINGS: { nb: 'Innsparing: krav, planlagt og realisert', en: 'Savings: required, planned and realised' },
  FOCUS: { nb: 'Fokusposter', en: 'Focus items' },
  INDICATORS: { nb: 'Indikatorer', en: 'Indicators' },
  PLAN: { nb: 'Gjennomføringsplan', en: 'Implementation plan' },
  REPORTS: { nb: 'Fastfrosne rapporter', en: 'Frozen reports' },
};

/**
 * Sections that cannot be switched on yet, because the feature behind them does not exist in this installation
 * (the implementation plan). The setting is kept, and stays off.
 */
export const UNAVAILABLE_PUBLIC_SECTIONS: readonly PublicSection[] = ['PLAN'];

export function isPublicSection(value: string): value is PublicSection {
  return (PUBLIC_SECTIONS as readonly string[]).includes(value);
}

/** WCAG 2.1 AA conformance as Digdir's statement structure names it. */
export const CONFORMANCE_LEVELS = ['FULL', 'PARTIAL', 'NONE'] as const;
export type ConformanceLevel = (typeof CONFORMANCE_LEVELS)[number];
export const CONFORMANCE_LABELS: Labels<ConformanceLevel> = {
  FULL: { nb: 'Oppfyller kravene', en: 'Fully conformant' },
  PARTIAL: { nb: 'Oppfyller kravene delvis', en: 'Partially conformant' },
  NONE: { nb: 'Oppfyller ikke kravene', en: 'Not conformant' },
};
