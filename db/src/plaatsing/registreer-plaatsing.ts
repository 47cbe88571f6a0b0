import { IsNull, type EntityManager } from 'typeorm';
import { WoonstartFout, regioGemeente, standOmschrijving } from '@woonstart/domain';
import { PlafondOntheffingEntity } from '../entities/begrenzing.entity';
import { PlaatsingEntity } from '../entities/plaatsing.entity';
import type { Actor } from '../zaak/actor.model';
import { toetsPlaatsingIn } from './begrenzing';

export interface PlaatsingInvoer {
  readonly zaakId: string | null;
  readonly woningId: string | null;
  readonly corporatieId: string | null;
  readonly categorie: string;
  readonly vorm: 'huur' | 'intermediair';
  readonly gemeenteCbs: string;
  readonly wijkCode: string | null;
  readonly complex: string | null;
  readonly adres: string;
  readonly huurprijs: number | null;
  readonly ingangsdatum: string;
  readonly binding: boolean;
  readonly begeleidingAkkoord: boolean;
  readonly begeleidingsafspraak: string | null;
  /** For a placement without a case: the override the regiocoördinator granted for it. */
  readonly ontheffingId?: string | null;
}

/**
 * Registers a placement under principles 3 and 4: counted against the cap of the
 * dwelling's gemeente and its wijk/complex exception in the contract's year.
 * Placements in one gemeente and year are serialised by a transaction-scoped
 * advisory lock, so two placements can never both take the last free slot. Beyond
 * 100 % only with an unused override of the regiocoördinator (for this case, or
 * named by id for a placement without a case), which is then used up.
 */
export async function registreerPlaatsing(manager: EntityManager, actor: Actor, invoer: PlaatsingInvoer): Promise<{ plaatsing: PlaatsingEntity; waarschuwingen: readonly string[] }> {
  if (!actor.id) throw new WoonstartFout('ongeldig', 'Een plaatsing wordt altijd door een medewerker geregistreerd.');
  const jaar = Number(invoer.ingangsdatum.slice(0, 4));
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`plafond:${invoer.gemeenteCbs}:${jaar}`]);
  const toets = await toetsPlaatsingIn(manager, invoer.gemeenteCbs, jaar, { wijkCode: invoer.wijkCode, complex: invoer.complex, huurprijs: invoer.huurprijs });
  let ontheffing: PlafondOntheffingEntity | null = null;
  if (!toets.toegestaan) {
    ontheffing = await manager.findOne(PlafondOntheffingEntity, {
      where: invoer.zaakId
        ? { zaakId: invoer.zaakId, gemeenteCbs: invoer.gemeenteCbs, jaar, plaatsingId: IsNull() }
        : { id: invoer.ontheffingId ?? '00000000-0000-0000-0000-000000000000', zaakId: IsNull(), gemeenteCbs: invoer.gemeenteCbs, jaar, plaatsingId: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!ontheffing) {
      const vol = toets.overschrijdingen.map((s) => `${standOmschrijving(s)} (${s.gebruikt} van ${s.plafond} gebruikt)`).join('; ');
      throw new WoonstartFout('conflict', `Het plafond is bereikt: ${vol}. Een plaatsing boven het plafond kan alleen met een ontheffing van de regiocoördinator, met motivering.`, {
        gemeenteCbs: invoer.gemeenteCbs, jaar, overschrijdingen: toets.overschrijdingen,
      });
    }
  }
  const plaatsing = manager.create(PlaatsingEntity, {
    zaakId: invoer.zaakId, woningId: invoer.woningId, corporatieId: invoer.corporatieId, categorie: invoer.categorie, vorm: invoer.vorm,
    gemeenteCbs: invoer.gemeenteCbs, wijkCode: invoer.wijkCode, complex: invoer.complex, adres: invoer.adres, huurprijs: invoer.huurprijs,
    ingangsdatum: invoer.ingangsdatum, jaar, binding: invoer.binding, begeleidingAkkoord: invoer.begeleidingAkkoord,
    begeleidingsafspraak: invoer.begeleidingsafspraak, ontheffingId: ontheffing?.id ?? null, geregistreerdDoor: actor.id,
  });
  await manager.insert(PlaatsingEntity, plaatsing);
  if (ontheffing) await manager.update(PlafondOntheffingEntity, { id: ontheffing.id }, { plaatsingId: plaatsing.id });
  const naam = regioGemeente(invoer.gemeenteCbs)?.naam ?? invoer.gemeenteCbs;
  const waarschuwingen = ontheffing ? [`Geplaatst boven het plafond van ${naam} met ontheffing van de regiocoördinator.`, ...toets.waarschuwingen] : toets.waarschuwingen;
  return { plaatsing, waarschuwingen };
}
