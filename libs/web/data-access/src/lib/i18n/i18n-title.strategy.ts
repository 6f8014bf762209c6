import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { I18nService, type TranslationParams } from './i18n.service';
import type { TranslationKey } from './nb';

interface PageTitle {
  readonly key: TranslationKey;
  readonly params: TranslationParams;
}

/** The route parameters of the page (the deepest route), e.g. `{ code: 'T7' }` for `/tiltak/T7`. */
function routeParams(snapshot: RouterStateSnapshot): TranslationParams {
  let route: ActivatedRouteSnapshot = snapshot.root;
  let params: Record<string, string> = { ...route.params };
  while (route.firstChild) {
    route = route.firstChild;
    params = { ...params, ...route.params };
  }
  return params;
}

/**
 * Route `title`s are translation keys; the document title becomes "<page> – Samarbeid" in the current
 * language and follows language changes. A title may use the route's parameters ("Tiltak {code}").
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly page = signal<PageTitle | undefined>(undefined);

  constructor() {
    super();
    // Follows language changes; navigation sets the title at once in updateTitle().
    effect(() => this.apply(this.page()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot) as TranslationKey | undefined;
    const page = key ? { key, params: routeParams(snapshot) } : undefined;
    this.page.set(page);
    this.apply(page);
  }

  private apply(page: PageTitle | undefined): void {
    const product = this.i18n.t('app.name');
    this.title.setTitle(page ? `${this.i18n.t(page.key, page.params)} – ${product}` : product);
  }
}
