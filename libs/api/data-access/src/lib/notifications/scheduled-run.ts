import { Logger } from '@nestjs/common';

/**
 * A job every API process runs on a schedule (reminders): every `intervalMs` (off when 0 or less), never two at
 * once in one process, a failure logged and tried again next time, and the run in hand awaited on shutdown. Running
 * it in every replica is safe only when the job itself claims its rows in the database — `FOR UPDATE SKIP LOCKED` on
 * what is due, and a mark written in the same transaction as its notifications — so a run that comes after (in this
 * process or another) sees the mark and sends nothing twice. The owner calls `start` on bootstrap and `stop` on
 * destroy.
 */
export class ScheduledRun {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  /**
   * @param name what the log lines name
   * @param intervalMs how often; 0 or less: never
   * @param run one run; resolves to how many things it did, for the log
   */
  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly run: () => Promise<number>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the schedule and lets a run in hand finish. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One scheduled run, unless one is still running in this process. */
  private tick(): void {
    if (this.running) return;
    this.running = this.run()
      .then((done) => {
        if (done > 0) this.logger.log(`${this.name}: ${done} done`);
      })
      .catch((error: unknown) => this.logger.error(`${this.name} failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }
}
