import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { anonimiseerZaak, vergrendelVervallenZaken } from '@woonstart/db';
import { Herhaling } from '../common/herhaling';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Cases per transaction: small enough to keep locks short, large enough to catch up after a long stop. */
const PER_TRANSACTIE = 25;

/**
 * The retention job: anonymises closed cases whose term (BEWAARTERMIJN_MAANDEN)
 * has passed. Durable without a job row of its own: what is left to do is
 * exactly the closed cases with `geanonimiseerd_op IS NULL`, so a restart, a
 * crash mid-batch (the transaction rolls back) or a missed interval only
 * delays it. Each batch locks its cases FOR UPDATE SKIP LOCKED, so two replicas
 * never anonymise the same case, and a case already done is never selected
 * again (idempotent). Every case gets an auditlog row without personal data.
 */
@Injectable()
export class BewaartermijnWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Bewaartermijn');
  private readonly herhaling = new Herhaling(this.logger, 'Anonimiseren');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.herhaling.start(this.config.anonimiseringIntervalMs, () => this.anonimiseer());
  }

  onApplicationShutdown(): void {
    this.herhaling.stop();
  }

  /** Anonymises every case past its term at `nu`; returns how many. Public for tests and a manual run. */
  async anonimiseer(nu = new Date()): Promise<number> {
    const aantal = await this.herhaling.exclusief(async () => {
      let totaal = 0;
      for (;;) {
        const gedaan = await this.dataSource.transaction(async (m) => {
          const zaken = await vergrendelVervallenZaken(m, nu, this.config.bewaartermijnMaanden, PER_TRANSACTIE);
          for (const zaak of zaken) await anonimiseerZaak(m, zaak, nu, this.config.bewaartermijnMaanden);
          return zaken.length;
        });
        totaal += gedaan;
        if (gedaan < PER_TRANSACTIE) return totaal;
      }
    }, 0);
    if (aantal) this.logger.log(`${aantal} afgesloten zaken geanonimiseerd na de bewaartermijn van ${this.config.bewaartermijnMaanden} maanden`);
    return aantal;
  }
}
