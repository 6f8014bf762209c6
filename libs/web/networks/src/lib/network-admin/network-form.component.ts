import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output } from '@angular/core';
import { NETWORK_KINDS, SERVICE_AREAS } from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
} from '@samarbeid/web/data-access';
import {
  CreateNetworkGQL,
  type NetworkKind,
  type NetworkSettingsFieldsFragment,
  UpdateNetworkGQL,
} from '@samarbeid/web/graphql';
import { fieldOptions, fieldRows, FORM_KIT, type FormRefusal, injectFormState } from '@samarbeid/web/ui';

import { networkKindLabel, serviceAreaLabel } from '../shared/labels';
import {
  NETWORK_FORM_FIELDS,
  type NetworkFormField,
  networkFormOf,
  type NetworkFormValues,
  networkSettingsInput,
  REFETCH_NETWORK,
  validateNetworkForm,
} from './network-admin-forms';

/** A network another may sit under. */
export interface ParentOption {
  readonly id: string;
  readonly name: string;
}

/**
 * The secretariat's form for a network's settings: name, kind, service area, the network it reports to, its mandate
 * and, for a working group, its end date. Creates a network (`network` null; `kind` chosen in advance) or changes
 * `network`; tells `saved` the network's id.
 */
@Component({
  selector: 'sb-network-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form [form]="form" labelledBy="network-form-heading" cancellable (cancelled)="cancelled.emit()">
      <h2 class="ds-heading" data-size="sm" id="network-form-heading">
        {{ t(network() ? 'networkAdmin.editHeading' : 'networkAdmin.newHeading') }}
      </h2>
    </sb-field-form>
  `,
})
export class NetworkFormComponent implements OnInit {
  /** The network to change; null for a new one. */
  readonly network = input<NetworkSettingsFieldsFragment | null>(null);
  /** A new network's kind, chosen in advance ("Ny arbeidsgruppe"). */
  readonly kind = input<NetworkKind | ''>('');
  /** The networks it may report to (open ones of the region, not itself). */
  readonly parents = input<readonly ParentOption[]>([]);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly createNetwork = inject(CreateNetworkGQL);
  private readonly updateNetwork = inject(UpdateNetworkGQL);
  protected readonly t = this.i18n.t;

  private readonly label = (field: NetworkFormField) => this.t(`networkAdmin.field.${field}`);

  protected readonly form = injectFormState({
    initial: networkFormOf(null),
    fields: NETWORK_FORM_FIELDS,
    validate: validateNetworkForm,
    translate: this.t,
    label: this.label,
    id: 'network-form',
    rows: (values) => this.rows(values),
    texts: () => {
      const editing = !!this.network();
      return {
        submit: this.t(editing ? 'networkAdmin.save' : 'networkAdmin.create'),
        busy: this.t(editing ? 'networkAdmin.saving' : 'networkAdmin.creating'),
        errorSummary: this.t('form.errorSummary'),
        errorHeading: this.t('networkAdmin.errorHeading'),
      };
    },
    save: (values) => this.send(values),
  });

  /** Starts on the network as saved (or a new one of `kind`), with the focus in its first field. */
  ngOnInit(): void {
    this.form.reset(networkFormOf(this.network(), this.kind()));
    this.form.focus('#network-form-name');
  }

  private rows(values: NetworkFormValues) {
    const language = this.i18n.language();
    const choose = this.t('networkAdmin.choose');
    return fieldRows<NetworkFormField>('network-form-', this.label, [
      { key: 'name', kind: 'text', required: true, maxLength: 200 },
      [
        {
          key: 'kind',
          kind: 'select',
          required: true,
          placeholder: choose,
          placeholderWhileEmpty: true,
          options: fieldOptions(NETWORK_KINDS, (kind) => networkKindLabel(kind, language)),
        },
        {
          key: 'serviceArea',
          kind: 'select',
          required: true,
          placeholder: choose,
          placeholderWhileEmpty: true,
          options: fieldOptions(SERVICE_AREAS, (area) => serviceAreaLabel(area, language)),
        },
      ],
      {
        key: 'parentId',
        kind: 'select',
        placeholder: this.t('networkAdmin.noParent'),
        options: this.parents()
          .filter((parent) => parent.id !== this.network()?.id)
          .map((parent) => ({ value: parent.id, label: parent.name })),
      },
      { key: 'mandate', kind: 'multiline', rows: 3, maxLength: 4000 },
      values.kind === 'WORKING_GROUP' && {
        key: 'endsOn',
        kind: 'date',
        width: 'sm',
        required: true,
        hint: this.t('networkAdmin.endsOnHint'),
      },
    ]);
  }

  private async send(values: NetworkFormValues): Promise<FormRefusal<NetworkFormField> | undefined> {
    const settings = networkSettingsInput(values);
    const network = this.network();
    const outcome = network
      ? await runMutation(
          this.updateNetwork.mutate({
            variables: { input: { id: network.id, version: network.version, ...settings } },
            ...REFETCH_NETWORK,
          }),
        )
      : await runMutation(
          this.createNetwork.mutate({
            variables: { input: { regionSlug: DEFAULT_REGION_SLUG, ...settings } },
            update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'networks' }),
          }),
        );
    if (outcome.ok) {
      const data = outcome.data as { createNetwork?: { id: string }; updateNetwork?: { id: string } };
      this.saved.emit((data.createNetwork ?? data.updateNetwork)?.id ?? '');
      return undefined;
    }
    const language = this.i18n.language();
    return {
      ...this.form.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
        fieldErrorMessage(problem, language),
      ),
      conflict: outcome.error.code === 'CONFLICT',
    };
  }
}
