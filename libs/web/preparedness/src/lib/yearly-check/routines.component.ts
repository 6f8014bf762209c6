import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { errorText, I18nService, queryErrorText, runMutation } from '@samarbeid/web/data-access';
import { PreparednessRoutinesGQL, RecordRoutineReviewGQL } from '@samarbeid/web/graphql';
import {
  ConfirmService,
  type DataTableColumn,
  DataTableComponent,
  injectFocusAfterRender,
  ListPageComponent,
  type SaveFeedback,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { PreparednessPermissions } from '../shared/preparedness-permissions';
import type { Choice } from '../shared/region-data';
import { todayInNorway } from '../shared/region-year';
import type { Routine } from './routine-form';
import { RoutineFormComponent } from './routine-form.component';

export const ROUTINES_PAGE_SIZE = 100;

/**
 * The region's preparedness routines (e.g. for digital security): owner, last review, interval and when the next
 * is due, those due first and flagged. Whoever may (the secretariat, the municipality's director, the owner)
 * records a review held today.
 */
@Component({
  selector: 'sb-routines',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, ListPageComponent, RoutineFormComponent, SaveFeedbackComponent],
  templateUrl: './routines.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class RoutinesComponent {
  readonly regionSlug = input.required<string>();
  readonly municipalities = input<readonly Choice[]>([]);

  private readonly i18n = inject(I18nService);
  private readonly query = inject(PreparednessRoutinesGQL);
  private readonly recordReview = inject(RecordRoutineReviewGQL);
  private readonly confirm = inject(ConfirmService);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly feedback = signal<SaveFeedback | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly permissions = inject(PreparednessPermissions);
  protected readonly formOpen = signal(false);
  /** The routine being changed; null: a new one (while the form is open). */
  protected readonly editing = signal<Routine | null>(null);

  private readonly ref = computed(() =>
    this.query.watch({
      variables: { regionSlug: this.regionSlug(), first: ROUTINES_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      const list = result.data.preparednessRoutines;
      return {
        kind: 'ready' as const,
        totalCount: list.totalCount,
        due: list.nodes.filter((routine) => routine.due).length,
        rows: list.nodes.map((routine) => ({
          ...routine,
          appliesTo: routine.municipalityName ?? this.t('preparedness.theRegion'),
          lastReviewed: routine.lastReviewedOn
            ? this.i18n.date(routine.lastReviewedOn)
            : this.t('preparedness.routines.never'),
          nextReview: routine.nextReviewOn
            ? this.i18n.date(routine.nextReviewOn)
            : this.t('preparedness.routines.now'),
          interval: this.plural('preparedness.routines.months', routine.reviewIntervalMonths),
        })),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'title', label: this.t('preparedness.routines.col.title') },
    { key: 'appliesTo', label: this.t('preparedness.routines.col.appliesTo') },
    { key: 'owner', label: this.t('preparedness.owner') },
    { key: 'interval', label: this.t('preparedness.routines.col.interval') },
    { key: 'last', label: this.t('preparedness.routines.col.last') },
    { key: 'next', label: this.t('preparedness.routines.col.next') },
    { key: 'actions', label: this.t('preparedness.routines.col.actions') },
  ]);

  protected openForm(routine: Routine | null): void {
    this.feedback.set(null);
    this.editing.set(routine);
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    const routine = this.editing();
    this.formOpen.set(false);
    this.editing.set(null);
    this.focusAfterRender(routine ? `#routine-edit-${routine.id}` : '#routine-open');
  }

  protected onSaved(saved: { readonly title: string; readonly created: boolean }): void {
    this.formOpen.set(false);
    this.editing.set(null);
    this.feedback.set({
      kind: 'saved',
      text: this.t(saved.created ? 'preparedness.routineForm.created' : 'preparedness.routineForm.saved', {
        title: saved.title,
      }),
    });
    this.focusAfterRender('#routines-feedback');
  }

  protected async review(routine: { id: string; title: string; version: number }): Promise<void> {
    if (this.busy()) return;
    const today = todayInNorway();
    const confirmed = await this.confirm.ask({
      heading: this.t('preparedness.routines.confirmHeading', { title: routine.title }),
      message: this.t('preparedness.routines.confirmMessage', { date: this.i18n.date(today) }),
      confirmLabel: this.t('preparedness.routines.record'),
    });
    if (!confirmed) return;
    this.busy.set(routine.id);
    const outcome = await runMutation(
      this.recordReview.mutate({
        variables: { input: { id: routine.id, expectedVersion: routine.version, reviewedOn: today } },
      }),
    );
    this.busy.set(null);
    this.feedback.set(
      outcome.ok
        ? { kind: 'saved', text: this.t('preparedness.routines.recorded', { title: routine.title }) }
        : {
            kind: 'error',
            heading: this.t('preparedness.routines.refused'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    this.focusAfterRender('#routines-feedback');
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the routines again', error));
  }
}
