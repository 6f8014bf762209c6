import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  errorText,
  fieldErrorMessage,
  formatDate,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { JoinRegionGQL, LeaveRegionGQL, RegionMembershipsGQL } from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  ConfirmService,
  confirmThenSave,
  type DataTableColumn,
  DataTableComponent,
  fieldRows,
  type FormRefusal,
  injectFormState,
  injectSaveStatus,
  OpeningFormComponent,
  refusalOf,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';
import { osloDate } from '@samarbeid/shared/domain';

interface JoinValues {
  readonly municipalityNumber: string;
  readonly validFrom: string;
}
type JoinField = keyof JoinValues;
const JOIN_FIELDS: readonly JoinField[] = ['municipalityNumber', 'validFrom'];

export function validateJoin(values: JoinValues): Partial<Record<JoinField, TranslationKey>> {
  const errors: Partial<Record<JoinField, TranslationKey>> = {};
  if (!/^\d{4}$/.test(values.municipalityNumber.trim()))
    errors.municipalityNumber = 'regionMemberships.error.number';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.validFrom)) errors.validFrom = 'regionMemberships.error.date';
  return errors;
}

/**
 * The secretariat's part of `/kommuner`: every municipality's membership of the region with its dates, recording a
 * municipality joining (from a day) and leaving (today, after asking). Nothing is deleted.
 */
@Component({
  selector: 'sb-region-memberships',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, DataTableComponent, OpeningFormComponent, SaveFeedbackComponent],
  template: `
    <section class="sb-stack" aria-labelledby="region-memberships-heading">
      <h2 class="ds-heading" data-size="sm" id="region-memberships-heading">
        {{ t('regionMemberships.heading') }}
      </h2>
      <p class="ds-paragraph" data-size="sm">{{ t('regionMemberships.intro') }}</p>
      <sb-save-feedback [status]="status" [headingLevel]="3" />
      <sb-data-table [caption]="t('regionMemberships.caption')" [columns]="columns()">
        <tbody>
          @for (row of rows(); track row.id) {
            <tr>
              <th scope="row">{{ row.name }} ({{ row.number }})</th>
              <td class="sb-nowrap">{{ row.from }}</td>
              <td class="sb-nowrap">{{ row.to }}</td>
              <td>
                @if (row.open) {
                  <button
                    sbButton="tertiary"
                    [id]="'leave-region-' + row.id"
                    [attr.aria-label]="t('regionMemberships.leaveFor', { name: row.name })"
                    (click)="leave(row)"
                  >
                    {{ t('regionMemberships.leave') }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </sb-data-table>
      <sb-opening-form
        [form]="form"
        [open]="joining()"
        openId="join-region-open"
        [openText]="t('regionMemberships.join')"
        headingId="join-region-heading"
        [heading]="t('regionMemberships.joinHeading')"
        (opening)="startJoining()"
        (cancelled)="stopJoining()"
      />
    </section>
  `,
})
export class RegionMembershipsComponent {
  readonly regionSlug = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly joinRegion = inject(JoinRegionGQL);
  private readonly leaveRegion = inject(LeaveRegionGQL);
  private readonly query = inject(RegionMembershipsGQL);
  protected readonly t = this.i18n.t;
  protected readonly joining = signal(false);

  private readonly result = toSignal(
    toObservable(this.regionSlug).pipe(
      switchMap(
        (slug) => this.query.watch({ variables: { slug }, fetchPolicy: 'cache-and-network' }).valueChanges,
      ),
    ),
  );
  /** After a change: this list, and the page's list of current members, are fetched again. */
  private readonly refetch = {
    refetchQueries: ['RegionMemberships', 'RegionMunicipalities'],
    awaitRefetchQueries: true,
  };

  protected readonly status = injectSaveStatus('region-memberships-feedback', () => ({
    errorHeading: this.t('regionMemberships.leaveError'),
    notices: { left: this.t('regionMemberships.left'), joined: this.t('regionMemberships.joined') },
  }));

  protected readonly columns = computed<readonly DataTableColumn[]>(() =>
    (['municipality', 'from', 'to', 'action'] as const).map((key) => ({
      key,
      label: this.t(`regionMemberships.col.${key}`),
    })),
  );

  protected readonly rows = computed(() => {
    const result = this.result();
    const memberships = result?.dataState === 'complete' ? result.data.region.memberships : [];
    const language = this.i18n.language();
    const today = osloDate();
    return memberships.map((membership) => ({
      id: membership.id,
      name: membership.municipalityName,
      number: membership.municipalityNumber,
      from: formatDate(membership.validFrom, language),
      to: membership.validTo ? formatDate(membership.validTo, language) : this.t('regionMemberships.ongoing'),
      open: membership.validTo === null || membership.validTo > today,
    }));
  });

  private readonly label = (field: JoinField) => this.t(`regionMemberships.field.${field}`);

  protected readonly form = injectFormState({
    initial: { municipalityNumber: '', validFrom: osloDate() },
    fields: JOIN_FIELDS,
    validate: validateJoin,
    translate: this.t,
    label: this.label,
    id: 'join-region',
    rows: () =>
      fieldRows<JoinField>('join-region-', this.label, [
        [
          { key: 'municipalityNumber', kind: 'text', required: true, maxLength: 4, width: 'xs' },
          { key: 'validFrom', kind: 'date', required: true, width: 'sm' },
        ],
      ]),
    texts: () => ({
      submit: this.t('regionMemberships.join'),
      busy: this.t('regionMemberships.joining'),
      errorSummary: this.t('form.errorSummary'),
      errorHeading: this.t('regionMemberships.joinError'),
    }),
    save: (values) => this.join(values),
  });

  protected startJoining(): void {
    this.form.reset({ municipalityNumber: '', validFrom: osloDate() });
    this.joining.set(true);
    this.form.focus('#join-region-municipalityNumber');
  }

  protected stopJoining(): void {
    this.joining.set(false);
    this.form.focus('#join-region-open');
  }

  /** Asks, then records the municipality leaving today. */
  protected leave(row: { id: string; name: string }): Promise<void> {
    const question = {
      heading: this.t('regionMemberships.leaveQuestion', { name: row.name }),
      message: this.t('regionMemberships.leaveMessage'),
      confirmLabel: this.t('regionMemberships.leave'),
      danger: true,
    };
    const save = async () => {
      const outcome = await runMutation(
        this.leaveRegion.mutate({
          variables: { input: { membershipId: row.id, validTo: osloDate() } },
          ...this.refetch,
        }),
      );
      return outcome.ok ? undefined : refusalOf(outcome.error, errorText(outcome.error, this.i18n));
    };
    return confirmThenSave(this.confirm, this.status, question, save, 'left');
  }

  private async join(values: JoinValues): Promise<FormRefusal<JoinField> | undefined> {
    const outcome = await runMutation(
      this.joinRegion.mutate({
        variables: {
          input: {
            regionSlug: this.regionSlug(),
            municipalityNumber: values.municipalityNumber.trim(),
            validFrom: values.validFrom,
          },
        },
        ...this.refetch,
      }),
    );
    if (outcome.ok) {
      this.joining.set(false);
      this.status.tell('joined');
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
      fieldErrorMessage(problem, language),
    );
  }
}
