import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Herhaling } from '../common/herhaling';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { IdempotentieOpslag } from './idempotentie.opslag';

/** Once an hour is plenty: an expired key already counts as absent, this only frees the space. */
const INTERVAL_MS = 60 * 60_000;

/**
 * Deletes expired Idempotency-Keys. Every replica may do it; the delete skips
 * rows another replica is deleting. Off when background work is off (tests
 * call ruimOp themselves).
 */
@Injectable()
export class IdempotentieOpruimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotentie');
  private readonly herhaling = new Herhaling(this.logger, 'Verlopen Idempotency-Keys opruimen');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(IdempotentieOpslag) private readonly opslag: IdempotentieOpslag,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.takenIntervalMs > 0) this.herhaling.start(INTERVAL_MS, () => this.ruimOp(), { unref: true });
  }

  onApplicationShutdown(): void {
    this.herhaling.stop();
  }

  /** Deletes the expired keys; returns how many. */
  async ruimOp(): Promise<number> {
    return this.opslag.ruimOp();
  }
}
