import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
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
  type FieldOption,
  fieldOptions,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  lastSegmentIn,
} from '@samarbeid/web/ui';

import {
  CASE_REFERENCE_MAX_LENGTH,
  DECISION_FORM_FIELDS,
  DECISION_TITLE_MAX_LENGTH,
  type DecisionFormField,
  type DecisionFormValues,
  emptyDecisionForm,
  parseMeasureCodes,
  validateDecisionForm,
} from './decision-form';

export type Choice = FieldOption;

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

const fieldOf = lastSegmentIn(DECISION_FORM_FIELDS);

/** Registering a decision (the secretariat): body, date, case reference, title, text and linked measures. */
@Component({
  selector: 'sb-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
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

  protected readonly t = this.i18n.t;
  protected readonly form = injectFormState({
    initial: emptyDecisionForm(),
    fields: DECISION_FORM_FIELDS,
    validate: (values) => validateDecisionForm(values, new Set(this.measureIds().keys())),
    translate: (problem) => this.t(problem.key, { codes: problem.codes ?? '' }),
    label: (field) => this.t(FIELD_LABELS[field]),
    id: 'decision',
    feedbackId: 'decision-refusal',
    rows: (values) => this.fields(values),
    texts: () => ({
      submit: this.t('decisionForm.submit'),
      busy: this.t('decisionForm.saving'),
      errorHeading: this.t('decisionForm.errorHeading'),
    }),
    save: (values) => this.register(values),
  });

  constructor() {
    this.form.focus('#decision-body');
  }

  /** The form's fields; the municipality or the network only for a decision of that body. */
  private fields({ body }: DecisionFormValues) {
    const choose = this.t('measureForm.choose');
    return fieldRows<DecisionFormField>('decision-', (field) => this.t(FIELD_LABELS[field]), [
      {
        key: 'body',
        kind: 'select',
        options: fieldOptions(DECISION_BODIES, (value) => this.t(`decisionBody.${value}`)),
      },
      body === 'MUNICIPAL_COUNCIL' && {
        key: 'municipalityNumber',
        kind: 'select',
        required: true,
        placeholder: choose,
        options: this.municipalities(),
      },
      body === 'NETWORK' && {
        key: 'networkId',
        kind: 'select',
        required: true,
        placeholder: choose,
        options: this.networks(),
      },
      { key: 'decidedOn', kind: 'date', required: true },
      {
        key: 'caseReference',
        kind: 'text',
        hint: this.t('decisionForm.caseReferenceHint'),
        required: true,
        maxLength: CASE_REFERENCE_MAX_LENGTH,
      },
      { key: 'title', kind: 'text', required: true, maxLength: DECISION_TITLE_MAX_LENGTH },
      { key: 'text', kind: 'multiline', required: true, rows: 6 },
      { key: 'measureCodes', kind: 'text', hint: this.t('decisionForm.measuresHint') },
    ]);
  }

  private async register(values: DecisionFormValues): Promise<FormRefusal<DecisionFormField> | undefined> {
    const ids = this.measureIds();
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
    if (outcome.ok) {
      this.registered.emit(outcome.data.createDecision);
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(
      outcome.error,
      errorText(outcome.error, this.i18n),
      (problem) => fieldErrorMessage(problem, language),
      (path) => (path.endsWith('measureIds') ? 'measureCodes' : fieldOf(path)),
    );
  }
}
