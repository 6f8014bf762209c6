import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { allowedNextStatuses, type MeasureStatus } from '@samarbeid/shared/domain';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { TransitionMeasureGQL } from '@samarbeid/web/graphql';
import { refusalFeedback, type SaveFeedback, SaveFeedbackComponent } from '@samarbeid/web/ui';

import { statusLabel } from '../../shared/labels';
import { type MeasureDetail, MeasureDetailContext } from '../measure-detail-context';

type Feedback =
  | { readonly kind: 'moved'; readonly status: MeasureStatus }
  | { readonly kind: 'conflict' | 'error'; readonly message: string };

/** The status tab: the current status and a button for each status the measure may move to next. */
@Component({
  selector: 'sb-measure-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SaveFeedbackComponent],
  templateUrl: './measure-status.component.html',
  styles: `
    :host {
      display: block;
    }

    .sb-current {
      font-size: var(--ds-heading-xs-font-size);
      font-weight: var(--ds-font-weight-semibold);
    }
  `,
})
export class MeasureStatusComponent {
  readonly measure = input.required<MeasureDetail>();
  readonly canEdit = input(false);

  private readonly i18n = inject(I18nService);
  private readonly transition = inject(TransitionMeasureGQL);
  private readonly context = inject(MeasureDetailContext);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly t = this.i18n.t;
  protected readonly moving = signal<MeasureStatus | undefined>(undefined);
  protected readonly feedback = signal<Feedback | undefined>(undefined);

  protected readonly current = computed(() => statusLabel(this.measure().status, this.i18n.language()));
  /** Only the statuses the measure may move to: an illegal move is never offered. */
  protected readonly next = computed(() =>
    allowedNextStatuses(this.measure().status).map((status) => ({
      status,
      label: statusLabel(status, this.i18n.language()),
    })),
  );
  protected readonly nextList = computed(() =>
    this.next()
      .map((option) => option.label.toLowerCase())
      .join(', '),
  );
  protected readonly saveFeedback = computed<SaveFeedback | null>(() => {
    const feedback = this.feedback();
    if (!feedback) return null;
    if (feedback.kind === 'moved') {
      const status = statusLabel(feedback.status, this.i18n.language());
      return { kind: 'saved', text: this.t('measureStatus.moved', { status }) };
    }
    return refusalFeedback(feedback, {
      conflictHeading: this.t('measureForm.conflictHeading'),
      reload: this.t('measureForm.reload'),
      errorHeading: this.t('measureStatus.errorHeading'),
    });
  });

  protected async moveTo(status: MeasureStatus): Promise<void> {
    if (this.moving()) return;
    const measure = this.measure();
    this.moving.set(status);
    this.feedback.set(undefined);
    const outcome = await runMutation(
      this.transition.mutate({
        variables: { input: { id: measure.id, to: status, version: measure.version } },
      }),
    );
    this.moving.set(undefined);
    if (outcome.ok) {
      this.feedback.set({ kind: 'moved', status: outcome.data.transitionMeasure.status });
    } else {
      const message = errorText(outcome.error, this.i18n);
      this.feedback.set({ kind: outcome.error.code === 'CONFLICT' ? 'conflict' : 'error', message });
    }
    // The buttons change with the status: keep the keyboard user at the outcome.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('#measure-status-feedback')?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  protected async reload(): Promise<void> {
    await this.context.reload();
    this.feedback.set(undefined);
  }
}
