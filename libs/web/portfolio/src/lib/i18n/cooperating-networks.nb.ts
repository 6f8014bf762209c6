/** Norsk bokmål for a measure's co-operating networks on its page (steering document). */
export const cooperatingNetworksNb = {
  'cooperating.heading': 'Samarbeidende nettverk',
  'cooperating.intro': 'Nettverk som samarbeider om tiltaket i tillegg til nettverket som eier det.',
  'cooperating.none': 'Ingen samarbeidende nettverk.',
  'cooperating.remove': 'Fjern',
  'cooperating.removeName': 'Fjern {name}',
  'cooperating.removed': 'Nettverket er fjernet.',
  'cooperating.add': 'Legg til',
  'cooperating.adding': 'Legger til …',
  'cooperating.added': 'Nettverket er lagt til.',
  'cooperating.field': 'Legg til et samarbeidende nettverk',
  'cooperating.choose': 'Velg nettverk …',
  'cooperating.required': 'Velg et nettverk.',
  'cooperating.errorHeading': 'De samarbeidende nettverkene ble ikke endret',
} as const;

// Makes these keys known to `t()` (see FeatureTranslationKeys).
declare module '@samarbeid/web/data-access' {
  interface FeatureTranslationKeys {
    portfolioCooperating: keyof typeof cooperatingNetworksNb;
  }
}
