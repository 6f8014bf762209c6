import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';

import { I18nTitleStrategy } from './i18n-title.strategy';
import { I18nService, provideTranslations } from './i18n.service';

@Component({ selector: 'sb-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

describe('I18nTitleStrategy', () => {
  it('sets "<page> – Samarbeid" from the route title key and follows the language', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'finnes-ikke', component: BlankComponent, title: 'notFound.title' }]),
        { provide: TitleStrategy, useClass: I18nTitleStrategy },
      ],
    });
    await TestBed.inject(Router).navigateByUrl('/finnes-ikke');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Fant ikke siden – Samarbeid');

    TestBed.inject(I18nService).setLanguage('en');
    TestBed.tick();
    expect(title.getTitle()).toBe('Page not found – Samarbeid');
  });

  it("fills the title in with the route's parameters, from a feature's dictionary", async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'tiltak',
            providers: [
              provideTranslations({
                nb: { 'test.title': 'Tiltak {code}' },
                en: { 'test.title': 'Measure {code}' },
              }),
            ],
            children: [{ path: ':code', component: BlankComponent, title: 'test.title' }],
          },
        ]),
        { provide: TitleStrategy, useClass: I18nTitleStrategy },
      ],
    });
    await TestBed.inject(Router).navigateByUrl('/tiltak/T7');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Tiltak T7 – Samarbeid');
    TestBed.inject(I18nService).setLanguage('en');
    TestBed.tick();
    expect(title.getTitle()).toBe('Measure T7 – Samarbeid');
  });
});
