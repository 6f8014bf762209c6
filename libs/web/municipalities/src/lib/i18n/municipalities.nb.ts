/** Norsk bokmål for the municipalities page (`/kommuner`) and its import from SSB. */
export const municipalitiesNb = {
  'municipalities.economicsHint':
    'Velg en kommune for å se hvilke tiltak den deltar i, hva den betaler og hva den skal hente.',
  'municipalities.title': 'Kommuner',
  'municipalities.loading': 'Laster kommuner …',
  'municipalities.errorHeading': 'Kunne ikke hente kommunene',
  'municipalities.caption': 'Kommuner i {region}',
  'municipalities.col.number': 'Kommunenr.',
  'municipalities.col.name': 'Kommune',
  'municipalities.col.population': 'Innbyggere',
  'municipalities.col.populationYear': 'Innbyggere 1.1.{year}',
  'municipalities.count.one': '{count} kommune',
  'municipalities.count.other': '{count} kommuner',
  'municipalities.unknown': 'Ukjent',
  'ssbImport.heading': 'Kommuner og folketall fra SSB',
  'ssbImport.intro':
    'Henter kommunenavn (KLASS 131) og folketall per 1. januar (tabell 07459) fra Statistisk sentralbyrå. Feiler importen, endres ingenting.',
  'ssbImport.start': 'Hent kommuner og folketall fra SSB',
  'ssbImport.running': 'Henter fra SSB …',
  'ssbImport.failedHeading': 'Importen fra SSB feilet',
} as const satisfies Record<string, string>;

// Makes these keys known to `t()` (see FeatureTranslationKeys).
declare module '@samarbeid/web/data-access' {
  interface FeatureTranslationKeys {
    municipalities: keyof typeof municipalitiesNb;
  }
}
