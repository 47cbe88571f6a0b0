import type { EntityManager } from 'typeorm';
import { todayIso, vergelijkWegingen, type AwbBeslistermijn, type Woonstartweging } from '@woonstart/domain';
import {
  BeleidEntity, BesluitEntity, BezwaarEntity, MedischAdviesEntity, OpschortingEntity, WoonstartwegingEntity, ZienswijzeEntity,
  beslistermijnVan, type ZaakEntity,
} from '@woonstart/db';

export interface MedischAdviesUitkomst {
  readonly status: 'gevraagd' | 'uitgebracht';
  readonly vraag: string;
  readonly gevraagdOp: string;
  readonly urgent: boolean | null;
  readonly woonvereisten: readonly string[];
  readonly uitgebrachtOp: string | null;
}

/** Everything the committee needs beside the application: the clock, policy, weighing history, advice outcome, decisions, bezwaar. */
export interface ZaakToetsing {
  readonly termijn: AwbBeslistermijn | null;
  readonly beleid: { gemeenteCbs: string; geldigVanaf: string; beslistermijnWeken: number; hersteltermijnDagen: number; vierOgen: boolean } | null;
  readonly opschortingen: ReadonlyArray<{ verzoekOp: string; hersteltermijnTot: string; aangevuldOp: string | null; toelichting: string }>;
  readonly wegingen: ReadonlyArray<{ versie: number; vastgelegdOp: string; weging: Woonstartweging; wijzigingen: readonly string[] }>;
  readonly medischAdvies: MedischAdviesUitkomst | null;
  readonly besluiten: ReadonlyArray<Omit<BesluitEntity, 'zaakId' | 'voorgesteldOp' | 'goedgekeurdOp'> & { voorgesteldOp: string; goedgekeurdOp: string | null }>;
  readonly zienswijzen: ReadonlyArray<{ gevraagdOp: string; termijnTot: string; inhoud: string | null; ontvangenOp: string | null }>;
  readonly bezwaren: ReadonlyArray<Omit<BezwaarEntity, 'zaakId' | 'besluitId'>>;
}

/** Outcome of the medical advice only: the details stay in their restricted record. */
export async function medischAdviesUitkomst(m: EntityManager, zaakId: string): Promise<MedischAdviesUitkomst | null> {
  const advies = await m.findOne(MedischAdviesEntity, { where: { zaakId }, order: { gevraagdOp: 'DESC' } });
  if (!advies) return null;
  return {
    status: advies.uitgebrachtOp ? 'uitgebracht' : 'gevraagd', vraag: advies.vraag, gevraagdOp: advies.gevraagdOp.toISOString(),
    urgent: advies.urgent, woonvereisten: advies.woonvereisten, uitgebrachtOp: advies.uitgebrachtOp?.toISOString() ?? null,
  };
}

export async function laadToetsing(m: EntityManager, zaak: ZaakEntity): Promise<ZaakToetsing> {
  const [beleid, opschortingen, wegingen, medisch, besluiten, zienswijzen, bezwaren] = await Promise.all([
    zaak.beleidId ? m.findOne(BeleidEntity, { where: { id: zaak.beleidId } }) : Promise.resolve(null),
    m.find(OpschortingEntity, { where: { zaakId: zaak.id }, order: { verzoekOp: 'ASC' } }),
    m.find(WoonstartwegingEntity, { where: { zaakId: zaak.id }, order: { versie: 'ASC' } }),
    medischAdviesUitkomst(m, zaak.id),
    m.find(BesluitEntity, { where: { zaakId: zaak.id }, order: { voorgesteldOp: 'ASC' } }),
    m.find(ZienswijzeEntity, { where: { zaakId: zaak.id }, order: { gevraagdOp: 'ASC' } }),
    m.find(BezwaarEntity, { where: { zaakId: zaak.id }, order: { ontvangenOp: 'ASC' } }),
  ]);
  // The clock from the policy and suspensions loaded above (laadBeslistermijn would load both again).
  const termijn = beslistermijnVan(zaak, beleid, opschortingen, todayIso());
  return {
    termijn,
    beleid: beleid && { gemeenteCbs: beleid.gemeenteCbs, geldigVanaf: beleid.geldigVanaf, beslistermijnWeken: beleid.beslistermijnWeken, hersteltermijnDagen: beleid.hersteltermijnDagen, vierOgen: beleid.vierOgen },
    opschortingen: opschortingen.map(({ verzoekOp, hersteltermijnTot, aangevuldOp, toelichting }) => ({ verzoekOp, hersteltermijnTot, aangevuldOp, toelichting })),
    wegingen: wegingen.map((w, n) => ({
      versie: w.versie, vastgelegdOp: w.vastgelegdOp.toISOString(), weging: w.weging as Woonstartweging,
      wijzigingen: n === 0 ? [] : vergelijkWegingen(wegingen[n - 1].weging as Woonstartweging, w.weging as Woonstartweging),
    })),
    medischAdvies: medisch,
    besluiten: besluiten.map(({ zaakId: _z, voorgesteldOp, goedgekeurdOp, ...b }) => ({ ...b, voorgesteldOp: voorgesteldOp.toISOString(), goedgekeurdOp: goedgekeurdOp?.toISOString() ?? null })),
    zienswijzen: zienswijzen.map(({ gevraagdOp, termijnTot, inhoud, ontvangenOp }) => ({ gevraagdOp, termijnTot, inhoud, ontvangenOp })),
    bezwaren: bezwaren.map(({ zaakId: _z, besluitId: _b, ...b }) => b),
  };
}
