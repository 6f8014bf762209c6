import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  addMonths,
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  compareIsoDates,
  daysBetween,
} from '@samarbeid/shared/domain';
import { DEFAULT_REGION_SLUG, formatKroner, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import {
  MunicipalityAgreementsOverviewGQL,
  type MunicipalityAgreementsOverviewQuery,
} from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, FORM_KIT } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

type Overview = MunicipalityAgreementsOverviewQuery['municipalityAgreements'];
type Row = Overview['agreements'][number];

/** The warning horizons offered, in months; the API's default first. */
export const WARNING_HORIZONS = [3, 6, 12] as const;
export const DEFAULT_WARNING_HORIZON = 6;

/** Agreements that still bind the municipality (in force, or waiting for approval). */
const CURRENT: readonly Row['status'][] = ['ACTIVE', 'SUBMITTED'];

export interface MunicipalityAgreementRowView {
  readonly id: string;
  readonly title: string;
  readonly legalForm: string;
  readonly role: string;
  readonly status: string;
  readonly annualCost: string;
  readonly annualCostExplanation: string | null;
  readonly endDate: string;
  readonly lastNoticeDate: string;
  /** The deadlines in words ("Frist for oppsigelse om 3 mdr."); empty when none is near. */
  readonly flags: readonly string[];
}

export interface MunicipalityAgreementsView {
  readonly number: string;
  readonly name: string;
  readonly lead: string;
  readonly ended: string | null;
  readonly asOf: string;
  readonly caption: string;
  readonly rows: readonly MunicipalityAgreementRowView[];
}

export type MunicipalityAgreementsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly view: MunicipalityAgreementsView; readonly refreshing: boolean };

/** Whole months from `from` to `to` (the same day-of-month or later counts as a month; month ends clamped). */
export function monthsUntil(from: string, to: string): number {
  let months = 0;
  while (compareIsoDates(addMonths(from, months + 1), to) <= 0) months += 1;
  return months;
}

/**
 * `/avtaler/kommuner/:number`: every agreement of every legal form the municipality is a party to, with its role,
 * what it pays per year, and when each ends and must be given notice. Deadlines within the chosen horizon (3, 6 or
 * 12 months) get a note in words; a passed notice deadline of an agreement still in force is said too.
 */
@Component({
  selector: 'sb-municipality-agreements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, FORM_KIT],
  templateUrl: './municipality-agreements-page.component.html',
  styleUrl: './municipality-agreements-page.component.css',
})
export class MunicipalityAgreementsPageComponent {
  /** The municipality number, from the route (component input binding). */
  readonly number = input<string>('');

  private readonly i18n = inject(I18nService);
  private readonly query = inject(MunicipalityAgreementsOverviewGQL);
  protected readonly t = this.i18n.t;
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'title', label: this.t('agreementsInbox.municipality.col.title') },
    { key: 'legalForm', label: this.t('agreementsInbox.municipality.col.legalForm') },
    { key: 'role', label: this.t('agreementsInbox.municipality.col.role') },
    { key: 'status', label: this.t('agreementsInbox.municipality.col.status') },
    { key: 'annualCost', label: this.t('agreementsInbox.municipality.col.annualCost'), align: 'end' },
    { key: 'endDate', label: this.t('agreementsInbox.municipality.col.endDate') },
    { key: 'lastNoticeDate', label: this.t('agreementsInbox.municipality.col.lastNoticeDate') },
    { key: 'flags', label: this.t('agreementsInbox.municipality.col.flags') },
  ]);
  protected readonly horizons = WARNING_HORIZONS;
  /** Deadlines within this many months count as soon (`withinMonths`). */
  protected readonly withinMonths = signal<number>(DEFAULT_WARNING_HORIZON);

  private readonly queryRef = computed(() =>
    this.query.watch({
      variables: {
        regionSlug: DEFAULT_REGION_SLUG,
        municipalityNumber: this.number(),
        withinMonths: this.withinMonths(),
      },
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));
  /** The latest answer for this municipality, kept while another horizon is fetched. */
  private readonly overview = linkedSignal<Overview | undefined, Overview | undefined>({
    source: () => {
      const result = this.result();
      return result?.dataState === 'complete' ? result.data.municipalityAgreements : undefined;
    },
    computation: (current, previous) =>
      current ?? (previous?.value?.municipalityNumber === this.number() ? previous.value : undefined),
  });

  protected readonly state = computed<MunicipalityAgreementsState>(() => {
    const overview = this.overview();
    const result = this.result();
    if (result?.error && !result.loading) {
      return { kind: 'error', message: queryErrorText(result.error, this.i18n) };
    }
    if (overview) {
      return {
        kind: 'ready',
        view: this.toView(overview),
        refreshing: overview.withinMonths !== this.withinMonths(),
      };
    }
    return { kind: 'loading' };
  });

  protected selectHorizon(event: Event): void {
    const months = Number((event.target as HTMLSelectElement).value);
    if ((WARNING_HORIZONS as readonly number[]).includes(months)) this.withinMonths.set(months);
  }

  private toView(overview: Overview): MunicipalityAgreementsView {
    const t = this.t;
    const language = this.i18n.language();
    const name = overview.municipalityName;
    const current = overview.agreements.filter((row) => CURRENT.includes(row.status)).length;
    const ended = overview.agreements.length - current;
    return {
      number: overview.municipalityNumber,
      name,
      lead:
        current === 0
          ? t('agreementsInbox.municipality.leadNone', { name })
          : t('agreementsInbox.municipality.lead', {
              name,
              agreements: this.i18n.plural('agreementsInbox.municipality.agreementCount', current),
              amount: formatKroner(overview.totalAnnualCost),
            }),
      ended: ended > 0 ? this.i18n.plural('agreementsInbox.municipality.ended', ended) : null,
      asOf: t('agreementsInbox.municipality.asOf', { date: this.i18n.date(overview.asOf) }),
      caption: t('agreementsInbox.municipality.caption', { name, months: overview.withinMonths }),
      rows: overview.agreements.map((row) => ({
        id: row.agreementId,
        title: row.title,
        legalForm: AGREEMENT_LEGAL_FORM_LABELS[row.legalForm][language],
        role: AGREEMENT_PARTY_ROLE_LABELS[row.role][language],
        status: AGREEMENT_STATUS_LABELS[row.status][language],
        annualCost:
          row.annualCost === null ? t('agreementsInbox.municipality.noCost') : formatKroner(row.annualCost),
        annualCostExplanation: row.annualCostExplanation,
        endDate: row.endDate ? this.i18n.date(row.endDate) : t('agreementsInbox.municipality.noEndDate'),
        lastNoticeDate: row.lastNoticeDate
          ? this.i18n.date(row.lastNoticeDate)
          : t('agreementsInbox.municipality.noNotice'),
        flags: this.flags(row, overview.asOf),
      })),
    };
  }

  /** The near deadlines in words: notice first (it comes first), then the end. */
  private flags(row: Row, asOf: string): string[] {
    const flags: string[] = [];
    if (row.noticeSoon && row.lastNoticeDate) {
      flags.push(this.inWords(asOf, row.lastNoticeDate, 'notice'));
    } else if (row.noticeStatus === 'PASSED' && row.endStatus !== 'PASSED' && CURRENT.includes(row.status)) {
      flags.push(this.t('agreementsInbox.municipality.noticePassed'));
    }
    if (row.endsSoon && row.endDate) flags.push(this.inWords(asOf, row.endDate, 'ends'));
    return flags;
  }

  /** "Frist for oppsigelse om 3 mdr." / "… om 12 dager." / "… i dag." */
  private inWords(asOf: string, date: string, kind: 'notice' | 'ends'): string {
    const days = daysBetween(asOf, date);
    if (days <= 0) {
      return this.t(
        kind === 'notice'
          ? 'agreementsInbox.municipality.noticeToday'
          : 'agreementsInbox.municipality.endsToday',
      );
    }
    const months = monthsUntil(asOf, date);
    if (months > 0) {
      return this.i18n.plural(
        kind === 'notice'
          ? 'agreementsInbox.municipality.noticeSoonMonths'
          : 'agreementsInbox.municipality.endsSoonMonths',
        months,
      );
    }
    return this.i18n.plural(
      kind === 'notice'
        ? 'agreementsInbox.municipality.noticeSoonDays'
        : 'agreementsInbox.municipality.endsSoonDays',
      days,
    );
  }
}
