import type { EntityManager } from 'typeorm';
import { initialZaak } from '@woonstart/workflow';
import { HuishoudlidEntity } from '../entities/huishoudlid.entity';
import { InschrijvingEntity } from '../entities/inschrijving.entity';
import { OpnameEntity } from '../entities/opname.entity';
import { ZaakTransitieEntity } from '../entities/zaak-transitie.entity';
import { ZaakEntity } from '../entities/zaak.entity';
import type { Actor } from './actor.model';
import type { NieuweZaak } from './nieuwe-zaak.model';

/** Creates a case in `concept` with its household and history; the creation itself is the first transition row. */
export async function createZaak(manager: EntityManager, input: NieuweZaak, actor: Actor & { id: string; organisatieId: string }, now = new Date()): Promise<ZaakEntity> {
  const start = initialZaak();
  const [{ nr }] = await manager.query(`SELECT nextval('zaaknummer_seq') AS nr`);
  const zaaknummer = `WS-${now.getUTCFullYear()}-${String(nr).padStart(5, '0')}`;
  const zaak = await manager.save(
    manager.create(ZaakEntity, {
      zaaknummer,
      categorie: input.categorie,
      status: start.status,
      state: start.state,
      machineVersion: start.version,
      snapshot: start.snapshot,
      indienendeOrganisatieId: actor.organisatieId,
      aangemaaktDoor: actor.id,
      behandelendeGemeente: input.behandelendeGemeente,
      herkomstgemeente: null,
      woonstartgemeente: null,
      route: null,
      ingediendOp: null,
      beslistermijn: null,
      aanvragerVoornamen: input.aanvrager.voornamen,
      aanvragerAchternaam: input.aanvrager.achternaam,
      aanvragerGeboortedatum: input.aanvrager.geboortedatum,
      aanvragerEmail: input.aanvrager.email ?? null,
      aanvragerTelefoon: input.aanvrager.telefoon ?? null,
      woonnetInschrijfnummer: input.woonnetInschrijfnummer ?? null,
      ondersteuningsplan: input.ondersteuningsplan ?? null,
      begeleidingAkkoord: input.begeleidingAkkoord,
      woonwensen: input.woonwensen ?? null,
      aantalKamersMin: input.aantalKamersMin ?? 1,
      aangemaaktOp: now,
      gewijzigdOp: now,
    }),
  );
  if (input.huishouden.length) await manager.insert(HuishoudlidEntity, input.huishouden.map((h) => ({ ...h, zaakId: zaak.id })));
  if (input.inschrijvingen.length) await manager.insert(InschrijvingEntity, input.inschrijvingen.map((i) => ({ ...i, zaakId: zaak.id })));
  if (input.opnames.length) await manager.insert(OpnameEntity, input.opnames.map((o) => ({ ...o, zaakId: zaak.id })));
  await manager.insert(ZaakTransitieEntity, {
    zaakId: zaak.id, event: 'AANMAKEN', payload: {}, actorId: actor.id, actorNaam: actor.naam, actorRol: actor.rol,
    vanState: '', naarState: start.state, machineVersion: start.version, reden: null, tijdstip: now,
  });
  return zaak;
}
