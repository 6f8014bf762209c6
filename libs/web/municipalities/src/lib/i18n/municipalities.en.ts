import type { municipalitiesNb } from './municipalities.nb';

/** English for the municipalities page and its import from SSB. */
export const municipalitiesEn: Readonly<Record<keyof typeof municipalitiesNb, string>> = {
  'municipalities.economicsHint':
    'Choose a municipality to see which measures it takes part in, what it pays and what it is to gain.',
  'municipalities.title': 'Municipalities',
  'municipalities.loading': 'Loading municipalities …',
  'municipalities.errorHeading': 'Could not load the municipalities',
  'municipalities.caption': 'Municipalities in {region}',
  'municipalities.col.number': 'Municipality no.',
  'municipalities.col.name': 'Municipality',
  'municipalities.col.population': 'Population',
  'municipalities.col.populationYear': 'Population 1 Jan {year}',
  'municipalities.count.one': '{count} municipality',
  'municipalities.count.other': '{count} municipalities',
  'municipalities.unknown': 'Unknown',
  'ssbImport.heading': 'Municipalities and population from SSB',
  'ssbImport.intro':
    'Fetches municipality names (KLASS 131) and population on 1 January (table 07459) from Statistics Norway. If the import fails, nothing is changed.',
  'ssbImport.start': 'Fetch municipalities and population from SSB',
  'ssbImport.running': 'Fetching from SSB …',
  'ssbImport.failedHeading': 'The import from SSB failed',
};
