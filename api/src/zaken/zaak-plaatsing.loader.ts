import { In, type EntityManager } from 'typeorm';
import { regioGemeente, streefdatumHuisvesting, todayIso, verlengingMogelijkTot, type Plafondoverzicht } from '@woonstart/domain';
import {
  AanbiedingEntity, BesluitEntity, PlaatsingEntity, UrgentieverklaringEntity, WijkEntity, WoningEntity, WoonevaluatieEntity,
  laadPlafondoverzicht, type ZaakEntity,
} from '@woonstart/db';
import type { ZaakWeergave } from './zaak-scope';

const naam = (cbs: string | null) => (cbs ? regioGemeente(cbs)?.naam ?? cbs : null);

/**
 * What happens after the decision, for the case page: the placement profile, the
 * offers with their outcome, the urgentieverklaring (zelf zoeken), the placement,
 * the woonevaluaties, the date the household should be housed (three months after
 * the decision, the region's aim) and the cap usage of the doelgemeente.
 */
export async function laadPlaatsing(m: EntityManager, zaak: ZaakEntity, weergave: ZaakWeergave) {
  const [aanbiedingen, verklaring, plaatsing, evaluaties, besluit] = await Promise.all([
    m.find(AanbiedingEntity, { where: { zaakId: zaak.id }, order: { aangebodenOp: 'ASC' } }),
    m.findOne(UrgentieverklaringEntity, { where: { zaakId: zaak.id } }),
    m.findOne(PlaatsingEntity, { where: { zaakId: zaak.id } }),
    m.find(WoonevaluatieEntity, { where: { zaakId: zaak.id }, order: { datum: 'ASC' } }),
    m.findOne(BesluitEntity, { where: { zaakId: zaak.id, status: 'genomen', uitkomst: 'toekennen' }, order: { goedgekeurdOp: 'DESC' } }),
  ]);
  if (!besluit && aanbiedingen.length === 0 && !plaatsing) return null;
  const woningen = aanbiedingen.length ? await m.find(WoningEntity, { where: { id: In(aanbiedingen.map((a) => a.woningId)) } }) : [];
  const wijkCodes = [...new Set([...woningen.map((w) => w.wijkCode), plaatsing?.wijkCode].filter((c): c is string => !!c))];
  const wijken = wijkCodes.length ? await m.find(WijkEntity, { where: { code: In(wijkCodes) } }) : [];
  const wijkNaam = (code: string | null) => (code ? wijken.find((w) => w.code === code)?.naam ?? code : null);
  const jaar = Number(todayIso().slice(0, 4));
  let plafond: (Plafondoverzicht & { gemeenteNaam: string | null }) | null = null;
  if (zaak.woonstartgemeente && regioGemeente(zaak.woonstartgemeente)) {
    plafond = { ...(await laadPlafondoverzicht(m, zaak.woonstartgemeente, jaar)), gemeenteNaam: naam(zaak.woonstartgemeente) };
  }
  return {
    // The exclusions are what matching needs; the reason behind them (danger, an area ban) only in the full view.
    plaatsingsprofiel: weergave === 'volledig' ? zaak.plaatsingsprofiel : { ...zaak.plaatsingsprofiel, toelichting: null },
    besluitOp: besluit?.bekendgemaaktOp ?? null,
    streefdatum: besluit?.bekendgemaaktOp ? streefdatumHuisvesting(besluit.bekendgemaaktOp) : null,
    aanbiedingen: aanbiedingen.map((a) => {
      const w = woningen.find((x) => x.id === a.woningId);
      return {
        id: a.id, woningId: a.woningId, adres: w ? `${w.adres}, ${w.postcode}` : '', gemeenteNaam: naam(w?.gemeenteCbs ?? null), wijkNaam: wijkNaam(w?.wijkCode ?? null),
        huurprijs: w?.huurprijs ?? null, woningtype: w?.woningtype ?? null, kamers: w?.kamers ?? null,
        aangebodenOp: a.aangebodenOp.toISOString(), reactieTot: a.reactieTot, uitkomst: a.uitkomst, reden: a.reden, gegrond: a.gegrond, gevolg: a.gevolg,
        motiveringAndereGemeente: a.motiveringAndereGemeente,
      };
    }),
    urgentieverklaring: verklaring ? {
      nummer: verklaring.nummer, zoekprofiel: { ...verklaring.zoekprofiel, gemeentenNamen: verklaring.zoekprofiel.gemeenten.map((c) => naam(c)) },
      geldigVanaf: verklaring.geldigVanaf, geldigTot: verklaring.geldigTot, verlengdTot: verklaring.verlengdTot,
      verlengingAangevraagdOp: verklaring.verlengingAangevraagdOp, verlengingMogelijkTot: verlengingMogelijkTot(verklaring.geldigTot).tot,
    } : null,
    plaatsing: plaatsing ? {
      vorm: plaatsing.vorm, adres: plaatsing.adres, gemeenteNaam: naam(plaatsing.gemeenteCbs), wijkNaam: wijkNaam(plaatsing.wijkCode),
      huurprijs: plaatsing.huurprijs, ingangsdatum: plaatsing.ingangsdatum, begeleidingsafspraak: plaatsing.begeleidingsafspraak,
      metOntheffing: plaatsing.ontheffingId !== null,
    } : null,
    woonevaluaties: evaluaties.map((e) => ({
      id: e.id, datum: e.datum, doelen: e.doelen, afspraken: e.afspraken, afgetekend: e.afgetekendOp !== null,
      afgetekendOp: e.afgetekendOp?.toISOString() ?? null, opmerking: e.opmerking,
    })),
    plafondDoelgemeente: plafond,
  };
}

export type ZaakPlaatsing = NonNullable<Awaited<ReturnType<typeof laadPlaatsing>>>;
