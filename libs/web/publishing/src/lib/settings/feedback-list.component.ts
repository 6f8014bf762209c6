import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  formatDateTime,
  I18nService,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import { MarkPublicFeedbackGQL, PublicFeedbackGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
  type SaveFeedback,
} from '@samarbeid/web/ui';

/** The messages the public sent through the statement's feedback form, newest first; the secretariat marks them read. */
@Component({
  selector: 'sb-feedback-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, FORM_KIT],
  template: `
    <section class="sb-stack" aria-labelledby="feedback-heading" id="tilbakemeldinger">
      <h2 class="ds-heading" data-size="sm" id="feedback-heading">
        {{ t('publishing.feedback.heading') }}
        @if (unread() > 0) {
          <span class="ds-tag" data-size="sm" data-color="warning">{{
            plural('publishing.feedback.unread', unread())
          }}</span>
        }
      </h2>
      <sb-save-feedback feedbackId="feedback-list-feedback" [feedback]="feedback()" [headingLevel]="3" />
      @let list = state();
      @if (list.kind === 'error') {
        <div class="ds-alert" data-color="danger" role="alert">
          <h3 class="ds-heading" data-size="2xs">{{ t('publishing.feedback.errorHeading') }}</h3>
          <p class="ds-paragraph">{{ list.message }}</p>
        </div>
      } @else if (list.kind === 'ready') {
        @if (list.nodes.length === 0) {
          <p class="ds-paragraph">{{ t('publishing.feedback.empty') }}</p>
        } @else {
          <sb-data-table [caption]="t('publishing.feedback.caption')" [columns]="columns()">
            <tbody>
              @for (item of list.nodes; track item.id) {
                <tr>
                  <td class="sb-nowrap">{{ when(item.createdAt) }}</td>
                  <td>{{ item.name ?? t('publishing.feedback.anonymous') }}</td>
                  <td class="sb-message">{{ item.message }}</td>
                  <td>
                    @if (item.readAt) {
                      {{ t('publishing.feedback.read') }}
                    } @else {
                      <button
                        sbButton="secondary"
                        data-size="sm"
                        [busy]="busy() === item.id"
                        [attr.aria-label]="
                          t('publishing.feedback.markReadFor', { date: when(item.createdAt) })
                        "
                        (click)="markRead(item.id)"
                      >
                        {{ t('publishing.feedback.markRead') }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </sb-data-table>
        }
      }
    </section>
  `,
  styles: `
    .sb-message {
      white-space: pre-line;
      min-inline-size: 16rem;
    }
  `,
})
export class FeedbackListComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  private readonly mark = inject(MarkPublicFeedbackGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  private readonly queryRef = inject(PublicFeedbackGQL).watch({
    variables: { regionSlug: DEFAULT_REGION_SLUG },
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.queryRef.valueChanges);
  protected readonly busy = signal<string | null>(null);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'received', label: this.t('publishing.feedback.col.received') },
    { key: 'from', label: this.t('publishing.feedback.col.from') },
    { key: 'message', label: this.t('publishing.feedback.col.message') },
    { key: 'status', label: this.t('publishing.feedback.col.status') },
  ]);

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete')
      return { kind: 'ready' as const, nodes: result.data.publicFeedback.nodes };
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  /** The unread messages among those shown. */
  protected readonly unread = computed(() => {
    const list = this.state();
    return list.kind === 'ready' ? list.nodes.filter((node) => !node.readAt).length : 0;
  });

  protected when(at: string): string {
    return formatDateTime(at, this.i18n.language());
  }

  protected async markRead(id: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(id);
    this.feedback.set(undefined);
    const outcome = await runMutation(this.mark.mutate({ variables: { input: { id, read: true } } }));
    this.busy.set(null);
    if (!outcome.ok) {
      this.feedback.set({
        kind: 'error',
        heading: this.t('publishing.feedback.errorHeading'),
        message: errorText(outcome.error, this.i18n),
      });
      this.focusAfterRender('#feedback-list-feedback');
    }
  }
}
