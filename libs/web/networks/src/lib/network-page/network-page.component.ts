import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
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
  fieldProblems,
  type FieldErrors,
  fieldMessages,
  FORM_KIT,
  injectFocusAfterRender,
  lastSegmentIn,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';
import { map, switchMap } from 'rxjs';

import {
  NETWORK_ROLE_LABELS,
  networkKindLabel,
  serviceAreaLabel,
  STRATEGY_STATUS_LABELS,
} from '../shared/labels';
import {
  NEW_STRATEGY_FIELDS,
  type NewStrategyField,
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
  imports: [RouterLink, ReactiveFormsModule, DataTableComponent, FORM_KIT],
  templateUrl: './network-page.component.html',
  styles: `
    :host {
      display: block;
    }

    .sb-facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-6);
      margin: 0;
    }

    .sb-facts dt {
      font-weight: var(--ds-font-weight-semibold);
    }

    .sb-facts dd {
      margin: 0;
    }

    .sb-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-4);
    }

    .sb-nowrap {
      white-space: nowrap;
    }
  `,
})
export class NetworkPageComponent {
  /** The network's id, from the route. */
  readonly id = input('');

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly router = inject(Router);
  private readonly create = inject(CreateStrategyGQL);
  private readonly detailQuery = inject(NetworkDetailGQL);
  private readonly focus = injectFocusAfterRender();

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
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  private readonly refusalMessage = signal<string | undefined>(undefined);
  protected readonly refusal = computed<SaveFeedback | null>(() => {
    const message = this.refusalMessage();
    return message ? { kind: 'error', heading: this.t('network.newStrategyError'), message } : null;
  });
  private readonly serverErrors = signal<FieldErrors<NewStrategyField>>({});
  protected readonly form = inject(NonNullableFormBuilder).group(suggestedStrategy(new Date()));
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly errors = computed(() =>
    shownErrors(this.submitted(), this.serverErrors(), validateNewStrategy(this.values()), this.t),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      NEW_STRATEGY_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => `new-strategy-${field}`,
    ),
  );
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

  constructor() {
    this.form.valueChanges.subscribe(() => {
      if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
    });
  }

  protected openForm(): void {
    this.form.reset(suggestedStrategy(new Date()));
    this.submitted.set(false);
    this.refusalMessage.set(undefined);
    this.formOpen.set(true);
    this.focus('#new-strategy-title');
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.focus('#new-strategy-open');
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.refusalMessage.set(undefined);
    const values = this.form.getRawValue();
    if (Object.keys(validateNewStrategy(values)).length > 0) {
      this.focus('#new-strategy-errors');
      return;
    }
    const networkId = this.id();
    this.saving.set(true);
    const outcome = await runMutation(
      this.create.mutate({
        variables: { input: newStrategyInput(networkId, values) },
        update: (cache) => {
          // The network's list of strategies is fetched again when next shown.
          const id = cache.identify({ __typename: 'Network', id: networkId });
          if (id) cache.evict({ id, fieldName: 'strategies' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'strategies' });
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.router
        .navigate(['/nettverk', networkId, 'strategi', outcome.data.createStrategy.id])
        .catch((error: unknown) => console.error('Navigation failed', error));
      return;
    }
    const language = this.i18n.language();
    this.serverErrors.set(
      fieldMessages(outcome.error.fields, lastSegmentIn(NEW_STRATEGY_FIELDS), (problem) =>
        fieldErrorMessage(problem, language),
      ),
    );
    this.refusalMessage.set(errorText(outcome.error, this.i18n));
    this.focus('#new-strategy-refusal');
  }
}
