import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { allowedNextStatuses, type MeasureStatus } from '@samarbeid/shared/domain';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { PortfolioPermissions } from '../../shared/portfolio-permissions';
import { TransitionMeasureGQL } from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  type FieldSpec,
  FormFieldComponent,
  type FormTexts,
  injectSaveStatus,
  refusalOf,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';

import { statusLabel } from '../../shared/labels';
import { type MeasureDetail, MeasureDetailContext } from '../measure-detail-context';

/** The status tab: the current status and a button for each status the measure may move to next. */
@Component({
  selector: 'sb-measure-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, SaveFeedbackComponent, FormFieldComponent],
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

  protected readonly t = this.i18n.t;
  protected readonly moving = signal<MeasureStatus | undefined>(undefined);
  /** The status the last move went to. */
  private readonly moved = signal<MeasureStatus | undefined>(undefined);
  // The buttons change with the status: the outcome keeps the keyboard user's focus.
  protected readonly status = injectSaveStatus('measure-status-feedback', (): FormTexts => {
    const moved = this.moved();
    const status = moved && statusLabel(moved, this.i18n.language());
    return {
      notices: status ? { moved: this.t('measureStatus.moved', { status }) } : {},
      conflictHeading: this.t('measureForm.conflictHeading'),
      reload: this.t('measureForm.reload'),
      errorHeading: this.t('measureStatus.errorHeading'),
    };
  });

  private readonly permissions = inject(PortfolioPermissions);
  /** The secretariat may move a measure past unmet readiness gates, giving a reason. */
  protected readonly mayOverride = computed(
    () => this.permissions.isSecretariat() && !this.measure().readiness.ready,
  );
  protected readonly overrideReason = signal('');
  protected readonly overrideField = computed((): FieldSpec => ({
    key: 'overrideReason',
    id: 'measure-status-override',
    kind: 'multiline',
    rows: 2,
    maxLength: 2000,
    label: this.t('governance.override.label'),
    hint: this.t('governance.override.hint'),
  }));

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
  protected async moveTo(status: MeasureStatus): Promise<void> {
    if (this.moving()) return;
    const measure = this.measure();
    const reason = this.mayOverride() ? this.overrideReason().trim() : '';
    this.moving.set(status);
    this.status.clearFeedback();
    const outcome = await runMutation(
      this.transition.mutate({
        variables: {
          input: {
            id: measure.id,
            to: status,
            version: measure.version,
            ...(reason ? { overrideReason: reason } : {}),
          },
        },
      }),
    );
    this.moving.set(undefined);
    if (outcome.ok) {
      this.moved.set(outcome.data.transitionMeasure.status);
      this.overrideReason.set('');
      this.status.tell('moved');
    } else {
      this.status.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
    }
  }

  protected async reload(): Promise<void> {
    await this.context.reload();
    this.status.clearFeedback();
  }
}
