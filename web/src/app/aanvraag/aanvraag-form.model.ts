import { isRegioGemeente, type Adrestype, type Relatie, type Urgentiecategorie } from '@woonstart/domain';
import type { ZaakDetail } from '../core/api.models';

/** Form state of a new uitstroomverzoek; mapped 1:1 to the api's CreateZaak body. */
export interface AanvraagForm {
  aanvrager: { voornamen: string; achternaam: string; geboortedatum: string; email: string; telefoon: string };
  woonnetInschrijfnummer: string;
  huishouden: Array<{ relatie: Relatie; naam: string; geboortedatum: string }>;
  inschrijvingen: Array<{ gemeenteKeuze: string; gemeenteCbs: string; gemeenteNaam: string; adrestype: Adrestype; van: string; tot: string }>;
  opnames: Array<{ instelling: string; van: string; tot: string }>;
  categorie: Urgentiecategorie | '';
  behandelendeGemeente: string;
  ondersteuningsplan: string;
  begeleidingAkkoord: boolean;
  woonwensen: string;
  aantalKamersMin: number;
}

export const ANDERE_GEMEENTE = 'anders';

/**
 * An empty application. A zorginstelling starts from a woonadres and its own
 * admission; a gemeente from the applicant's current woonadres in the gemeente,
 * no admission (a self-applicant lives at home) and itself as behandelende gemeente.
 */
export function legeAanvraag(instelling: string, gemeente?: { cbsCode: string }): AanvraagForm {
  return {
    aanvrager: { voornamen: '', achternaam: '', geboortedatum: '', email: '', telefoon: '' },
    woonnetInschrijfnummer: '',
    huishouden: [],
    inschrijvingen: gemeente
      ? [{ gemeenteKeuze: gemeente.cbsCode, gemeenteCbs: '', gemeenteNaam: '', adrestype: 'woonadres', van: '', tot: '' }]
      : [
          { gemeenteKeuze: '', gemeenteCbs: '', gemeenteNaam: '', adrestype: 'woonadres', van: '', tot: '' },
          { gemeenteKeuze: '', gemeenteCbs: '', gemeenteNaam: '', adrestype: 'instelling', van: '', tot: '' },
        ],
    opnames: gemeente ? [] : [{ instelling, van: '', tot: '' }],
    categorie: '',
    behandelendeGemeente: gemeente?.cbsCode ?? '',
    ondersteuningsplan: '',
    begeleidingAkkoord: false,
    woonwensen: '',
    aantalKamersMin: 1,
  };
}

/** The form filled with a stored case, for editing a concept or completing a request. */
export function aanvraagUitZaak(z: ZaakDetail): AanvraagForm {
  return {
    aanvrager: { voornamen: z.aanvrager.voornamen, achternaam: z.aanvrager.achternaam, geboortedatum: z.aanvrager.geboortedatum, email: z.aanvrager.email ?? '', telefoon: z.aanvrager.telefoon ?? '' },
    woonnetInschrijfnummer: z.woonnetInschrijfnummer ?? '',
    huishouden: z.huishouden.map((h) => ({ relatie: h.relatie as Relatie, naam: h.naam, geboortedatum: h.geboortedatum })),
    inschrijvingen: (z.inschrijvingen ?? []).map((i) => {
      const regio = i.gemeenteCbs !== null && isRegioGemeente(i.gemeenteCbs);
      return {
        gemeenteKeuze: i.adrestype === 'buitenland' ? '' : regio ? i.gemeenteCbs! : ANDERE_GEMEENTE,
        gemeenteCbs: regio ? '' : i.gemeenteCbs ?? '',
        gemeenteNaam: regio ? '' : i.gemeenteNaam,
        adrestype: i.adrestype as Adrestype,
        van: i.van,
        tot: i.tot ?? '',
      };
    }),
    opnames: (z.opnames ?? []).map((o) => ({ instelling: o.instelling, van: o.van, tot: o.tot ?? '' })),
    categorie: z.categorie,
    behandelendeGemeente: z.behandelendeGemeente.cbsCode,
    ondersteuningsplan: z.ondersteuningsplan ?? '',
    begeleidingAkkoord: z.begeleidingAkkoord,
    woonwensen: z.woonwensen ?? '',
    aantalKamersMin: z.aantalKamersMin,
  };
}
