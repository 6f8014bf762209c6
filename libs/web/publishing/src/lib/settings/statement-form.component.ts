import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { type ConformanceLevel, SaveAccessibilityStatementGQL } from '@samarbeid/web/graphql';
import { FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

export interface StatementValues {
  readonly conformance: ConformanceLevel;
  readonly deviations: string;
  readonly feedbackEmail: string | null;
  readonly lastReviewed: string;
  readonly version: number;
}

const EMAIL = /^[^\s@<>()"',;:]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const LEVELS: readonly ConformanceLevel[] = ['FULL', 'PARTIAL', 'NONE'];

/** The accessibility statement (Digdir's structure): status, known deviations, feedback address, last review. */
@Component({
  selector: 'sb-statement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <section class="sb-stack" aria-labelledby="statement-heading">
      <h2 class="ds-heading" data-size="sm" id="statement-heading">
        {{ t('publishing.statement.heading') }}
      </h2>
      <p class="ds-paragraph">{{ t('publishing.statement.intro') }}</p>
      @if (statement().version === 0) {
        <p class="ds-paragraph" data-size="sm">{{ t('publishing.statement.default') }}</p>
      }
      <sb-save-feedback feedbackId="statement-feedback" [feedback]="feedback()" [headingLevel]="3" />
      <form class="sb-form" novalidate (submit)="submit($event)">
        <sb-field [label]="t('publishing.statement.conformance')">
          <select
            sbControl
            id="statement-conformance"
            class="ds-input"
            (change)="conformance.set(pick($event))"
          >
            @for (level of levels; track level) {
              <option [value]="level" [selected]="conformance() === level">
                {{ levelLabel(level) }}
              </option>
            }
          </select>
        </sb-field>
        <sb-field
          [label]="t('publishing.statement.deviations')"
          [hint]="t('publishing.statement.deviationsHint')"
        >
          <textarea
            sbControl
            id="statement-deviations"
            class="ds-input"
            rows="6"
            maxlength="8000"
            [value]="deviations()"
            (input)="deviations.set(text($event))"
          ></textarea>
        </sb-field>
        <sb-field
          [label]="t('publishing.statement.email')"
          [hint]="t('publishing.statement.emailHint')"
          [error]="emailError()"
          announceError
        >
          <input
            sbControl
            id="statement-email"
            class="ds-input"
            type="email"
            maxlength="254"
            autocomplete="off"
            [value]="email()"
            (input)="email.set(text($event))"
          />
        </sb-field>
        <sb-field
          [label]="t('publishing.statement.reviewed')"
          [error]="reviewedError()"
          required
          announceError
        >
          <input
            sbControl
            id="statement-reviewed"
            class="ds-input"
            type="date"
            [value]="reviewed()"
            (input)="reviewed.set(text($event))"
          />
        </sb-field>
        <sb-form-actions
          [submitLabel]="t('publishing.statement.submit')"
          [busyLabel]="t('publishing.statement.busy')"
          [busy]="saving()"
        />
      </form>
    </section>
  `,
  styles: `
    .sb-form {
      display: grid;
      gap: var(--ds-size-3);
      max-inline-size: 40rem;
    }
  `,
})
export class StatementFormComponent {
  readonly regionSlug = input.required<string>();
  readonly statement = input.required<StatementValues>();

  private readonly i18n = inject(I18nService);
  private readonly save = inject(SaveAccessibilityStatementGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly levels = LEVELS;

  protected readonly conformance = signal<ConformanceLevel>('PARTIAL');
  protected readonly deviations = signal('');
  protected readonly email = signal('');
  protected readonly reviewed = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  constructor() {
    // The form starts from the stored statement, and again whenever a save brings a new version.
    effect(() => {
      const statement = this.statement();
      untracked(() => {
        this.conformance.set(statement.conformance);
        this.deviations.set(statement.deviations);
        this.email.set(statement.feedbackEmail ?? '');
        this.reviewed.set(statement.lastReviewed);
      });
    });
  }

  protected readonly emailError = computed(() =>
    this.submitted() && this.email().trim() !== '' && !EMAIL.test(this.email().trim())
      ? this.t('publishing.statement.emailInvalid')
      : undefined,
  );
  protected readonly reviewedError = computed(() =>
    this.submitted() && !/^\d{4}-\d{2}-\d{2}$/.test(this.reviewed())
      ? this.t('publishing.statement.reviewedMissing')
      : undefined,
  );

  protected levelLabel(level: ConformanceLevel): string {
    return this.t(`publishing.statement.conformance.${level}`);
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected pick<T extends string>(event: Event): T {
    return (event.target as HTMLSelectElement).value as T;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.feedback.set(undefined);
    if (this.emailError()) return this.focusAfterRender('#statement-email');
    if (this.reviewedError()) return this.focusAfterRender('#statement-reviewed');
    this.saving.set(true);
    const outcome = await runMutation(
      this.save.mutate({
        variables: {
          input: {
            regionSlug: this.regionSlug(),
            conformance: this.conformance(),
            deviations: this.deviations().trim(),
            feedbackEmail: this.email().trim() || null,
            lastReviewed: this.reviewed(),
            expectedVersion: this.statement().version || null,
          },
        },
      }),
    );
    this.saving.set(false);
    this.submitted.set(false);
    this.feedback.set(
      outcome.ok
        ? { kind: 'saved', text: this.t('publishing.statement.saved') }
        : {
            kind: 'error',
            heading: this.t('publishing.statement.errorHeading'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    this.focusAfterRender('#statement-feedback');
  }
}
