import type { CoreTranslationKey } from './nb';
import { networksEn } from './networks.en';
import { portfolioEn } from './portfolio.en';

/** English. Must translate every key (a missing key falls back to Norwegian at run time). */
export const en: Readonly<Record<CoreTranslationKey, string>> = {
  'app.name': 'Samarbeid',
  'shell.skipToMain': 'Skip to main content',
  'shell.primaryNav': 'Main menu',
  'shell.user': 'Signed-in user',
  'shell.logout': 'Log out',
  'shell.language': 'Language',
  'nav.municipalities': 'Municipalities',
  'nav.economics': 'Economics',
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
  'ssbImport.starting': 'Starting the import …',
  'ssbImport.progress': 'Progress',
  'ssbImport.percent': '{value} %',
  'ssbImport.failedHeading': 'The import from SSB failed',
  'ssbImport.refusedHeading': 'The import was not started',
  'ssbImport.lostTrack': 'We do not know whether the import is still running. Reload the page in a while.',
  'notFound.title': 'Page not found',
  'notFound.text': 'The page you are looking for does not exist or has moved.',
  'notFound.back': 'Go to the municipalities',
  'signInFailed.title': 'Sign-in failed',
  'signInFailed.text':
    'We could not sign you in. Try again, or contact the people who run the service if this keeps happening.',
  'signInFailed.retry': 'Try again',
  'error.network': 'Could not reach the service. Please try again shortly.',
  'files.downloading': 'Downloading …',
  'error.unknown': 'Something went wrong. Please try again shortly.',
  ...portfolioEn,
  ...networksEn,
};
