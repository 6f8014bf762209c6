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
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import {
  type ApiError,
  DownloadButtonComponent,
  errorText,
  formatKroner,
  I18nService,
  toApiError,
  watchQuery,
} from '@samarbeid/web/data-access';
import {
  type DataTableColumn,
  DataTableComponent,
  FieldComponent,
  FieldControlDirective,
} from '@samarbeid/web/ui';
import {
  CostSharePreviewGQL,
  type CostSharePreviewQueryVariables,
  MeasureEconomicsGQL,
} from '@samarbeid/web/graphql';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  type Observable,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import { AgreementCostsComponent } from './agreement-costs.component';
import { CostKeyFormComponent } from './cost-key-form.component';
import { CostYearsComponent } from './cost-years.component';
import { EconomicsCostsComponent } from './economics-costs.component';
import { type KeyForm, keyFormOf, keyInputOf, sameKey, type ShareTable } from './economics-form';
import { type ShareBar, ShareChartComponent } from './share-chart.component';

/** What the share table shows: the saved shares, or a preview (a key not yet saved and/or a what-if). */
type Preview =
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly table: ShareTable }
  | { readonly kind: 'failed'; readonly error: ApiError };

interface PreviewRequest {
  /** The plan's version: a saved change to the costs asks again with the same variables. */
  readonly version: number;
  readonly variables: CostSharePreviewQueryVariables;
}

const sameJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A change in kroner (or øre) with its sign: "+1 234 kr", "−56 kr", "+0,02 kr", "0 kr". */
export function signedKroner(value: string): string {
  const text = formatKroner(value);
  return !value.startsWith('-') && /[1-9]/.test(value) ? `+${text}` : text;
}

/**
 * The economics tab: the measure's yearly costs, the distribution key with a live preview of each participant's
 * share, and a "what if" that leaves participants out without saving anything.
 */
@Component({
  selector: 'sb-measure-economics',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EconomicsCostsComponent,
    CostYearsComponent,
    CostKeyFormComponent,
    ShareChartComponent,
    DownloadButtonComponent,
    AgreementCostsComponent,
    DataTableComponent,
    FieldComponent,
    FieldControlDirective,
  ],
  templateUrl: './measure-economics.component.html',
  styleUrl: './measure-economics.component.css',
})
export class MeasureEconomicsComponent {
  readonly measureId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly economicsQuery = inject(MeasureEconomicsGQL);
  private readonly previewQuery = inject(CostSharePreviewGQL);

  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;

  private readonly query = watchQuery(
    computed(() =>
      this.economicsQuery.watch({
        variables: { measureId: this.measureId() },
        fetchPolicy: 'cache-and-network',
      }),
    ),
    (data) => data.measureEconomics,
  );
  /** The latest complete economics, kept while they are fetched again. */
  protected readonly economics = this.query.value;
  protected readonly loadError = computed(() => (this.economics() ? undefined : this.query.error()));

  protected readonly participants = computed(() =>
    [...(this.economics()?.participants ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  );
  private readonly participantNumbers = computed(() => this.participants().map((p) => p.number));

  // ----- Distribution key (the form is the key form's; the preview here follows it) -------------------------------

  private readonly savedKeyForm = computed(
    () => {
      const economics = this.economics();
      return economics ? keyFormOf(economics.key, economics.populationYears) : undefined;
    },
    { equal: sameJson },
  );
  /** The key as being edited; it starts again from the saved key whenever that changes. */
  protected readonly keyForm = linkedSignal<KeyForm | undefined>(() => this.savedKeyForm());
  private readonly keyOutcome = computed(() => {
    const form = this.keyForm();
    return form ? keyInputOf(form, this.participantNumbers()) : undefined;
  });
  /** Whether the form differs from the saved key (then the preview tries it). */
  protected readonly keyDirty = computed(() => {
    const outcome = this.keyOutcome();
    const saved = this.savedKeyForm();
    if (!outcome || !saved) return false;
    return !sameKey(outcome.input, keyInputOf(saved, this.participantNumbers()).input);
  });

  // ----- What if, and the preview ----------------------------------------------------------------------------------

  /** Participants left out in the what-if, by number. */
  protected readonly excluded = signal<readonly string[]>([]);

  protected toggleExcluded(number: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.excluded.update((numbers) =>
      checked ? [...numbers.filter((n) => n !== number), number] : numbers.filter((n) => n !== number),
    );
  }

  private readonly previewRequest = computed<PreviewRequest | 'saved' | 'invalid' | undefined>(() => {
    const economics = this.economics();
    const outcome = this.keyOutcome();
    if (!economics || !outcome) return undefined;
    const participants = this.participantNumbers();
    const excluded = this.excluded()
      .filter((number) => participants.includes(number))
      .sort();
    const dirty = this.keyDirty();
    if (!dirty && excluded.length === 0) return 'saved';
    if (dirty && Object.keys(outcome.errors).length > 0) return 'invalid';
    return {
      version: economics.version,
      variables: {
        measureId: economics.measureId,
        ...(dirty ? { key: outcome.input } : {}),
        ...(excluded.length > 0 ? { excludeMunicipalityNumbers: excluded } : {}),
      },
    };
  });

  /** The preview, asked for ~250 ms after the key form or the what-if last changed. */
  private readonly preview = toSignal(
    toObservable(this.previewRequest).pipe(
      debounceTime(250),
      distinctUntilChanged(sameJson),
      switchMap((request): Observable<Preview | undefined> => {
        if (request === undefined) return of(undefined);
        if (request === 'saved' || request === 'invalid') return of({ kind: request });
        return this.previewQuery.fetch({ variables: request.variables, fetchPolicy: 'no-cache' }).pipe(
          map((result): Preview =>
            result.data && !result.error
              ? { kind: 'ready', table: result.data.costSharePreview }
              : { kind: 'failed', error: toApiError(result.error) },
          ),
          catchError((error: unknown) => of<Preview>({ kind: 'failed', error: toApiError(error) })),
          startWith<Preview>({ kind: 'loading' }),
        );
      }),
    ),
  );

  /** Whether the table shows a what-if (then each share has its change). */
  protected readonly whatIf = computed(() => this.excluded().length > 0);
  protected readonly previewLoading = computed(() => this.preview()?.kind === 'loading');
  protected readonly previewInvalid = computed(
    () => this.preview()?.kind === 'invalid' || this.previewRequest() === 'invalid',
  );

  /** The table shown: the saved shares, the latest preview, or (while a preview loads) what was shown before. */
  private readonly shownTable = linkedSignal<
    { preview: Preview | undefined; saved: ShareTable | undefined },
    ShareTable | ApiError | undefined
  >({
    source: () => ({ preview: this.preview(), saved: this.economics()?.shares }),
    computation: ({ preview, saved }, previous) => {
      switch (preview?.kind) {
        case 'ready':
          return preview.table;
        case 'failed':
          return preview.error;
        case 'loading':
        case 'invalid':
          return previous?.value ?? saved;
        default:
          return saved;
      }
    },
  });

  protected readonly shares = computed(() => {
    const table = this.shownTable();
    const language = this.language();
    if (!table) return undefined;
    if ('network' in table) return { kind: 'error' as const, message: errorText(table, this.i18n) };
    if (table.error) {
      return {
        kind: 'error' as const,
        message: (language === 'en' ? table.errorEn : null) ?? table.error,
      };
    }
    const names = new Map(this.participants().map((p) => [p.number, p.name]));
    const rows = table.totals
      .map((total) => {
        const cells = table.years.map((year) => {
          const share = year.shares.find((s) => s.municipalityNumber === total.municipalityNumber);
          return {
            year: year.year,
            amount: share ? formatKroner(share.amount) : '',
            change: share?.change ?? null,
            changeText: share?.change != null ? signedKroner(share.change) : null,
            explanation: share ? (language === 'en' ? share.explanationEn : share.explanation) : '',
            paradox: share?.roundingParadox
              ? ((language === 'en' ? share.paradoxExplanationEn : null) ?? share.paradoxExplanation)
              : null,
          };
        });
        const changes = cells.flatMap((cell) => (cell.change === null ? [] : [cell.change]));
        return {
          number: total.municipalityNumber,
          name: names.get(total.municipalityNumber) ?? total.municipalityName,
          total: formatKroner(total.amount),
          totalValue: total.amount,
          totalChange: changes.length > 0 ? signedKroner(sumAmounts(changes)) : null,
          cells,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    const excludedNames = table.excluded.map((number) => names.get(number) ?? number);
    const columns: DataTableColumn[] = [
      { key: 'municipality', label: this.t('economics.shares.col.municipality') },
      ...table.years.map((year) => ({
        key: String(year.year),
        label: String(year.year),
        align: 'end' as const,
      })),
      { key: 'total', label: this.t('economics.shares.col.total'), align: 'end' },
    ];
    return {
      kind: 'table' as const,
      columns,
      years: table.years.map((year) => ({ year: year.year, total: formatKroner(year.total) })),
      total: formatKroner(sumAmounts(table.years.map((year) => year.total))),
      rows,
      excluded: excludedNames.join(', '),
      caption: excludedNames.length
        ? this.t('economics.shares.captionWhatIf', { municipalities: excludedNames.join(', ') })
        : this.t('economics.shares.caption', { code: this.economics()?.measureCode ?? '' }),
      bars: rows.map((row): ShareBar => ({
        key: row.number,
        label: row.name,
        value: row.totalValue,
        text: row.total,
      })),
      chartSummary: this.t('economics.chart.summary', {
        shares: rows.map((row) => `${row.name} ${row.total}`).join(', '),
      }),
    };
  });

  /** After someone else's change: fetch the economics again (the forms start again from what is saved). */
  protected async reload(): Promise<void> {
    await this.query.refetch();
  }
}
