import type { EntityManager } from 'typeorm';
import {
  CAP_SHARE_OF_MUTATIES, plafondOverzicht, regioGemeente, toetsNieuwePlaatsing,
  type BegrenzingInstelling, type GeteldePlaatsing, type Huurgrenzen, type NieuwePlaatsing, type Plafondoverzicht, type PlafondToets,
} from '@woonstart/domain';
import { BegrenzingEntity } from '../entities/begrenzing.entity';
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

/**
 * The placements of a gemeente's year as the cap rule (libs/domain plafond.rule) counts
 * them: one row per group with its number (`aantal`), grouped by exactly what the rule
 * reads — category, binding, which side of the eerste aftoppingsgrens the rent is on (only
 * when the cap counts on that basis), and the wijk or complex when the year's cap has an
 * exception for it. Each row carries the values of a real placement of its group (the
 * lowest rent, the first wijk and date), on the same side of every test the rule makes, so
 * the rule gives the same figures as with one row per placement — from a few dozen rows
 * instead of thousands of entities for a big gemeente. Every row lies in `jaar` (the
 * table checks jaar = year of ingangsdatum), which is all the rule reads from the date.
 */
export async function laadGeteldePlaatsingen(manager: EntityManager, instelling: BegrenzingInstelling, huurgrenzen: Huurgrenzen): Promise<GeteldePlaatsing[]> {
  return (await laadGeteldePlaatsingenVan(manager, [instelling], huurgrenzen)).get(instelling.gemeenteCbs) ?? [];
}

/** laadGeteldePlaatsingen for several gemeenten of one year in one query (the monitor shows all nine). */
async function laadGeteldePlaatsingenVan(manager: EntityManager, instellingen: readonly BegrenzingInstelling[], huurgrenzen: Huurgrenzen): Promise<Map<string, GeteldePlaatsing[]>> {
  const uitzonderingen = instellingen.flatMap((i) => i.uitzonderingen);
  const wijken = uitzonderingen.filter((u) => u.soort === 'wijk').map((u) => u.code);
  const complexen = uitzonderingen.filter((u) => u.soort === 'complex').map((u) => u.code);
  // The rent side only matters where the cap counts below the eerste aftoppingsgrens; elsewhere it just splits groups.
  const grens = instellingen.every((i) => i.basis === 'sociaal') ? null : huurgrenzen.eersteAftoppingsgrens;
  const rijen: Array<{ gemeente: string; wijk: string | null; complex: string | null; huurprijs: string | null; categorie: string; binding: boolean; datum: string; aantal: number }> =
    await manager.query(
      `SELECT gemeente_cbs AS gemeente, min(wijk_code) AS wijk, min(complex) AS complex, min(huurprijs) AS huurprijs, categorie, binding,
              to_char(min(ingangsdatum), 'YYYY-MM-DD') AS datum, count(*)::int AS aantal
         FROM plaatsing
        WHERE gemeente_cbs = ANY($1::bpchar[]) AND jaar = $2
        GROUP BY gemeente_cbs, categorie, binding,
                 CASE WHEN $3::numeric IS NULL THEN 0 WHEN huurprijs IS NULL OR huurprijs <= $3::numeric THEN 1 ELSE 2 END,
                 CASE WHEN wijk_code = ANY($4::text[]) THEN wijk_code END, wijk_code IS NULL,
                 CASE WHEN complex = ANY($5::text[]) THEN complex END, complex IS NULL`,
      [instellingen.map((i) => i.gemeenteCbs), huurgrenzen.jaar, grens, wijken, complexen],
    );
  const perGemeente = new Map<string, GeteldePlaatsing[]>(instellingen.map((i) => [i.gemeenteCbs, []]));
  for (const r of rijen) {
    perGemeente.get(r.gemeente)?.push({
      gemeenteCbs: r.gemeente, wijkCode: r.wijk, complex: r.complex, huurprijs: r.huurprijs === null ? null : Number(r.huurprijs),
      categorie: r.categorie, binding: r.binding, ingangsdatum: r.datum, aantal: r.aantal,
    });
  }
  return perGemeente;
}

export type PlafondoverzichtMetInstelling = Plafondoverzicht & { vastgesteld: boolean; instelling: BegrenzingInstelling };

export async function laadPlafondoverzicht(manager: EntityManager, gemeenteCbs: string, jaar: number): Promise<PlafondoverzichtMetInstelling> {
  return (await laadPlafondoverzichten(manager, [gemeenteCbs], jaar))[0];
}

/** laadPlafondoverzicht for several gemeenten of one year, with three queries in all; in the order given. */
export async function laadPlafondoverzichten(manager: EntityManager, gemeenten: readonly string[], jaar: number): Promise<PlafondoverzichtMetInstelling[]> {
  const instellingen: Array<BegrenzingInstelling & { vastgesteld: boolean }> = [];
  for (const gemeenteCbs of gemeenten) instellingen.push(await laadBegrenzing(manager, gemeenteCbs, jaar));
  const huurgrenzen = await laadHuurgrenzen(manager, jaar);
  const plaatsingen = await laadGeteldePlaatsingenVan(manager, instellingen, huurgrenzen);
  return instellingen.map((instelling) => ({
    ...plafondOverzicht(instelling, plaatsingen.get(instelling.gemeenteCbs) ?? [], huurgrenzen), vastgesteld: instelling.vastgesteld, instelling,
  }));
}

/** What one more placement in this dwelling would do to the caps (for matching and the placement screen). */
export async function toetsPlaatsingIn(manager: EntityManager, gemeenteCbs: string, jaar: number, nieuw: NieuwePlaatsing): Promise<PlafondToets> {
  const instelling = await laadBegrenzing(manager, gemeenteCbs, jaar);
  const huurgrenzen = await laadHuurgrenzen(manager, jaar);
  const plaatsingen = await laadGeteldePlaatsingen(manager, instelling, huurgrenzen);
  return toetsNieuwePlaatsing(instelling, plaatsingen, huurgrenzen, nieuw);
}
