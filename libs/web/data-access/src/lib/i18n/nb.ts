import type { FeatureTranslationKey } from './feature-dictionaries';
import { networksNb } from './networks.nb';
import { portfolioNb } from './portfolio.nb';

/** Norsk bokmål: the source language. Every key used by the web app is defined here (or spread in). */
export const nb = {
  'app.name': 'Samarbeid',
  'shell.skipToMain': 'Hopp til hovedinnhold',
  'shell.primaryNav': 'Hovedmeny',
  'shell.user': 'Innlogget bruker',
  'shell.logout': 'Logg ut',
  'shell.language': 'Språk',
  'nav.municipalities': 'Kommuner',
  'nav.economics': 'Økonomi',
  'nav.agreements': 'Avtaler',
  'nav.approvals': 'Godkjenninger',
  'nav.notifications': 'Varsler',
  'shell.approvalsWaiting.one': '{count} venter',
  'shell.approvalsWaiting.other': '{count} venter',
  'shell.unreadNotifications.one': '{count} ulest',
  'shell.unreadNotifications.other': '{count} uleste',
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
  'ssbImport.starting': 'Starter importen …',
  'ssbImport.progress': 'Fremdrift',
  'ssbImport.percent': '{value} %',
  'ssbImport.failedHeading': 'Importen fra SSB feilet',
  'ssbImport.refusedHeading': 'Importen ble ikke startet',
  'ssbImport.lostTrack': 'Vi vet ikke om importen fortsatt pågår. Last inn siden på nytt om litt.',
  'notFound.title': 'Fant ikke siden',
  'notFound.text': 'Siden du ser etter finnes ikke, eller den er flyttet.',
  'notFound.back': 'Gå til kommunene',
  'signInFailed.title': 'Innloggingen mislyktes',
  'signInFailed.text':
    'Vi fikk ikke logget deg inn. Prøv igjen, eller kontakt den som drifter tjenesten hvis feilen vedvarer.',
  'signInFailed.retry': 'Prøv igjen',
  'error.network': 'Fikk ikke kontakt med tjenesten. Prøv igjen om litt.',
  'files.downloading': 'Laster ned …',
  'error.unknown': 'Noe gikk galt. Prøv igjen om litt.',
  ...portfolioNb,
  ...networksNb,
} as const satisfies Record<string, string>;

/** Keys of the dictionary every page has. */
export type CoreTranslationKey = keyof typeof nb;

/** Every key: the core ones, and those whose dictionaries load with their feature (see provideTranslations). */
export type TranslationKey = CoreTranslationKey | FeatureTranslationKey;
