import type { DataSource } from 'typeorm';
import { WoningEntity } from '@woonstart/db';
import type { TestApp } from './test-app';

/** A zaak_transitie row as stored (snake_case columns). */
export interface TransitieRij {
  readonly id: string;
  readonly zaak_id: string;
  readonly event: string;
  readonly payload: Record<string, unknown>;
  readonly actor_id: string | null;
  readonly actor_naam: string;
  readonly actor_rol: string;
  readonly van_state: string;
  readonly naar_state: string;
  readonly machine_version: number;
  readonly reden: string | null;
  readonly tijdstip: Date;
}

export interface ToegangslogRij {
  readonly id: string;
  readonly gebruiker_id: string;
  readonly rol: string;
  readonly organisatie_id: string;
  readonly zaak_id: string;
  readonly gegevens: string;
  readonly uitkomst: 'toegestaan' | 'geweigerd';
  readonly tijdstip: Date;
}

export interface ZaakRij {
  readonly id: string;
  readonly status: string;
  readonly state: string;
  readonly row_version: number;
  readonly herkomstgemeente: string | null;
  readonly woonstartgemeente: string | null;
  readonly route: string | null;
}

export interface WoningRij {
  readonly id: string;
  readonly corporatie_id: string;
  readonly gemeente_cbs: string;
  readonly status: 'beschikbaar' | 'aangeboden' | 'verhuurd';
  readonly zaak_id: string | null;
}

const ds = (t: TestApp): DataSource => t.running.db.dataSource;

export async function transities(t: TestApp, zaakId: string): Promise<TransitieRij[]> {
  return ds(t).query(`SELECT * FROM zaak_transitie WHERE zaak_id = $1 ORDER BY id`, [zaakId]);
}

export async function toegangslog(t: TestApp, zaakId: string): Promise<ToegangslogRij[]> {
  return ds(t).query(`SELECT * FROM toegangslog WHERE zaak_id = $1 ORDER BY id`, [zaakId]);
}

export async function zaakRij(t: TestApp, zaakId: string): Promise<ZaakRij | null> {
  const rows: ZaakRij[] = await ds(t).query(`SELECT id, status, state, row_version, herkomstgemeente, woonstartgemeente, route FROM zaak WHERE id = $1`, [zaakId]);
  return rows[0] ?? null;
}

export async function woningRij(t: TestApp, woningId: string): Promise<WoningRij | null> {
  const rows: WoningRij[] = await ds(t).query(`SELECT id, corporatie_id, gemeente_cbs, status, zaak_id FROM woning WHERE id = $1`, [woningId]);
  return rows[0] ?? null;
}

/** Number of rows in a table, optionally filtered by one column. */
export async function telRijen(t: TestApp, tabel: 'zaak' | 'zaak_transitie' | 'toegangslog' | 'outbox' | 'woning', waar?: { kolom: string; waarde: string }): Promise<number> {
  const [{ n }]: Array<{ n: string }> = waar
    ? await ds(t).query(`SELECT count(*) AS n FROM ${tabel} WHERE ${waar.kolom} = $1`, [waar.waarde])
    : await ds(t).query(`SELECT count(*) AS n FROM ${tabel}`);
  return Number(n);
}

let woningNummer = 0;

/**
 * A fresh, available dwelling of a corporatie in a gemeente. Specs insert their
 * own so they never depend on which seeded dwellings other specs used up.
 */
export async function maakWoning(t: TestApp, corporatieId: string, gemeenteCbs: string): Promise<string> {
  woningNummer += 1;
  const repo = ds(t).getRepository(WoningEntity);
  const woning = await repo.save(repo.create({
    corporatieId, gemeenteCbs,
    adres: `Integratiestraat ${woningNummer}-${Date.now() % 100000}`, postcode: '2500 AA',
    woningtype: 'Appartement', kamers: 2, huurprijs: 612.5, nultreden: false, status: 'beschikbaar', zaakId: null,
  }));
  return woning.id;
}
