import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { errorText, fieldErrorMessage, I18nService, runMutation } from '@samarbeid/web/data-access';
import { type MeasureGovernanceFieldsFragment, SaveMeasureSteeringGQL } from '@samarbeid/web/graphql';
import {
  type DetailItem,
  DetailsListComponent,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  yesNoOptions,
} from '@samarbeid/web/ui';

import {
  STEERING_FIELDS,
  type SteeringField,
  steeringFormOf,
  type SteeringFormValues,
  steeringInput,
  validateSteering,
} from './governance-forms';

/** A network member who may be named responsible. */
export interface SteeringMember {
  readonly id: string;
  readonly personName: string;
}

const TEXT_FIELDS: readonly SteeringField[] = [
  'currentSituation',
  'causes',
  'desiredSituation',
  'mandate',
  'implementationGroup',
  'timeAndResourceFrame',
  'preconditions',
  'reportingRequirements',
];

/**
 * The measure as a steering document (Øvre Eiker's masterplan: current situation → causes → desired situation, and
 * mandate, people, frame, preconditions, reporting; union consultation; political decision): a form for those who may
 * edit the measure, a description list for everyone else.
 */
@Component({
  selector: 'sb-measure-steering',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, DetailsListComponent],
  template: `
    <section class="sb-stack" aria-labelledby="steering-heading">
      @if (editing()) {
        <sb-field-form [form]="form" labelledBy="steering-heading" cancellable (cancelled)="stop()">
          <h2 class="ds-heading" data-size="sm" id="steering-heading">
            {{ t('governance.steering.heading') }}
          </h2>
          <p class="ds-paragraph sb-muted" data-size="sm">{{ t('governance.steering.intro') }}</p>
        </sb-field-form>
      } @else {
        <h2 class="ds-heading" data-size="sm" id="steering-heading">
          {{ t('governance.steering.heading') }}
        </h2>
        <sb-save-feedback [status]="form" [headingLevel]="3" />
        <sb-details-list [items]="details()" />
        @if (canEdit()) {
          <p class="ds-paragraph">
            <button sbButton="secondary" id="steering-edit-start" (click)="start()">
              {{ t('governance.steering.edit') }}
            </button>
          </p>
        }
      }
      @if (cooperating() && !canEdit()) {
        <p class="ds-paragraph" data-size="sm">
          {{ t('governance.steering.cooperating', { networks: cooperating() }) }}
        </p>
      }
    </section>
  `,
})
export class MeasureSteeringComponent {
  readonly measure = input.required<MeasureGovernanceFieldsFragment>();
  readonly members = input<readonly SteeringMember[]>([]);
  readonly canEdit = input(false);

  private readonly i18n = inject(I18nService);
  private readonly save = inject(SaveMeasureSteeringGQL);
  protected readonly t = this.i18n.t;

  private readonly label = (field: SteeringField) => this.t(`governance.steering.${field}`);

  protected readonly form = injectFormState<SteeringField, SteeringFormValues, string>({
    initial: steeringFormOf(EMPTY),
    fields: STEERING_FIELDS,
    validate: validateSteering,
    translate: (key) => this.t(key as Parameters<typeof this.t>[0]),
    label: this.label,
    id: 'steering',
    rows: (values) => this.rows(values),
    texts: () => ({
      submit: this.t('governance.steering.submit'),
      busy: this.t('governance.steering.saving'),
      errorSummary: this.t('form.errorSummary'),
      errorHeading: this.t('governance.steering.errorHeading'),
      conflictHeading: this.t('measureForm.conflictHeading'),
      reload: this.t('measureForm.reload'),
      notices: { saved: this.t('governance.steering.saved') },
    }),
    save: (values) => this.send(values),
  });

  protected readonly cooperating = computed(() =>
    this.measure()
      .cooperatingNetworks.map((network) => network.name)
      .join(', '),
  );

  protected readonly details = computed((): DetailItem[] => {
    const steering = this.measure().steering;
    const none = this.t('governance.steering.none');
    const text = (value: string | null | undefined) => (value?.trim() ? value : none);
    const yes = this.t('governance.steering.yes');
    const no = this.t('governance.steering.no');
    return [
      ...TEXT_FIELDS.slice(0, 4).map((field) => ({
        term: this.label(field),
        description: text(steering[field as keyof typeof steering] as string),
        wide: true,
        text: true,
      })),
      { term: this.label('responsibleMemberId'), description: text(steering.responsibleName) },
      ...TEXT_FIELDS.slice(4).map((field) => ({
        term: this.label(field),
        description: text(steering[field as keyof typeof steering] as string),
        text: true,
      })),
      {
        term: this.label('unionConsultationNeeded'),
        description: steering.unionConsultationNeeded
          ? `${yes}${steering.unionConsultationDate ? `, ${this.i18n.date(steering.unionConsultationDate)}` : ''}${
              steering.unionConsultationOutcome ? `: ${steering.unionConsultationOutcome}` : ''
            }`
          : no,
      },
      {
        term: this.label('politicalDecisionNeeded'),
        description: steering.politicalDecisionNeeded
          ? `${yes}${steering.politicalDecisionCase ? ` (${steering.politicalDecisionCase})` : ''}`
          : no,
      },
      {
        term: this.label('noEconomicEffectReason'),
        description: text(steering.noEconomicEffectReason),
        text: true,
      },
    ];
  });

  protected readonly editing = signal(false);

  /** Opens the form on the saved document. */
  protected start(): void {
    this.form.reset(steeringFormOf(this.measure().steering));
    this.editing.set(true);
    this.form.focus('#steering-currentSituation');
  }

  protected stop(): void {
    this.editing.set(false);
    this.form.focus('#steering-edit-start');
  }

  private rows(values: SteeringFormValues) {
    const yesNo = yesNoOptions(this.t('governance.steering.yes'), this.t('governance.steering.no'));
    const area = (key: SteeringField, rows = 3) => ({
      key,
      kind: 'multiline' as const,
      rows,
      maxLength: 10000,
    });
    return fieldRows<SteeringField>('steering-', this.label, [
      area('currentSituation'),
      area('causes'),
      area('desiredSituation'),
      area('mandate'),
      {
        key: 'responsibleMemberId',
        kind: 'select',
        placeholder: this.t('governance.steering.noResponsible'),
        options: this.members().map((member) => ({ value: member.id, label: member.personName })),
      },
      area('implementationGroup', 2),
      area('timeAndResourceFrame', 2),
      area('preconditions', 2),
      area('reportingRequirements', 2),
      { key: 'unionConsultationNeeded', kind: 'choice', inline: true, options: yesNo },
      values.unionConsultationNeeded === 'yes' && [
        { key: 'unionConsultationDate', kind: 'date', width: 'sm' },
      ],
      values.unionConsultationNeeded === 'yes' && area('unionConsultationOutcome', 2),
      { key: 'politicalDecisionNeeded', kind: 'choice', inline: true, options: yesNo },
      values.politicalDecisionNeeded === 'yes' && {
        key: 'politicalDecisionCase',
        kind: 'text',
        maxLength: 64,
        width: 'sm',
      },
      { ...area('noEconomicEffectReason', 2), hint: this.t('governance.steering.noEconomicEffectHint') },
    ]);
  }

  private async send(values: SteeringFormValues): Promise<FormRefusal<SteeringField> | undefined> {
    const outcome = await runMutation(
      this.save.mutate({ variables: { input: steeringInput(this.measure(), values) } }),
    );
    if (outcome.ok) {
      this.editing.set(false);
      this.form.tell('saved');
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

const EMPTY: MeasureGovernanceFieldsFragment['steering'] = {
  anchoringDecidedOn: null,
  anchoringBody: null,
  anchoringCaseReference: null,
  noEconomicEffectReason: null,
  unionConsultationNeeded: false,
  unionConsultationDate: null,
  unionConsultationOutcome: null,
  currentSituation: '',
  causes: '',
  desiredSituation: '',
  mandate: '',
  responsibleMemberId: null,
  responsibleName: null,
  implementationGroup: '',
  timeAndResourceFrame: '',
  preconditions: '',
  reportingRequirements: '',
  politicalDecisionNeeded: false,
  politicalDecisionCase: null,
  cooperatingNetworkIds: [],
};
