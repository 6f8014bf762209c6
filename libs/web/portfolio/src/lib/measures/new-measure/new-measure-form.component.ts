import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { COLLABORATION_TIERS, LEGAL_FORM_LABELS, LEGAL_FORMS, SERVICE_AREAS } from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  fieldErrorMessage,
  I18nService,
  queryErrorText,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { CreateMeasureGQL, type CreateMeasureMutation, NewMeasureNetworksGQL } from '@samarbeid/web/graphql';
import { fieldOptions, fieldRows, FORM_KIT, type FormRefusal, injectFormState } from '@samarbeid/web/ui';

import { TITLE_MAX_LENGTH } from '../../measure-detail/overview/measure-form';
import { labelOf, serviceAreaLabel, tierLabel } from '../../shared/labels';
import { PortfolioPermissions } from '../../shared/portfolio-permissions';
import {
  emptyNewMeasure,
  NEW_MEASURE_FIELDS,
  newMeasureInput,
  type NewMeasureField,
  type NewMeasureValues,
  validateNewMeasure,
} from './new-measure-form';

const FIELD_LABELS: Readonly<Record<NewMeasureField, TranslationKey>> = {
  code: 'measure.field.code',
  title: 'measure.field.title',
  networkId: 'measure.field.network',
  serviceArea: 'measure.field.serviceArea',
  tier: 'measure.field.tier',
  legalForm: 'measure.field.legalForm',
  description: 'measure.field.description',
};

/**
 * "Nytt tiltak" on `/tiltak`: code, title, owning network, service area, tier (with the legal form for a
 * statutory one) and description. The secretariat may choose any of the region's networks, a network leader the
 * networks they lead; the API decides, and its refusal (FORBIDDEN, a code already in use) is shown.
 */
@Component({
  selector: 'sb-new-measure-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './new-measure-form.component.html',
})
export class NewMeasureFormComponent {
  readonly created = output<CreateMeasureMutation['createMeasure']>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly permissions = inject(PortfolioPermissions);
  private readonly createMeasure = inject(CreateMeasureGQL);

  protected readonly t = this.i18n.t;
  protected readonly form = injectFormState({
    initial: emptyNewMeasure(),
    fields: NEW_MEASURE_FIELDS,
    validate: validateNewMeasure,
    translate: this.t,
    label: (field) => this.t(FIELD_LABELS[field]),
    id: 'new-measure',
    feedbackId: 'new-measure-refusal',
    // Choosing a network suggests its service area, unless the user chose another one themselves.
    adjust: (values, before) =>
      values.networkId !== before.networkId &&
      (before.serviceArea === '' || before.serviceArea === this.serviceAreaOf(before.networkId))
        ? { serviceArea: this.serviceAreaOf(values.networkId) }
        : undefined,
    rows: (values) => this.fields(values),
    texts: () => ({
      submit: this.t('newMeasure.submit'),
      busy: this.t('newMeasure.saving'),
      errorHeading: this.t('newMeasure.errorHeading'),
    }),
    save: (values) => this.create(values),
  });

  private readonly networksResult = toSignal(
    inject(NewMeasureNetworksGQL).watch({
      variables: { regionSlug: DEFAULT_REGION_SLUG },
      fetchPolicy: 'cache-and-network',
    }).valueChanges,
  );
  /** The networks the user may choose, or why there are none. */
  protected readonly networks = computed(() => {
    const result = this.networksResult();
    if (result?.dataState === 'complete') {
      const nodes = result.data.networks.nodes.filter((network) =>
        this.permissions.mayCreateMeasureIn(network),
      );
      return { kind: 'ready' as const, nodes };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });
  /** Under the network's label: which networks there are to choose from, or why there are none. */
  protected readonly networkHint = computed(() => {
    const networks = this.networks();
    switch (networks.kind) {
      case 'loading':
        return this.t('newMeasure.networksLoading');
      case 'error':
        return networks.message;
      default:
        return networks.nodes.length > 0 ? this.t('newMeasure.networkHint') : this.t('newMeasure.noNetworks');
    }
  });

  constructor() {
    this.form.focus('#new-measure-code');
  }

  /** The form's fields; the legal form only for a statutory measure. */
  private fields(values: NewMeasureValues) {
    const language = this.i18n.language();
    const networks = this.networks();
    const choose = this.t('measureForm.choose');
    return fieldRows<NewMeasureField>('new-measure-', (field) => this.t(FIELD_LABELS[field]), [
      {
        key: 'code',
        kind: 'text',
        hint: this.t('newMeasure.codeHint'),
        required: true,
        width: 'sm',
        maxLength: 7,
      },
      { key: 'title', kind: 'text', required: true, maxLength: TITLE_MAX_LENGTH },
      {
        key: 'networkId',
        kind: 'select',
        hint: this.networkHint(),
        required: true,
        placeholder: choose,
        options: (networks.kind === 'ready' ? networks.nodes : []).map(({ id, name }) => ({
          value: id,
          label: name,
        })),
      },
      {
        key: 'serviceArea',
        kind: 'select',
        required: true,
        placeholder: choose,
        options: fieldOptions(SERVICE_AREAS, (area) => serviceAreaLabel(area, language)),
      },
      {
        key: 'tier',
        kind: 'select',
        required: true,
        placeholder: choose,
        options: fieldOptions(COLLABORATION_TIERS, (tier) => tierLabel(tier, language)),
      },
      values.tier === 'STATUTORY' && {
        key: 'legalForm',
        kind: 'select',
        hint: this.t('measureForm.legalFormHint'),
        required: true,
        placeholder: choose,
        options: fieldOptions(LEGAL_FORMS, (form) => labelOf(LEGAL_FORM_LABELS, form, language)),
      },
      { key: 'description', kind: 'multiline', rows: 4 },
    ]);
  }

  private async create(values: NewMeasureValues): Promise<FormRefusal<NewMeasureField> | undefined> {
    const outcome = await runMutation(
      this.createMeasure.mutate({
        variables: { input: newMeasureInput(values, DEFAULT_REGION_SLUG) },
        update: (cache) => {
          // Every list of measures (the table, the codes for decisions) is fetched again when next shown.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
          cache.gc();
        },
      }),
    );
    if (outcome.ok) {
      this.created.emit(outcome.data.createMeasure);
      return undefined;
    }
    const language = this.i18n.language();
    const message = errorText(outcome.error, this.i18n);
    const refusal = this.form.refusalFrom(outcome.error, message, (problem) =>
      fieldErrorMessage(problem, language),
    );
    // A code already in use (CONFLICT) belongs to the code field.
    const codeTaken = outcome.error.code === 'CONFLICT' && !refusal.fields?.code;
    return codeTaken ? { ...refusal, fields: { ...refusal.fields, code: message } } : refusal;
  }

  private serviceAreaOf(networkId: string): NewMeasureValues['serviceArea'] {
    const networks = this.networks();
    if (networks.kind !== 'ready') return '';
    return networks.nodes.find((network) => network.id === networkId)?.serviceArea ?? '';
  }
}
