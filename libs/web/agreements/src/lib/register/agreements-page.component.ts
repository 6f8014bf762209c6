import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AGREEMENT_LEGAL_FORMS, AGREEMENT_STATUSES } from '@samarbeid/shared/domain';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import {
  AgreementPartyOptionsGQL,
  AgreementsRegisterGQL,
  type AgreementsRegisterQuery,
} from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, FORM_KIT, ListPageComponent } from '@samarbeid/web/ui';
import { map, switchMap } from 'rxjs';

import { agreementStatusLabel, legalFormLabel, partyRoleLabel } from '../shared/agreement-labels';
import { AgreementPermissions } from '../shared/agreement-permissions';
import {
  type AgreementFilterKey,
  type AgreementFilters,
  agreementFiltersFromParams,
  agreementFiltersToParams,
  agreementFiltersToVariables,
  NO_AGREEMENT_FILTERS,
} from './agreement-filters';

export const AGREEMENTS_PAGE_SIZE = 50;

type Register = AgreementsRegisterQuery['agreements'];

/**
 * `/avtaler`: the region's agreements register. Filtered by legal form, status and party municipality (kept in the
 * address, so a filtered list can be shared), a page at a time ("Vis flere"). The secretariat and network leaders
 * start new agreements here.
 */
@Component({
  selector: 'sb-agreements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ListPageComponent, FORM_KIT],
  templateUrl: './agreements-page.component.html',
  styleUrl: './agreements-page.component.css',
})
export class AgreementsPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly registerQuery = inject(AgreementsRegisterGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly permissions = inject(AgreementPermissions);

  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(agreementFiltersFromParams)), {
    initialValue: NO_AGREEMENT_FILTERS,
  });
  protected readonly loadingMore = signal(false);

  private readonly queryRef = computed(() =>
    this.registerQuery.watch({
      variables: {
        regionSlug: DEFAULT_REGION_SLUG,
        filter: agreementFiltersToVariables(this.filters()),
        first: AGREEMENTS_PAGE_SIZE,
      },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));
  /** The latest complete list, kept while another filter is fetched. */
  private readonly register = linkedSignal<ReturnType<typeof this.result>, Register | undefined>({
    source: this.result,
    computation: (result, previous) =>
      result?.dataState === 'complete' ? result.data.agreements : previous?.value,
  });

  private readonly municipalitiesResult = toSignal(
    inject(AgreementPartyOptionsGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );

  protected readonly options = computed(() => {
    const language = this.i18n.language();
    const result = this.municipalitiesResult();
    const municipalities = result?.dataState === 'complete' ? result.data.region.municipalities.nodes : [];
    return {
      legalForm: AGREEMENT_LEGAL_FORMS.map((value) => ({ value, label: legalFormLabel(value, language) })),
      status: AGREEMENT_STATUSES.map((value) => ({ value, label: agreementStatusLabel(value, language) })),
      municipality: [...municipalities]
        .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
        .map((m) => ({ value: m.number, label: m.name })),
    };
  });

  protected readonly view = computed(() => {
    const result = this.result();
    const register = this.register();
    const language = this.i18n.language();
    const loading = !result || result.loading;
    const error = result?.error && !loading ? queryErrorText(result.error, this.i18n) : undefined;
    const rows = (register?.nodes ?? []).map((agreement) => {
      const endDate = (agreement.activeVersion ?? agreement.currentVersion).endDate;
      const inForce = agreement.activeVersionNumber;
      return {
        id: agreement.id,
        title: agreement.title,
        legalForm: legalFormLabel(agreement.legalForm, language),
        status: agreementStatusLabel(agreement.status, language),
        parties: agreement.currentVersion.parties.map((party) => ({
          number: party.municipalityNumber,
          text: `${party.municipalityName} (${partyRoleLabel(party.role, language).toLowerCase()})`,
        })),
        measure: agreement.measure,
        endDate,
        endDateText: endDate ? this.i18n.date(endDate) : this.t('agreements.notSet'),
        version:
          inForce !== null && inForce !== agreement.currentVersionNumber
            ? this.t('agreements.register.versionWithInForce', {
                current: agreement.currentVersionNumber,
                inForce,
              })
            : String(agreement.currentVersionNumber),
      };
    });
    return { loading, error, rows, register };
  });

  protected readonly countText = computed(() => {
    const { register } = this.view();
    return register ? this.plural('agreements.register.count', register.totalCount) : '';
  });

  /** The filters' selects, in the order they are shown. */
  protected readonly filterFields = computed(() => {
    const choices = this.options();
    return [
      {
        key: 'legalForm',
        id: 'agreements-filter-legalForm',
        label: this.t('agreements.field.legalForm'),
        options: choices.legalForm,
      },
      {
        key: 'status',
        id: 'agreements-filter-status',
        label: this.t('agreements.field.status'),
        options: choices.status,
      },
      {
        key: 'municipality',
        id: 'agreements-filter-municipality',
        label: this.t('agreements.register.municipality'),
        options: choices.municipality,
      },
    ] as const satisfies readonly {
      key: AgreementFilterKey;
      id: string;
      label: string;
      options: readonly { value: string; label: string }[];
    }[];
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'title', label: this.t('agreements.field.title') },
    { key: 'legalForm', label: this.t('agreements.field.legalForm') },
    { key: 'status', label: this.t('agreements.field.status') },
    { key: 'parties', label: this.t('agreements.field.parties') },
    { key: 'measure', label: this.t('agreements.field.measure') },
    { key: 'endDate', label: this.t('agreements.field.endDate') },
    { key: 'version', label: this.t('agreements.register.col.version') },
  ]);

  protected readonly filtered = computed(() => Object.keys(this.filters()).length > 0);

  protected onFilterChange(key: AgreementFilterKey, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.navigate({ ...this.filters(), [key]: value || undefined });
  }

  protected clearFilters(): void {
    this.navigate({});
  }

  protected async loadMore(): Promise<void> {
    const register = this.register();
    if (!register?.pageInfo.hasNextPage || this.loadingMore()) return;
    this.loadingMore.set(true);
    const shown = register.nodes.length;
    try {
      await this.queryRef().fetchMore({
        variables: { after: register.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          agreements: {
            ...fetchMoreResult.agreements,
            nodes: [...previous.agreements.nodes, ...fetchMoreResult.agreements.nodes],
          },
        }),
      });
    } finally {
      this.loadingMore.set(false);
    }
    // The button may be gone (last page): the focus moves to the first agreement that was added.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`tbody tr:nth-child(${shown + 1}) a`)?.focus(),
      { injector: this.injector },
    );
  }

  protected retry(): void {
    this.queryRef()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the agreements again', error));
  }

  private navigate(filters: AgreementFilters): void {
    this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: agreementFiltersToParams(filters),
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }
}
