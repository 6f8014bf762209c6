import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  CooperatingNetworkOptionsGQL,
  type MeasureGovernanceFieldsFragment,
  SaveMeasureSteeringGQL,
} from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  injectSaveStatus,
  refusalOf,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';

type Field = 'networkId';

/**
 * For those who may edit the measure: the networks that co-operate on it besides its owner (O4: education co-operates
 * with health and care), each removable, and a choice to add one. Saved as a part of the steering document.
 */
@Component({
  selector: 'sb-measure-cooperating-networks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, FORM_KIT, SaveFeedbackComponent],
  template: `
    <section class="sb-stack" aria-labelledby="cooperating-heading">
      <h3 class="ds-heading" data-size="xs" id="cooperating-heading">{{ t('cooperating.heading') }}</h3>
      <p class="ds-paragraph" data-size="sm">{{ t('cooperating.intro') }}</p>
      <sb-save-feedback [status]="status" [headingLevel]="4" />
      @if (measure().cooperatingNetworks.length === 0) {
        <p class="ds-paragraph">{{ t('cooperating.none') }}</p>
      } @else {
        <ul class="ds-list">
          @for (network of measure().cooperatingNetworks; track network.id) {
            <li>
              {{ network.name }}
              <button
                sbButton="tertiary"
                [id]="'cooperating-remove-' + network.id"
                [attr.aria-label]="t('cooperating.removeName', { name: network.name })"
                (click)="remove(network.id)"
              >
                {{ t('cooperating.remove') }}
              </button>
            </li>
          }
        </ul>
      }
      @if (choices().length > 0) {
        <sb-field-form [form]="form" [headingLevel]="4" labelledBy="cooperating-heading" />
      }
    </section>
  `,
})
export class MeasureCooperatingNetworksComponent {
  readonly measure = input.required<MeasureGovernanceFieldsFragment>();
  /** The network that owns the measure (never a co-operating one). */
  readonly ownerId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly save = inject(SaveMeasureSteeringGQL);
  protected readonly t = this.i18n.t;

  private readonly options = toSignal(
    inject(CooperatingNetworkOptionsGQL).watch({ variables: { regionSlug: DEFAULT_REGION_SLUG } })
      .valueChanges,
  );

  /** Open networks of the region that are neither the owner nor co-operating already. */
  protected readonly choices = computed(() => {
    const result = this.options();
    const nodes = result?.dataState === 'complete' ? result.data.networks.nodes : [];
    const taken = new Set([this.ownerId(), ...this.measure().steering.cooperatingNetworkIds]);
    return nodes
      .filter((network) => !network.closedOn && !taken.has(network.id))
      .map((network) => ({ value: network.id, label: network.name }));
  });

  protected readonly status = injectSaveStatus('cooperating-feedback', () => ({
    errorHeading: this.t('cooperating.errorHeading'),
    notices: { removed: this.t('cooperating.removed'), added: this.t('cooperating.added') },
  }));

  protected readonly form = injectFormState({
    initial: { networkId: '' },
    fields: ['networkId'] as const,
    validate: (values): Partial<Record<Field, TranslationKey>> =>
      values.networkId ? {} : { networkId: 'cooperating.required' },
    translate: this.t,
    label: () => this.t('cooperating.field'),
    id: 'cooperating',
    rows: () =>
      fieldRows<Field>('cooperating-', () => this.t('cooperating.field'), [
        {
          key: 'networkId',
          kind: 'select',
          placeholder: this.t('cooperating.choose'),
          options: this.choices(),
        },
      ]),
    texts: () => ({
      submit: this.t('cooperating.add'),
      busy: this.t('cooperating.adding'),
      errorHeading: this.t('cooperating.errorHeading'),
    }),
    save: async (values) => {
      const refusal = await this.send([...this.measure().steering.cooperatingNetworkIds, values.networkId]);
      if (refusal) return refusal;
      this.form.reset({ networkId: '' });
      this.status.tell('added');
      return undefined;
    },
  });

  protected async remove(id: string): Promise<void> {
    const ids = this.measure().steering.cooperatingNetworkIds.filter((other) => other !== id);
    const refusal = await this.status.send(() => this.send(ids));
    if (refusal) this.status.refuse(refusal);
    else this.status.tell('removed');
  }

  /** Saves the co-operating networks (only them) of the measure as read. */
  private async send(ids: readonly string[]): Promise<FormRefusal<Field> | undefined> {
    const { id, version } = this.measure();
    const outcome = await runMutation(
      this.save.mutate({ variables: { input: { measureId: id, version, cooperatingNetworkIds: [...ids] } } }),
    );
    return outcome.ok ? undefined : refusalOf(outcome.error, errorText(outcome.error, this.i18n));
  }
}
