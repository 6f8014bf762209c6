import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import {
  DISTRIBUTION_KEY_KINDS,
  DISTRIBUTION_KEY_LABELS,
  type DistributionKeyKind,
} from '@samarbeid/shared/domain';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { formatNumber, I18nService, MeasureTabContext, runMutation } from '@samarbeid/web/data-access';
import { SetCostKeyGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type FieldProblem,
  FORM_KIT,
  injectFocusAfterRender,
  reportUnsavedChanges,
} from '@samarbeid/web/ui';

import { labelOf } from '../shared/labels';
import {
  entryOf,
  type KeyEntryField,
  type KeyForm,
  keyFormOf,
  keyInputOf,
  type MeasureEconomics,
  percentSum,
  usesPopulation,
} from './economics-form';
import { refusalOf, saveFeedbackOf, type SaveOutcome, writeEconomics } from './economics-save';

/** "87.5" → "87,5" (a percentage sum as Norwegians write it). */
function percentText(value: string): string {
  return value.replace('-', '\u2212').replace('.', ',');
}

/**
 * The distribution key: its kind, and what the kind needs (fixed part, population year and source with agreed
 * figures, usage, or agreed percentages with a running sum). The form's value belongs to the economics tab, which
 * previews the shares under it as it changes; only those who may change the measure's economics can save it.
 */
@Component({
  selector: 'sb-cost-key-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, DataTableComponent, NgTemplateOutlet],
  templateUrl: './cost-key-form.component.html',
  styleUrl: './measure-economics.component.css',
})
export class CostKeyFormComponent {
  readonly economics = input.required<MeasureEconomics>();
  /** The key as the inputs hold it; the tab binds it both ways (`[value]`, `(valueChange)`). */
  readonly value = model.required<KeyForm>();
  /** Whether the value differs from the saved key. */
  readonly dirty = input(false);

  /** After a conflict: the user asks for what is saved now. */
  readonly reloadRequested = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly setKey = inject(SetCostKeyGQL);
  private readonly context = inject(MeasureTabContext);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly keyKinds = DISTRIBUTION_KEY_KINDS;
  protected readonly entryOf = entryOf;
  protected readonly saving = signal(false);
  /** The user tried to save a key with problems: the summary lists them. */
  private readonly submitted = signal(false);
  protected readonly feedback = signal<SaveOutcome | undefined>(undefined);
  protected readonly saveFeedback = computed(() =>
    saveFeedbackOf(this.feedback(), this.t, {
      saved: 'economics.key.saved',
      errorHeading: 'economics.key.errorHeading',
    }),
  );

  protected readonly canEdit = computed(() => this.economics().viewerCanEdit);
  protected readonly participants = computed(() =>
    [...this.economics().participants].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  );
  private readonly outcome = computed(() =>
    keyInputOf(
      this.value(),
      this.participants().map((p) => p.number),
    ),
  );
  protected readonly keyKindLabels = computed(() => {
    const language = this.i18n.language();
    return Object.fromEntries(
      DISTRIBUTION_KEY_KINDS.map((kind) => [kind, labelOf(DISTRIBUTION_KEY_LABELS, kind, language)]),
    ) as Record<DistributionKeyKind, string>;
  });
  protected readonly populationKey = computed(() => usesPopulation(this.value().kind));
  /** The official figures the API gave, and for which year (the saved key's). */
  protected readonly officialPopulation = computed(() => {
    const key = this.economics().key;
    const figures = new Map(
      key.entries.flatMap((entry) =>
        entry.officialPopulation === null
          ? []
          : [[entry.municipalityNumber, formatNumber(entry.officialPopulation)] as const],
      ),
    );
    return { year: key.populationYear, figures };
  });
  protected readonly populationColumns = computed<DataTableColumn[]>(() => {
    const year = this.officialPopulation().year;
    return [
      { key: 'municipality', label: this.t('economics.key.col.municipality') },
      {
        key: 'official',
        label: year
          ? this.t('economics.key.col.officialYear', { year: String(year) })
          : this.t('economics.key.col.official'),
        align: 'end',
      },
      { key: 'override', label: this.t('economics.key.col.override') },
      { key: 'note', label: this.t('economics.key.col.note') },
    ];
  });
  protected readonly entryColumns = computed<DataTableColumn[]>(() => [
    { key: 'municipality', label: this.t('economics.key.col.municipality') },
    {
      key: 'entry',
      label:
        this.value().kind === 'USAGE'
          ? this.t('economics.key.col.units')
          : this.t('economics.key.col.percent'),
    },
  ]);
  /** After a refused save: each problem with the field it belongs to. */
  protected readonly problems = computed<FieldProblem[]>(() => {
    if (!this.submitted()) return [];
    const names = new Map(this.participants().map((p) => [p.number, p.name]));
    return Object.entries(this.outcome().errors).map(([field, key]) => {
      const [number, entryField] = field.split('.');
      const municipality = names.get(number) ?? number;
      const label =
        entryField === 'populationOverride'
          ? this.t('economics.key.overrideLabel', { municipality })
          : entryField
            ? this.entryLabel(municipality)
            : this.t('economics.key.fixedPercent');
      return { id: this.keyFieldId(field), label, message: this.t(key) };
    });
  });
  protected readonly manualSum = computed(() => {
    const form = this.value();
    if (form.kind !== 'MANUAL') return undefined;
    const sum = percentSum(
      form,
      this.participants().map((p) => p.number),
    );
    return { text: percentText(sum), complete: sumAmounts([sum, '-100']) === '0' };
  });

  constructor() {
    reportUnsavedChanges(computed(() => this.canEdit() && this.dirty()));
  }

  /** The label of a participant's usage or percentage. */
  protected entryLabel(municipality: string): string {
    return this.value().kind === 'USAGE'
      ? this.t('economics.key.unitsLabel', { municipality })
      : this.t('economics.key.percentLabel', { municipality });
  }

  protected setKind(kind: DistributionKeyKind): void {
    this.patch({ kind });
  }

  protected onKeyInput(field: 'fixedPercent' | 'populationSource' | 'populationYear', event: Event): void {
    this.patch({ [field]: (event.target as HTMLInputElement | HTMLSelectElement).value });
  }

  protected onEntryInput(number: string, field: KeyEntryField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const form = this.value();
    this.patch({ entries: { ...form.entries, [number]: { ...entryOf(form, number), [field]: value } } });
  }

  /** A field's problem as a sentence; `field` is `fixedPercent` or `<number>.<entry field>`. */
  protected fieldError(field: string): string | undefined {
    const key = this.outcome().errors[field];
    return key ? this.t(key) : undefined;
  }

  protected keyFieldId(field: string): string {
    return `economics-key-${field.replace('.', '-')}`;
  }

  /** Starts again from the saved key. */
  protected reset(): void {
    const economics = this.economics();
    this.value.set(keyFormOf(economics.key, economics.populationYears));
    this.feedback.set(undefined);
    this.submitted.set(false);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const economics = this.economics();
    if (!economics.viewerCanEdit || this.saving()) return;
    this.feedback.set(undefined);
    const { input: key, errors } = this.outcome();
    this.submitted.set(Object.keys(errors).length > 0);
    if (this.submitted()) {
      this.focusAfterRender('#economics-key-errors');
      return;
    }
    this.saving.set(true);
    const result = await runMutation(
      this.setKey.mutate({
        variables: { input: { measureId: economics.measureId, expectedVersion: economics.version, key } },
        update: (cache, { data }) => {
          if (data) writeEconomics(cache, data.setCostKey);
        },
      }),
    );
    this.saving.set(false);
    if (result.ok) {
      this.feedback.set({ kind: 'saved' });
      // The measure's history has a new entry.
      this.context.reload().catch((error: unknown) => console.error('Reload failed', error));
    } else {
      this.feedback.set(refusalOf(result.error, this.i18n));
    }
    this.focusAfterRender('#economics-key-feedback');
  }

  private patch(patch: Partial<KeyForm>): void {
    this.value.set({ ...this.value(), ...patch });
    if (this.feedback()?.kind === 'saved') this.feedback.set(undefined);
  }
}
