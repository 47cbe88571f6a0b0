import type { EntityManager } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { applyZaakEvent, kanZaakEvent, stateLabel, ZAAK_EVENT_META, type Overgang, type ZaakEvent } from '@woonstart/workflow';
import { ZaakEntity } from '../entities/zaak.entity';
import type { Actor } from './actor.model';
import { applyEffecten } from './effecten';
import { verrijkEvent } from './verrijk';

export interface ZaakCommand {
  readonly zaakId: string;
  /** The case, when the caller already loaded it in this transaction with a row lock (FOR UPDATE); saves loading it twice. */
  readonly zaak?: ZaakEntity;
  readonly event: ZaakEvent;
  readonly actor: Actor;
  /** The row version the caller last saw; a different current version is a 409. */
  readonly expectedRowVersion?: number;
  readonly now?: Date;
}

function redenVan(event: ZaakEvent): string | null {
  const e = event as { motivering?: string; reden?: string; toelichting?: string; opmerking?: string; inhoud?: string; gronden?: string; vraag?: string };
  return e.motivering ?? e.reden ?? e.toelichting ?? e.opmerking ?? e.inhoud ?? e.gronden ?? e.vraag ?? null;
}

/**
 * The one command path. Call inside a transaction and pass its manager: it locks
 * the case row, asks the machine of the case's own version, writes the new
 * snapshot with its status copies, the append-only transition and an outbox row.
 */
export async function applyZaakCommand(manager: EntityManager, cmd: ZaakCommand): Promise<{ overgang: Overgang; rowVersion: number }> {
  const now = cmd.now ?? new Date();
  const zaak = cmd.zaak?.id === cmd.zaakId ? cmd.zaak : await manager.findOne(ZaakEntity, { where: { id: cmd.zaakId }, lock: { mode: 'pessimistic_write' } });
  if (!zaak) throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden.');
  if (cmd.expectedRowVersion !== undefined && cmd.expectedRowVersion !== zaak.rowVersion) {
    throw new WoonstartFout('conflict', 'De zaak is intussen door iemand anders gewijzigd. Laad de zaak opnieuw en probeer het nog eens.', {
      verwachteVersie: cmd.expectedRowVersion,
      huidigeVersie: zaak.rowVersion,
    });
  }
  // Ask the machine first (with the caller as actor), so an event that is not possible now is a 409
  // before any rule about its payload runs; then add the facts the machine needs and apply it.
  const mogelijk = kanZaakEvent(zaak.machineVersion, zaak.snapshot, { ...cmd.event, actorId: cmd.actor.id ?? undefined } as ZaakEvent);
  const event = mogelijk ? await verrijkEvent(manager, zaak, cmd.event, cmd.actor, now) : cmd.event;
  const overgang = mogelijk ? applyZaakEvent(zaak.machineVersion, zaak.snapshot, event) : null;
  if (!overgang) {
    throw new WoonstartFout('conflict', `'${ZAAK_EVENT_META[cmd.event.type].label}' is niet mogelijk nu de zaak in de fase '${stateLabel(zaak.state)}' is.`, {
      event: cmd.event.type,
      state: zaak.state,
    });
  }
  const kolommen = await applyEffecten(manager, zaak, event, cmd.actor, now, overgang);

  const context = overgang.snapshot.context;
  const [update, params] = manager
    .createQueryBuilder()
    .update(ZaakEntity)
    .set({
      ...kolommen,
      snapshot: overgang.snapshot as ZaakEntity['snapshot'] & Record<string, never>,
      status: overgang.status,
      state: overgang.naar,
      herkomstgemeente: context.herkomstgemeenteCbs,
      woonstartgemeente: context.woonstartgemeenteCbs,
      route: context.route,
      rowVersion: () => 'row_version + 1',
      gewijzigdOp: now,
    })
    .where('id = :id AND row_version = :v', { id: zaak.id, v: zaak.rowVersion })
    .returning(['id'])
    .getQueryAndParameters();
  const { type, ...payload } = event;
  // Restricted fields (the medical details) live in their own record, never in the log.
  for (const veld of ZAAK_EVENT_META[type].vertrouwelijk ?? []) delete (payload as Record<string, unknown>)[veld];
  // The case row, its append-only transition and the outbox row in one statement: one round trip
  // instead of three on the path every event takes. The inserts read from the UPDATE's RETURNING,
  // so when the row version no longer matches nothing at all is written.
  const p = (n: number) => `$${params.length + n}`;
  const [{ bijgewerkt }]: Array<{ bijgewerkt: number }> = await manager.query(
    `WITH bijgewerkt AS (${update}),
     transitie AS (
       INSERT INTO zaak_transitie (zaak_id, event, payload, actor_id, actor_naam, actor_rol, van_state, naar_state, machine_version, reden, tijdstip)
       SELECT id, ${p(1)}, ${p(2)}::jsonb, ${p(3)}::uuid, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}::int, ${p(9)}, ${p(10)}::timestamptz FROM bijgewerkt
     ),
     uitgaand AS (
       INSERT INTO outbox (zaak_id, soort, payload, aangemaakt_op, verwerkt_op)
       SELECT id, 'statuswijziging', ${p(11)}::jsonb, ${p(10)}::timestamptz, NULL FROM bijgewerkt
     )
     SELECT count(*)::int AS bijgewerkt FROM bijgewerkt`,
    [
      ...params,
      type, JSON.stringify(payload), cmd.actor.id, cmd.actor.naam, cmd.actor.rol, overgang.van, overgang.naar, zaak.machineVersion, redenVan(event), now,
      JSON.stringify({ event: type, van: overgang.van, naar: overgang.naar }),
    ],
  );
  if (bijgewerkt !== 1) {
    throw new WoonstartFout('conflict', 'De zaak is intussen door iemand anders gewijzigd. Laad de zaak opnieuw en probeer het nog eens.');
  }
  return { overgang, rowVersion: zaak.rowVersion + 1 };
}
