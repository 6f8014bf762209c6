import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  DEFAULT_REGION_SLUG,
  errorText,
  fieldErrorMessage,
  I18nService,
  leadsNetwork,
  queryErrorText,
  runMutation,
  toApiError,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { CreateStrategyGQL, NetworkDetailGQL, NetworkMunicipalitiesGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  DetailPageComponent,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { NetworkAdminComponent } from '../network-admin/network-admin.component';
import { NetworkSelfEvaluationComponent } from '../self-evaluation/network-self-evaluation.component';
import {
  NETWORK_ROLE_LABELS,
  networkKindLabel,
  serviceAreaLabel,
  STRATEGY_STATUS_LABELS,
} from '../shared/labels';
import {
  NEW_STRATEGY_FIELDS,
  type NewStrategyField,
  type NewStrategyValues,
  newStrategyInput,
  suggestedStrategy,
  validateNewStrategy,
} from './new-strategy-form';

const FIELD_LABELS: Readonly<Record<NewStrategyField, TranslationKey>> = {
  title: 'strategyForm.title',
  periodFrom: 'strategyForm.periodFrom',
  periodTo: 'strategyForm.periodTo',
};

/**
 * `/nettverk/:id`: one network, its members and its strategies. The network's leader and the secretariat start a
 * new strategy here ("Ny strategi"), which opens in the strategy editor.
 */
@Component({
  selector: 'sb-network-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    DetailPageComponent,
    FORM_KIT,
    NetworkAdminComponent,
    NetworkSelfEvaluationComponent,
  ],
  templateUrl: './network-page.component.html',
  styles: `
    :host {
      display: block;
    }
  `,
})
export class NetworkPageComponent {
  /** The network's id, from the route. */
  readonly id = input('');

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly router = inject(Router);
  private readonly createStrategy = inject(CreateStrategyGQL);
  private readonly detailQuery = inject(NetworkDetailGQL);

  protected readonly t = this.i18n.t;

  private readonly result = toSignal(
    toObservable(this.id).pipe(
      switchMap(
        (id) => this.detailQuery.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges,
      ),
    ),
  );
  private readonly municipalitiesResult = toSignal(
    inject(NetworkMunicipalitiesGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );
  private readonly municipalityNames = computed(() => {
    const result = this.municipalitiesResult();
    const nodes = result?.dataState === 'complete' ? result.data.region.municipalities.nodes : [];
    return new Map(nodes.map((m) => [m.number, m.name]));
  });

  protected readonly state = computed(() => {
    const result = this.result();
    const language = this.i18n.language();
    if (result?.dataState === 'complete') {
      const network = result.data.network;
      const names = this.municipalityNames();
      const user = this.user();
      return {
        kind: 'ready' as const,
        network,
        kindLabel: networkKindLabel(network.kind, language),
        serviceArea: serviceAreaLabel(network.serviceArea, language),
        members: network.members.map((member) => ({
          ...member,
          municipality: member.municipalityNumber
            ? (names.get(member.municipalityNumber) ?? member.municipalityNumber)
            : undefined,
          roleLabel: this.t(NETWORK_ROLE_LABELS[member.role]),
        })),
        strategies: network.strategies.map((strategy) => ({
          ...strategy,
          statusLabel: this.t(STRATEGY_STATUS_LABELS[strategy.status]),
        })),
        canCreate: !!user?.roles.includes(Role.Secretariat) || leadsNetwork(user, network),
      };
    }
    if (result?.error && !result.loading) {
      const notFound = toApiError(result.error).code === 'NOT_FOUND';
      return {
        kind: 'error' as const,
        heading: this.t(notFound ? 'network.notFound' : 'network.errorHeading'),
        message: notFound ? this.t('network.notFoundText') : queryErrorText(result.error, this.i18n),
      };
    }
    return { kind: 'loading' as const };
  });

  protected readonly formOpen = signal(false);
  protected readonly form = injectFormState({
    initial: suggestedStrategy(new Date()),
    fields: NEW_STRATEGY_FIELDS,
    validate: validateNewStrategy,
    translate: this.t,
    label: (field) => this.t(FIELD_LABELS[field]),
    id: 'new-strategy',
    feedbackId: 'new-strategy-refusal',
    // Title, and the period's years side by side.
    rows: () =>
      fieldRows<NewStrategyField>('new-strategy-', (field) => this.t(FIELD_LABELS[field]), [
        { key: 'title', kind: 'text', required: true, maxLength: 300 },
        [
          { key: 'periodFrom', kind: 'integer', required: true, width: 'sm', maxLength: 4 },
          { key: 'periodTo', kind: 'integer', required: true, width: 'sm', maxLength: 4 },
        ],
      ]),
    texts: () => ({
      submit: this.t('network.create'),
      busy: this.t('network.creating'),
      errorHeading: this.t('network.newStrategyError'),
    }),
    save: (values) => this.create(values),
  });
  protected readonly strategyColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'strategy', label: this.t('network.col.strategy') },
    { key: 'period', label: this.t('network.col.period') },
    { key: 'status', label: this.t('network.col.status') },
  ]);
  protected readonly memberColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'name', label: this.t('network.col.name') },
    { key: 'municipality', label: this.t('network.col.municipality') },
    { key: 'role', label: this.t('network.col.role') },
    { key: 'email', label: this.t('network.col.email') },
  ]);

  protected openForm(): void {
    this.form.reset(suggestedStrategy(new Date()));
    this.formOpen.set(true);
    this.form.focus('#new-strategy-title');
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.form.focus('#new-strategy-open');
  }

  private async create(values: NewStrategyValues): Promise<FormRefusal<NewStrategyField> | undefined> {
    const networkId = this.id();
    const outcome = await runMutation(
      this.createStrategy.mutate({
        variables: { input: newStrategyInput(networkId, values) },
        update: (cache) => {
          // The network's list of strategies is fetched again when next shown.
          const id = cache.identify({ __typename: 'Network', id: networkId });
          if (id) cache.evict({ id, fieldName: 'strategies' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'strategies' });
        },
      }),
    );
    if (outcome.ok) {
      this.router
        .navigate(['/nettverk', networkId, 'strategi', outcome.data.createStrategy.id])
        .catch((error: unknown) => console.error('Navigation failed', error));
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
      fieldErrorMessage(problem, language),
    );
  }
}
