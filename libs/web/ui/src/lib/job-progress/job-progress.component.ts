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

import { ButtonDirective } from '../button/button.directive';
import { fillIn, injectUiTexts, UI_LANGUAGE } from '../texts/ui-texts';

/** A server-side job as the page sees it: how far it has come and its own sentence (Norwegian, and English). */
export interface JobSnapshot {
  readonly id: string;
  /** RUNNING, SUCCEEDED or FAILED. */
  readonly status: string;
  /** 0–100. */
  readonly progress: number;
  readonly message: string;
  readonly messageEn?: string | null;
}

/** One answer from the server: the job, or why it was refused (a sentence for the user). */
export type JobStep = { readonly job: JobSnapshot } | { readonly refused: string };

/** How the page starts its job and asks how it goes. */
export interface JobRunner {
  start(): Promise<JobStep>;
  poll(id: string): Promise<JobStep>;
}

/** The page's own words; the kit supplies the rest (starting, progress, lost track). */
export interface JobProgressTexts {
  readonly heading: string;
  readonly intro: string;
  readonly start: string;
  readonly running: string;
  readonly failedHeading: string;
}

type Problem = { readonly kind: 'failed' | 'refused'; readonly message: string };

/** How often a running job's progress is asked for, unless the page says otherwise. */
export const JOB_POLL_MS = 500;

let nextId = 0;

/**
 * A button that starts a long server-side job (an import from SSB …), then asks for its progress every `pollMs`
 * until it is done. The progress is a progress bar with its job's message in a polite live region; a failure, or a
 * refusal to start (a job already running), is an alert. `succeeded` tells the page to fetch its data again.
 */
@Component({
  selector: 'sb-job-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  templateUrl: './job-progress.component.html',
  styleUrl: './job-progress.component.css',
})
export class JobProgressComponent {
  readonly texts = input.required<JobProgressTexts>();
  readonly runner = input.required<JobRunner>();
  /** How often the job's progress is asked for while it runs. */
  readonly pollMs = input(JOB_POLL_MS);
  readonly succeeded = output<void>();

  private readonly language = inject(UI_LANGUAGE);
  protected readonly kit = injectUiTexts();
  protected readonly id = `sb-job-${++nextId}`;
  private destroyed = false;

  protected readonly job = signal<JobSnapshot | undefined>(undefined);
  protected readonly starting = signal(false);
  protected readonly problem = signal<Problem | undefined>(undefined);
  protected readonly running = computed(() => this.starting() || this.job()?.status === 'RUNNING');

  /** The job's own sentence in the current language. */
  protected readonly jobMessage = computed(() => {
    const job = this.job();
    if (!job) return '';
    return this.language() === 'en' ? job.messageEn || job.message : job.message;
  });
  /** What the polite live region says: the progress while it runs, the outcome when it succeeded. */
  protected readonly statusText = computed(() => {
    const job = this.job();
    if (this.starting()) return this.kit().jobStarting;
    if (!job || job.status === 'FAILED') return '';
    return this.jobMessage();
  });

  protected percent(value: number): string {
    return fillIn(this.kit().jobPercent, { value: String(value) });
  }

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  protected async start(): Promise<void> {
    if (this.running()) return;
    this.starting.set(true);
    this.problem.set(undefined);
    this.job.set(undefined);
    const step = await this.runner()
      .start()
      .catch((): JobStep => ({ refused: this.kit().errorHeading }))
      .finally(() => this.starting.set(false));
    if ('refused' in step) {
      this.problem.set({ kind: 'refused', message: step.refused });
      return;
    }
    this.job.set(step.job);
    await this.follow(step.job.id);
  }

  /** Asks for the job every `pollMs` until it is no longer RUNNING (or the page is left). */
  private async follow(id: string): Promise<void> {
    while (!this.destroyed && this.job()?.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, this.pollMs()));
      if (this.destroyed) return;
      const step = await this.runner()
        .poll(id)
        .catch((): JobStep => ({ refused: this.kit().errorHeading }));
      if ('refused' in step) {
        // The job could not be asked about: it may still run on the server.
        this.job.set(undefined);
        this.problem.set({ kind: 'failed', message: `${step.refused} ${this.kit().jobLostTrack}` });
        return;
      }
      this.job.set(step.job);
    }
    const job = this.job();
    if (this.destroyed || !job) return;
    if (job.status === 'SUCCEEDED') this.succeeded.emit();
    else if (job.status === 'FAILED') this.problem.set({ kind: 'failed', message: this.jobMessage() });
  }
}
