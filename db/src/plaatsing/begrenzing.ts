import type { EntityManager } from 'typeorm';
import {
  CAP_SHARE_OF_MUTATIES, plafondOverzicht, regioGemeente, toetsNieuwePlaatsing,
  type BegrenzingInstelling, type GeteldePlaatsing, type NieuwePlaatsing, type Plafondoverzicht, type PlafondToets,
} from '@woonstart/domain';
import { BegrenzingEntity } from '../entities/begrenzing.entity';
import { PlaatsingEntity } from '../entities/plaatsing.entity';
import { laadHuurgrenzen } from './huurgrenzen';

/**
 * The cap in force for a gemeente and year: the latest version, or — when the
 * region has not set one — the regional default (30 % of the average yearly
 * social lettings from the Woonzorgvisie), so a cap always applies.
 */
export async function laadBegrenzing(manager: EntityManager, gemeenteCbs: string, jaar: number): Promise<BegrenzingInstelling & { vastgesteld: boolean }> {
  const rij = await manager.findOne(BegrenzingEntity, { where: { gemeenteCbs, jaar }, order: { vastgesteldOp: 'DESC' } });
  if (rij) {
    return {
      gemeenteCbs, jaar, verwachteMutaties: rij.verwachteMutaties, verwachteMutatiesOnderAftopping: rij.verwachteMutatiesOnderAftopping,
      aandeel: rij.aandeel, basis: rij.basis, uitzonderingen: rij.uitzonderingen, vastgesteld: true,
    };
  }
  const g = regioGemeente(gemeenteCbs);
  return {
    gemeenteCbs, jaar, verwachteMutaties: g?.lettingsSocialAvg ?? 0, verwachteMutatiesOnderAftopping: g?.lettingsBelowFirstRentCapAvg ?? 0,
    aandeel: CAP_SHARE_OF_MUTATIES, basis: 'sociaal', uitzonderingen: [], vastgesteld: false,
  };
}

export async function laadGeteldePlaatsingen(manager: EntityManager, gemeenteCbs: string, jaar: number): Promise<GeteldePlaatsing[]> {
  const rijen = await manager.find(PlaatsingEntity, { where: { gemeenteCbs, jaar } });
  return rijen.map((p) => ({
    gemeenteCbs: p.gemeenteCbs, wijkCode: p.wijkCode, complex: p.complex, huurprijs: p.huurprijs,
    categorie: p.categorie, binding: p.binding, ingangsdatum: p.ingangsdatum,
  }));
}

export async function laadPlafondoverzicht(manager: EntityManager, gemeenteCbs: string, jaar: number): Promise<Plafondoverzicht & { vastgesteld: boolean; instelling: BegrenzingInstelling }> {
  const instelling = await laadBegrenzing(manager, gemeenteCbs, jaar);
  const plaatsingen = await laadGeteldePlaatsingen(manager, gemeenteCbs, jaar);
  const huurgrenzen = await laadHuurgrenzen(manager, jaar);
  return { ...plafondOverzicht(instelling, plaatsingen, huurgrenzen), vastgesteld: instelling.vastgesteld, instelling };
}

/** What one more placement in this dwelling would do to the caps (for matching and the placement screen). */
export async function toetsPlaatsingIn(manager: EntityManager, gemeenteCbs: string, jaar: number, nieuw: NieuwePlaatsing): Promise<PlafondToets> {
  const instelling = await laadBegrenzing(manager, gemeenteCbs, jaar);
  const plaatsingen = await laadGeteldePlaatsingen(manager, gemeenteCbs, jaar);
  const huurgrenzen = await laadHuurgrenzen(manager, jaar);
  return toetsNieuwePlaatsing(instelling, plaatsingen, huurgrenzen, nieuw);
}
