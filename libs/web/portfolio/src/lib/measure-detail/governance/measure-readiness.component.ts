import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { READINESS_GATE_LABELS } from '@samarbeid/shared/domain';
import { errorText, fieldErrorMessage, I18nService, runMutation } from '@samarbeid/web/data-access';
import {
  type MeasureGovernanceFieldsFragment,
  RecordPoliticalAnchoringGQL,
  SetMeasureChecklistItemGQL,
} from '@samarbeid/web/graphql';
import {
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  injectSaveStatus,
  refusalOf,
} from '@samarbeid/web/ui';

import { statusLabel } from '../../shared/labels';
import { MeasureDetailContext } from '../measure-detail-context';
import {
  ANCHORING_FIELDS,
  type AnchoringField,
  anchoringFormOf,
  type AnchoringFormValues,
  validateAnchoring,
} from './governance-forms';

type Gate = MeasureGovernanceFieldsFragment['readiness']['gates'][number];

/**
 * The readiness checklist (the region's gates before DECIDED and IN_PROGRESS): each gate met, missing or not
 * concerning the measure; recording the political anchoring; ticking the region's checklist; the secretariat's
 * overrides.
 */
@Component({
  selector: 'sb-measure-readiness',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './measure-readiness.component.html',
  styles: `
    :host {
      display: block;
    }

    .sb-gates {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: var(--ds-size-3);
    }

    .sb-gate {
      border-inline-start: 4px solid var(--ds-color-neutral-border-subtle);
      padding-inline-start: var(--ds-size-3);
    }

    .sb-gate[data-state='met'] {
      border-color: var(--ds-color-success-border-default);
    }

    .sb-gate[data-state='missing'] {
      border-color: var(--ds-color-danger-border-default);
    }

    .sb-gate__name {
      font-weight: var(--ds-font-weight-semibold);
    }

    .sb-checklist {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: var(--ds-size-2);
    }

    .sb-checklist label {
      display: flex;
      gap: var(--ds-size-2);
      align-items: center;
      min-block-size: 44px;
    }
  `,
})
export class MeasureReadinessComponent {
  readonly measure = input.required<MeasureGovernanceFieldsFragment>();
  readonly canEdit = input(false);

  private readonly i18n = inject(I18nService);
  private readonly recordAnchoring = inject(RecordPoliticalAnchoringGQL);
  private readonly setChecklistItem = inject(SetMeasureChecklistItemGQL);
  private readonly context = inject(MeasureDetailContext);
  protected readonly t = this.i18n.t;

  protected readonly readiness = computed(() => this.measure().readiness);
  protected readonly gates = computed(() =>
    this.readiness().gates.map((gate) => ({
      gate: gate.gate,
      name: READINESS_GATE_LABELS[gate.gate][this.i18n.language() === 'en' ? 'en' : 'nb'],
      state: gateState(gate),
      stateText: this.t(STATE_KEYS[gateState(gate)]),
      problems: gate.problems.map((problem) => this.problemText(problem)),
    })),
  );
  protected readonly blocking = computed(() =>
    this.readiness().blocking.map((problem) => this.problemText(problem)),
  );
  protected readonly overrides = computed(() =>
    this.measure().gateOverrides.map((override) => ({
      ...override,
      status: statusLabel(override.toStatus, this.i18n.language()),
      when: this.i18n.date(String(override.overriddenAt)),
    })),
  );
  /** The anchoring form is offered while the anchoring concerns the measure and is not recorded. */
  protected readonly anchoringOpen = computed(
    () =>
      this.canEdit() &&
      this.readiness().gates.some((gate) => gate.gate === 'ANCHORING' && gate.problems.length > 0),
  );
  protected readonly ticking = signal<string | undefined>(undefined);
  protected readonly checklistStatus = injectSaveStatus('readiness-checklist-feedback', () => ({
    notices: { saved: this.t('governance.checklist.saved') },
    conflictHeading: this.t('measureForm.conflictHeading'),
    reload: this.t('measureForm.reload'),
    errorHeading: this.t('governance.checklist.errorHeading'),
  }));

  protected readonly anchoring = injectFormState<AnchoringField, AnchoringFormValues, string>({
    initial: anchoringFormOf(EMPTY_STEERING),
    fields: ANCHORING_FIELDS,
    validate: validateAnchoring,
    translate: (key) => this.t(key as Parameters<typeof this.t>[0]),
    label: (field) => this.t(`governance.anchoring.${field}`),
    id: 'anchoring',
    rows: () =>
      fieldRows<AnchoringField>('anchoring-', (field) => this.t(`governance.anchoring.${field}`), [
        [
          { key: 'decidedOn', kind: 'date', required: true, width: 'sm' },
          { key: 'caseReference', kind: 'text', required: true, maxLength: 64, width: 'sm' },
        ],
        {
          key: 'body',
          kind: 'text',
          required: true,
          maxLength: 200,
          hint: this.t('governance.anchoring.bodyHint'),
        },
      ]),
    texts: () => ({
      submit: this.t('governance.anchoring.submit'),
      busy: this.t('governance.anchoring.saving'),
      errorSummary: this.t('form.errorSummary'),
      errorHeading: this.t('governance.anchoring.errorHeading'),
      conflictHeading: this.t('measureForm.conflictHeading'),
      reload: this.t('measureForm.reload'),
      notices: { saved: this.t('governance.anchoring.saved') },
    }),
    save: (values) => this.saveAnchoring(values),
  });

  private problemText(problem: { text: string; textEn: string }): string {
    return this.i18n.language() === 'en' ? problem.textEn : problem.text;
  }

  private async saveAnchoring(values: AnchoringFormValues): Promise<FormRefusal<AnchoringField> | undefined> {
    const measure = this.measure();
    const outcome = await runMutation(
      this.recordAnchoring.mutate({
        variables: {
          input: {
            measureId: measure.id,
            version: measure.version,
            decidedOn: values.decidedOn,
            body: values.body.trim(),
            caseReference: values.caseReference.trim(),
          },
        },
      }),
    );
    if (outcome.ok) {
      this.anchoring.tell('saved');
      return undefined;
    }
    const language = this.i18n.language();
    return {
      ...this.anchoring.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
        fieldErrorMessage(problem, language),
      ),
      conflict: outcome.error.code === 'CONFLICT',
    };
  }

  protected async tick(itemId: string, done: boolean): Promise<void> {
    if (this.ticking()) return;
    const measure = this.measure();
    this.ticking.set(itemId);
    this.checklistStatus.clearFeedback();
    const outcome = await runMutation(
      this.setChecklistItem.mutate({
        variables: { input: { measureId: measure.id, version: measure.version, itemId, done } },
      }),
    );
    this.ticking.set(undefined);
    if (outcome.ok) this.checklistStatus.tell('saved');
    else this.checklistStatus.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
  }

  protected async reload(): Promise<void> {
    await this.context.reload();
    this.checklistStatus.clearFeedback();
  }
}

const EMPTY_STEERING = {
  anchoringDecidedOn: null,
  anchoringBody: null,
  anchoringCaseReference: null,
} as MeasureGovernanceFieldsFragment['steering'];

const STATE_KEYS = {
  met: 'governance.state.met',
  missing: 'governance.state.missing',
  notApplicable: 'governance.state.notApplicable',
  notRequired: 'governance.state.notRequired',
} as const;

function gateState(gate: Gate): 'met' | 'missing' | 'notApplicable' | 'notRequired' {
  if (!gate.applies) return 'notApplicable';
  if (gate.problems.length > 0) return gate.required ? 'missing' : 'notRequired';
  return 'met';
}
