/** Norsk bokmål for the economics pages, `/okonomi` and `/okonomi/kommuner/:number`. */
export const economicsPagesNb = {
  'economicsPages.none': 'ingen',
  'economicsPages.unknown': 'ukjent',
  'economicsPages.notSet': 'ikke satt',
  'economicsPages.col.year': 'År',
  'economicsPages.col.measure': 'Tiltak',
  'economicsPages.col.required': 'Krav',
  'economicsPages.col.planned': 'Planlagt',
  'economicsPages.col.realised': 'Realisert',
  'economicsPages.col.plannedGap': 'Avvik mot plan',
  'economicsPages.col.realisedGap': 'Avvik realisert',
  'economicsPages.col.costs': 'Kostnader',
  'economicsPages.col.plannedGain': 'Planlagt gevinst',
  'economicsPages.col.realisedGain': 'Realisert gevinst',
  'economicsPages.col.pays': 'Betaler',
  'economicsPages.col.earns': 'Inntekter',
  'economicsPages.col.measureCount': 'Tiltak med tall',
  'economicsPages.gap.short': '{amount} (mangler)',
  'economicsPages.gap.over': '+{amount} (over kravet)',
  'economicsPages.gap.even': '{amount} (som kravet)',

  'economicsPages.region.title': 'Økonomi',
  'economicsPages.region.heading': 'Økonomi i {region}',
  'economicsPages.region.intro':
    'Regionens krav til nedtrekk per år mot gevinstene tiltakene har planlagt og realisert, og hva tiltakene koster.',
  'economicsPages.region.loading': 'Laster økonomien …',
  'economicsPages.region.errorHeading': 'Kunne ikke hente økonomien',
  'economicsPages.gap.heading': 'Nedtrekk mot plan og realisert',
  'economicsPages.gap.explanation':
    'Avvik er planlagt eller realisert gevinst minus kravet. Et negativt avvik (med minustegn) er et gap som ennå mangler dekning.',
  'economicsPages.gap.caption': 'Krav, planlagt og realisert nedtrekk per år',
  'economicsPages.gap.empty': 'Det er ikke satt krav og ikke planlagt gevinster i kroner ennå.',
  'economicsPages.chart.label':
    'Søylediagram: krav, planlagt og realisert nedtrekk per år, {years}. Planen dekker kravet i {covered} av {count} år. Alle tall står i tabellen over.',
  'economicsPages.chart.required': 'Krav (helfarget)',
  'economicsPages.chart.planned': 'Planlagt (skravert)',
  'economicsPages.chart.realised': 'Realisert (prikket)',
  'economicsPages.thresholds.heading': 'Statusgrenser for gevinster',
  'economicsPages.thresholds.summary': 'Grønn fra {green} %, gul fra {yellow} %.',
  'economicsPages.thresholds.explanation': 'Status for en gevinst følger av realisert som andel av planlagt:',
  'economicsPages.measures.heading': 'Tiltak med kostnader og gevinster',
  'economicsPages.measures.caption': 'Kostnader, planlagte og realiserte gevinster per tiltak og år',
  'economicsPages.measures.empty': 'Ingen tiltak har kostnader eller gevinster ennå.',
  'economicsPages.measures.noFigures': 'Ingen tall per år ennå',

  'economicsPages.edit.heading': 'Endre krav og statusgrenser',
  'economicsPages.edit.saving': 'Lagrer …',
  'economicsPages.edit.refused': 'Endringen ble ikke lagret',
  'economicsPages.requirements.heading': 'Krav til nedtrekk per år',
  'economicsPages.requirements.intro':
    'Kravene gjelder hele regionen og erstatter de som er lagret. Har regionen ikke satt krav for et år, brukes summen av kommunenes krav.',
  'economicsPages.requirements.row': 'Krav {n}',
  'economicsPages.requirements.year': 'År',
  'economicsPages.requirements.amount': 'Beløp i kroner',
  'economicsPages.requirements.amountHint': 'F.eks. 1 250 000 eller 1 250 000,50',
  'economicsPages.requirements.add': 'Legg til år',
  'economicsPages.requirements.removeYear': 'kravet for {year}',
  'economicsPages.requirements.removeRow': 'krav {n}',
  'economicsPages.requirements.empty': 'Ingen krav. Lagrer du nå, fjernes regionens krav.',
  'economicsPages.requirements.save': 'Lagre kravene',
  'economicsPages.requirements.saved': 'Kravene er lagret.',
  'economicsPages.requirements.yearInvalid': 'Skriv et årstall fra 2000 til 2100.',
  'economicsPages.requirements.yearDuplicate': 'Året står flere ganger.',
  'economicsPages.requirements.amountInvalid':
    'Skriv et beløp i hele kroner eller med høyst to desimaler, f.eks. 1 250 000.',
  'economicsPages.thresholdsForm.heading': 'Statusgrenser',
  'economicsPages.thresholdsForm.green': 'Grønn fra (prosent av planlagt)',
  'economicsPages.thresholdsForm.yellow': 'Gul fra (prosent av planlagt)',
  'economicsPages.thresholdsForm.hint': 'Et tall fra 0 til 100, f.eks. 90 eller 87,5.',
  'economicsPages.thresholdsForm.invalid': 'Skriv en prosent fra 0 til 100 med høyst to desimaler.',
  'economicsPages.thresholdsForm.order': 'Grensen for gul kan ikke være høyere enn grensen for grønn.',
  'economicsPages.thresholdsForm.save': 'Lagre statusgrensene',
  'economicsPages.thresholdsForm.saved': 'Statusgrensene er lagret.',

  'economicsPages.municipality.title': 'Økonomi for kommune {number}',
  'economicsPages.municipality.download': 'Last ned (Excel)',
  'economicsPages.municipality.back': 'Alle kommuner',
  'economicsPages.municipality.agreements': 'Avtaler for {name}',
  'economicsPages.municipality.loading': 'Laster kommunens økonomi …',
  'economicsPages.municipality.errorHeading': 'Kunne ikke hente kommunens økonomi',
  'economicsPages.municipality.year': 'Vis år',
  'economicsPages.municipality.measureCount.one': '{count} tiltak',
  'economicsPages.municipality.measureCount.other': '{count} tiltak',
  'economicsPages.municipality.lead':
    '{name} deltar i {measures}; {active} av dem har kostnader eller planlagt gevinst i {year}. Det året betaler kommunen {pays} og er planlagt å hente {planned}; realisert så langt {realised}.',
  'economicsPages.municipality.leadNothingRealised':
    '{name} deltar i {measures}; {active} av dem har kostnader eller planlagt gevinst i {year}. Det året betaler kommunen {pays} og er planlagt å hente {planned}; ingenting realisert ennå.',
  'economicsPages.municipality.leadNoYears':
    '{name} deltar i {measures}, men ingen av dem har kostnader eller gevinster i kroner ennå.',
  'economicsPages.municipality.yearsCaption': '{name} per år',
  'economicsPages.municipality.measuresHeading': 'Tiltakene bak tallene',
  'economicsPages.municipality.measuresIntro':
    'Tabellen viser de {active} tiltakene med kostnader eller planlagt gevinst i {year}, de samme som tallene over. Under tabellen finner du alle år for alle {total} tiltakene kommunen deltar i.',
  'economicsPages.municipality.withoutFigures': 'Uten tall i {year}: {codes}.',
  'economicsPages.municipality.paymentsDiffer':
    'Beløpet kommunen betaler her er andelen av tiltakenes kostnader etter fordelingsnøkkelen, per år, pluss kjøp etter tiltakenes avtaler. Avtalesiden viser i stedet årlig kostnad slik hver avtale regner den, også for avtaler uten tiltak, så tallene kan være ulike.',
  'economicsPages.municipality.measuresCaption': 'Tiltakene bak tallene i {year}',
  'economicsPages.municipality.noMeasures': 'Kommunen deltar ikke i noen tiltak ennå.',
  'economicsPages.municipality.shareError': 'Andelen kan ikke beregnes:',
  'economicsPages.municipality.allYearsHeading': 'Alle år per tiltak',
  'economicsPages.municipality.allYears': '{code} {title}',
  'economicsPages.municipality.allYearsCaption': '{code} per år',
} as const satisfies Record<string, string>;

// Makes these keys known to `t()` (see FeatureTranslationKeys).
declare module '@samarbeid/web/data-access' {
  interface FeatureTranslationKeys {
    economicsPages: keyof typeof economicsPagesNb;
  }
}
