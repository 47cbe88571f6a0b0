import type { EntityManager } from 'typeorm';
import { initialZaak } from '@woonstart/workflow';
import { ZaakTransitieEntity } from '../entities/zaak-transitie.entity';
import { ZaakEntity } from '../entities/zaak.entity';
import type { Actor } from './actor.model';
import { aanvraagKolommen, insertAanvraagRegels } from './aanvraag-opslag';
import type { Aanvraaggegevens } from '@woonstart/domain';

/** Creates a case in `concept` with its household and history; the creation itself is the first transition row. */
export async function createZaak(manager: EntityManager, input: Aanvraaggegevens, actor: Actor & { id: string; organisatieId: string }, now = new Date()): Promise<ZaakEntity> {
  const start = initialZaak();
  const [{ nr }] = await manager.query(`SELECT nextval('zaaknummer_seq') AS nr`);
  const zaaknummer = `WS-${now.getUTCFullYear()}-${String(nr).padStart(5, '0')}`;
  const zaak = await manager.save(
    manager.create(ZaakEntity, {
      zaaknummer,
      ...aanvraagKolommen(input),
      status: start.status,
      state: start.state,
      machineVersion: start.version,
      snapshot: start.snapshot,
      indienendeOrganisatieId: actor.organisatieId,
      aangemaaktDoor: actor.id,
      herkomstgemeente: null,
      woonstartgemeente: null,
      route: null,
      ingediendOp: null,
      beslistermijn: null,
      aangemaaktOp: now,
      gewijzigdOp: now,
    }),
  );
  await insertAanvraagRegels(manager, zaak.id, input);
  await manager.insert(ZaakTransitieEntity, {
    zaakId: zaak.id, event: 'AANMAKEN', payload: {}, actorId: actor.id, actorNaam: actor.naam, actorRol: actor.rol,
    vanState: '', naarState: start.state, machineVersion: start.version, reden: null, tijdstip: now,
  });
  return zaak;
}
