import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { osloDate, Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  DEFAULT_REGION_SLUG,
  errorText,
  formatDate,
  I18nService,
  runMutation,
} from '@samarbeid/web/data-access';
import { CloseNetworkGQL, NetworkAdminGQL } from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  ConfirmService,
  confirmThenSave,
  type DetailItem,
  DetailsListComponent,
  injectFocusAfterRender,
  injectSaveStatus,
  refusalOf,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { REFETCH_NETWORK } from './network-admin-forms';
import { NetworkFormComponent } from './network-form.component';
import { NetworkMembershipsComponent } from './network-memberships.component';

/**
 * On `/nettverk/:id`: the network's mandate and dates for everyone, and for the secretariat its tools: change the
 * network, close it (confirm dialog; its memberships end that day), and its memberships with their history.
 */
@Component({
  selector: 'sb-network-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    DetailsListComponent,
    NetworkFormComponent,
    NetworkMembershipsComponent,
    SaveFeedbackComponent,
  ],
  template: `
    @if (state(); as page) {
      <sb-details-list [items]="facts()" />
      @if (page.network.closedOn) {
        <p class="ds-paragraph" data-size="sm">
          {{ t('networkAdmin.closed', { date: closedOn() }) }}
        </p>
      }
      @if (isSecretariat()) {
        <section class="sb-stack" aria-labelledby="network-tools-heading">
          <h2 class="ds-heading" data-size="md" id="network-tools-heading">
            {{ t('networkAdmin.toolsHeading') }}
          </h2>
          <sb-save-feedback [status]="status" [headingLevel]="3" />
          @if (editing()) {
            <sb-network-form
              [network]="page.network"
              [parents]="page.parents"
              (saved)="edited()"
              (cancelled)="stopEditing()"
            />
          } @else if (!page.network.closedOn) {
            <p class="sb-actions">
              <button sbButton="secondary" id="network-edit" (click)="editing.set(true)">
                {{ t('networkAdmin.edit') }}
              </button>
              <button sbButton="secondary" id="network-close" (click)="close(page.network)">
                {{ t('networkAdmin.close') }}
              </button>
            </p>
          }
          <sb-network-memberships
            [networkId]="page.network.id"
            [memberships]="page.network.memberHistory"
            [people]="page.people"
            [municipalities]="page.municipalities"
            [closed]="!!page.network.closedOn"
          />
        </section>
      }
    }
  `,
})
export class NetworkAdminComponent {
  readonly networkId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly confirm = inject(ConfirmService);
  private readonly closeNetwork = inject(CloseNetworkGQL);
  private readonly query = inject(NetworkAdminGQL);
  private readonly focus = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly editing = signal(false);
  protected readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);

  protected readonly status = injectSaveStatus('network-tools-feedback', () => ({
    errorHeading: this.t('networkAdmin.closeError'),
    notices: { saved: this.t('networkAdmin.saved'), closed: this.t('networkAdmin.closedNotice') },
  }));

  private readonly queryRef = computed(() =>
    this.query.watch({
      variables: { id: this.networkId(), regionSlug: DEFAULT_REGION_SLUG },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState !== 'complete') return null;
    const { network, networks, preparednessPeople, region } = result.data;
    return {
      network,
      parents: networks.nodes.filter((other) => !other.closedOn && other.id !== network.id),
      people: preparednessPeople,
      municipalities: new Map(region.municipalities.nodes.map((m) => [m.number, m.name])),
    };
  });

  protected readonly closedOn = computed(() => {
    const closed = this.state()?.network.closedOn;
    return closed ? formatDate(closed, this.i18n.language()) : '';
  });

  protected readonly facts = computed((): DetailItem[] => {
    const network = this.state()?.network;
    if (!network) return [];
    const language = this.i18n.language();
    return [
      {
        term: this.t('networkAdmin.facts.mandate'),
        description: network.mandate?.trim() || this.t('networkAdmin.facts.noMandate'),
        wide: true,
        text: true,
      },
      ...(network.endsOn
        ? [{ term: this.t('networkAdmin.facts.endsOn'), description: formatDate(network.endsOn, language) }]
        : []),
    ];
  });

  protected edited(): void {
    this.editing.set(false);
    this.status.tell('saved');
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focus('#network-edit');
  }

  /** Asks, then closes the network today. */
  protected close(network: { id: string; name: string; version: number }): Promise<void> {
    const question = {
      heading: this.t('networkAdmin.closeQuestion', { name: network.name }),
      message: this.t('networkAdmin.closeMessage'),
      confirmLabel: this.t('networkAdmin.close'),
      danger: true,
    };
    const save = async () => {
      const outcome = await runMutation(
        this.closeNetwork.mutate({
          variables: { input: { id: network.id, version: network.version, closedOn: osloDate() } },
          update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'networks' }),
          ...REFETCH_NETWORK,
        }),
      );
      return outcome.ok ? undefined : refusalOf(outcome.error, errorText(outcome.error, this.i18n));
    };
    return confirmThenSave(this.confirm, this.status, question, save, 'closed');
  }
}
