import type { FeatureTranslationKey } from './feature-dictionaries';

/**
 * Norsk bokmål: the source language. The texts every page has: the shell (navigation, sign-in, errors) and what
 * several features share. Each feature's own texts load with it (see provideTranslations and feature-dictionaries).
 */
export const nb = {
  'app.name': 'Samarbeid',
  'shell.skipToMain': 'Hopp til hovedinnhold',
  'shell.primaryNav': 'Hovedmeny',
  'shell.user': 'Innlogget bruker',
  'shell.logout': 'Logg ut',
  'shell.language': 'Språk',
  'shell.menu': 'Meny',
  'shell.accessibility': 'Tilgjengelighetserklæring',
  'nav.home': 'Hjem',
  'nav.municipalities': 'Kommuner',
  'nav.measures': 'Tiltak',
  'nav.plan': 'Gjennomføringsplan',
  'nav.participation': 'Deltakelse',
  'nav.decisions': 'Vedtak',
  'nav.history': 'Historikk',
  'nav.networks': 'Nettverk',
  'nav.economics': 'Økonomi',
  'nav.indicators': 'Indikatorer',
  'nav.focus': 'Fokusposter',
  'nav.preparedness': 'Beredskap',
  'nav.reporting': 'Rapportering',
  'nav.agreements': 'Avtaler',
  'nav.approvals': 'Godkjenninger',
  'nav.notifications': 'Varsler',
  'nav.publishing': 'Publisering',
  'shell.approvalsWaiting.one': '{count} venter',
  'shell.approvalsWaiting.other': '{count} venter',
  'shell.unreadNotifications.one': '{count} ulest',
  'shell.unreadNotifications.other': '{count} uleste',
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
  'form.cancel': 'Avbryt',
  'form.errorSummary': 'Rett opp dette før du går videre:',
  // The tabs the app plugs into the measure page (apps/web app.routes.ts); the features behind them load when opened.
  'measureTab.economics': 'Økonomi',
  'measureTab.benefits': 'Gevinstplan',
  'measureTab.indicators': 'Indikatorer',
} as const satisfies Record<string, string>;

/** Keys of the dictionary every page has. */
export type CoreTranslationKey = keyof typeof nb;

/** Every key: the core ones, and those whose dictionaries load with their feature (see provideTranslations). */
// Each feature adds its keys to FeatureTranslationKey (declaration merging); before any does, it is `never`.
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
export type TranslationKey = CoreTranslationKey | FeatureTranslationKey;
