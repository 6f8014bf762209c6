import { afterEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  fillIn,
  injectUiTexts,
  provideUiLanguage,
  UI_TEXTS,
  type UiLanguage,
  type UiTexts,
} from './ui-texts';

describe('the kit’s texts', () => {
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('has every text in both languages', () => {
    expect(Object.keys(UI_TEXTS.en).sort()).toEqual(Object.keys(UI_TEXTS.nb).sort());
    for (const language of ['nb', 'en'] as const) {
      const keys = Object.keys(UI_TEXTS.nb) as (keyof UiTexts)[];
      for (const key of keys) expect(UI_TEXTS[language][key].trim()).not.toBe('');
    }
  });

  it('speaks Norwegian unless the app says otherwise, and follows the app’s language', () => {
    expect(TestBed.runInInjectionContext(() => injectUiTexts())().cancel).toBe('Avbryt');
    TestBed.resetTestingModule();

    const language = signal<UiLanguage>('en');
    TestBed.configureTestingModule({ providers: [provideUiLanguage(() => language)] });
    const texts = TestBed.runInInjectionContext(() => injectUiTexts());
    expect(texts().cancel).toBe('Cancel');
    language.set('nb');
    expect(texts().cancel).toBe('Avbryt');
  });

  it('fills in named placeholders and leaves unknown ones', () => {
    expect(fillIn('Sortert etter {column}, {way}.', { column: 'Kommune' })).toBe(
      'Sortert etter Kommune, {way}.',
    );
  });
});
