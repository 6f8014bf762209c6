import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { I18nService } from './i18n.service';
import type { TranslationKey } from './nb';

/**
 * Route `title`s are translation keys; the document title becomes "<page> – Samarbeid" in the current
 * language and follows language changes.
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly pageKey = signal<TranslationKey | undefined>(undefined);

  constructor() {
    super();
    // Follows language changes; navigation sets the title at once in updateTitle().
    effect(() => this.apply(this.pageKey()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot) as TranslationKey | undefined;
    this.pageKey.set(key);
    this.apply(key);
  }

  private apply(key: TranslationKey | undefined): void {
    const product = this.i18n.t('app.name');
    this.title.setTitle(key ? `${this.i18n.t(key)} – ${product}` : product);
  }
}
