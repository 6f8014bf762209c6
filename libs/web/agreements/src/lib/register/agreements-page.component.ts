import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AGREEMENT_LEGAL_FORMS, AGREEMENT_STATUSES } from '@samarbeid/shared/domain';
import { DEFAULT_REGION_SLUG, I18nService, watchPagedList } from '@samarbeid/web/data-access';
import { AgreementPartyOptionsGQL, AgreementsRegisterGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type FieldSpec,
  FORM_KIT,
  ListPageComponent,
} from '@samarbeid/web/ui';
import { map } from 'rxjs';

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
  /** The latest complete list, kept while another filter is fetched. */
  protected readonly register = watchPagedList(this.queryRef, (data) => data.agreements);

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

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return (this.register.value()?.nodes ?? []).map((agreement) => {
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
  });

  protected readonly countText = computed(() => {
    const register = this.register.value();
    return register ? this.plural('agreements.register.count', register.totalCount) : '';
  });

  /** The filters' selects, in the order they are shown ("Alle" for none). */
  protected readonly filterFields = computed(() => {
    const choices = this.options();
    const all = this.t('agreements.register.all');
    const filter = (key: AgreementFilterKey, label: string) =>
      ({
        key,
        id: `agreements-filter-${key}`,
        kind: 'select',
        label,
        placeholder: all,
        options: choices[key],
      }) as const;
    return [
      filter('legalForm', this.t('agreements.field.legalForm')),
      filter('status', this.t('agreements.field.status')),
      filter('municipality', this.t('agreements.register.municipality')),
    ] satisfies readonly FieldSpec[];
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

  protected onFilterChange(key: AgreementFilterKey, value: string): void {
    this.navigate({ ...this.filters(), [key]: value || undefined });
  }

  protected clearFilters(): void {
    this.navigate({});
  }

  protected async loadMore(): Promise<void> {
    const shown = this.register.value()?.nodes.length ?? 0;
    if (!(await this.register.loadMore())) return;
    // The button may be gone (last page): the focus moves to the first agreement that was added.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`tbody tr:nth-child(${shown + 1}) a`)?.focus(),
      { injector: this.injector },
    );
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
