import reference from './data/kongsbergregionen-2035.json';

/** Demo regions built from the reference data (copied from Kongsbergregionen's "Tjenesteutvikling 2035"). */
export interface DemoRegion {
  readonly slug: string;
  readonly name: string;
  readonly members: readonly { number: string; name: string; population?: number }[];
}

export const DEMO_POPULATION_YEAR = 2025;
export const DEMO_POPULATION_SOURCE = 'Demoverdi (omtrentlig), 1.1.2025 – importer fra SSB tabell 07459';
/** Memberships are dated from the 2024 renumbering of the municipalities. */
export const DEMO_MEMBERSHIP_FROM = '2024-01-01';

/** The demo region that holds Øvre Eiker's published masterplan, apart from Kongsbergregionen (reference-seed.ts). */
export const REFERENCE_REGION = {
  slug: 'ovre-eiker',
  name: 'Øvre Eiker (referanseplan)',
  municipality: { number: '3314', name: 'Øvre Eiker', population: 20300 },
} as const;

export const DEMO_REGIONS: readonly DemoRegion[] = [
  {
    slug: reference.region.slug,
    name: reference.region.name,
    members: reference.municipalities.kongsbergregionen.map((m) => ({
      number: m.number,
      name: m.name,
      population: m.population2025,
    })),
  },
  {
    slug: 'hallingdal',
    name: 'Hallingdal',
    members: reference.municipalities.hallingdal.members.map((m) => ({ number: m.number, name: m.name })),
  },
  {
    slug: REFERENCE_REGION.slug,
    name: REFERENCE_REGION.name,
    members: [REFERENCE_REGION.municipality],
  },
];
