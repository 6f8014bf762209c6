import { DOCUMENT } from '@angular/common';
import {
  type EnvironmentProviders,
  inject,
  Injectable,
  InjectionToken,
  provideEnvironmentInitializer,
  signal,
} from '@angular/core';

import { en } from './en';
import { nb, type TranslationKey } from './nb';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

/** Each language's own name, shown in the language switch whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { nb: 'Norsk', en: 'English' };

export type Dictionary = Readonly<Partial<Record<string, string>>>;
export type Dictionaries = Readonly<Record<Language, Dictionary>>;

export const TRANSLATIONS = new InjectionToken<Dictionaries>('TRANSLATIONS', {
  providedIn: 'root',
  factory: () => ({ nb, en }),
});

export const LANGUAGE_STORAGE_KEY = 'samarbeid.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export type TranslationParams = Readonly<Record<string, string | number>>;

const numberFormat = new Intl.NumberFormat('nb-NO');

/** Numbers are always shown in Norwegian format (space as thousands separator), e.g. 27 812. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const LOCALES: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };
const TIME_ZONE = 'Europe/Oslo';

/** `YYYY-MM-DD` as a calendar date (no time zone shift); anything else as an instant. */
function toDate(value: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Date.UTC(+day[1], +day[2] - 1, +day[3], 12)) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A date in words, e.g. "1. mars 2026" / "1 March 2026"; the input itself if it is not a date. */
export function formatDate(value: string, language: Language): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Date and time in Norwegian time, e.g. "1. mars 2026 kl. 09:54" / "1 March 2026 at 09:54". */
export function formatDateTime(value: string, language: Language): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/**
 * Translations as signals: `t()` reads the current language, so templates and `computed()`s that
 * call it update when the language changes. Norwegian bokmål first; a key missing in English falls
 * back to Norwegian, and an unknown key shows itself.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = inject(TRANSLATIONS);
  private readonly current = signal<Language>(this.storedLanguage() ?? DEFAULT_LANGUAGE);
  /** Dictionaries registered by lazily loaded features. */
  private readonly features = signal<Record<Language, Dictionary>>({ nb: {}, en: {} });

  readonly language = this.current.asReadonly();

  constructor() {
    this.applyToDocument(this.current());
  }

  setLanguage(language: Language): void {
    this.current.set(language);
    this.applyToDocument(language);
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode, disabled cookies): the choice then lasts for this page.
    }
  }

  /** Adds a feature's dictionaries (see provideTranslations); `t()` calls that depend on them update. */
  register(dictionaries: Dictionaries): void {
    this.features.update((current) => ({
      nb: { ...current.nb, ...dictionaries.nb },
      en: { ...current.en, ...dictionaries.en },
    }));
  }

  /** Arrow function so templates can use `t` after `protected readonly t = inject(I18nService).t`. */
  readonly t = (key: TranslationKey, params?: TranslationParams): string => {
    const language = this.current();
    const features = this.features();
    const text =
      this.dictionaries[language][key] ??
      features[language][key] ??
      this.dictionaries[DEFAULT_LANGUAGE][key] ??
      features[DEFAULT_LANGUAGE][key] ??
      key;
    return params ? interpolate(text, params) : text;
  };

  /** A date (`YYYY-MM-DD`) or date-time in the current language. */
  readonly date = (value: string): string => formatDate(value, this.current());
  readonly dateTime = (value: string): string => formatDateTime(value, this.current());

  /** Picks `<key>.one` or `<key>.other` by Norwegian/English plural rules and fills in `{count}`. */
  readonly plural = (key: string, count: number): string => {
    const form = count === 1 ? 'one' : 'other';
    return this.t(`${key}.${form}` as TranslationKey, { count: formatNumber(count) });
  };

  private storedLanguage(): Language | undefined {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }
}

/**
 * A feature's dictionaries, registered when its lazy routes (or a test) are set up: put it in the `providers` of the
 * feature's parent route, so the texts load with the feature instead of with every page.
 */
export function provideTranslations(dictionaries: Dictionaries): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18nService).register(dictionaries));
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : typeof value === 'number' ? formatNumber(value) : value;
  });
}
