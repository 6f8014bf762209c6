import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { DEFAULT_REGION_SLUG, formatDate, I18nService } from '@samarbeid/web/data-access';

interface PublicStatement {
  readonly region: { readonly slug: string; readonly name: string };
  readonly statement: {
    readonly conformance: 'FULL' | 'PARTIAL' | 'NONE';
    readonly deviations: string;
    readonly feedbackEmail: string | null;
    readonly lastReviewed: string;
  };
  readonly publicPath: string;
}

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'ready'; readonly data: PublicStatement; readonly deviations: readonly string[] };

/**
 * `/tilgjengelighet`: the accessibility statement, for everyone, signed in or not (the route is outside the sign-in
 * guard). It reads the same statement as the public site, from the public site's own address on this origin
 * (`/offentlig/<region>/tilgjengelighet.json`), which needs no token; the feedback form is on the public page.
 */
@Component({
  selector: 'sb-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="sb-stack" aria-labelledby="statement-title">
      <h1 class="ds-heading" data-size="lg" id="statement-title">{{ t('accessibility.title') }}</h1>
      @let page = state();
      @if (page.kind === 'loading') {
        <p class="ds-paragraph" role="status">{{ t('accessibility.loading') }}</p>
      } @else if (page.kind === 'error') {
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{{ t('accessibility.error') }}</p>
        </div>
      } @else {
        <p class="ds-paragraph">{{ t('accessibility.intro', { region: page.data.region.name }) }}</p>
        <h2 class="ds-heading" data-size="sm">{{ t('accessibility.status') }}</h2>
        <p class="ds-paragraph" data-testid="statement-status">
          {{ t('accessibility.statusText', { status: t(conformanceKey(page.data.statement.conformance)) }) }}
        </p>
        <h2 class="ds-heading" data-size="sm">{{ t('accessibility.deviations') }}</h2>
        @if (page.deviations.length === 0) {
          <p class="ds-paragraph">{{ t('accessibility.noDeviations') }}</p>
        } @else {
          <ul class="ds-list">
            @for (deviation of page.deviations; track $index) {
              <li>{{ deviation }}</li>
            }
          </ul>
        }
        <h2 class="ds-heading" data-size="sm">{{ t('accessibility.feedback') }}</h2>
        @if (page.data.statement.feedbackEmail; as email) {
          <p class="ds-paragraph">{{ t('accessibility.feedbackEmail', { email }) }}</p>
        }
        <p class="ds-paragraph">
          <a class="ds-link" [href]="page.data.publicPath + '#tilbakemelding'">{{
            t('accessibility.feedbackForm')
          }}</a>
        </p>
        <p class="ds-paragraph">{{ t('accessibility.supervision') }}</p>
        <h2 class="ds-heading" data-size="sm">{{ t('accessibility.reviewed') }}</h2>
        <p class="ds-paragraph">
          {{ t('accessibility.reviewedText', { date: date(page.data.statement.lastReviewed) }) }}
        </p>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 48rem;
      /* "Tilgjengelighetserklæring" is wider than a phone at heading size: break it rather than the page. */
      overflow-wrap: anywhere;
      hyphens: auto;
    }
  `,
})
export class StatementPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly state = signal<State>({ kind: 'loading' });

  constructor() {
    const view = inject(DOCUMENT).defaultView;
    void this.load(view ? view.fetch.bind(view) : undefined);
  }

  protected conformanceKey(level: 'FULL' | 'PARTIAL' | 'NONE') {
    return `publishing.statement.conformance.${level}` as const;
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  private async load(fetcher: typeof fetch | undefined): Promise<void> {
    try {
      if (!fetcher) throw new Error('no fetch');
      const response = await fetcher(`/offentlig/${DEFAULT_REGION_SLUG}/tilgjengelighet.json`, {
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(String(response.status));
      const data = (await response.json()) as PublicStatement;
      const deviations = data.statement.deviations
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
      this.state.set({ kind: 'ready', data, deviations });
    } catch {
      this.state.set({ kind: 'error' });
    }
  }
}
