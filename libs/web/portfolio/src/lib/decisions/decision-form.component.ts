import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { DECISION_BODIES } from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { CreateDecisionGQL, type CreateDecisionMutation } from '@samarbeid/web/graphql';
import {
  type FieldErrors,
  fieldMessages,
  fieldProblems,
  FORM_KIT,
  injectFocusAfterRender,
  lastSegmentIn,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';
import { map } from 'rxjs';

import {
  CASE_REFERENCE_MAX_LENGTH,
  DECISION_FORM_FIELDS,
  DECISION_TITLE_MAX_LENGTH,
  type DecisionFormField,
  emptyDecisionForm,
  parseMeasureCodes,
  validateDecisionForm,
} from './decision-form';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

const FIELD_LABELS: Readonly<Record<DecisionFormField, TranslationKey>> = {
  body: 'decisions.col.body',
  municipalityNumber: 'decisionForm.municipality',
  networkId: 'decisionForm.network',
  decidedOn: 'decisions.col.date',
  caseReference: 'decisions.col.caseReference',
  title: 'decisions.col.title',
  text: 'decisionForm.text',
  measureCodes: 'decisionForm.measures',
};

/** Registering a decision (the secretariat): body, date, case reference, title, text and linked measures. */
@Component({
  selector: 'sb-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FORM_KIT],
  templateUrl: './decision-form.component.html',
})
export class DecisionFormComponent {
  /** The region's measures, code → id. */
  readonly measureIds = input<ReadonlyMap<string, string>>(new Map());
  readonly municipalities = input<readonly Choice[]>([]);
  readonly networks = input<readonly Choice[]>([]);
  readonly registered = output<CreateDecisionMutation['createDecision']>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateDecisionGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly caseReferenceMaxLength = CASE_REFERENCE_MAX_LENGTH;
  protected readonly titleMaxLength = DECISION_TITLE_MAX_LENGTH;
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  private readonly refusalMessage = signal<string | undefined>(undefined);
  protected readonly refusal = computed<SaveFeedback | null>(() => {
    const message = this.refusalMessage();
    return message ? { kind: 'error', heading: this.t('decisionForm.errorHeading'), message } : null;
  });
  private readonly serverErrors = signal<FieldErrors<DecisionFormField>>({});

  protected readonly form = inject(NonNullableFormBuilder).group(emptyDecisionForm());
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly body = computed(() => this.values().body);
  protected readonly bodies = computed(() =>
    DECISION_BODIES.map((value) => ({ value, label: this.t(`decisionBody.${value}`) })),
  );

  protected readonly errors = computed(() =>
    shownErrors(
      this.submitted(),
      this.serverErrors(),
      validateDecisionForm(this.values(), new Set(this.measureIds().keys())),
      (problem) => this.t(problem.key, { codes: problem.codes ?? '' }),
    ),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      DECISION_FORM_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => `decision-${field}`,
    ),
  );

  constructor() {
    this.form.valueChanges.subscribe(() => {
      if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
    });
    this.focusAfterRender('#decision-body');
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.refusalMessage.set(undefined);
    const values = this.form.getRawValue();
    const ids = this.measureIds();
    if (Object.keys(validateDecisionForm(values, new Set(ids.keys()))).length > 0) {
      this.focusAfterRender('#decision-errors');
      return;
    }
    this.saving.set(true);
    const outcome = await runMutation(
      this.create.mutate({
        variables: {
          input: {
            regionSlug: DEFAULT_REGION_SLUG,
            body: values.body,
            municipalityNumber: values.body === 'MUNICIPAL_COUNCIL' ? values.municipalityNumber : null,
            networkId: values.body === 'NETWORK' ? values.networkId : null,
            decidedOn: values.decidedOn,
            caseReference: values.caseReference.trim(),
            title: values.title.trim(),
            text: values.text.trim(),
            measureIds: parseMeasureCodes(values.measureCodes).map((code) => ids.get(code) as string),
          },
        },
        update: (cache, { data }) => {
          // The decisions log and the linked measures' decisions are fetched again when next shown.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'decisions' });
          for (const measure of data?.createDecision.measures ?? []) {
            const id = cache.identify({ __typename: 'Measure', id: measure.id });
            if (id) cache.evict({ id, fieldName: 'decisions' });
          }
          cache.gc();
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.registered.emit(outcome.data.createDecision);
      return;
    }
    const language = this.i18n.language();
    const fieldOf = lastSegmentIn(DECISION_FORM_FIELDS);
    this.serverErrors.set(
      fieldMessages(
        outcome.error.fields,
        (path) => (path.endsWith('measureIds') ? 'measureCodes' : fieldOf(path)),
        (problem) => fieldErrorMessage(problem, language),
      ),
    );
    this.refusalMessage.set(errorText(outcome.error, this.i18n));
    this.focusAfterRender('#decision-refusal');
  }
}
