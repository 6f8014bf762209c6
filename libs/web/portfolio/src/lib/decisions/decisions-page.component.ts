import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText, watchPagedList } from '@samarbeid/web/data-access';
import {
  type CreateDecisionMutation,
  DecisionsLogGQL,
  MeasureCodesGQL,
  PortfolioMunicipalitiesGQL,
  PortfolioNetworksGQL,
} from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  type DataTableColumn,
  DataTableComponent,
  injectFocusAfterRender,
  ListPageComponent,
} from '@samarbeid/web/ui';

import { decisionBodyLabel } from '../shared/decision-body';
import { PortfolioPermissions } from '../shared/portfolio-permissions';
import { type Choice, DecisionFormComponent } from './decision-form.component';

export const DECISIONS_PAGE_SIZE = 50;
const ALL_MEASURES = 200;

/** `/vedtak`: the region's decisions log; the secretariat registers new decisions here. */
@Component({
  selector: 'sb-decisions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, RouterLink, DecisionFormComponent, DataTableComponent, ListPageComponent],
  templateUrl: './decisions-page.component.html',
  styleUrl: './decisions-page.component.css',
})
export class DecisionsPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(PortfolioPermissions);
  protected readonly t = this.i18n.t;
  protected readonly i18nPlural = this.i18n.plural;

  /** The decisions log, a page at a time. */
  protected readonly log = watchPagedList(
    signal(
      inject(DecisionsLogGQL).watch({
        variables: { regionSlug: DEFAULT_REGION_SLUG, first: DECISIONS_PAGE_SIZE },
        fetchPolicy: 'cache-and-network',
        notifyOnNetworkStatusChange: true,
      }),
    ),
    (data) => data.decisions,
  );
  private readonly municipalitiesResult = toSignal(
    inject(PortfolioMunicipalitiesGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );

  protected readonly formOpen = signal(false);
  protected readonly registeredTitle = signal<string | undefined>(undefined);

  private readonly municipalityNames = computed(() => {
    const result = this.municipalitiesResult();
    const nodes = result?.dataState === 'complete' ? result.data.region.municipalities.nodes : [];
    return new Map(nodes.map((m) => [m.number, m.name]));
  });

  protected readonly state = computed(() => {
    const result = this.log.result();
    if (result?.dataState === 'complete') {
      const names = this.municipalityNames();
      const decisions = result.data.decisions;
      return {
        kind: 'ready' as const,
        totalCount: decisions.totalCount,
        hasNextPage: decisions.pageInfo.hasNextPage,
        endCursor: decisions.pageInfo.endCursor,
        rows: decisions.nodes.map((decision) => ({
          ...decision,
          date: this.i18n.date(decision.decidedOn),
          bodyLabel: decisionBodyLabel(decision, names, this.t),
        })),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'date', label: this.t('decisions.col.date') },
    { key: 'body', label: this.t('decisions.col.body') },
    { key: 'caseReference', label: this.t('decisions.col.caseReference') },
    { key: 'title', label: this.t('decisions.col.title') },
    { key: 'measures', label: this.t('decisions.col.measures') },
  ]);

  /** What the form needs (measure codes, networks): fetched only for those who may register decisions. */
  private readonly measuresResult = this.permissions.canRegisterDecisions()
    ? toSignal(
        inject(MeasureCodesGQL).watch({ variables: { regionSlug: DEFAULT_REGION_SLUG, first: ALL_MEASURES } })
          .valueChanges,
      )
    : signal(undefined);
  private readonly networksResult = this.permissions.canRegisterDecisions()
    ? toSignal(
        inject(PortfolioNetworksGQL).watch({ variables: { regionSlug: DEFAULT_REGION_SLUG } }).valueChanges,
      )
    : signal(undefined);
  protected readonly measureIds = computed(() => {
    const result = this.measuresResult();
    const nodes = result?.dataState === 'complete' ? result.data.measures.nodes : [];
    return new Map(nodes.map((m) => [m.code.toUpperCase(), m.id]));
  });
  protected readonly municipalityChoices = computed<readonly Choice[]>(() =>
    [...this.municipalityNames()]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nb')),
  );
  protected readonly networkChoices = computed<readonly Choice[]>(() => {
    const result = this.networksResult();
    return result?.dataState === 'complete'
      ? result.data.networks.nodes.map((n) => ({ value: n.id, label: n.name }))
      : [];
  });

  protected openForm(): void {
    this.registeredTitle.set(undefined);
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.focusAfterRender('#decision-open');
  }

  protected onRegistered(decision: CreateDecisionMutation['createDecision']): void {
    this.formOpen.set(false);
    this.registeredTitle.set(decision.title);
    this.focusAfterRender('#decision-registered');
  }

  protected async loadMore(): Promise<void> {
    if (this.state().kind === 'ready') await this.log.loadMore();
  }
}
