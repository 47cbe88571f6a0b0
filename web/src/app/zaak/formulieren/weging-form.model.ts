import {
  REGIO_GEMEENTEN, WEGING_CRITERIA, regioGemeente,
  type KandidaatBron, type Oordeel, type WegingCriterium, type Woonstartweging,
} from '@woonstart/domain';
import type { ZaakDetail } from '../../core/api.models';

/** Form state of the kansrijke-woonstart weighing (WEGING_VASTLEGGEN, machine version 2). */
export interface KandidaatForm {
  gemeenteCbs: string;
  gemeenteNaam: string;
  bron: KandidaatBron;
  criteria: Record<WegingCriterium, { bevinding: string; oordeel: Oordeel | '' }>;
}

export interface WegingForm {
  kandidaten: KandidaatForm[];
  wensClient: string;
  doelgemeenteCbs: string;
  motivering: string;
}

export function gemeenteNaam(cbs: string, zaak: ZaakDetail): string {
  if (zaak.herkomstgemeente?.cbsCode === cbs) return zaak.herkomstgemeente.naam;
  return regioGemeente(cbs)?.naam ?? cbs;
}

export function legeKandidaat(gemeenteCbs: string, gemeenteNaam: string, bron: KandidaatBron): KandidaatForm {
  const criteria = {} as KandidaatForm['criteria'];
  for (const c of WEGING_CRITERIA) criteria[c] = { bevinding: '', oordeel: '' };
  return { gemeenteCbs, gemeenteNaam, bron, criteria };
}

/**
 * Revising: the latest recorded version; first time: the herkomstgemeente as
 * the first candidate ("naar herkomstgemeente, tenzij") and as the default goal.
 */
export function wegingUitZaak(zaak: ZaakDetail): WegingForm {
  const laatste = zaak.toetsing?.wegingen.at(-1)?.weging;
  if (laatste && laatste.kandidaten.length > 0) return wegingUitVersie(laatste);
  const herkomst = zaak.herkomstgemeente;
  return {
    kandidaten: herkomst ? [legeKandidaat(herkomst.cbsCode, herkomst.naam, 'herkomst')] : [],
    wensClient: '',
    doelgemeenteCbs: herkomst && regioGemeente(herkomst.cbsCode) ? herkomst.cbsCode : '',
    motivering: '',
  };
}

function wegingUitVersie(w: Woonstartweging): WegingForm {
  return {
    kandidaten: w.kandidaten.map((k) => {
      const kandidaat = legeKandidaat(k.gemeenteCbs, k.gemeenteNaam, k.bron);
      for (const c of WEGING_CRITERIA) kandidaat.criteria[c] = { bevinding: k.criteria[c]?.bevinding ?? '', oordeel: k.criteria[c]?.oordeel ?? '' };
      return kandidaat;
    }),
    wensClient: w.wensClient ?? '',
    doelgemeenteCbs: w.doelgemeenteCbs,
    motivering: w.motivering ?? '',
  };
}

/** Region gemeenten that are not a candidate yet. */
export function toevoegbareGemeenten(form: WegingForm): Array<{ cbsCode: string; naam: string }> {
  return REGIO_GEMEENTEN.filter((g) => !form.kandidaten.some((k) => k.gemeenteCbs === g.cbsCode)).map((g) => ({ cbsCode: g.cbsCode, naam: g.naam }));
}

/** The weighing as the domain rule checks it (same shape the api records). */
export function alsWeging(form: WegingForm): Woonstartweging {
  return {
    kandidaten: form.kandidaten.map((k) => ({
      gemeenteCbs: k.gemeenteCbs, gemeenteNaam: k.gemeenteNaam, bron: k.bron,
      criteria: Object.fromEntries(WEGING_CRITERIA.map((c) => [c, { bevinding: k.criteria[c].bevinding.trim(), oordeel: k.criteria[c].oordeel as Oordeel }])) as Woonstartweging['kandidaten'][number]['criteria'],
    })),
    wensClient: form.wensClient.trim() || null,
    doelgemeenteCbs: form.doelgemeenteCbs,
    motivering: form.motivering.trim() || null,
  };
}

/** The WEGING_VASTLEGGEN payload: gemeenteCbs is the doelgemeente. */
export function wegingPayload(form: WegingForm) {
  const w = alsWeging(form);
  return {
    gemeenteCbs: w.doelgemeenteCbs,
    kandidaten: w.kandidaten.map(({ gemeenteCbs, bron, criteria }) => ({ gemeenteCbs, bron, criteria })),
    ...(w.wensClient ? { wensClient: w.wensClient } : {}),
    ...(w.motivering ? { motivering: w.motivering } : {}),
  };
}
