import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  formatDate,
  formatDateTime,
  I18nService,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import {
  CreatePublishingPreviewGQL,
  type PublicSection,
  PublishingGQL,
  SetPublishingGQL,
} from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
  ListPageComponent,
  type SaveFeedback,
} from '@samarbeid/web/ui';

import { FeedbackListComponent } from './feedback-list.component';
import { StatementFormComponent } from './statement-form.component';

/**
 * `/publisering` (secretariat): one switch per section of the public site, a preview link that shows every section
 * as the public will see it, the accessibility statement, and the feedback the public sends.
 */
@Component({
  selector: 'sb-publishing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListPageComponent, DataTableComponent, FORM_KIT, StatementFormComponent, FeedbackListComponent],
  template: `
    @let page = state();
    <sb-list-page
      [heading]="t('publishing.title')"
      [loading]="page.kind === 'loading'"
      [loadingText]="t('publishing.loading')"
      [error]="page.kind === 'error' ? page.message : null"
      [errorHeading]="t('publishing.errorHeading')"
      (retry)="retry()"
    >
      <div sbListIntro>
        <p class="ds-paragraph">{{ t('publishing.intro') }}</p>
        @if (page.kind === 'ready') {
          <p class="ds-paragraph">
            <a
              class="ds-link"
              [href]="page.data.publicPath"
              target="_blank"
              rel="noopener"
              data-testid="public-site-link"
              >{{ t('publishing.openSite') }} <span class="ds-sr-only">{{ t('publishing.newTab') }}</span></a
            >
          </p>
        }
      </div>
      @if (page.kind === 'ready') {
        <h2 class="ds-heading" data-size="sm">{{ t('publishing.sections.heading') }}</h2>
        <sb-save-feedback feedbackId="publishing-feedback" [feedback]="feedback()" [headingLevel]="3" />
        <sb-data-table [caption]="t('publishing.sections.caption')" [columns]="columns()">
          <tbody>
            @for (row of page.data.sections; track row.section) {
              <tr [attr.data-section]="row.section">
                <th scope="row">{{ sectionLabel(row.section) }}</th>
                <td data-testid="section-status">
                  @if (!row.available) {
                    {{ t('publishing.status.unavailable') }}
                  } @else {
                    <span
                      class="ds-tag"
                      data-size="sm"
                      [attr.data-color]="row.published ? 'success' : 'neutral'"
                    >
                      {{
                        row.published ? t('publishing.status.published') : t('publishing.status.unpublished')
                      }}
                    </span>
                  }
                </td>
                <td>{{ changed(row.changedAt, row.changedByName) }}</td>
                <td>
                  @if (row.available) {
                    <button
                      sbButton="secondary"
                      data-size="sm"
                      [busy]="busy() === row.section"
                      (click)="toggle(row.section, !row.published)"
                    >
                      {{
                        busy() === row.section
                          ? t('publishing.busy')
                          : t(row.published ? 'publishing.unpublish' : 'publishing.publish', {
                              section: sectionLabel(row.section),
                            })
                      }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </sb-data-table>
        <section class="sb-stack" aria-labelledby="publishing-preview-heading">
          <h2 class="ds-heading" data-size="sm" id="publishing-preview-heading">
            {{ t('publishing.preview.heading') }}
          </h2>
          <p class="ds-paragraph">{{ t('publishing.preview.intro') }}</p>
          <sb-save-feedback
            feedbackId="publishing-preview-feedback"
            [feedback]="previewFeedback()"
            [headingLevel]="3"
          />
          <div>
            <button sbButton="secondary" [busy]="previewBusy()" (click)="preview()">
              {{ previewBusy() ? t('publishing.preview.busy') : t('publishing.preview.create') }}
            </button>
          </div>
          @if (previewLink(); as link) {
            <p class="ds-paragraph" id="publishing-preview-link" tabindex="-1">
              <a class="ds-link" [href]="link.path" target="_blank" rel="noopener" data-testid="preview-link"
                >{{ t('publishing.preview.link') }}
                <span class="ds-sr-only">{{ t('publishing.newTab') }}</span></a
              >
              {{ t('publishing.preview.expires', { time: link.expires }) }}
            </p>
          }
        </section>
      }
    </sb-list-page>
    @if (page.kind === 'ready') {
      <sb-statement-form [regionSlug]="regionSlug" [statement]="page.data.statement" />
      <sb-feedback-list />
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-8);
    }

    th[scope='row'] {
      font-weight: var(--ds-font-weight-regular);
    }
  `,
})
export class PublishingPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly regionSlug = DEFAULT_REGION_SLUG;
  private readonly setPublishing = inject(SetPublishingGQL);
  private readonly createPreview = inject(CreatePublishingPreviewGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  private readonly queryRef = inject(PublishingGQL).watch({
    variables: { regionSlug: DEFAULT_REGION_SLUG },
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.queryRef.valueChanges);

  protected readonly busy = signal<PublicSection | null>(null);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);
  protected readonly previewBusy = signal(false);
  protected readonly previewFeedback = signal<SaveFeedback | undefined>(undefined);
  protected readonly previewLink = signal<{ path: string; expires: string } | null>(null);

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'section', label: this.t('publishing.col.section') },
    { key: 'status', label: this.t('publishing.col.status') },
    { key: 'changed', label: this.t('publishing.col.changed') },
    { key: 'action', label: this.t('publishing.col.action') },
  ]);

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') return { kind: 'ready' as const, data: result.data.publishing };
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected sectionLabel(section: PublicSection): string {
    return this.t(`publishing.section.${section}`);
  }

  protected changed(at: string | null, name: string | null): string {
    if (!at) return this.t('publishing.never');
    const date = formatDate(at, this.i18n.language());
    return name ? this.t('publishing.changedBy', { date, name }) : date;
  }

  protected retry(): void {
    this.queryRef
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the publishing settings again', error));
  }

  protected async toggle(section: PublicSection, published: boolean): Promise<void> {
    if (this.busy()) return;
    this.busy.set(section);
    this.feedback.set(undefined);
    const outcome = await runMutation(
      this.setPublishing.mutate({
        variables: { input: { regionSlug: this.regionSlug, section, published } },
      }),
    );
    this.busy.set(null);
    const label = this.sectionLabel(section);
    this.feedback.set(
      outcome.ok
        ? {
            kind: 'saved',
            text: this.t(published ? 'publishing.saved.on' : 'publishing.saved.off', { section: label }),
          }
        : {
            kind: 'error',
            heading: this.t('publishing.saveErrorHeading'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    this.focusAfterRender('#publishing-feedback');
  }

  protected async preview(): Promise<void> {
    if (this.previewBusy()) return;
    this.previewBusy.set(true);
    this.previewFeedback.set(undefined);
    const outcome = await runMutation(
      this.createPreview.mutate({ variables: { regionSlug: this.regionSlug } }),
    );
    this.previewBusy.set(false);
    if (outcome.ok && outcome.data.createPublishingPreview) {
      const link = outcome.data.createPublishingPreview;
      this.previewLink.set({
        path: link.path,
        expires: formatDateTime(link.expiresAt, this.i18n.language()),
      });
      this.focusAfterRender('#publishing-preview-link');
    } else if (!outcome.ok) {
      this.previewFeedback.set({
        kind: 'error',
        heading: this.t('publishing.preview.errorHeading'),
        message: errorText(outcome.error, this.i18n),
      });
      this.focusAfterRender('#publishing-preview-feedback');
    }
  }
}
