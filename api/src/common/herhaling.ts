import type { Logger } from '@nestjs/common';

/**
 * Background work of one api process on a timer (jobs, notifications, retention, key clean-up).
 * A failing round is logged and the next tick tries again: a lost database connection (a
 * PostgreSQL restart) must never end the process. `exclusief` keeps rounds of one process from
 * overlapping when a round takes longer than the interval; between replicas the work itself keeps
 * them apart (FOR UPDATE SKIP LOCKED, unique keys).
 */
export class Herhaling {
  private timer: NodeJS.Timeout | null = null;
  private bezig = false;

  constructor(
    private readonly logger: Logger,
    /** What a failure message starts with, e.g. 'Taken uitvoeren'. */
    private readonly omschrijving: string,
  ) {}

  /** Runs `ronde` every `intervalMs`; 0 or less leaves it off (tests call the work themselves). */
  start(intervalMs: number, ronde: () => Promise<unknown>, opties: { unref?: boolean } = {}): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      ronde().catch((e: unknown) => this.logger.warn(`${this.omschrijving} mislukt, volgende ronde opnieuw: ${e instanceof Error ? e.message : String(e)}`));
    }, intervalMs);
    if (opties.unref) this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Runs `werk` unless a round of this process is still going; then answers `alsBezig` at once. */
  async exclusief<T>(werk: () => Promise<T>, alsBezig: T): Promise<T> {
    if (this.bezig) return alsBezig;
    this.bezig = true;
    try {
      return await werk();
    } finally {
      this.bezig = false;
    }
  }
}
