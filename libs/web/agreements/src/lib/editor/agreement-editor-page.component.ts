import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { PRICE_MODELS, VOLUME_UNITS } from '@samarbeid/shared/domain';
import {
  type ApiError,
  DEFAULT_REGION_SLUG,
  errorText,
  fieldErrorMessage,
  I18nService,
  queryErrorText,
  runMutation,
  toApiError,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  AgreementEditorAgreementGQL,
  AgreementEditorCreateGQL,
  AgreementEditorMeasuresGQL,
  AgreementEditorUpdateGQL,
  AgreementPartyOptionsGQL,
} from '@samarbeid/web/graphql';
import {
  type FieldChange,
  fieldOptions,
  type FieldProblem,
  type FieldRows,
  type FieldSpec,
  FORM_KIT,
  injectFocusAfterRender,
  refusalFeedback,
  type SaveFeedback,
  shownErrors,
  yesNoOptions,
  yesNoValue,
} from '@samarbeid/web/ui';
import { EMPTY, switchMap } from 'rxjs';

import {
  agreementStatusLabel,
  legalFormLabel,
  priceModelLabel,
  volumeUnitLabel,
} from '../shared/agreement-labels';
import { AgreementPermissions } from '../shared/agreement-permissions';
import { SAVED_STATE_KEY, type SavedKind } from '../shared/agreement-saved';
import { AgreementAssessmentComponent, type AssessmentChange } from './agreement-assessment.component';
import {
  addParty,
  type AgreementDraft,
  ASSESSMENT_CONDITIONS,
  createInput,
  draftOf,
  draftPathOf,
  type DraftErrors,
  type EditedAgreement,
  emptyDraft,
  emptyParty,
  MAX_LENGTH,
  ownerShareTotal,
  type PartyField,
  removeParty,
  type TextField,
  updateInput,
  updateParty,
  validateDraft,
  withLegalForm,
} from './agreement-draft';
import { AgreementPartiesComponent, type Choice, type PartyChange } from './agreement-parties.component';

/** Enough for every measure of a region (the API's largest page). */
const ALL_MEASURES = 200;

type Feedback =
  { readonly kind: 'reloaded' } | { readonly kind: 'conflict' | 'error'; readonly message: string };

const TEXT_FIELDS: readonly TextField[] = [
  'title',
  'measureId',
  'serviceDescription',
  'volumeAmount',
  'volumeUnit',
  'priceModel',
  'price',
  'priceAdjustment',
  'startDate',
  'endDate',
  'noticeMonths',
];

function isTextField(key: string): key is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(key);
}

const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  legalForm: 'agreements.field.legalForm',
  title: 'agreements.field.title',
  measureId: 'agreements.field.measure',
  serviceDescription: 'agreements.field.serviceDescription',
  volumeAmount: 'agreements.field.volumeAmount',
  volumeUnit: 'agreements.field.volumeUnit',
  priceModel: 'agreements.field.priceModel',
  price: 'agreements.field.priceKroner',
  priceAdjustment: 'agreements.field.priceAdjustment',
  startDate: 'agreements.field.startDate',
  endDate: 'agreements.field.endDate',
  noticeMonths: 'agreements.field.noticeMonths',
  parties: 'agreements.editor.partiesHeading',
  ownerShareSum: 'agreements.field.ownerShare',
  buyerVolumeSum: 'agreements.field.buyerVolume',
  municipalityNumber: 'agreements.field.municipality',
  role: 'agreements.field.role',
  ownerShare: 'agreements.field.ownerShare',
  annualCost: 'agreements.field.annualCost',
  buyerVolume: 'agreements.field.buyerVolume',
  organisationNumber: 'agreements.field.organisationNumber',
  signatory: 'agreements.field.signatory',
  'assessment.commonPublicGoals': 'agreements.assessment.commonPublicGoals',
  'assessment.publicInterestOnly': 'agreements.assessment.publicInterestOnly',
  'assessment.marketShareUnder20': 'agreements.assessment.marketShareUnder20',
  'assessment.assessedBy': 'agreements.assessment.assessedBy',
  'assessment.assessedOn': 'agreements.assessment.assessedOn',
  'assessment.conclusion': 'agreements.assessment.conclusion',
};

const PARTY_FIELDS: readonly PartyField[] = [
  'municipalityNumber',
  'role',
  'ownerShare',
  'annualCost',
  'buyerVolume',
  'organisationNumber',
  'signatory',
];

/**
 * `/avtaler/ny` and `/avtaler/:id/rediger`: an agreement's editor. The legal form comes first (a network leader
 * drafts service purchases; the secretariat registers every form), then the fields that form needs: parties as
 * rows, the terms, and for a service purchase the § 3-3 assessment. The API's rules are checked before anything is
 * sent, with a sentence next to each field; the API's own refusal is always shown too. Saving a submitted or active
 * agreement makes a new version (and, for a service purchase, asks every party again), which the page says first.
 */
@Component({
  selector: 'sb-agreement-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AgreementPartiesComponent, AgreementAssessmentComponent, FORM_KIT],
  templateUrl: './agreement-editor-page.component.html',
  styleUrl: './agreement-editor-page.component.css',
})
export class AgreementEditorPageComponent {
  /** The agreement's id, from the route; absent for a new agreement. */
  readonly id = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly focus = injectFocusAfterRender();
  private readonly agreementQuery = inject(AgreementEditorAgreementGQL);
  private readonly create = inject(AgreementEditorCreateGQL);
  private readonly update = inject(AgreementEditorUpdateGQL);
  protected readonly permissions = inject(AgreementPermissions);

  protected readonly t = this.i18n.t;

  protected readonly isNew = computed(() => !this.id());

  private readonly queryRef = computed(() => {
    const id = this.id();
    return id ? this.agreementQuery.watch({ variables: { id }, fetchPolicy: 'network-only' }) : undefined;
  });
  private readonly result = toSignal(
    toObservable(this.queryRef).pipe(switchMap((ref) => (ref ? ref.valueChanges : EMPTY))),
  );
  private readonly fetched = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' && result.data.agreement.id === this.id()
      ? result.data.agreement
      : undefined;
  });

  /** Bumped to start over from what is saved (after a conflict). */
  private readonly generation = signal(0);
  /** The agreement as it was when editing (re)started: its `version` is sent back as expectedVersion. */
  private readonly base = linkedSignal<string, EditedAgreement | undefined>({
    source: () => `${this.generation()}:${this.id() ?? ''}:${this.fetched() ? 'loaded' : ''}`,
    computation: () => untracked(this.fetched),
  });
  protected readonly draft = linkedSignal<EditedAgreement | undefined, AgreementDraft>({
    source: this.base,
    computation: (agreement) => {
      if (agreement) return draftOf(agreement);
      const forms = untracked(this.permissions.creatableForms);
      return emptyDraft(forms.length === 1 ? forms[0] : '');
    },
  });

  private readonly municipalitiesResult = toSignal(
    inject(AgreementPartyOptionsGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );
  private readonly measuresResult = toSignal(
    inject(AgreementEditorMeasuresGQL).watch({
      variables: { regionSlug: DEFAULT_REGION_SLUG, first: ALL_MEASURES },
    }).valueChanges,
  );

  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly feedback = signal<Feedback | undefined>(undefined);
  protected readonly saveFeedback = computed<SaveFeedback | null>(() => {
    const feedback = this.feedback();
    if (!feedback) return null;
    if (feedback.kind === 'reloaded') return { kind: 'info', text: this.t('agreements.editor.reloaded') };
    return refusalFeedback(feedback, {
      conflictHeading: this.t('agreements.conflictHeading'),
      reload: this.t('agreements.reload'),
      errorHeading: this.t('agreements.editor.errorHeading'),
    });
  });
  /** What changed in the list of parties, for screen readers. */
  protected readonly announcement = signal('');
  /** The server's sentences per field, until the user changes something. */
  private readonly serverErrors = signal<Readonly<Record<string, string>>>({});

  protected readonly municipalityNames = computed<ReadonlyMap<string, string>>(() => {
    const result = this.municipalitiesResult();
    const nodes = result?.dataState === 'complete' ? result.data.region.municipalities.nodes : [];
    const names = new Map(nodes.map((m) => [m.number, m.name]));
    // A party that is no longer a member keeps its name (the API then says why it cannot stay).
    for (const party of this.base()?.currentVersion.parties ?? []) {
      if (!names.has(party.municipalityNumber)) names.set(party.municipalityNumber, party.municipalityName);
    }
    return names;
  });

  protected readonly options = computed(() => {
    const language = this.i18n.language();
    const result = this.measuresResult();
    const linked = this.base()?.measure;
    const measures = (result?.dataState === 'complete' ? result.data.measures.nodes : [])
      .filter((measure) => measure.id === linked?.id || this.permissions.mayLinkMeasureOf(measure.network))
      .map((measure) => ({ value: measure.id, label: `${measure.code} ${measure.title}` }));
    if (linked && !measures.some((measure) => measure.value === linked.id)) {
      measures.unshift({ value: linked.id, label: `${linked.code} ${linked.title}` });
    }
    return {
      legalForms: fieldOptions(this.permissions.creatableForms(), (value) => legalFormLabel(value, language)),
      municipalities: [...this.municipalityNames()]
        .map(([value, label]): Choice => ({ value, label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nb')),
      measures,
      volumeUnits: fieldOptions(VOLUME_UNITS, (value) => volumeUnitLabel(value, language)),
      priceModels: fieldOptions(PRICE_MODELS, (value) => priceModelLabel(value, language)),
    };
  });

  /** Whether a network leader must pick a measure of their own network (the API refuses otherwise). */
  private readonly measureRequired = computed(() => !this.permissions.isSecretariat());

  /**
   * A submitted, active or rejected agreement: saving makes a new version. For a service purchase it is submitted at
   * once and every party must approve again; a statutory form's new version applies at once.
   */
  protected readonly newVersion = computed(() => {
    const agreement = this.base();
    if (!agreement || agreement.status === 'DRAFT') return undefined;
    const next = agreement.currentVersionNumber + 1;
    return agreement.legalForm === 'SERVICE_PURCHASE'
      ? this.t('agreements.editor.newVersionWarning', {
          status: agreementStatusLabel(agreement.status, this.i18n.language()).toLowerCase(),
          next,
        })
      : this.t('agreements.editor.newVersionStatutory', { next });
  });

  protected readonly state = computed(() => {
    if (this.isNew()) {
      return this.permissions.canCreate()
        ? { kind: 'ready' as const }
        : { kind: 'denied' as const, message: this.t('agreements.editor.mayNotCreate') };
    }
    const agreement = this.base();
    if (agreement) {
      if (!agreement.viewerCanEdit) {
        return { kind: 'denied' as const, message: this.t('agreements.editor.mayNotEdit') };
      }
      if (agreement.status === 'TERMINATED' || agreement.status === 'EXPIRED') {
        return {
          kind: 'denied' as const,
          message: this.t('agreements.editor.closed', {
            status: agreementStatusLabel(agreement.status, this.i18n.language()).toLowerCase(),
          }),
        };
      }
      return { kind: 'ready' as const };
    }
    const result = this.result();
    if (result?.error && !result.loading) {
      return {
        kind: 'error' as const,
        message:
          toApiError(result.error).code === 'NOT_FOUND'
            ? this.t('agreements.notFound')
            : queryErrorText(result.error, this.i18n),
      };
    }
    return { kind: 'loading' as const };
  });

  protected readonly heading = computed(() => {
    const agreement = this.base();
    return agreement
      ? this.t('agreements.editor.editHeading', { title: agreement.title })
      : this.t('agreements.editor.newHeading');
  });

  protected readonly form = computed(() => this.draft().legalForm || undefined);
  protected readonly legalFormText = computed(() => {
    const form = this.form();
    return form ? legalFormLabel(form, this.i18n.language()) : '';
  });
  protected readonly servicePurchase = computed(() => this.form() === 'SERVICE_PURCHASE');
  protected readonly shareSum = computed(() => ownerShareTotal(this.draft()).sum);

  /** The legal form, chosen first for a new agreement (a network leader has only the service purchase). */
  protected readonly legalFormField = computed<FieldSpec>(() => {
    const forms = this.options().legalForms;
    return {
      key: 'legalForm',
      id: 'agreement-legalForm',
      kind: 'choice',
      legendAsHeading: true,
      label: this.t('agreements.editor.legalFormLegend'),
      hint:
        forms.length === 1
          ? this.t('agreements.editor.legalFormHintLeader')
          : this.t('agreements.editor.legalFormHint'),
      options: forms,
    };
  });

  /** The title and the measure, before the parties. */
  protected readonly headFields = computed<FieldRows>(() => [
    { ...this.textField('title', 'text'), required: true, maxLength: MAX_LENGTH.title },
    {
      ...this.textField('measureId', 'select'),
      hint: this.permissions.isSecretariat()
        ? this.t('agreements.editor.measureHint')
        : this.t('agreements.editor.measureHintLeader'),
      placeholder: this.t('agreements.editor.noMeasure'),
      options: this.options().measures,
    },
  ]);

  /** The terms: what is bought (or the purpose), for a service purchase its volume and price, the period. */
  protected readonly termFields = computed<FieldRows>(() => {
    const servicePurchase = this.servicePurchase();
    const { volumeUnits, priceModels } = this.options();
    const choose = this.t('agreements.editor.choose');
    const description: FieldSpec = {
      ...this.textField('serviceDescription', 'multiline'),
      label: servicePurchase
        ? this.t('agreements.field.serviceDescription')
        : this.t('agreements.field.purpose'),
      rows: 5,
      maxLength: MAX_LENGTH.serviceDescription,
    };
    const purchase: FieldRows = [
      [
        { ...this.textField('volumeAmount', 'decimal'), width: 'sm', required: true },
        {
          ...this.textField('volumeUnit', 'select'),
          required: true,
          placeholder: choose,
          options: volumeUnits,
        },
      ],
      [
        {
          ...this.textField('priceModel', 'select'),
          required: true,
          placeholder: choose,
          options: priceModels,
        },
        {
          ...this.textField('price', 'decimal'),
          width: 'sm',
          required: true,
          hint: this.t('agreements.editor.priceHint'),
        },
      ],
      {
        ...this.textField('priceAdjustment', 'multiline'),
        hint: this.t('agreements.editor.priceAdjustmentHint'),
        rows: 2,
        maxLength: MAX_LENGTH.priceAdjustment,
      },
    ];
    return [
      description,
      ...(servicePurchase ? purchase : []),
      [
        { ...this.textField('startDate', 'date'), required: !servicePurchase },
        this.textField('endDate', 'date'),
        { ...this.textField('noticeMonths', 'integer'), width: 'sm', maxLength: 2 },
      ],
      {
        key: 'dataProcessingAgreement',
        id: 'agreement-dpa',
        kind: 'choice',
        inline: true,
        label: this.t('agreements.field.dataProcessingAgreement'),
        options: yesNoOptions(this.t('agreements.yes'), this.t('agreements.no')),
      },
    ];
  });
  /** The terms' values as the fields hold them (the data processing agreement as yes / no). */
  protected readonly termValues = computed(() => {
    const draft = this.draft();
    return { ...draft, dataProcessingAgreement: yesNoValue(draft.dataProcessingAgreement) };
  });

  private readonly validationErrors = computed<DraftErrors>(() =>
    validateDraft(this.draft(), {
      measureRequired: this.measureRequired(),
      names: this.municipalityNames(),
      readyForApproval: this.servicePurchase() && !!this.newVersion(),
    }),
  );

  /** Each field's problem as a sentence, shown once the user has tried to save. */
  protected readonly errors = computed<Readonly<Record<string, string>>>(() =>
    shownErrors(this.submitted(), this.serverErrors(), this.validationErrors(), (error) =>
      this.t(error.key, error.params),
    ),
  );

  /** The error summary, in page order, each linking to its field. */
  protected readonly errorList = computed(() => {
    const errors = this.errors();
    const draft = this.draft();
    const list: FieldProblem[] = [];
    const add = (path: string, id: string, label: string) => {
      if (errors[path]) list.push({ id, label, message: errors[path] });
    };
    add(
      'legalForm',
      `agreement-legalForm-${this.options().legalForms[0]?.value ?? ''}`,
      this.t(FIELD_LABELS['legalForm']),
    );
    add('title', 'agreement-title', this.t(FIELD_LABELS['title']));
    add('measureId', 'agreement-measureId', this.t(FIELD_LABELS['measureId']));
    const first = draft.parties[0];
    add(
      'parties',
      first ? `party-${first.key}-role` : 'agreement-add-party',
      this.t(FIELD_LABELS['parties']),
    );
    draft.parties.forEach((party, i) => {
      const name = this.t('agreements.editor.partyLegend', { number: i + 1 });
      for (const field of PARTY_FIELDS) {
        add(
          `parties.${i}.${field}`,
          `party-${party.key}-${field}`,
          `${name}: ${this.t(FIELD_LABELS[field])}`,
        );
      }
    });
    if (first) add('ownerShareSum', `party-${first.key}-ownerShare`, this.t(FIELD_LABELS['ownerShareSum']));
    const buyer = draft.parties.find((party) => party.role === 'BUYER');
    if (buyer)
      add('buyerVolumeSum', `party-${buyer.key}-buyerVolume`, this.t(FIELD_LABELS['buyerVolumeSum']));
    for (const field of TEXT_FIELDS.slice(2)) add(field, `agreement-${field}`, this.t(FIELD_LABELS[field]));
    for (const condition of ASSESSMENT_CONDITIONS) {
      add(
        `assessment.${condition}`,
        `assessment-${condition}-yes`,
        this.t(FIELD_LABELS[`assessment.${condition}`]),
      );
    }
    for (const field of ['assessedBy', 'assessedOn', 'conclusion'] as const) {
      add(`assessment.${field}`, `assessment-${field}`, this.t(FIELD_LABELS[`assessment.${field}`]));
    }
    // The server may name a field the form does not know: its sentence is in the alert above.
    return list;
  });

  protected readonly saveLabel = computed(() => {
    const agreement = this.base();
    if (this.saving()) return this.t('agreements.editor.saving');
    if (!agreement) {
      return this.servicePurchase() || !this.form()
        ? this.t('agreements.editor.saveDraft')
        : this.t('agreements.editor.register');
    }
    return this.newVersion() ? this.t('agreements.editor.saveNewVersion') : this.t('agreements.editor.save');
  });

  protected readonly cancelLink = computed(() => {
    const id = this.id();
    return id ? ['/avtaler', id] : ['/avtaler'];
  });

  protected chooseForm(value: string): void {
    const form = this.permissions.creatableForms().find((creatable) => creatable === value);
    if (form) this.change((draft) => withLegalForm(draft, form));
  }

  protected onField({ key, value }: FieldChange): void {
    if (key === 'dataProcessingAgreement') {
      this.change((draft) => ({ ...draft, dataProcessingAgreement: value === 'yes' }));
    } else if (isTextField(key)) {
      this.change((draft) => ({ ...draft, [key]: value }));
    }
  }

  protected onParty(change: PartyChange): void {
    this.change((draft) => updateParty(draft, change.index, change.field, change.value));
  }

  protected onAssessment(change: AssessmentChange): void {
    this.change((draft) => ({ ...draft, assessment: { ...draft.assessment, [change.field]: change.value } }));
  }

  protected addParty(): void {
    const party = emptyParty(this.nextRole());
    this.change((draft) => addParty(draft, party));
    this.announce(this.t('agreements.editor.partyAdded', { number: this.draft().parties.length }));
    this.focus(`#party-${party.key}-municipalityNumber`);
  }

  protected removeParty(index: number): void {
    this.change((draft) => removeParty(draft, index));
    this.announce(this.t('agreements.editor.partyRemoved', { number: index + 1 }));
    const parties = this.draft().parties;
    const next = parties[Math.min(index, parties.length - 1)];
    this.focus(next ? `#party-${next.key}-municipalityNumber` : '#agreement-add-party');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.feedback.set(undefined);
    if (Object.keys(this.validationErrors()).length > 0) {
      this.focus('#agreement-errors');
      return;
    }
    const draft = this.draft();
    const agreement = this.base();
    this.saving.set(true);
    const outcome = agreement
      ? await runMutation(
          this.update.mutate({ variables: { input: updateInput(draft, agreement.id, agreement.version) } }),
        ).then((result) => (result.ok ? { ok: true as const, data: result.data.updateAgreement } : result))
      : await runMutation(
          this.create.mutate({ variables: { input: createInput(draft, DEFAULT_REGION_SLUG) } }),
        ).then((result) => (result.ok ? { ok: true as const, data: result.data.createAgreement } : result));
    this.saving.set(false);
    if (!outcome.ok) {
      this.showRefusal(outcome.error);
      return;
    }
    const saved: SavedKind = !agreement
      ? outcome.data.status === 'DRAFT'
        ? 'created'
        : 'registered'
      : outcome.data.currentVersionNumber > agreement.currentVersionNumber
        ? 'newVersion'
        : 'saved';
    await this.router.navigate(['/avtaler', outcome.data.id], { state: { [SAVED_STATE_KEY]: saved } });
  }

  /** After a conflict: fetch the agreement again and start over from what is saved now. */
  protected async reload(): Promise<void> {
    await this.queryRef()?.refetch();
    this.generation.update((n) => n + 1);
    this.submitted.set(false);
    this.serverErrors.set({});
    this.feedback.set({ kind: 'reloaded' });
    this.focus('#agreement-feedback');
  }

  /** A field of the draft: its id (`agreement-<field>`) and its label. */
  private textField<K extends 'text' | 'decimal' | 'integer' | 'date' | 'multiline' | 'select'>(
    key: TextField,
    kind: K,
  ) {
    return { key, id: `agreement-${key}`, kind, label: this.t(FIELD_LABELS[key]) };
  }

  private nextRole() {
    const form = this.form();
    if (!form) return '';
    if (form === 'SERVICE_PURCHASE') return 'BUYER' as const;
    if (form === 'HOST_MUNICIPALITY_ADMINISTRATIVE' || form === 'HOST_MUNICIPALITY_JOINT_COMMITTEE') {
      return 'PARTICIPANT' as const;
    }
    return form === 'POLITICAL_COUNCIL' ? ('MEMBER' as const) : ('OWNER' as const);
  }

  private change(update: (draft: AgreementDraft) => AgreementDraft): void {
    this.draft.update(update);
    if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
  }

  private showRefusal(error: ApiError): void {
    const message = errorText(error, this.i18n);
    if (error.code === 'CONFLICT') {
      this.feedback.set({ kind: 'conflict', message });
    } else {
      const language = this.i18n.language();
      const fields: Record<string, string> = {};
      for (const problem of error.fields ?? []) {
        const path = draftPathOf(problem.field);
        if (!fields[path]) fields[path] = fieldErrorMessage(problem, language);
      }
      this.serverErrors.set(fields);
      this.feedback.set({ kind: 'error', message });
    }
    this.focus('#agreement-feedback');
  }

  private announce(text: string): void {
    this.announcement.set(text);
  }
}
