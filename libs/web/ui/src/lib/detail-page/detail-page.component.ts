import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Where a page about one thing is: its data is being fetched, could not be, or is there. */
export type DetailPageState =
  | { readonly kind: 'loading' | 'ready' }
  | { readonly kind: 'error'; readonly heading?: string; readonly message: string };

/**
 * The frame of a page about one thing (a measure, a network, a strategy, an agreement): the link back to where it is
 * listed, then while the thing is fetched its `title` as the heading and `loadingText` in a live region, or when it
 * could not be fetched the error's heading (or the title) and its message as an alert; once it is there, the content
 * (the caller shows its own when `state` is `ready`). The frame is `aria-busy` while loading.
 *
 * ```html
 * <sb-detail-page [state]="page" backLink="/tiltak" [backText]="t('x.back')" [title]="t('x.title')" [loadingText]="t('x.loading')">
 *   @if (page.kind === 'ready') { … }
 * </sb-detail-page>
 * ```
 */
@Component({
  selector: 'sb-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  host: { class: 'sb-stack', '[attr.aria-busy]': "state().kind === 'loading'" },
  template: `
    <p class="ds-paragraph">
      <a class="ds-link" [routerLink]="backLink()">{{ backText() }}</a>
    </p>
    @let page = state();
    @if (page.kind === 'loading') {
      <h1 class="ds-heading" data-size="lg">{{ title() }}</h1>
      <p class="ds-paragraph" role="status">{{ loadingText() }}</p>
    } @else if (page.kind === 'error') {
      <h1 class="ds-heading" data-size="lg">{{ page.heading ?? title() }}</h1>
      <div class="ds-alert" data-color="danger" role="alert">
        <p class="ds-paragraph">{{ page.message }}</p>
      </div>
    }
    <ng-content />
  `,
})
export class DetailPageComponent {
  readonly state = input.required<DetailPageState>();
  /** Where the thing is listed (a router link). */
  readonly backLink = input.required<string | readonly unknown[]>();
  readonly backText = input.required<string>();
  /** The heading while the thing is fetched (and when it could not be, unless the error has its own). */
  readonly title = input.required<string>();
  readonly loadingText = input.required<string>();
}
