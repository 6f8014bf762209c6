import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FOLLOW_UP_STATUSES } from '@samarbeid/shared/domain';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import {
  type FollowUpActionFieldsFragment,
  type FollowUpStatus,
  SetFollowUpStatusGQL,
} from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
} from '@samarbeid/web/ui';

import type { Choice } from '../shared/region-data';
import { FollowUpFormComponent } from './follow-up-form.component';

/**
 * Follow-up actions as a table: what, for whom, owner, deadline (overdue flagged in words, not only colour) and
 * status, which the owner and the editors change in place; each change is announced.
 */
@Component({
  selector: 'sb-follow-up-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, FollowUpFormComponent, FORM_KIT],
  template: `
    <sb-data-table [caption]="caption()" [columns]="columns()">
      <tbody>
        @for (row of rows(); track row.id) {
          <tr [attr.data-action]="row.title" [class.sb-overdue]="row.overdue">
            <th scope="row">
              <span>{{ row.title }}</span>
              @if (row.description) {
                <span class="ds-paragraph sb-muted" data-size="sm"> – {{ row.description }}</span>
              }
              @if (showExercise() && row.exercise; as exercise) {
                <br /><a
                  class="ds-link"
                  data-size="sm"
                  [routerLink]="['/beredskap/ovelser', exercise.id]"
                  [queryParams]="{ region: row.regionSlug }"
                  >{{ exercise.title }}</a
                >
              }
              @if (row.measure; as measure) {
                <br /><span class="ds-paragraph" data-size="sm"
                  >{{ t('preparedness.followUp.linkedMeasure') }}:
                  <a class="ds-link" [routerLink]="['/tiltak', measure.code]"
                    >{{ measure.code }} {{ measure.title }}</a
                  ></span
                >
              }
              @if (row.source; as source) {
                <br /><a
                  class="ds-link"
                  data-size="sm"
                  [routerLink]="source.kind === 'DECISION' ? ['/vedtak'] : ['/avtaler', source.id]"
                  >{{ sourceText(source) }}</a
                >
              }
              @if (editable() && row.viewerCanEdit) {
                <br /><button
                  type="button"
                  class="ds-button"
                  data-variant="tertiary"
                  data-size="sm"
                  [id]="idPrefix() + '-edit-' + row.id"
                  (click)="edit(row)"
                >
                  {{ t('preparedness.followUp.edit') }}<span class="ds-sr-only">: {{ row.title }}</span>
                </button>
              }
            </th>
            <td>{{ row.where }}</td>
            <td>{{ row.ownerName }}</td>
            <td class="sb-nowrap">
              <time [attr.datetime]="row.deadline">{{ row.deadlineText }}</time>
              @if (row.overdue) {
                <span class="ds-tag" data-size="sm" data-color="danger" data-testid="overdue">{{
                  t('preparedness.followUp.overdue')
                }}</span>
              }
            </td>
            <td>
              @if (row.viewerCanSetStatus) {
                <sb-field [label]="t('preparedness.followUp.statusOf', { title: row.title })" labelHidden>
                  <select
                    sbControl
                    class="ds-input"
                    [id]="idPrefix() + '-status-' + row.id"
                    [attr.aria-disabled]="busy() === row.id ? true : null"
                    (change)="setStatus(row, $event)"
                  >
                    @for (status of statuses; track status) {
                      <option [value]="status" [selected]="status === row.status">
                        {{ statusText(status) }}
                      </option>
                    }
                  </select>
                </sb-field>
              } @else {
                {{ statusText(row.status) }}
              }
            </td>
          </tr>
        }
      </tbody>
    </sb-data-table>
    @if (editing(); as action) {
      <sb-follow-up-form
        formId="follow-up-edit"
        [regionSlug]="action.regionSlug"
        [municipalities]="municipalities() ?? []"
        [action]="action"
        (saved)="onSaved($event)"
        (cancelled)="closeEdit()"
      />
    }
    <p class="ds-sr-only" role="status">{{ announcement() }}</p>
    @if (failure(); as message) {
      <div class="ds-alert" data-color="danger" role="alert">
        <p class="ds-paragraph">{{ message }}</p>
      </div>
    }
  `,
  styleUrl: '../shared/preparedness.css',
})
export class FollowUpTableComponent {
  readonly actions = input.required<readonly FollowUpActionFieldsFragment[]>();
  readonly caption = input.required<string>();
  /** Prefix of the status controls' ids (two tables on a page). */
  readonly idPrefix = input('follow-up');
  readonly showExercise = input(true);
  /** Show the region beside the municipality (a person's actions across regions). */
  readonly showRegion = input(false);
  /** The region's municipalities: given, the editors change an action here (below the table). */
  readonly municipalities = input<readonly Choice[] | null>(null);

  private readonly i18n = inject(I18nService);
  private readonly setStatusMutation = inject(SetFollowUpStatusGQL);
  protected readonly t = this.i18n.t;
  protected readonly statuses = FOLLOW_UP_STATUSES;
  protected readonly busy = signal<string | null>(null);
  protected readonly editable = computed(() => this.municipalities() !== null);
  protected readonly editing = signal<FollowUpActionFieldsFragment | null>(null);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly announcement = signal('');
  protected readonly failure = signal<string | null>(null);

  protected readonly rows = computed(() =>
    this.actions().map((action) => {
      const where = action.municipalityName ?? this.t('preparedness.theRegion');
      return {
        ...action,
        where: this.showRegion() ? `${where} (${action.regionName})` : where,
        deadlineText: this.i18n.date(action.deadline),
      };
    }),
  );

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'title', label: this.t('preparedness.followUp.title') },
    { key: 'municipality', label: this.t('preparedness.followUp.municipality') },
    { key: 'owner', label: this.t('preparedness.owner') },
    { key: 'deadline', label: this.t('preparedness.followUp.deadline') },
    { key: 'status', label: this.t('preparedness.followUp.status') },
  ]);

  protected edit(action: FollowUpActionFieldsFragment): void {
    this.editing.set(action);
  }

  protected onSaved(action: FollowUpActionFieldsFragment): void {
    this.editing.set(null);
    this.announcement.set(this.t('preparedness.followUp.updated', { title: action.title }));
    this.focusAfterRender(`#${this.idPrefix()}-edit-${action.id}`);
  }

  protected closeEdit(): void {
    const action = this.editing();
    this.editing.set(null);
    if (action) this.focusAfterRender(`#${this.idPrefix()}-edit-${action.id}`);
  }

  /** "Fra vedtak KDU 12/26 «…»", or "Fra avtalen «…»". */
  protected sourceText(source: NonNullable<FollowUpActionFieldsFragment['source']>): string {
    return source.kind === 'DECISION'
      ? this.t('preparedness.followUp.fromDecision', {
          reference: source.caseReference ?? '',
          title: source.title,
        })
      : this.t('preparedness.followUp.fromAgreement', { title: source.title });
  }

  protected statusText(status: FollowUpStatus): string {
    return this.t(`preparedness.followUpStatus.${status}`);
  }

  protected async setStatus(action: FollowUpActionFieldsFragment, event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const status = select.value as FollowUpStatus;
    if (this.busy() || status === action.status) return;
    this.busy.set(action.id);
    this.failure.set(null);
    const outcome = await runMutation(
      this.setStatusMutation.mutate({
        variables: { input: { id: action.id, expectedVersion: action.version, status } },
        update: (cache) => {
          for (const fieldName of ['myFollowUpActions', 'preparednessYearlyCheck']) {
            cache.evict({ id: 'ROOT_QUERY', fieldName });
          }
          cache.gc();
        },
      }),
    );
    this.busy.set(null);
    if (outcome.ok) {
      this.announcement.set(
        this.t('preparedness.followUp.statusSet', { title: action.title, status: this.statusText(status) }),
      );
    } else {
      select.value = action.status;
      this.failure.set(errorText(outcome.error, this.i18n));
    }
  }
}
