import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { TranslationKey } from '@samarbeid/web/data-access';
import { errorText, fieldErrorMessage, I18nService, runMutation } from '@samarbeid/web/data-access';
import { CreateKpiSetGQL } from '@samarbeid/web/graphql';
import { fieldRows, FORM_KIT, type FormRefusal, injectFormState, lastSegmentIn } from '@samarbeid/web/ui';

interface KpiSetFormValues {
  readonly name: string;
  readonly description: string;
}
type KpiSetFormField = keyof KpiSetFormValues;
const FIELDS: readonly KpiSetFormField[] = ['name', 'description'];
const fieldOf = lastSegmentIn(FIELDS);

function validate(values: KpiSetFormValues): Partial<Record<KpiSetFormField, TranslationKey>> {
  const name = values.name.trim();
  return !name || name.length > 200 ? { name: 'kpiSets.form.error.name' } : {};
}

/**
 * "Nytt indikatorsett": a KPI set of the region (the secretariat) or of the director's own municipality, with a name
 * and a description; the API says who may.
 */
@Component({
  selector: 'sb-create-kpi-set',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form [form]="form" labelledBy="kpi-set-form-heading" cancellable (cancelled)="cancelled.emit()">
      <h3 class="ds-heading" data-size="xs" id="kpi-set-form-heading">{{ heading() }}</h3>
    </sb-field-form>
  `,
})
export class CreateKpiSetComponent {
  readonly regionSlug = input.required<string>();
  /** The director's municipality; null: the region's set. */
  readonly municipalityNumber = input<string | null>(null);
  readonly heading = input.required<string>();
  readonly created = output<string>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateKpiSetGQL);
  protected readonly t = this.i18n.t;

  protected readonly form = injectFormState({
    initial: { name: '', description: '' },
    fields: FIELDS,
    validate,
    translate: (key) => this.t(key),
    label: (field) => this.t(`kpiSets.form.${field}`),
    id: 'kpi-set',
    feedbackId: 'kpi-set-refusal',
    rows: () =>
      fieldRows<KpiSetFormField>('kpi-set-', (field) => this.t(`kpiSets.form.${field}`), [
        { key: 'name', kind: 'text', required: true, maxLength: 200 },
        { key: 'description', kind: 'multiline', rows: 2, maxLength: 2000 },
      ]),
    texts: () => ({
      submit: this.t('kpiSets.form.submit'),
      busy: this.t('kpiSets.form.busy'),
      errorHeading: this.t('kpiSets.form.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.send(values),
  });

  constructor() {
    this.form.focus('#kpi-set-name');
  }

  private async send(values: KpiSetFormValues): Promise<FormRefusal<KpiSetFormField> | undefined> {
    const outcome = await runMutation(
      this.create.mutate({
        variables: {
          input: {
            regionSlug: this.regionSlug(),
            municipalityNumber: this.municipalityNumber(),
            name: values.name.trim(),
            description: values.description.trim() || null,
          },
        },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'kpiSets' });
          cache.gc();
        },
      }),
    );
    if (outcome.ok) {
      this.created.emit(outcome.data.createKpiSet.id);
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(
      outcome.error,
      errorText(outcome.error, this.i18n),
      (problem) => fieldErrorMessage(problem, language),
      fieldOf,
    );
  }
}
