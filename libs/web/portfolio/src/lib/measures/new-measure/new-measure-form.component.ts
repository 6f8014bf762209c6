import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
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
import {
  type FieldErrors,
  fieldMessages,
  fieldProblems,
  FORM_KIT,
  injectFocusAfterRender,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';
import { map, pairwise, startWith } from 'rxjs';

import { TITLE_MAX_LENGTH } from '../../measure-detail/overview/measure-form';
import { labelOf, serviceAreaLabel, tierLabel } from '../../shared/labels';
import { PortfolioPermissions } from '../../shared/portfolio-permissions';
import {
  emptyNewMeasure,
  NEW_MEASURE_FIELDS,
  newMeasureFieldOf,
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
  imports: [ReactiveFormsModule, FORM_KIT],
  templateUrl: './new-measure-form.component.html',
})
export class NewMeasureFormComponent {
  readonly created = output<CreateMeasureMutation['createMeasure']>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly permissions = inject(PortfolioPermissions);
  private readonly create = inject(CreateMeasureGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly titleMaxLength = TITLE_MAX_LENGTH;
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  private readonly refusalMessage = signal<string | undefined>(undefined);
  protected readonly refusal = computed<SaveFeedback | null>(() => {
    const message = this.refusalMessage();
    return message ? { kind: 'error', heading: this.t('newMeasure.errorHeading'), message } : null;
  });
  private readonly serverErrors = signal<FieldErrors<NewMeasureField>>({});

  protected readonly form = inject(NonNullableFormBuilder).group(emptyNewMeasure());
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly statutory = computed(() => this.values().tier === 'STATUTORY');

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
  protected readonly networkChoices = computed(() => {
    const networks = this.networks();
    return networks.kind === 'ready' ? networks.nodes : [];
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

  protected readonly options = computed(() => {
    const language = this.i18n.language();
    return {
      serviceArea: SERVICE_AREAS.map((value) => ({ value, label: serviceAreaLabel(value, language) })),
      tier: COLLABORATION_TIERS.map((value) => ({ value, label: tierLabel(value, language) })),
      legalForm: LEGAL_FORMS.map((value) => ({ value, label: labelOf(LEGAL_FORM_LABELS, value, language) })),
    };
  });

  /** Each field's problem as a sentence, shown once the user has tried to save. */
  protected readonly errors = computed(() =>
    shownErrors(this.submitted(), this.serverErrors(), validateNewMeasure(this.values()), this.t),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      NEW_MEASURE_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => `new-measure-${field}`,
    ),
  );

  constructor() {
    this.form.valueChanges.subscribe(() => {
      if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
    });
    // Choosing a network suggests its service area, unless the user chose another one themselves.
    this.form.controls.networkId.valueChanges
      .pipe(startWith(this.form.controls.networkId.value), pairwise())
      .subscribe(([previous, next]) => {
        const area = this.form.controls.serviceArea;
        if (area.value === '' || area.value === this.serviceAreaOf(previous)) {
          area.setValue(this.serviceAreaOf(next));
        }
      });
    this.focusAfterRender('#new-measure-code');
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.refusalMessage.set(undefined);
    const values = this.form.getRawValue();
    if (Object.keys(validateNewMeasure(values)).length > 0) {
      this.focusAfterRender('#new-measure-errors');
      return;
    }
    this.saving.set(true);
    const outcome = await runMutation(
      this.create.mutate({
        variables: { input: newMeasureInput(values, DEFAULT_REGION_SLUG) },
        update: (cache) => {
          // Every list of measures (the table, the codes for decisions) is fetched again when next shown.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
          cache.gc();
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.created.emit(outcome.data.createMeasure);
      return;
    }
    const language = this.i18n.language();
    const fields = fieldMessages(outcome.error.fields, newMeasureFieldOf, (problem) =>
      fieldErrorMessage(problem, language),
    );
    const message = errorText(outcome.error, this.i18n);
    // A code already in use (CONFLICT) belongs to the code field.
    if (outcome.error.code === 'CONFLICT' && !fields.code) fields.code = message;
    this.serverErrors.set(fields);
    this.refusalMessage.set(message);
    this.focusAfterRender('#new-measure-refusal');
  }

  private serviceAreaOf(networkId: string): NewMeasureValues['serviceArea'] {
    const networks = this.networks();
    if (networks.kind !== 'ready') return '';
    return networks.nodes.find((network) => network.id === networkId)?.serviceArea ?? '';
  }
}
