/** Norsk bokmål for oversiktene på forsiden. */
export const overviewNb = {
  'overview.title': 'Oversikt',
  'overview.loading': 'Henter oversikten …',
  'overview.errorHeading': 'Kunne ikke hente oversikten',
  'overview.asOf': 'Tall per {date}.',
  'overview.none': 'Ingen.',
  'overview.welcome':
    'Velkommen. Her finner du tiltakene, nettverkene og avtalene i regionen. Bruk menyen for å komme videre.',
  'overview.noNetwork': 'Du leder ingen nettverk ennå.',

  'overview.region.heading': '{region} – status for regionen',
  'overview.region.intro':
    'Det styringsgruppen ser først: tiltak, mobilisering, innsparingsgap, frister og vedtak.',
  'overview.measures.heading': 'Tiltak etter status',
  'overview.measures.total': '{count} tiltak i alt.',
  'overview.measures.byNetwork': 'Tiltak etter nettverk og status',
  'overview.measures.byTier': 'Tiltak etter samarbeidsform og status',
  'overview.col.network': 'Nettverk',
  'overview.col.tier': 'Samarbeidsform',
  'overview.col.total': 'Sum',
  'overview.cellLink': '{count} tiltak: {row}, {status}',

  'overview.mobilisation.heading': 'Mobilisering',
  'overview.mobilisation.intro':
    'Planlagt gevinst bak hver farge, og gevinsten vektet med hvor sikker fargen er (grønn 90 %, gul 60 %, rød 30 %).',
  'overview.mobilisation.caption': 'Tiltak og planlagt gevinst etter mobilisering',
  'overview.mobilisation.potential': 'Vektet potensial: {amount}',
  'overview.mobilisation.unrated': 'Ikke vurdert',
  'overview.col.colour': 'Farge',
  'overview.col.measures': 'Tiltak',
  'overview.col.plannedGain': 'Planlagt gevinst',
  'overview.col.certainty': 'Sikkerhet',
  'overview.col.weighted': 'Vektet gevinst',

  'overview.gap.heading': 'Innsparingsgap i år og neste år',
  'overview.gap.summary':
    '{year}: krav {required}, planlagt {planned}, realisert {realised}. {next}: krav {nextRequired}, planlagt {nextPlanned}.',
  'overview.gap.required': 'Krav',
  'overview.gap.planned': 'Planlagt',
  'overview.gap.realised': 'Realisert',
  'overview.gap.year': 'År',
  'overview.gap.link': 'Se økonomien for regionen',

  'overview.benefits.heading': 'Gevinststatus {year}',
  'overview.benefits.caption': 'Tiltak med planlagt gevinst i {year} etter gevinststatus',
  'overview.benefits.GREEN': 'Grønn (i rute)',
  'overview.benefits.YELLOW': 'Gul (noe bak)',
  'overview.benefits.RED': 'Rød (langt bak)',
  'overview.benefits.NOT_MEASURED': 'Ikke målt ennå',
  'overview.col.status': 'Status',

  'overview.deadlines.heading': 'Kommende frister',
  'overview.deadlines.intro':
    'Oppsigelsesfrister og utløp for avtaler, rapporteringsfrister og høringsfrister for strategier de neste {months} månedene.',
  'overview.deadlines.caption': 'Frister for avtaler, rapporter og strategihøringer',
  'overview.deadlines.NOTICE': 'Siste frist for oppsigelse',
  'overview.deadlines.EXPIRY': 'Avtalen utløper',
  'overview.deadlines.REPORT_DUE': 'Rapportene skal leveres',
  'overview.deadlines.CONSULTATION_END': 'Høringen av strategien slutter',
  'overview.col.date': 'Dato',
  'overview.col.deadline': 'Frist',
  'overview.col.agreement': 'Avtale',

  'overview.approvals.heading': 'Til godkjenning',
  'overview.approvals.count.one': '{count} avtale venter på godkjenning',
  'overview.approvals.count.other': '{count} avtaler venter på godkjenning',

  'overview.stuck.heading': 'Tiltak som står stille',
  'overview.stuck.intro.one': '{count} tiltak har ikke endret status på {months} måneder.',
  'overview.stuck.intro.other': '{count} tiltak har ikke endret status på {months} måneder.',
  'overview.stuck.since': 'uendret siden {date}',
  'overview.blocked.heading': 'Tiltak som venter på et annet',
  'overview.blocked.intro.one': '{count} tiltak venter på et tiltak som ikke er startet eller fullført.',
  'overview.blocked.intro.other': '{count} tiltak venter på tiltak som ikke er startet eller fullført.',
  'overview.blocked.waitsFor': 'venter på {code}',
  'overview.stuck.all': 'Alle {count} i tiltakslisten',
  'overview.blocked.all': 'Alle {count} i tiltakslisten',
  'overview.more': 'Viser de {shown} første.',

  'overview.decisions.heading': 'Siste vedtak',
  'overview.decisions.link': 'Alle vedtak',

  'overview.municipality.heading': '{municipality} i samarbeidet',
  'overview.municipality.takesPart': 'Deltar i {participating} av {total} tiltak',
  'overview.municipality.parts': 'Har reservert seg mot {optedOut}, og {undecided} er ikke avgjort.',
  'overview.municipality.optedOutCaption': 'Tiltak {municipality} har reservert seg mot',
  'overview.col.measure': 'Tiltak',
  'overview.col.reason': 'Begrunnelse',
  'overview.municipality.economicsHeading': 'Betaler og får igjen per år',
  'overview.municipality.economicsCaption': 'Hva {municipality} betaler og er planlagt å spare per år',
  'overview.col.year': 'År',
  'overview.col.pays': 'Betaler',
  'overview.col.realisedGain': 'Realisert gevinst',
  'overview.municipality.economicsLink': 'Se økonomien for {municipality}',
  'overview.municipality.agreementsHeading': 'Avtaler og oppsigelsesfrister',
  'overview.municipality.agreementsCaption': 'Avtalene {municipality} er part i',
  'overview.col.ends': 'Utløper',
  'overview.col.notice': 'Siste frist for oppsigelse',
  'overview.municipality.soon': '(snart)',
  'overview.municipality.agreementsLink': 'Alle avtalene til {municipality}',
  'overview.municipality.noAgreements': '{municipality} er ikke part i noen avtaler.',
  'overview.municipality.total': 'Årlig kostnad for avtalene i kraft: {amount}',

  'overview.network.heading': '{network}',
  'overview.network.measuresCaption': 'Nettverkets tiltak etter status',
  'overview.network.measuresTotal': '{count} tiltak i alt',
  'overview.network.noStrategy': 'Nettverket har ingen strategi ennå.',
  'overview.network.strategy': 'Strategi: {title} ({from}–{to})',
  'overview.network.goalsCaption': 'Mål og indikatorer',
  'overview.col.goal': 'Mål',
  'overview.col.indicator': 'Indikator',
  'overview.col.baseline': 'Utgangspunkt',
  'overview.col.target': 'Mål',
  'overview.col.latest': 'Siste måling',
  'overview.network.notMeasured': 'ikke målt',
  'overview.network.noIndicators': 'ingen indikatorer',
  'overview.network.actionPlanHeading': 'Handlingsplanen {year}',
  'overview.network.actionPlan':
    '{completed} av {items} tiltak er fullført, {inProgress} er i gang og {notStarted} er ikke startet.',
  'overview.network.progress': 'Fremdrift i snitt',
  'overview.network.noActionPlan': 'Ingen handlingsplan for {year}.',
  'overview.network.strategyLink': 'Åpne strategien',
  'overview.network.indicatorsLink': 'Se indikatorene',
} as const satisfies Record<string, string>;

// Makes these keys known to `t()` (see FeatureTranslationKeys).
declare module '@samarbeid/web/data-access' {
  interface FeatureTranslationKeys {
    overview: keyof typeof overviewNb;
  }
}
