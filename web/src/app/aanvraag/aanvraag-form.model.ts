import type { Adrestype, Relatie, Urgentiecategorie } from '@woonstart/domain';

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

export function legeAanvraag(instelling: string): AanvraagForm {
  return {
    aanvrager: { voornamen: '', achternaam: '', geboortedatum: '', email: '', telefoon: '' },
    woonnetInschrijfnummer: '',
    huishouden: [],
    inschrijvingen: [
      { gemeenteKeuze: '', gemeenteCbs: '', gemeenteNaam: '', adrestype: 'woonadres', van: '', tot: '' },
      { gemeenteKeuze: '', gemeenteCbs: '', gemeenteNaam: '', adrestype: 'instelling', van: '', tot: '' },
    ],
    opnames: [{ instelling, van: '', tot: '' }],
    categorie: '',
    behandelendeGemeente: '',
    ondersteuningsplan: '',
    begeleidingAkkoord: false,
    woonwensen: '',
    aantalKamersMin: 1,
  };
}
