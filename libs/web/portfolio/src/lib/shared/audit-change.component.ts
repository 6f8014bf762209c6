import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  COLLABORATION_TIER_LABELS,
  type Labels,
  LEGAL_FORM_LABELS,
  MEASURE_STATUS_LABELS,
  MOBILISATION_LABELS,
  PARTICIPATION_LABELS,
  SERVICE_AREA_LABELS,
} from '@samarbeid/shared/domain';
import { I18nService, type Language, type TranslationKey } from '@samarbeid/web/data-access';
import { type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';

import { fieldChanges } from './audit-change';

/** Snapshot fields whose values are enum values, shown by their label. */
const VALUE_LABELS: Readonly<Record<string, Labels<string>>> = {
  status: MEASURE_STATUS_LABELS,
  tier: COLLABORATION_TIER_LABELS,
  serviceArea: SERVICE_AREA_LABELS,
  legalForm: LEGAL_FORM_LABELS,
  mobilisation: MOBILISATION_LABELS,
  state: PARTICIPATION_LABELS,
};

function valueLabel(field: string, value: string, language: Language, t: I18nService['t']): string {
  if (field === 'politicalAnchoring' && value !== '–') return t(`anchoring.${value}` as TranslationKey);
  return VALUE_LABELS[field]?.[value]?.[language] ?? value;
}

/** Snapshot field names the web app has a label for. */
const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  code: 'measure.field.code',
  title: 'measure.field.title',
  description: 'measure.field.description',
  serviceArea: 'measure.field.serviceArea',
  tier: 'measure.field.tier',
  legalForm: 'measure.field.legalForm',
  status: 'measure.field.status',
  mobilisation: 'measure.field.mobilisation',
  politicalAnchoring: 'measure.field.politicalAnchoring',
  startDate: 'measure.field.startDate',
  endDate: 'measure.field.endDate',
  progressPercent: 'measure.field.progress',
  municipalityNumber: 'participants.col.municipality',
  state: 'participants.col.state',
  reason: 'participants.col.reason',
};

/** "Vis før og etter": an audit event's changed fields in a table, behind a disclosure. */
@Component({
  selector: 'sb-audit-change',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent],
  template: `
    @if (changes().length > 0) {
      <details class="ds-details" data-size="sm">
        <summary>{{ t('history.showChange') }}</summary>
        <sb-data-table
          [caption]="t('history.changeCaption')"
          [columns]="columns()"
          [zebra]="false"
          [border]="false"
        >
          <tbody>
            @for (change of changes(); track change.field) {
              <tr>
                <th scope="row">{{ change.label }}</th>
                <td class="sb-value">{{ change.before }}</td>
                <td class="sb-value">{{ change.after }}</td>
              </tr>
            }
          </tbody>
        </sb-data-table>
      </details>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .sb-value {
      white-space: pre-line;
      overflow-wrap: anywhere;
      max-inline-size: 40ch;
    }
  `,
})
export class AuditChangeComponent {
  readonly before = input<string | null>(null);
  readonly after = input<string | null>(null);

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'field', label: this.t('history.col.field') },
    { key: 'before', label: this.t('history.col.before') },
    { key: 'after', label: this.t('history.col.after') },
  ]);
  protected readonly changes = computed(() => {
    const language = this.i18n.language();
    return fieldChanges(this.before(), this.after()).map((change) => {
      const key = FIELD_LABELS[change.field];
      return {
        label: key ? this.t(key) : change.field,
        field: change.field,
        before: valueLabel(change.field, change.before, language, this.t),
        after: valueLabel(change.field, change.after, language, this.t),
      };
    });
  });
}
