import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { AgreementDecision } from '@samarbeid/shared/domain';
import { ConfirmService, type FieldSpec, FORM_KIT, injectFocusAfterRender } from '@samarbeid/web/ui';

/** The words of a decision form (the agreement page's and the inbox's own). */
export interface DecisionTexts {
  readonly comment: string;
  readonly commentHint: string;
  readonly commentRequired: string;
  readonly approve: string;
  readonly reject: string;
  /** What the pressed button says while the decision is sent; the buttons keep their words without it. */
  readonly deciding?: string;
  /** The confirmation's question before approving and before rejecting ("Godkjenne avtalen?"). */
  readonly confirmApprove: string;
  readonly confirmReject: string;
}

/** A decision the director made, with the comment (a rejection always has one). */
export interface DecisionRequest {
  readonly decision: AgreementDecision;
  readonly comment: string | null;
}

const COMMENT_MAX_LENGTH = 2000;

/**
 * A director's decision on a version of an agreement: a comment, and Godkjenn / Avvis. Rejecting needs a comment:
 * without one the field says so and takes the focus, and nothing is decided. Either decision is asked again in the
 * kit's confirm dialog, which says what the municipality's own share is (`share`); only "Bekreft" decides. Given between the tags: anything to
 * show beside the buttons (that the decision is being sent).
 */
@Component({
  selector: 'sb-agreement-decision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-form-field
      [field]="commentField()"
      [value]="comment()"
      [error]="missing() ? texts().commentRequired : null"
      (valueChange)="onComment($event)"
    />
    <div class="sb-actions">
      @for (button of buttons(); track button.decision) {
        <button
          type="button"
          class="ds-button"
          [attr.data-variant]="button.variant"
          [attr.data-color]="button.color"
          [attr.data-testid]="testIdPrefix() ? testIdPrefix() + '-' + button.testId : null"
          [attr.aria-disabled]="busy() ? true : null"
          [attr.aria-label]="itemName() ? button.label + ': ' + itemName() : null"
          (click)="decide(button.decision)"
        >
          {{ deciding() === button.decision && texts().deciding ? texts().deciding : button.label }}
        </button>
      }
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class AgreementDecisionComponent {
  /** The comment's id (focused when a rejection lacks one). */
  readonly commentId = input.required<string>();
  readonly texts = input.required<DecisionTexts>();
  /** Something is being sent: the buttons say so (`aria-disabled`) and ignore presses. */
  readonly busy = input(false);
  /** The decision being sent (its button says `texts.deciding`). */
  readonly deciding = input<AgreementDecision | undefined>(undefined);
  /** The agreement the buttons are for, in their accessible names ("Godkjenn: <title>"), where a page lists several. */
  readonly itemName = input<string | undefined>(undefined);
  /** The municipality's own share in a sentence, shown in the confirmation ("Kongsbergs andel: 120 000 kr i året."). */
  readonly share = input<string | undefined>(undefined);
  /** The buttons' `data-testid`s start with this (`<prefix>-approve`, `<prefix>-reject`). */
  readonly testIdPrefix = input<string | undefined>(undefined);
  readonly decided = output<DecisionRequest>();
  /** A rejection was tried without a comment (the field says so). */
  readonly commentMissing = output();

  private readonly focusAfterRender = injectFocusAfterRender();
  private readonly confirm = inject(ConfirmService);
  /** The confirmation is open (a second press waits for it). */
  private asking = false;
  protected readonly comment = signal('');
  /** A rejection was tried without a comment. */
  protected readonly missing = signal(false);

  protected readonly commentField = computed<FieldSpec>(() => ({
    key: 'comment',
    id: this.commentId(),
    kind: 'multiline',
    rows: 3,
    maxLength: COMMENT_MAX_LENGTH,
    label: this.texts().comment,
    hint: this.texts().commentHint,
  }));
  protected readonly buttons = computed(() => {
    const texts = this.texts();
    return [
      { decision: 'APPROVE', label: texts.approve, variant: 'primary', color: null, testId: 'approve' },
      { decision: 'REJECT', label: texts.reject, variant: 'secondary', color: 'danger', testId: 'reject' },
    ] as const;
  });

  /** Empties the comment (after the decision was saved). */
  clear(): void {
    this.comment.set('');
    this.missing.set(false);
  }

  protected onComment(value: string): void {
    this.comment.set(value);
    if (value.trim()) this.missing.set(false);
  }

  protected async decide(decision: AgreementDecision): Promise<void> {
    if (this.busy() || this.asking) return;
    const comment = this.comment().trim();
    if (decision === 'REJECT' && !comment) {
      this.missing.set(true);
      this.commentMissing.emit();
      this.focusAfterRender(`#${this.commentId()}`);
      return;
    }
    this.missing.set(false);
    const texts = this.texts();
    const approve = decision === 'APPROVE';
    this.asking = true;
    const confirmed = await this.confirm
      .ask({
        heading: approve ? texts.confirmApprove : texts.confirmReject,
        message: this.share(),
        confirmLabel: approve ? texts.approve : texts.reject,
        danger: !approve,
      })
      .finally(() => (this.asking = false));
    if (confirmed) this.decided.emit({ decision, comment: comment || null });
  }
}
