import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  ViewEncapsulation,
} from '@angular/core';

import { ButtonDirective } from '../button/button.directive';
import { injectUiTexts } from '../texts/ui-texts';

/**
 * The frame of a page (or a section) that lists things: the heading, what the caller puts before the list (intro,
 * buttons, a form: `[sbListIntro]`), the filters (`[sbListFilters]`, inside a search form when `filtersLabel` is set,
 * with a "clear" button while `filtered`), the result count in a polite live region (the loading text while the list
 * is fetched), the error with a retry button, the list itself (the content), the empty state (`emptyText`, or
 * `[sbListEmpty]`) and "Vis flere".
 *
 * It never fetches: the caller says what state the list is in and answers `retry`, `loadMore`, `filtersSubmit` and
 * `clearFilters`. Every text is the caller's, or the kit's Norwegian/English default.
 */
@Component({
  selector: 'sb-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  host: {
    class: 'sb-list-page',
    '[attr.aria-busy]': "loading() ? 'true' : 'false'",
  },
  template: `
    @if (heading()) {
      @if (headingLevel() === 2) {
        <h2 class="ds-heading" data-size="md">{{ heading() }}</h2>
      } @else {
        <h1 class="ds-heading" data-size="lg">{{ heading() }}</h1>
      }
    }
    <ng-content select="[sbListIntro]" />

    @if (filtersLabel()) {
      <form
        class="sb-list-page__filters"
        role="search"
        novalidate
        [attr.aria-label]="filtersLabel()"
        (submit)="submitFilters($event)"
      >
        <ng-content select="[sbListFilters]" />
        @if (filtered()) {
          <div class="sb-list-page__clear">
            <button sbButton="secondary" (click)="clearFilters.emit()">
              {{ clearLabel() ?? texts().clearFilters }}
            </button>
          </div>
        }
      </form>
    }

    <p class="ds-paragraph sb-list-page__count" role="status">{{ statusText() }}</p>

    @if (error()) {
      <div class="ds-alert" data-color="danger" role="alert">
        @if (headingLevel() === 2) {
          <h3 class="ds-heading" data-size="2xs">{{ errorHeading() ?? texts().errorHeading }}</h3>
        } @else {
          <h2 class="ds-heading" data-size="2xs">{{ errorHeading() ?? texts().errorHeading }}</h2>
        }
        <p class="ds-paragraph">{{ error() }}</p>
        @if (retryable()) {
          <p class="ds-paragraph">
            <button sbButton="secondary" data-size="sm" (click)="retry.emit()">
              {{ retryLabel() ?? texts().retry }}
            </button>
          </p>
        }
      </div>
    }

    <ng-content />

    @if (showEmpty()) {
      @if (emptyText()) {
        <p class="ds-paragraph">{{ emptyText() }}</p>
      }
      <ng-content select="[sbListEmpty]" />
    }

    @if (shown() && !error()) {
      <p class="ds-paragraph sb-list-page__shown" data-size="sm">{{ shown() }}</p>
    }
    @if (hasMore() && !error()) {
      <button sbButton="secondary" class="sb-list-page__more" [busy]="loadingMore()" (click)="more()">
        {{
          loadingMore() ? (loadingMoreLabel() ?? texts().loadingMore) : (loadMoreLabel() ?? texts().loadMore)
        }}
      </button>
    }
  `,
  styles: `
    .sb-list-page {
      display: grid;
      /* One column never wider than the page: a wide table scrolls in its own frame, the page never sideways. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--ds-size-4);
      align-content: start;
    }

    .sb-list-page > * {
      margin-block: 0;
    }

    .sb-list-page__filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(13rem, 100%), 1fr));
      gap: var(--ds-size-4);
      align-items: end;
      padding: var(--ds-size-4);
      background: var(--ds-color-neutral-background-tinted);
      border-radius: var(--ds-border-radius-md);
    }

    .sb-list-page__filters .ds-input:not([type='checkbox'], [type='radio']) {
      inline-size: 100%;
    }

    .sb-list-page__count {
      font-weight: var(--ds-font-weight-medium);
    }

    /* Nothing to say: the live region stays in place (so the next count is announced) but takes no room. */
    .sb-list-page__count:empty {
      position: absolute;
    }

    .sb-list-page__shown {
      color: var(--ds-color-neutral-text-subtle);
    }

    .sb-list-page__more {
      justify-self: start;
    }
  `,
  // The frame's classes are its own (sb-list-page…) and style what callers project into it (the filter grid).
  encapsulation: ViewEncapsulation.None,
})
export class ListPageComponent {
  /** The page's heading (h1 by default); leave out when the caller writes its own. */
  readonly heading = input<string | null | undefined>(undefined);
  /** 2 for a list that is a section of a page with its own h1. */
  readonly headingLevel = input<1 | 2>(1);

  /** The list is being fetched (`aria-busy`; the status says `loadingText` unless more rows are coming). */
  readonly loading = input(false, { transform: booleanAttribute });
  readonly loadingText = input<string | null | undefined>(undefined);
  /** The result count, announced politely ("31 tiltak"). */
  readonly count = input<string | null | undefined>(undefined);

  /** Why the list could not be fetched; shown as an alert with a retry button. */
  readonly error = input<string | null | undefined>(undefined);
  readonly errorHeading = input<string | null | undefined>(undefined);
  readonly retryable = input(true, { transform: booleanAttribute });
  readonly retryLabel = input<string | null | undefined>(undefined);

  /** The list has nothing to show (and is neither loading nor failed): `emptyText` or `[sbListEmpty]` is shown. */
  readonly empty = input(false, { transform: booleanAttribute });
  readonly emptyText = input<string | null | undefined>(undefined);

  /** The filters' accessible name: set it to get the search form around `[sbListFilters]`. */
  readonly filtersLabel = input<string | null | undefined>(undefined);
  /** Some filter is set: the clear button is shown. */
  readonly filtered = input(false, { transform: booleanAttribute });
  readonly clearLabel = input<string | null | undefined>(undefined);

  /** "Viser 20 av 31." under the list. */
  readonly shown = input<string | null | undefined>(undefined);
  /** There are more rows to fetch: "Vis flere" is shown. */
  readonly hasMore = input(false, { transform: booleanAttribute });
  readonly loadingMore = input(false, { transform: booleanAttribute });
  readonly loadMoreLabel = input<string | null | undefined>(undefined);
  readonly loadingMoreLabel = input<string | null | undefined>(undefined);

  readonly retry = output<void>();
  readonly loadMore = output<void>();
  readonly filtersSubmit = output<void>();
  readonly clearFilters = output<void>();

  protected readonly texts = injectUiTexts();

  /** The live region's sentence: the loading text while the list is fetched, then the count. */
  protected readonly statusText = computed(() => {
    if (this.error()) return '';
    if (this.loading() && !this.loadingMore()) return this.loadingText() ?? this.texts().loading;
    return this.count() ?? '';
  });
  protected readonly showEmpty = computed(() => this.empty() && !this.loading() && !this.error());

  protected submitFilters(event: Event): void {
    event.preventDefault();
    this.filtersSubmit.emit();
  }

  protected more(): void {
    if (!this.loadingMore()) this.loadMore.emit();
  }
}
