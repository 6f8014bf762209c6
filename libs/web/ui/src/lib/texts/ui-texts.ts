import { computed, inject, InjectionToken, type Provider, type Signal } from '@angular/core';

/** The languages the kit speaks; Norwegian bokmål first. */
export type UiLanguage = 'nb' | 'en';

/** The kit's own words: defaults for its components, which callers replace through inputs where they want. */
export interface UiTexts {
  readonly errorSummaryHeading: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly retry: string;
  readonly loading: string;
  readonly errorHeading: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  readonly clearFilters: string;
  readonly filters: string;
  /** `{column}` is the column's name. */
  readonly sortedAscending: string;
  readonly sortedDescending: string;
  readonly chartTable: string;
  readonly working: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly remove: string;
  /** Asked before leaving a part of a page with changes that are not saved. */
  readonly unsavedQuestion: string;
  readonly unsavedLeave: string;
  readonly unsavedStay: string;
  /** The live stamp of a page's data; `{time}` is HH:MM:SS. */
  readonly updatedAt: string;
  /** A long server-side job (sb-job-progress); `{value}` is 0–100. */
  readonly jobStarting: string;
  readonly jobProgress: string;
  readonly jobPercent: string;
  readonly jobRefusedHeading: string;
  readonly jobLostTrack: string;
}

export const UI_TEXTS: Readonly<Record<UiLanguage, UiTexts>> = {
  nb: {
    errorSummaryHeading: 'Rett opp dette før du går videre:',
    confirm: 'Bekreft',
    cancel: 'Avbryt',
    retry: 'Prøv igjen',
    loading: 'Laster …',
    errorHeading: 'Noe gikk galt',
    loadMore: 'Vis flere',
    loadingMore: 'Henter flere …',
    clearFilters: 'Nullstill filtrene',
    filters: 'Filtre',
    sortedAscending: 'Sortert etter {column}, stigende.',
    sortedDescending: 'Sortert etter {column}, synkende.',
    chartTable: 'Tallene i diagrammet',
    working: 'Arbeider …',
    moveUp: 'Flytt opp',
    moveDown: 'Flytt ned',
    remove: 'Fjern',
    unsavedQuestion: 'Du har endringer som ikke er lagret. Vil du forlate dem?',
    unsavedLeave: 'Forlat endringene',
    unsavedStay: 'Fortsett å redigere',
    updatedAt: 'Oppdatert kl. {time}',
    jobStarting: 'Starter importen …',
    jobProgress: 'Fremdrift',
    jobPercent: '{value} %',
    jobRefusedHeading: 'Importen ble ikke startet',
    jobLostTrack: 'Vi vet ikke om importen fortsatt pågår. Last inn siden på nytt om litt.',
  },
  en: {
    errorSummaryHeading: 'Correct this before you continue:',
    confirm: 'Confirm',
    cancel: 'Cancel',
    retry: 'Try again',
    loading: 'Loading …',
    errorHeading: 'Something went wrong',
    loadMore: 'Show more',
    loadingMore: 'Loading more …',
    clearFilters: 'Clear the filters',
    filters: 'Filters',
    sortedAscending: 'Sorted by {column}, ascending.',
    sortedDescending: 'Sorted by {column}, descending.',
    chartTable: 'The figures in the chart',
    working: 'Working …',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    unsavedQuestion: 'You have changes that are not saved. Do you want to leave them?',
    unsavedLeave: 'Leave the changes',
    unsavedStay: 'Keep editing',
    updatedAt: 'Updated at {time}',
    jobStarting: 'Starting the import …',
    jobProgress: 'Progress',
    jobPercent: '{value} %',
    jobRefusedHeading: 'The import was not started',
    jobLostTrack: 'We do not know whether the import is still running. Reload the page in a little while.',
  },
};

/**
 * The language the kit's defaults follow, as a signal-like reader. Norwegian unless the app says otherwise with
 * {@link provideUiLanguage} (the kit never reads the app's translation service itself: a `ui` library depends on
 * nothing but `ui`, `util` and `domain`).
 */
export const UI_LANGUAGE = new InjectionToken<() => UiLanguage>('UI_LANGUAGE', {
  providedIn: 'root',
  factory: () => () => 'nb',
});

/** Lets the kit's default texts follow the app's language, e.g. `provideUiLanguage(() => inject(I18n).language)`. */
export function provideUiLanguage(language: () => () => UiLanguage): Provider {
  return { provide: UI_LANGUAGE, useFactory: language };
}

/** The kit's texts in the current language (call in an injection context). */
export function injectUiTexts(): Signal<UiTexts> {
  const language = inject(UI_LANGUAGE);
  return computed(() => UI_TEXTS[language()] ?? UI_TEXTS.nb);
}

/** `{name}` placeholders filled in from `params`. */
export function fillIn(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
