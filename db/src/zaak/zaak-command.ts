import type { EntityManager } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { applyZaakEvent, stateLabel, ZAAK_EVENT_META, type Overgang, type ZaakEvent } from '@woonstart/workflow';
import { OutboxEntity } from '../entities/outbox.entity';
import { ZaakTransitieEntity } from '../entities/zaak-transitie.entity';
import { ZaakEntity } from '../entities/zaak.entity';
import type { Actor } from './actor.model';
import { applyEffecten } from './effecten';
import { verrijkEvent } from './verrijk';

export interface ZaakCommand {
  readonly zaakId: string;
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
  const zaak = await manager.findOne(ZaakEntity, { where: { id: cmd.zaakId }, lock: { mode: 'pessimistic_write' } });
  if (!zaak) throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden.');
  if (cmd.expectedRowVersion !== undefined && cmd.expectedRowVersion !== zaak.rowVersion) {
    throw new WoonstartFout('conflict', 'De zaak is intussen door iemand anders gewijzigd. Laad de zaak opnieuw en probeer het nog eens.', {
      verwachteVersie: cmd.expectedRowVersion,
      huidigeVersie: zaak.rowVersion,
    });
  }
  // Ask the machine first (with the caller as actor), so an event that is not possible now is a 409
  // before any rule about its payload runs; then add the facts the machine needs and apply it.
  const mogelijk = applyZaakEvent(zaak.machineVersion, zaak.snapshot, { ...cmd.event, actorId: cmd.actor.id ?? undefined } as ZaakEvent);
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
  const result = await manager
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
    .execute();
  if (result.affected !== 1) {
    throw new WoonstartFout('conflict', 'De zaak is intussen door iemand anders gewijzigd. Laad de zaak opnieuw en probeer het nog eens.');
  }
  const { type, ...payload } = event;
  // Restricted fields (the medical details) live in their own record, never in the log.
  for (const veld of ZAAK_EVENT_META[type].vertrouwelijk ?? []) delete (payload as Record<string, unknown>)[veld];
  await manager.insert(ZaakTransitieEntity, {
    zaakId: zaak.id,
    event: type,
    payload,
    actorId: cmd.actor.id,
    actorNaam: cmd.actor.naam,
    actorRol: cmd.actor.rol,
    vanState: overgang.van,
    naarState: overgang.naar,
    machineVersion: zaak.machineVersion,
    reden: redenVan(event),
    tijdstip: now,
  });
  await manager.insert(OutboxEntity, {
    zaakId: zaak.id,
    soort: 'statuswijziging',
    payload: { event: type, van: overgang.van, naar: overgang.naar },
    aangemaaktOp: now,
    verwerktOp: null,
  });
  return { overgang, rowVersion: zaak.rowVersion + 1 };
}
