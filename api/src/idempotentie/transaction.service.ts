import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { idempotentieContext, type IdempotentVerzoek } from './idempotent-verzoek';
import { IdempotentieOpslag, type OpgeslagenSleutel } from './idempotentie.opslag';
import { slotSleutel } from './vingerafdruk';

/** Thrown inside the write path when the key already has its response: the interceptor sends that response. */
export class HerhaalAntwoord extends Error {
  constructor(readonly opgeslagen: OpgeslagenSleutel) {
    super('Herhaling van een beantwoord verzoek');
  }
}

export const SLEUTEL_HERGEBRUIKT =
  'Deze Idempotency-Key is al gebruikt voor een ander verzoek (een andere actie, een ander adres of andere gegevens). Gebruik voor elk nieuw verzoek een nieuwe sleutel.';
export const SLEUTEL_IN_BEHANDELING =
  'Een verzoek met dezelfde Idempotency-Key wordt nog verwerkt. Wacht even en probeer het daarna opnieuw met dezelfde sleutel.';

/**
 * The write transaction of a request. Every service that changes data in a
 * request uses `run` instead of `dataSource.transaction`: without an
 * Idempotency-Key it is exactly that; with one, the key is claimed in the same
 * transaction as the change, so after a crash the key and the change are both
 * there or both gone. A retry of a committed change does not run it again: it
 * gets back what the change returned, and the handler builds its response from
 * that (the case detail after an event, for instance).
 */
@Injectable()
export class TransactionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IdempotentieOpslag) private readonly opslag: IdempotentieOpslag,
  ) {}

  /** `fn`'s result must survive JSON (ids, plain views): a retry after a crash gets it back from the database. */
  async run<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const verzoek = idempotentieContext.getStore();
    if (!verzoek) return this.dataSource.transaction(fn);
    // One change per request: a second transaction would not be covered by the claim.
    if (verzoek.geclaimd) throw new Error(`Een verzoek met Idempotency-Key mag maar één schrijftransactie hebben (${verzoek.methode} ${verzoek.pad})`);
    const uitkomst = await this.dataSource.transaction((m) => this.claimEnVoerUit(m, verzoek, fn));
    verzoek.geclaimd = true;
    return uitkomst;
  }

  private async claimEnVoerUit<T>(m: EntityManager, verzoek: IdempotentVerzoek, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    // Not waiting: a second attempt while the first is still in its transaction is told so (409), and retries.
    const [{ vrij }]: Array<{ vrij: boolean }> = await m.query('SELECT pg_try_advisory_xact_lock($1::bigint) AS vrij', [slotSleutel(verzoek.scope, verzoek.sleutel)]);
    if (!vrij) throw new WoonstartFout('conflict', SLEUTEL_IN_BEHANDELING, { code: 'idempotentie-in-behandeling' });
    const bestaand = await this.opslag.vind(verzoek.scope, verzoek.sleutel, m);
    if (bestaand) {
      if (bestaand.vingerafdruk !== verzoek.vingerafdruk()) throw new WoonstartFout('ongeldig', SLEUTEL_HERGEBRUIKT, { code: 'idempotentie-sleutel-hergebruikt' });
      verzoek.herhaald = true;
      if (bestaand.antwoord !== null) throw new HerhaalAntwoord(bestaand);
      // Committed, but the process stopped before the response was stored: rebuild it from the change's result.
      return (bestaand.resultaat === null ? undefined : JSON.parse(bestaand.resultaat)) as T;
    }
    const resultaat = await fn(m);
    await this.opslag.claim(m, verzoek, resultaat === undefined ? null : JSON.stringify(resultaat));
    return resultaat;
  }
}
