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
];
