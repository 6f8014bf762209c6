import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NETWORK_ROLES, osloDate } from '@samarbeid/shared/domain';
import {
  errorText,
  fieldErrorMessage,
  formatDate,
  I18nService,
  runMutation,
} from '@samarbeid/web/data-access';
import { AddNetworkMemberGQL, EndNetworkMembershipGQL, type NetworkAdminQuery } from '@samarbeid/web/graphql';
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

import { NETWORK_ROLE_LABELS } from '../shared/labels';
import {
  emptyMemberForm,
  MEMBER_FORM_FIELDS,
  REFETCH_NETWORK,
  type MemberFormField,
  type MemberFormValues,
  memberInput,
  validateMemberForm,
  withPerson,
} from './network-admin-forms';

type Membership = NetworkAdminQuery['network']['memberHistory'][number];
type Person = NetworkAdminQuery['preparednessPeople'][number];

/**
 * The secretariat's view of a network's memberships: every one it has had (the history, newest first), ending one
 * that still holds (a confirm dialog; it stays in the history), and adding a leader, member or secretary, with the
 * person's user so that a leader can change the network's measures from the first day.
 */
@Component({
  selector: 'sb-network-memberships',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, DataTableComponent, OpeningFormComponent, SaveFeedbackComponent],
  template: `
    <section class="sb-stack" aria-labelledby="memberships-heading">
      <h3 class="ds-heading" data-size="sm" id="memberships-heading">
        {{ t('networkAdmin.membershipsHeading') }}
      </h3>
      <p class="ds-paragraph" data-size="sm">{{ t('networkAdmin.membershipsIntro') }}</p>
      <sb-save-feedback [status]="status" [headingLevel]="4" />
      @if (rows().length === 0) {
        <p class="ds-paragraph">{{ t('networkAdmin.noMemberships') }}</p>
      } @else {
        <sb-data-table [caption]="t('networkAdmin.membershipsCaption')" [columns]="columns()">
          <tbody>
            @for (row of rows(); track row.id) {
              <tr>
                <th scope="row">{{ row.personName }}</th>
                <td>{{ row.municipality }}</td>
                <td>{{ row.role }}</td>
                <td class="sb-nowrap">{{ row.from }}</td>
                <td class="sb-nowrap">{{ row.to }}</td>
                <td>
                  @if (row.open && !closed()) {
                    <button
                      sbButton="tertiary"
                      [id]="'end-membership-' + row.id"
                      [attr.aria-label]="t('networkAdmin.endMembershipFor', { name: row.personName })"
                      (click)="end(row)"
                    >
                      {{ t('networkAdmin.endMembership') }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </sb-data-table>
      }
      @if (!closed()) {
        <sb-opening-form
          [form]="form"
          [open]="adding()"
          openId="add-member-open"
          [openText]="t('networkAdmin.addMember')"
          headingId="add-member-heading"
          [heading]="t('networkAdmin.addHeading')"
          [headingLevel]="4"
          (opening)="startAdding()"
          (cancelled)="stopAdding()"
        />
      }
    </section>
  `,
})
export class NetworkMembershipsComponent {
  readonly networkId = input.required<string>();
  readonly memberships = input<readonly Membership[]>([]);
  /** The people with a user in the region, to pick from. */
  readonly people = input<readonly Person[]>([]);
  /** The region's member municipalities, number → name. */
  readonly municipalities = input<ReadonlyMap<string, string>>(new Map());
  /** The network is closed: nothing to add or end. */
  readonly closed = input(false);

  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly addMember = inject(AddNetworkMemberGQL);
  private readonly endMembership = inject(EndNetworkMembershipGQL);
  protected readonly t = this.i18n.t;
  protected readonly adding = signal(false);

  protected readonly status = injectSaveStatus('memberships-feedback', () => ({
    errorHeading: this.t('networkAdmin.endError'),
    notices: { ended: this.t('networkAdmin.ended'), added: this.t('networkAdmin.added') },
  }));

  protected readonly columns = computed<readonly DataTableColumn[]>(() =>
    (['name', 'municipality', 'role', 'from', 'to', 'action'] as const).map((key) => ({
      key,
      label: this.t(`networkAdmin.col.${key}`),
    })),
  );

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    const today = osloDate();
    const names = this.municipalities();
    return this.memberships().map((membership) => ({
      id: membership.id,
      personName: membership.personName,
      municipality: membership.municipalityNumber
        ? (names.get(membership.municipalityNumber) ?? membership.municipalityNumber)
        : '–',
      role: this.t(NETWORK_ROLE_LABELS[membership.role]),
      from: formatDate(membership.validFrom, language),
      to: membership.validTo ? formatDate(membership.validTo, language) : this.t('networkAdmin.ongoing'),
      open: membership.validTo === null || membership.validTo > today,
    }));
  });

  private readonly label = (field: MemberFormField) => this.t(`networkAdmin.field.${field}`);

  protected readonly form = injectFormState({
    initial: emptyMemberForm(osloDate()),
    fields: MEMBER_FORM_FIELDS,
    validate: validateMemberForm,
    translate: this.t,
    label: this.label,
    id: 'add-member',
    adjust: (values, before) =>
      values.userId !== before.userId
        ? withPerson(
            values,
            this.people().find((person) => person.userId === values.userId),
          )
        : undefined,
    rows: () => this.formRows(),
    texts: () => ({
      submit: this.t('networkAdmin.addMember'),
      busy: this.t('networkAdmin.adding'),
      errorSummary: this.t('form.errorSummary'),
      errorHeading: this.t('networkAdmin.addError'),
    }),
    save: (values) => this.add(values),
  });

  protected startAdding(): void {
    this.form.reset(emptyMemberForm(osloDate()));
    this.adding.set(true);
    this.form.focus('#add-member-userId');
  }

  protected stopAdding(): void {
    this.adding.set(false);
    this.form.focus('#add-member-open');
  }

  /** Asks, then ends the membership today. */
  protected end(row: { id: string; personName: string }): Promise<void> {
    const question = {
      heading: this.t('networkAdmin.endQuestion', { name: row.personName }),
      message: this.t('networkAdmin.endMessage'),
      confirmLabel: this.t('networkAdmin.endMembership'),
      danger: true,
    };
    const save = async () => {
      const outcome = await runMutation(
        this.endMembership.mutate({
          variables: { input: { memberId: row.id, validTo: osloDate() } },
          ...REFETCH_NETWORK,
        }),
      );
      return outcome.ok ? undefined : refusalOf(outcome.error, errorText(outcome.error, this.i18n));
    };
    return confirmThenSave(this.confirm, this.status, question, save, 'ended');
  }

  private formRows() {
    const people = this.people().map((person) => ({ value: person.userId, label: person.name }));
    const municipalities = [...this.municipalities()].map(([value, label]) => ({ value, label }));
    return fieldRows<MemberFormField>('add-member-', this.label, [
      {
        key: 'userId',
        kind: 'select',
        placeholder: this.t('networkAdmin.noUser'),
        options: people,
        hint: this.t('networkAdmin.userHint'),
      },
      { key: 'personName', kind: 'text', required: true, maxLength: 200 },
      { key: 'email', kind: 'text', maxLength: 320 },
      [
        {
          key: 'municipalityNumber',
          kind: 'select',
          placeholder: this.t('networkAdmin.noMunicipality'),
          options: municipalities,
        },
        {
          key: 'role',
          kind: 'select',
          required: true,
          placeholder: this.t('networkAdmin.choose'),
          placeholderWhileEmpty: true,
          options: NETWORK_ROLES.map((role) => ({ value: role, label: this.t(NETWORK_ROLE_LABELS[role]) })),
        },
        { key: 'validFrom', kind: 'date', required: true, width: 'sm' },
      ],
    ]);
  }

  private async add(values: MemberFormValues): Promise<FormRefusal<MemberFormField> | undefined> {
    const outcome = await runMutation(
      this.addMember.mutate({
        variables: { input: memberInput(this.networkId(), values) },
        ...REFETCH_NETWORK,
      }),
    );
    if (outcome.ok) {
      this.adding.set(false);
      this.status.tell('added');
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
      fieldErrorMessage(problem, language),
    );
  }
}
