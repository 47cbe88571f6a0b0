import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { todayIso, type Aanvraaggegevens } from '@woonstart/domain';
import { WoningEntity, applyZaakCommand, createZaak, type Actor } from '@woonstart/db';
import type { PersistedZaak, ZaakEvent } from '@woonstart/workflow';
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
  readonly machine_version: number;
  readonly behandelende_gemeente: string;
  readonly herkomstgemeente: string | null;
  readonly woonstartgemeente: string | null;
  readonly route: string | null;
  readonly ingediend_op: string | null;
  readonly beslistermijn: string | null;
  readonly beleid_id: string | null;
}

/** Rows of the version-2 toetsing tables (snake_case as stored; dates as yyyy-mm-dd text). */
export interface BesluitRij {
  readonly id: string;
  readonly uitkomst: 'toekennen' | 'afwijzen';
  readonly route: string | null;
  readonly gronden: string[];
  readonly motivering: string;
  readonly geldigheid_maanden: number | null;
  readonly zoekprofiel: Record<string, unknown> | null;
  readonly zienswijze_nodig: boolean;
  readonly status: 'voorgesteld' | 'teruggestuurd' | 'genomen' | 'zienswijze';
  readonly voorgesteld_door: string;
  readonly goedgekeurd_door: string | null;
  readonly bekendgemaakt_op: string | null;
  readonly geldig_tot: string | null;
}

export interface BezwaarRij {
  readonly id: string;
  readonly besluit_id: string | null;
  readonly ontvangen_op: string;
  readonly gronden: string;
  readonly tijdig: boolean;
  readonly motivering_te_laat: string | null;
  readonly beslistermijn: string;
  readonly uitkomst: 'gegrond' | 'ongegrond' | 'nietOntvankelijk' | null;
  readonly motivering: string | null;
  readonly besloten_op: string | null;
}

export interface TaakRij {
  readonly id: string;
  readonly soort: string;
  readonly zaak_id: string;
  readonly uitvoeren_op: Date;
  readonly status: 'gepland' | 'uitgevoerd' | 'vervallen' | 'mislukt';
  readonly pogingen: number;
  readonly laatste_fout: string | null;
  readonly uitgevoerd_op: Date | null;
}

export interface OpschortingRij {
  readonly verzoek_op: string;
  readonly hersteltermijn_tot: string;
  readonly aangevuld_op: string | null;
  readonly toelichting: string;
}

export interface WegingRij {
  readonly versie: number;
  readonly doelgemeente: string;
  readonly motivering: string | null;
  readonly weging: { kandidaten: Array<{ gemeenteCbs: string; gemeenteNaam: string; bron: string }>; doelgemeenteCbs: string; motivering: string | null; wensClient: string | null };
  readonly vastgelegd_door: string | null;
}

export interface MedischAdviesRij {
  readonly vraag: string;
  readonly urgent: boolean | null;
  readonly woonvereisten: string[];
  readonly details: string | null;
  readonly uitgebracht_door: string | null;
  readonly uitgebracht_op: Date | null;
}

export interface ZienswijzeRij {
  readonly besluit_id: string;
  readonly gevraagd_op: string;
  readonly termijn_tot: string;
  readonly inhoud: string | null;
  readonly ontvangen_op: string | null;
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

/** Date columns as yyyy-mm-dd text, so rows compare with the api's ISO dates whatever the driver does with `date`. */
export async function zaakRij(t: TestApp, zaakId: string): Promise<ZaakRij | null> {
  const rows: ZaakRij[] = await ds(t).query(
    `SELECT id, status, state, row_version, machine_version, behandelende_gemeente, herkomstgemeente, woonstartgemeente, route,
            ingediend_op::text AS ingediend_op, beslistermijn::text AS beslistermijn, beleid_id
       FROM zaak WHERE id = $1`, [zaakId]);
  return rows[0] ?? null;
}

export async function besluiten(t: TestApp, zaakId: string): Promise<BesluitRij[]> {
  return ds(t).query(
    `SELECT id, uitkomst, route, gronden, motivering, geldigheid_maanden, zoekprofiel, zienswijze_nodig, status, voorgesteld_door, goedgekeurd_door,
            bekendgemaakt_op::text AS bekendgemaakt_op, geldig_tot::text AS geldig_tot
       FROM besluit WHERE zaak_id = $1 ORDER BY voorgesteld_op, id`, [zaakId]);
}

export async function bezwaren(t: TestApp, zaakId: string): Promise<BezwaarRij[]> {
  return ds(t).query(
    `SELECT id, besluit_id, ontvangen_op::text AS ontvangen_op, gronden, tijdig, motivering_te_laat, beslistermijn::text AS beslistermijn,
            uitkomst, motivering, besloten_op::text AS besloten_op
       FROM bezwaar WHERE zaak_id = $1 ORDER BY ontvangen_op, id`, [zaakId]);
}

export async function taken(t: TestApp, zaakId: string): Promise<TaakRij[]> {
  return ds(t).query(`SELECT * FROM taak WHERE zaak_id = $1 ORDER BY id`, [zaakId]);
}

export async function opschortingen(t: TestApp, zaakId: string): Promise<OpschortingRij[]> {
  return ds(t).query(
    `SELECT verzoek_op::text AS verzoek_op, hersteltermijn_tot::text AS hersteltermijn_tot, aangevuld_op::text AS aangevuld_op, toelichting
       FROM opschorting WHERE zaak_id = $1 ORDER BY verzoek_op, id`, [zaakId]);
}

export async function wegingen(t: TestApp, zaakId: string): Promise<WegingRij[]> {
  return ds(t).query(`SELECT versie, doelgemeente, motivering, weging, vastgelegd_door FROM woonstartweging WHERE zaak_id = $1 ORDER BY versie`, [zaakId]);
}

export async function medischeAdviezen(t: TestApp, zaakId: string): Promise<MedischAdviesRij[]> {
  return ds(t).query(`SELECT vraag, urgent, woonvereisten, details, uitgebracht_door, uitgebracht_op FROM medisch_advies WHERE zaak_id = $1 ORDER BY gevraagd_op`, [zaakId]);
}

export async function zienswijzen(t: TestApp, zaakId: string): Promise<ZienswijzeRij[]> {
  return ds(t).query(
    `SELECT besluit_id, gevraagd_op::text AS gevraagd_op, termijn_tot::text AS termijn_tot, inhoud, ontvangen_op::text AS ontvangen_op
       FROM zienswijze WHERE zaak_id = $1 ORDER BY gevraagd_op, id`, [zaakId]);
}

/** A document row as stored, with its content (bytea as a Buffer). */
export interface DocumentRij {
  readonly id: string;
  readonly zaak_id: string;
  readonly bestandsnaam: string;
  readonly mime_type: string;
  readonly grootte: number;
  readonly sha256: string;
  readonly inhoud: Buffer;
  readonly soort: string;
  readonly geupload_door: string;
  readonly geupload_door_organisatie: string;
  readonly geupload_op: Date;
}

export async function documentRijen(t: TestApp, zaakId: string): Promise<DocumentRij[]> {
  return ds(t).query(`SELECT * FROM document WHERE zaak_id = $1 ORDER BY geupload_op, id`, [zaakId]);
}

export async function outboxRijen(t: TestApp, zaakId: string): Promise<Array<{ soort: string; payload: Record<string, unknown> }>> {
  return ds(t).query(`SELECT soort, payload FROM outbox WHERE zaak_id = $1 ORDER BY id`, [zaakId]);
}

export async function woningRij(t: TestApp, woningId: string): Promise<WoningRij | null> {
  const rows: WoningRij[] = await ds(t).query(`SELECT id, corporatie_id, gemeente_cbs, status, zaak_id FROM woning WHERE id = $1`, [woningId]);
  return rows[0] ?? null;
}

/** Number of rows in a table, optionally filtered by one column. */
export type Tabel = 'zaak' | 'zaak_transitie' | 'toegangslog' | 'auditlog' | 'outbox' | 'woning' | 'besluit' | 'bezwaar' | 'taak' | 'opschorting' | 'woonstartweging' | 'medisch_advies' | 'zienswijze' | 'document';

export async function telRijen(t: TestApp, tabel: Tabel, waar?: { kolom: string; waarde: string }): Promise<number> {
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
export async function maakWoning(t: TestApp, corporatieId: string, gemeenteCbs: string, extra: Partial<WoningEntity> = {}): Promise<string> {
  woningNummer += 1;
  const repo = ds(t).getRepository(WoningEntity);
  const woning = await repo.save(repo.create({
    corporatieId, gemeenteCbs,
    adres: `Integratiestraat ${woningNummer}-${Date.now() % 100000}`, postcode: '2500 AA',
    wijkCode: `WK${gemeenteCbs}01`, complex: null, woningtype: 'appartement', kamers: 2, huurprijs: 612.5, verdieping: 0, lift: false,
    nultreden: true, rolstoeltoegankelijk: false, labels: [], beschikbaarVanaf: todayIso(), status: 'beschikbaar', zaakId: null, ...extra,
  }));
  return woning.id;
}

/** Who acts in a dated command: a seeded user (from WoonstartApi.gebruiker). */
export interface Handelende { readonly id: string; readonly naam: string; readonly rol: Actor['rol']; readonly organisatieId: string }

const actor = (g: Handelende): Actor & { id: string; organisatieId: string } => ({ id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId });

/** `n` days ago at this time of day (so its UTC date is today − n). */
export const dagenTerug = (n: number): Date => new Date(Date.now() - n * 86_400_000);

/**
 * A case created on a past day, through the same function the api uses (as the
 * seed does): for clocks that need days to have passed.
 */
export async function maakZaakOp(t: TestApp, input: Aanvraaggegevens, door: Handelende, op: Date): Promise<string> {
  const zaak = await ds(t).transaction((m) => createZaak(m, input, actor(door), op));
  return zaak.id;
}

/** Sends an event on a past (or future) day through the one command path, in its own transaction. */
export async function stuurOp(t: TestApp, zaakId: string, event: ZaakEvent, door: Handelende, op: Date): Promise<void> {
  await ds(t).transaction((m) => applyZaakCommand(m, { zaakId, event, actor: actor(door), now: op }));
}

interface V1Snapshots { machineVersion: number; snapshots: Record<string, PersistedZaak> }

/** The recorded version-1 snapshots (libs/workflow), one per leaf state. */
export function v1Snapshot(state: string): PersistedZaak {
  const pad = join(__dirname, '../../../libs/workflow/src/testing/zaak-snapshots.v1.json');
  const alle = JSON.parse(readFileSync(pad, 'utf8')) as V1Snapshots;
  if (alle.machineVersion !== 1) throw new Error(`${pad} is geen opname van versie 1`);
  const snapshot = alle.snapshots[state];
  if (!snapshot) throw new Error(`Geen snapshot van versie 1 voor ${state}`);
  return snapshot;
}

/**
 * Turns a case into one that started on machine version 1, as cases stored before
 * version 2 are: its row gets the version-1 snapshot of `state`, with the case's
 * own herkomst and woonstart in the context.
 */
export async function zetOpVersie1(t: TestApp, zaakId: string, state: string): Promise<void> {
  const rij = await zaakRij(t, zaakId);
  if (!rij) throw new Error(`Zaak ${zaakId} bestaat niet`);
  const basis = v1Snapshot(state);
  const snapshot = { ...basis, context: { ...basis.context, herkomstgemeenteCbs: rij.herkomstgemeente, woonstartgemeenteCbs: rij.woonstartgemeente } };
  await ds(t).query(`UPDATE zaak SET machine_version = 1, snapshot = $2::jsonb, state = $3, status = $4 WHERE id = $1`, [zaakId, JSON.stringify(snapshot), state, state.split('.')[0]]);
}
