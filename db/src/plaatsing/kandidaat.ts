import { In, type EntityManager } from 'typeorm';
import { ageOn, isWoonvereiste, type KandidaatProfiel, type WoningKenmerken } from '@woonstart/domain';
import { BesluitEntity } from '../entities/besluit.entity';
import { HuishoudlidEntity } from '../entities/huishoudlid.entity';
import { MedischAdviesEntity } from '../entities/medisch-advies.entity';
import type { WoningEntity } from '../entities/woning.entity';
import type { ZaakEntity } from '../entities/zaak.entity';

/**
 * What matching needs of a case, for many cases in three queries: household,
 * the shareable outcome of the medical advice (never its details), the decision
 * date, the doelgemeente and the placement profile.
 */
export async function laadKandidaatProfielen(manager: EntityManager, zaken: readonly ZaakEntity[], peildatum: string): Promise<Map<string, KandidaatProfiel>> {
  const ids = zaken.map((z) => z.id);
  const profielen = new Map<string, KandidaatProfiel>();
  if (ids.length === 0) return profielen;
  // One after the other: inside a transaction the manager has one connection (and PGlite one session).
  const leden = await manager.find(HuishoudlidEntity, { where: { zaakId: In(ids) } });
  const adviezen = await manager.find(MedischAdviesEntity, { where: { zaakId: In(ids) }, order: { gevraagdOp: 'ASC' } });
  const besluiten = await manager.find(BesluitEntity, { where: { zaakId: In(ids), status: 'genomen', uitkomst: 'toekennen' }, order: { goedgekeurdOp: 'ASC' } });
  for (const zaak of zaken) {
    const huishouden = leden.filter((l) => l.zaakId === zaak.id);
    const advies = adviezen.filter((a) => a.zaakId === zaak.id && a.uitgebrachtOp).at(-1);
    const besluit = besluiten.filter((b) => b.zaakId === zaak.id).at(-1);
    profielen.set(zaak.id, {
      zaakId: zaak.id,
      categorie: zaak.categorie,
      geboortedatum: zaak.aanvragerGeboortedatum,
      huishoudgrootte: 1 + huishouden.length,
      minderjarigeKinderen: huishouden.filter((l) => ageOn(l.geboortedatum, peildatum) < 18).length,
      aantalKamersMin: zaak.aantalKamersMin,
      woonvereisten: (advies?.woonvereisten ?? []).filter(isWoonvereiste),
      doelgemeenteCbs: zaak.woonstartgemeente,
      uitgeslotenGemeenten: zaak.plaatsingsprofiel?.uitgeslotenGemeenten ?? [],
      uitgeslotenWijken: zaak.plaatsingsprofiel?.uitgeslotenWijken ?? [],
      besluitOp: besluit?.bekendgemaaktOp ?? null,
    });
  }
  return profielen;
}

export async function laadKandidaatProfiel(manager: EntityManager, zaak: ZaakEntity, peildatum: string): Promise<KandidaatProfiel> {
  return (await laadKandidaatProfielen(manager, [zaak], peildatum)).get(zaak.id)!;
}

export function woningKenmerken(w: WoningEntity): WoningKenmerken {
  return {
    id: w.id, gemeenteCbs: w.gemeenteCbs, wijkCode: w.wijkCode, complex: w.complex, huurprijs: w.huurprijs, woningtype: w.woningtype,
    kamers: w.kamers, verdieping: w.verdieping, lift: w.lift, nultreden: w.nultreden, rolstoeltoegankelijk: w.rolstoeltoegankelijk,
    labels: w.labels, beschikbaarVanaf: w.beschikbaarVanaf,
  };
}
