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
import { DISTRIBUTION_KEY_KINDS, DISTRIBUTION_KEY_LABELS } from '@samarbeid/shared/domain';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { formatNumber, I18nService } from '@samarbeid/web/data-access';
import { SetCostKeyGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  type FieldChange,
  fieldOptions,
  type FieldProblem,
  type FieldRows,
  FieldTableComponent,
  type FieldTableRow,
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
import { injectSectionSave, writeEconomics } from './economics-save';

/** "87.5" → "87,5" (a percentage sum as Norwegians write it). */
function percentText(value: string): string {
  return value.replace('-', '\u2212').replace('.', ',');
}

const KEY_ENTRY_FIELDS: readonly KeyEntryField[] = [
  'populationOverride',
  'adjustmentNote',
  'units',
  'percent',
];

/**
 * The distribution key: its kind, and what the kind needs (fixed part, population year and source with agreed
 * figures, usage, or agreed percentages with a running sum). The form's value belongs to the economics tab, which
 * previews the shares under it as it changes; only those who may change the measure's economics can save it.
 */
@Component({
  selector: 'sb-cost-key-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, FieldTableComponent, NgTemplateOutlet],
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
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly section = injectSectionSave({
    saved: 'economics.key.saved',
    errorHeading: 'economics.key.errorHeading',
    feedbackId: 'economics-key-feedback',
  });

  protected readonly t = this.i18n.t;
  /** The user tried to save a key with problems: the summary lists them. */
  private readonly submitted = signal(false);

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
  /** The kind of key, and what it needs besides the participants' figures. */
  protected readonly keyFields = computed<FieldRows>(() => {
    const language = this.i18n.language();
    const form = this.value();
    const years = this.economics().populationYears;
    const field = (key: 'kind' | 'fixedPercent' | 'populationYear' | 'populationSource') => ({
      key,
      id: `economics-key-${key}`,
      label: this.t(`economics.key.${key}`),
    });
    return [
      {
        ...field('kind'),
        kind: 'choice',
        options: fieldOptions(DISTRIBUTION_KEY_KINDS, (kind) =>
          labelOf(DISTRIBUTION_KEY_LABELS, kind, language),
        ),
      },
      ...(form.kind === 'FIXED_PLUS_POPULATION'
        ? [
            {
              ...field('fixedPercent'),
              kind: 'decimal' as const,
              width: 'sm' as const,
              hint: this.t('economics.key.fixedPercentHint'),
            },
          ]
        : []),
      ...(usesPopulation(form.kind)
        ? [
            [
              {
                ...field('populationYear'),
                kind: 'select' as const,
                placeholder: years.length === 0 ? this.t('economics.key.noPopulationYears') : null,
                options: years.map((year) => ({
                  value: String(year),
                  label: this.t('economics.key.populationYearOption', { year: String(year) }),
                })),
              },
              { ...field('populationSource'), kind: 'text' as const },
            ],
          ]
        : []),
    ];
  });
  /** Each input's problem as a sentence, by field (`fixedPercent`, `<number>.<entry field>`). */
  protected readonly keyErrors = computed(() =>
    Object.fromEntries(Object.entries(this.outcome().errors).map(([field, key]) => [field, this.t(key)])),
  );
  /** The participants' figures as the inputs hold them, by field (`<number>.<entry field>`). */
  protected readonly entryValues = computed(() => {
    const form = this.value();
    return Object.fromEntries(
      this.participants().flatMap(({ number }) =>
        Object.entries(entryOf(form, number)).map(([field, value]) => [`${number}.${field}`, value]),
      ),
    );
  });
  /** Per participant: the official population, and the figure that replaces it with a note on why. */
  protected readonly populationRows = computed<FieldTableRow[]>(() =>
    this.participants().map(({ number, name }) => ({
      key: number,
      header: name,
      cells: [
        this.officialPopulation().figures.get(number) ?? '–',
        {
          ...this.entryField(number, 'populationOverride'),
          kind: 'integer',
          hintIds: ['economics-key-population-hint'],
          label: this.t('economics.key.overrideLabel', { municipality: name }),
        },
        {
          ...this.entryField(number, 'adjustmentNote'),
          kind: 'text',
          label: this.t('economics.key.noteLabel', { municipality: name }),
        },
      ],
    })),
  );
  /** Per participant: the usage units or the percentage. */
  protected readonly shareRows = computed<FieldTableRow[]>(() => {
    const field: KeyEntryField = this.value().kind === 'USAGE' ? 'units' : 'percent';
    return this.participants().map(({ number, name }) => ({
      key: number,
      header: name,
      cells: [{ ...this.entryField(number, field), kind: 'decimal', label: this.entryLabel(name) }],
    }));
  });
  protected readonly populationKey = computed(() => usesPopulation(this.value().kind));
  /** The official figures the API gave, and for which year (the saved key's). */
  private readonly officialPopulation = computed(() => {
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

  protected onKeyField({ key, value }: FieldChange): void {
    if (key === 'kind') {
      const kind = DISTRIBUTION_KEY_KINDS.find((known) => known === value);
      if (kind) this.patch({ kind });
    } else if (key === 'fixedPercent' || key === 'populationYear' || key === 'populationSource') {
      this.patch({ [key]: value });
    }
  }

  protected onEntryField({ key, value }: FieldChange): void {
    const [number, entryField] = key.split('.');
    const field = KEY_ENTRY_FIELDS.find((known) => known === entryField);
    if (!number || !field) return;
    const form = this.value();
    this.patch({ entries: { ...form.entries, [number]: { ...entryOf(form, number), [field]: value } } });
  }

  /** A participant's entry field: its key and id (`economics-key-<number>-<field>`), labelled in its row. */
  private entryField(number: string, field: KeyEntryField) {
    const key = `${number}.${field}`;
    return { key, id: this.keyFieldId(key), labelHidden: true };
  }

  protected keyFieldId(field: string): string {
    return `economics-key-${field.replace('.', '-')}`;
  }

  /** Starts again from the saved key. */
  protected reset(): void {
    const economics = this.economics();
    this.value.set(keyFormOf(economics.key, economics.populationYears));
    this.section.feedback.set(undefined);
    this.submitted.set(false);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const economics = this.economics();
    if (!economics.viewerCanEdit || this.section.saving()) return;
    this.section.feedback.set(undefined);
    const { input: key, errors } = this.outcome();
    this.submitted.set(Object.keys(errors).length > 0);
    if (this.submitted()) {
      this.focusAfterRender('#economics-key-errors');
      return;
    }
    await this.section.save(
      this.setKey.mutate({
        variables: { input: { measureId: economics.measureId, expectedVersion: economics.version, key } },
        update: (cache, { data }) => {
          if (data) writeEconomics(cache, data.setCostKey);
        },
      }),
    );
  }

  private patch(patch: Partial<KeyForm>): void {
    this.value.set({ ...this.value(), ...patch });
    this.section.changed();
  }
}
