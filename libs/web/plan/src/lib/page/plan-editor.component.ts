import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import {
  AddPlanMilestoneGQL,
  MoveMeasureGQL,
  RemovePlanMilestoneGQL,
  UpdatePlanMilestoneGQL,
} from '@samarbeid/web/graphql';
import { ButtonDirective, FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

import type { PlanBarData } from './plan-view';

/**
 * The keyboard's way to plan a measure: its start and end as date fields, the resources it needs from other units,
 * its milestones (done or not, removed) and a new milestone. The secretariat and the owning network's leader only;
 * others read the dates. Each save refetches the plan (`changed`).
 */
@Component({
  selector: 'sb-plan-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, ButtonDirective, RouterLink],
  template: `
    @let current = bar();
    <section class="sb-plan-editor" [attr.aria-labelledby]="'plan-editor-heading'">
      <div class="sb-plan-editor__head">
        <h2 class="ds-heading" data-size="sm" id="plan-editor-heading" tabindex="-1">
          {{ t('plan.editor.heading', { code: current.code, title: current.title }) }}
        </h2>
        <a class="ds-link" [routerLink]="['/tiltak', current.code]">{{ t('plan.editor.open') }}</a>
        <button sbButton="tertiary" data-size="sm" (click)="closed.emit()">
          {{ t('plan.editor.close') }}
        </button>
      </div>
      <sb-save-feedback feedbackId="plan-editor-feedback" [feedback]="feedback()" [headingLevel]="3" />
      @if (!current.canEdit) {
        <p class="ds-paragraph">{{ t('plan.editor.readOnly') }}</p>
      } @else {
        <form class="sb-plan-editor__form" novalidate (submit)="saveDates($event)">
          <div class="sb-plan-editor__dates">
            <sb-field [label]="t('plan.editor.start')">
              <input
                sbControl
                id="plan-start"
                class="ds-input"
                type="date"
                [value]="start()"
                (input)="start.set(text($event))"
              />
            </sb-field>
            <sb-field [label]="t('plan.editor.end')" [error]="datesError()" announceError>
              <input
                sbControl
                id="plan-end"
                class="ds-input"
                type="date"
                [value]="end()"
                (input)="end.set(text($event))"
              />
            </sb-field>
          </div>
          <sb-field [label]="t('plan.editor.resources')" [hint]="t('plan.editor.resourcesHint')">
            <textarea
              sbControl
              id="plan-resources"
              class="ds-input"
              rows="2"
              [value]="resources()"
              (input)="resources.set(text($event))"
            ></textarea>
          </sb-field>
          <sb-form-actions
            [submitLabel]="t('plan.editor.submit')"
            [busyLabel]="t('plan.editor.busy')"
            [busy]="saving()"
          />
        </form>
      }

      <h3 class="ds-heading" data-size="2xs">{{ t('plan.milestones.heading') }}</h3>
      @if (current.milestones.length === 0) {
        <p class="ds-paragraph">{{ t('plan.milestones.none') }}</p>
      } @else {
        <ul class="sb-plan-editor__milestones">
          @for (milestone of current.milestones; track milestone.id) {
            <li>
              <span>{{
                t('plan.milestone.item', { date: date(milestone.date), name: milestone.name })
              }}</span>
              @if (current.canEdit) {
                <span class="ds-field sb-plan-editor__check">
                  <input
                    class="ds-input"
                    type="checkbox"
                    [id]="'plan-done-' + milestone.id"
                    [checked]="milestone.done"
                    (change)="toggleDone(milestone, $event)"
                  />
                  <label
                    class="ds-label"
                    [for]="'plan-done-' + milestone.id"
                    [attr.aria-label]="t('plan.milestone.doneLabel', { name: milestone.name })"
                  >
                    {{ t('plan.milestone.done') }}
                  </label>
                </span>
                <button
                  sbButton="tertiary"
                  data-size="sm"
                  [attr.aria-label]="t('plan.milestone.removeLabel', { name: milestone.name })"
                  (click)="remove(milestone)"
                >
                  {{ t('plan.milestone.remove') }}
                </button>
              } @else if (milestone.done) {
                <span>({{ t('plan.milestone.done') }})</span>
              }
            </li>
          }
        </ul>
      }
      @if (current.canEdit) {
        <form
          class="sb-plan-editor__form"
          novalidate
          [attr.aria-label]="t('plan.milestone.add')"
          (submit)="addMilestone($event)"
        >
          <h3 class="ds-heading" data-size="2xs">{{ t('plan.milestone.add') }}</h3>
          <div class="sb-plan-editor__dates">
            <sb-field [label]="t('plan.milestone.name')" [error]="nameError()" required announceError>
              <input
                sbControl
                id="plan-milestone-name"
                class="ds-input"
                type="text"
                maxlength="200"
                [value]="name()"
                (input)="name.set(text($event))"
              />
            </sb-field>
            <sb-field [label]="t('plan.milestone.date')" [error]="dateError()" required announceError>
              <input
                sbControl
                id="plan-milestone-date"
                class="ds-input"
                type="date"
                [value]="day()"
                (input)="day.set(text($event))"
              />
            </sb-field>
          </div>
          <sb-form-actions
            [submitLabel]="t('plan.milestone.submit')"
            [busyLabel]="t('plan.editor.busy')"
            [busy]="saving()"
          />
        </form>
      }
    </section>
  `,
  styles: `
    .sb-plan-editor {
      display: grid;
      gap: var(--ds-size-3);
      padding: var(--ds-size-4);
      border: 1px solid var(--ds-color-neutral-border-subtle);
      border-radius: var(--ds-border-radius-md);
    }

    .sb-plan-editor__head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
      align-items: baseline;
    }

    .sb-plan-editor__head h2 {
      margin: 0;
      flex: 1 1 16rem;
    }

    .sb-plan-editor__form {
      display: grid;
      gap: var(--ds-size-3);
    }

    .sb-plan-editor__dates {
      display: grid;
      gap: var(--ds-size-3);
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }

    .sb-plan-editor__milestones {
      margin: 0;
      padding-inline-start: var(--ds-size-5);
      display: grid;
      gap: var(--ds-size-2);
    }

    .sb-plan-editor__milestones li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
      align-items: center;
    }

    .sb-plan-editor__check {
      display: inline-flex;
      gap: var(--ds-size-2);
      align-items: center;
    }
  `,
})
export class PlanEditorComponent {
  readonly bar = input.required<PlanBarData>();
  readonly changed = output<void>();
  readonly closed = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly move = inject(MoveMeasureGQL);
  private readonly add = inject(AddPlanMilestoneGQL);
  private readonly update = inject(UpdatePlanMilestoneGQL);
  private readonly removeMilestone = inject(RemovePlanMilestoneGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly date = this.i18n.date;

  protected readonly start = signal('');
  protected readonly end = signal('');
  protected readonly resources = signal('');
  protected readonly name = signal('');
  protected readonly day = signal('');
  protected readonly submittedDates = signal(false);
  protected readonly submittedMilestone = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  protected readonly datesError = computed(() =>
    this.start() && this.end() && this.end() < this.start()
      ? this.t('plan.editor.endBeforeStart')
      : undefined,
  );
  protected readonly nameError = computed(() =>
    this.submittedMilestone() && !this.name().trim() ? this.t('plan.milestone.nameMissing') : undefined,
  );
  protected readonly dateError = computed(() =>
    this.submittedMilestone() && !this.day() ? this.t('plan.milestone.dateMissing') : undefined,
  );

  constructor() {
    // A newly chosen measure (or its refetched dates) fills the fields.
    let shownId: string | null = null;
    effect(() => {
      const bar = this.bar();
      untracked(() => {
        this.start.set(bar.startDate ?? '');
        this.end.set(bar.endDate ?? '');
        this.resources.set(bar.resourcesFromOtherUnits);
        if (shownId !== bar.id) {
          shownId = bar.id;
          this.feedback.set(undefined);
          this.focusAfterRender('#plan-editor-heading');
        }
      });
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async saveDates(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submittedDates.set(true);
    if (this.datesError()) return this.focusAfterRender('#plan-end');
    const bar = this.bar();
    await this.save(
      this.move.mutate({
        variables: {
          input: {
            measureId: bar.id,
            expectedVersion: bar.version,
            startDate: this.start() || null,
            endDate: this.end() || null,
            resourcesFromOtherUnits: this.resources(),
          },
        },
      }),
      this.t('plan.editor.saved', { code: bar.code }),
      'plan.editor.errorHeading',
    );
  }

  protected async addMilestone(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submittedMilestone.set(true);
    if (this.nameError()) return this.focusAfterRender('#plan-milestone-name');
    if (this.dateError()) return this.focusAfterRender('#plan-milestone-date');
    const name = this.name().trim();
    const ok = await this.save(
      this.add.mutate({ variables: { input: { measureId: this.bar().id, name, date: this.day() } } }),
      this.t('plan.milestone.saved', { name }),
      'plan.milestone.errorHeading',
    );
    if (ok) {
      this.name.set('');
      this.day.set('');
      this.submittedMilestone.set(false);
    }
  }

  protected async toggleDone(milestone: PlanBarData['milestones'][number], event: Event): Promise<void> {
    const done = (event.target as HTMLInputElement).checked;
    await this.save(
      this.update.mutate({
        variables: {
          input: {
            id: milestone.id,
            expectedVersion: milestone.version,
            name: milestone.name,
            date: milestone.date,
            done,
          },
        },
      }),
      this.t('plan.milestone.saved', { name: milestone.name }),
      'plan.milestone.errorHeading',
    );
  }

  protected async remove(milestone: PlanBarData['milestones'][number]): Promise<void> {
    await this.save(
      this.removeMilestone.mutate({ variables: { id: milestone.id } }),
      this.t('plan.milestone.removed', { name: milestone.name }),
      'plan.milestone.errorHeading',
    );
  }

  private async save<T>(
    mutation: Parameters<typeof runMutation<T>>[0],
    saved: string,
    errorHeading: 'plan.editor.errorHeading' | 'plan.milestone.errorHeading',
  ): Promise<boolean> {
    this.saving.set(true);
    this.feedback.set(undefined);
    const outcome = await runMutation(mutation);
    this.saving.set(false);
    this.feedback.set(
      outcome.ok
        ? { kind: 'saved', text: saved }
        : { kind: 'error', heading: this.t(errorHeading), message: errorText(outcome.error, this.i18n) },
    );
    if (outcome.ok) this.changed.emit();
    this.focusAfterRender('#plan-editor-feedback');
    return outcome.ok;
  }
}
