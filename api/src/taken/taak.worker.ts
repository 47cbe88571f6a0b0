import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { TaakEntity, applyZaakCommand, type Actor } from '@woonstart/db';
import type { ZaakEvent } from '@woonstart/workflow';
import { Herhaling } from '../common/herhaling';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const SYSTEEM: Actor = { id: null, naam: 'Woonstart (termijnbewaking)', rol: 'systeem', organisatieId: null };

/**
 * Runs due durable jobs: each sends its event through the one command path, in
 * its own transaction, with `FOR UPDATE SKIP LOCKED` so several api replicas
 * never run the same job. An event the case no longer accepts (it moved on)
 * makes the job lapse; other errors are retried a few times.
 */
@Injectable()
export class TaakWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Taken');
  private readonly herhaling = new Herhaling(this.logger, 'Taken uitvoeren');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.herhaling.start(this.config.takenIntervalMs, () => this.voerUitWatKlaarStaat());
  }

  onApplicationShutdown(): void {
    this.herhaling.stop();
  }

  /** Runs every job due at `nu`; returns how many ran. Public for tests and for a manual trigger. */
  async voerUitWatKlaarStaat(nu = new Date()): Promise<number> {
    return this.herhaling.exclusief(async () => {
      let aantal = 0;
      while (await this.voerEenUit(nu)) aantal++;
      return aantal;
    }, 0);
  }

  private async voerEenUit(nu: Date): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const taak = await m.getRepository(TaakEntity).createQueryBuilder('t')
        .where("t.status = 'gepland' AND t.uitvoeren_op <= :nu", { nu })
        .orderBy('t.uitvoeren_op').limit(1)
        .setLock('pessimistic_write').setOnLocked('skip_locked')
        .getOne();
      if (!taak) return false;
      try {
        await m.query('SAVEPOINT taak');
        await applyZaakCommand(m, { zaakId: taak.zaakId, event: { type: taak.soort } as ZaakEvent, actor: SYSTEEM, now: nu });
        await m.update(TaakEntity, { id: taak.id }, { status: 'uitgevoerd', uitgevoerdOp: nu, pogingen: taak.pogingen + 1 });
      } catch (e) {
        await m.query('ROLLBACK TO SAVEPOINT taak');
        const vervallen = e instanceof WoonstartFout && (e.soort === 'conflict' || e.soort === 'niet-gevonden');
        const pogingen = taak.pogingen + 1;
        const status = vervallen ? 'vervallen' : pogingen >= 5 ? 'mislukt' : 'gepland';
        if (!vervallen) this.logger.warn(`Taak ${taak.id} (${taak.soort}) mislukt: ${(e as Error).message}`);
        await m.update(TaakEntity, { id: taak.id }, {
          status, pogingen, laatsteFout: (e as Error).message,
          uitgevoerdOp: status === 'gepland' ? null : nu,
          // Back off a minute per attempt before retrying.
          uitvoerenOp: status === 'gepland' ? new Date(nu.getTime() + pogingen * 60_000) : taak.uitvoerenOp,
        });
      }
      return true;
    });
  }
}
