/** Norsk bokmål for the region's member municipalities over time (the secretariat's part of /kommuner). */
export const regionMembershipsNb = {
  'regionMemberships.heading': 'Medlemskommuner over tid',
  'regionMemberships.intro':
    'En kommune som blir med, ser regionens tiltak som «ikke avklart» og kan ta stilling til deltakelsen. En kommune som går ut, beholder historikken sin.',
  'regionMemberships.caption': 'Kommunenes medlemskap i regionen',
  'regionMemberships.col.municipality': 'Kommune',
  'regionMemberships.col.from': 'Med fra',
  'regionMemberships.col.to': 'Ute fra',
  'regionMemberships.col.action': 'Handling',
  'regionMemberships.ongoing': 'Er med',
  'regionMemberships.leave': 'Meld ut',
  'regionMemberships.leaveFor': 'Meld ut {name}',
  'regionMemberships.leaveQuestion': 'Melde {name} ut av regionen?',
  'regionMemberships.leaveMessage':
    'Kommunen er ikke lenger med fra i dag. Deltakelsen og historikken dens blir stående.',
  'regionMemberships.left': 'Kommunen er meldt ut.',
  'regionMemberships.leaveError': 'Kommunen ble ikke meldt ut',
  'regionMemberships.join': 'Meld inn en kommune',
  'regionMemberships.joinHeading': 'Ny medlemskommune',
  'regionMemberships.joining': 'Melder inn …',
  'regionMemberships.joined': 'Kommunen er meldt inn.',
  'regionMemberships.joinError': 'Kommunen ble ikke meldt inn',
  'regionMemberships.field.municipalityNumber': 'Kommunenummer',
  'regionMemberships.field.validFrom': 'Med fra og med',
  'regionMemberships.error.number': 'Kommunenummeret har fire sifre.',
  'regionMemberships.error.date': 'Skriv en dato.',
  'regionMemberships.loadError': 'Kunne ikke hente medlemskapene',
} as const;

// Makes these keys known to `t()` (see FeatureTranslationKeys).
declare module '@samarbeid/web/data-access' {
  interface FeatureTranslationKeys {
    regionMemberships: keyof typeof regionMembershipsNb;
  }
}
