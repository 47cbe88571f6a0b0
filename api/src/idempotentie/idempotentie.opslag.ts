import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { IdempotentVerzoek } from './idempotent-verzoek';

/** A stored key: what the change returned, and once known the response that went out. */
export interface OpgeslagenSleutel {
  readonly vingerafdruk: string;
  readonly methode: string;
  readonly pad: string;
  /** JSON of what the write transaction returned; the handler rebuilds its response from it. */
  readonly resultaat: string | null;
  readonly status: number | null;
  /** JSON of the response body; null until stored (or when the process died before). */
  readonly antwoord: string | null;
}

const KOLOMMEN = 'vingerafdruk, methode, pad, resultaat, status, antwoord';

/** The SQL of the idempotentie_sleutel table; an expired key counts as absent. */
@Injectable()
export class IdempotentieOpslag {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async vind(scope: string, sleutel: string, m: EntityManager = this.dataSource.manager): Promise<OpgeslagenSleutel | null> {
    const [rij]: OpgeslagenSleutel[] = await m.query(
      `SELECT ${KOLOMMEN} FROM idempotentie_sleutel WHERE scope = $1 AND sleutel = $2 AND verloopt_op > now()`, [scope, sleutel]);
    return rij ?? null;
  }

  /** Claims the key inside the caller's transaction; an expired claim of the same key makes way. */
  async claim(m: EntityManager, v: IdempotentVerzoek, resultaat: string | null): Promise<void> {
    await m.query(`DELETE FROM idempotentie_sleutel WHERE scope = $1 AND sleutel = $2 AND verloopt_op <= now()`, [v.scope, v.sleutel]);
    await m.query(
      `INSERT INTO idempotentie_sleutel (scope, sleutel, vingerafdruk, methode, pad, resultaat, verloopt_op)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))`,
      [v.scope, v.sleutel, v.vingerafdruk(), v.methode, v.pad, resultaat, this.config.idempotentieUren]);
  }

  /**
   * Stores the response after the handler returned. A claimed key gets it added;
   * a request whose handler changed nothing in the database (a computation) is
   * stored now, and the first of two concurrent ones wins.
   */
  async bewaarAntwoord(v: IdempotentVerzoek, status: number, antwoord: string): Promise<void> {
    if (v.geclaimd) {
      await this.dataSource.query(
        `UPDATE idempotentie_sleutel SET status = $3, antwoord = $4, beantwoord_op = now()
          WHERE scope = $1 AND sleutel = $2 AND antwoord IS NULL`, [v.scope, v.sleutel, status, antwoord]);
      return;
    }
    await this.dataSource.query(
      `INSERT INTO idempotentie_sleutel (scope, sleutel, vingerafdruk, methode, pad, status, antwoord, beantwoord_op, verloopt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now() + make_interval(hours => $8))
       ON CONFLICT (scope, sleutel) DO NOTHING`,
      [v.scope, v.sleutel, v.vingerafdruk(), v.methode, v.pad, status, antwoord, this.config.idempotentieUren]);
  }

  /** Deletes expired keys in batches (a batch is one short statement, so replicas doing it at once do not block each other long). */
  async ruimOp(): Promise<number> {
    let totaal = 0;
    for (;;) {
      const [, aantal]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM idempotentie_sleutel WHERE ctid IN (
           SELECT ctid FROM idempotentie_sleutel WHERE verloopt_op <= now() LIMIT 5000 FOR UPDATE SKIP LOCKED)`);
      totaal += aantal;
      if (aantal < 5000) return totaal;
    }
  }
}
