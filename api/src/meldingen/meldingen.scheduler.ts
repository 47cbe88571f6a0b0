import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Herhaling } from '../common/herhaling';
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
  private readonly herhaling = new Herhaling(this.logger, 'Meldingen verwerken');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboxWorker) private readonly outbox: OutboxWorker,
    @Inject(MailVerzender) private readonly mail: MailVerzender,
  ) {}

  onApplicationBootstrap(): void {
    this.herhaling.start(this.config.meldingenIntervalMs, () => this.ronde());
  }

  onApplicationShutdown(): void {
    this.herhaling.stop();
  }

  private ronde(): Promise<void> {
    return this.herhaling.exclusief(async () => {
      await this.outbox.verwerkOutbox();
      await this.mail.verzendMails();
    }, undefined);
  }
}
