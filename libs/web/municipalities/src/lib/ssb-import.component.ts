import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { type ApiError, errorText, I18nService, toApiError } from '@samarbeid/web/data-access';
import { ImportJobGQL, type ImportJobQuery, StartSsbImportGQL } from '@samarbeid/web/graphql';
import { firstValueFrom } from 'rxjs';
import { ButtonDirective } from '@samarbeid/web/ui';

/** How often the import's progress is asked for while it runs. */
export const IMPORT_POLL_MS = 500;

type Job = ImportJobQuery['importJob'];

type Problem = { readonly kind: 'failed' | 'refused'; readonly message: string };

/**
 * "Hent kommuner og folketall fra SSB" (the secretariat): starts the import, then asks for its progress every
 * half second until it is done. The progress is shown as a progress bar and its message in a polite live region;
 * a failure, or a refusal to start (an import already running), is shown as an alert. When the import has
 * succeeded, `imported` tells the page to fetch the municipalities again.
 */
@Component({
  selector: 'sb-ssb-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  templateUrl: './ssb-import.component.html',
  styleUrl: './ssb-import.component.css',
})
export class SsbImportComponent {
  readonly regionSlug = input.required<string>();
  readonly imported = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly startImport = inject(StartSsbImportGQL);
  private readonly importJob = inject(ImportJobGQL);
  private destroyed = false;

  protected readonly t = this.i18n.t;
  protected readonly job = signal<Job | undefined>(undefined);
  protected readonly starting = signal(false);
  protected readonly problem = signal<Problem | undefined>(undefined);
  protected readonly running = computed(() => this.starting() || this.job()?.status === 'RUNNING');

  /** The job's own sentence in the current language. */
  protected readonly jobMessage = computed(() => {
    const job = this.job();
    if (!job) return '';
    return this.i18n.language() === 'en' ? job.messageEn || job.message : job.message;
  });
  /** What the polite live region says: the progress while it runs, the outcome when it succeeded. */
  protected readonly statusText = computed(() => {
    const job = this.job();
    if (this.starting()) return this.t('ssbImport.starting');
    if (!job || job.status === 'FAILED') return '';
    return this.jobMessage();
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  protected async start(): Promise<void> {
    if (this.running()) return;
    this.starting.set(true);
    this.problem.set(undefined);
    this.job.set(undefined);
    let job: Job | undefined;
    try {
      const result = await firstValueFrom(
        this.startImport.mutate({ variables: { regionSlug: this.regionSlug() } }),
      );
      if (result.error) this.refuse(toApiError(result.error));
      job = result.data?.startSsbImport;
    } catch (error: unknown) {
      this.refuse(toApiError(error));
    } finally {
      this.starting.set(false);
    }
    if (!job) return;
    this.job.set(job);
    await this.follow(job.id);
  }

  /** Asks for the job every `IMPORT_POLL_MS` until it is no longer RUNNING (or the page is left). */
  private async follow(id: string): Promise<void> {
    while (!this.destroyed && this.job()?.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, IMPORT_POLL_MS));
      if (this.destroyed) return;
      try {
        const result = await firstValueFrom(
          this.importJob.fetch({ variables: { id }, fetchPolicy: 'network-only' }),
        );
        if (result.error || !result.data) {
          this.lostTrack(toApiError(result.error));
          return;
        }
        this.job.set(result.data.importJob);
      } catch (error: unknown) {
        this.lostTrack(toApiError(error));
        return;
      }
    }
    const job = this.job();
    if (this.destroyed || !job) return;
    if (job.status === 'SUCCEEDED') this.imported.emit();
    else if (job.status === 'FAILED') this.problem.set({ kind: 'failed', message: this.jobMessage() });
  }

  private refuse(error: ApiError): void {
    this.problem.set({ kind: 'refused', message: errorText(error, this.i18n) });
  }

  /** The job could not be asked about: it may still run on the server. */
  private lostTrack(error: ApiError): void {
    this.job.set(undefined);
    this.problem.set({
      kind: 'failed',
      message: `${errorText(error, this.i18n)} ${this.t('ssbImport.lostTrack')}`,
    });
  }
}
