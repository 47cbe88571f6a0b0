import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailVerzender } from './mail-verzender.service';
import { OutboxWorker } from './outbox.worker';

/**
 * Every MELDINGEN_INTERVAL_MS: derive meldingen from the outbox, then send the
 * mail they queued. Runs do not overlap within one process; between replicas the
 * row locks and unique keys keep the work apart.
 */
@Injectable()
export class MeldingenScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Meldingen');
  private timer: NodeJS.Timeout | null = null;
  private bezig = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboxWorker) private readonly outbox: OutboxWorker,
    @Inject(MailVerzender) private readonly mail: MailVerzender,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.meldingenIntervalMs > 0) this.timer = setInterval(() => void this.ronde(), this.config.meldingenIntervalMs);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async ronde(): Promise<void> {
    if (this.bezig) return;
    this.bezig = true;
    try {
      await this.outbox.verwerkOutbox();
      await this.mail.verzendMails();
    } catch (e) {
      this.logger.error(`Meldingen verwerken mislukt: ${(e as Error).message}`);
    } finally {
      this.bezig = false;
    }
  }
}
