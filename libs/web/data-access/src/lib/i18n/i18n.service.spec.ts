import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';

import { en } from './en';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  I18nService,
  LANGUAGE_STORAGE_KEY,
  provideTranslations,
  TRANSLATIONS,
} from './i18n.service';
import { nb, type TranslationKey } from './nb';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('starts in Norwegian bokmål and sets <html lang="nb">', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.language()).toBe('nb');
    expect(i18n.t('nav.municipalities')).toBe('Kommuner');
    expect(document.documentElement.lang).toBe('nb');
  });

  it('switches to English, updates <html lang> and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('nav.municipalities')).toBe('Municipalities');
    expect(i18n.t('shell.logout')).toBe('Log out');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the stored language and ignores an unknown stored value', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    expect(TestBed.inject(I18nService).language()).toBe('nb');
  });

  it('falls back to Norwegian for a key missing in English, and to the key itself', () => {
    const partialEnglish: Partial<Record<string, string>> = { ...en };
    delete partialEnglish['notFound.title'];
    TestBed.configureTestingModule({
      providers: [{ provide: TRANSLATIONS, useValue: { nb, en: partialEnglish } }],
    });
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.t('notFound.text')).toBe(en['notFound.text']);
    expect(i18n.t('notFound.title')).toBe('Fant ikke siden');
    expect(i18n.t('no.such.key' as never)).toBe('no.such.key');
  });

  it('fills in parameters, numbers in Norwegian format', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('shell.unreadNotifications.other', { count: 'mange' })).toBe('mange uleste');
    expect(i18n.t('shell.unreadNotifications.other', { count: 1234 })).toBe('1\u00a0234 uleste');
    expect(i18n.plural('shell.unreadNotifications', 1)).toBe('1 ulest');
    expect(i18n.plural('shell.unreadNotifications', 7)).toBe('7 uleste');
    i18n.setLanguage('en');
    expect(i18n.plural('shell.approvalsWaiting', 7)).toBe('7 waiting');
  });

  it('defines every Norwegian key of the core dictionary in English (each feature checks its own)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });
});

describe('formatNumber', () => {
  it('uses a (non-breaking) space as thousands separator, whatever the language', () => {
    expect(formatNumber(28848)).toBe('28\u00a0848');
    expect(formatNumber(1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(730)).toBe('730');
  });
});

describe('formatDate and formatDateTime', () => {
  it('write a calendar date in words in each language, without a time-zone shift', () => {
    expect(formatDate('2026-03-01', 'nb')).toBe('1. mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('2026-12-31', 'nb')).toBe('31. desember 2026');
  });

  it('write an instant in Norwegian time', () => {
    expect(formatDateTime('2026-03-01T09:54:33.000Z', 'nb')).toBe('1. mars 2026 kl. 10:54');
    expect(formatDateTime('2026-07-01T09:54:33.000Z', 'en')).toBe('1 July 2026 at 11:54');
  });

  it('leave anything that is not a date as it is', () => {
    expect(formatDate('i morgen', 'nb')).toBe('i morgen');
    expect(formatDateTime('', 'en')).toBe('');
  });
});

describe('provideTranslations', () => {
  it("adds a feature's dictionaries when its routes (here: the test) are set up, in both languages", () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslations({
          nb: { 'feature.hello': 'Hei {name}' },
          en: { 'feature.hello': 'Hello {name}' },
        }),
      ],
    });
    const i18n = TestBed.inject(I18nService);
    const key = 'feature.hello' as TranslationKey;
    expect(i18n.t(key, { name: 'Kari' })).toBe('Hei Kari');
    i18n.setLanguage('en');
    expect(i18n.t(key, { name: 'Kari' })).toBe('Hello Kari');
    i18n.setLanguage('nb');
  });
});
