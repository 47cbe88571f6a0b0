import type { Adrestype, Relatie, Urgentiecategorie } from '@woonstart/domain';

/** What a zorginstelling submits for a new uitstroomverzoek; validated at the api edge. */
export interface NieuweZaak {
  categorie: Urgentiecategorie;
  behandelendeGemeente: string;
  aanvrager: {
    voornamen: string;
    achternaam: string;
    geboortedatum: string;
    email?: string | null;
    telefoon?: string | null;
  };
  woonnetInschrijfnummer?: string | null;
  huishouden: Array<{ relatie: Relatie; naam: string; geboortedatum: string }>;
  inschrijvingen: Array<{ gemeenteCbs: string | null; gemeenteNaam: string; adrestype: Adrestype; van: string; tot: string | null }>;
  opnames: Array<{ instelling: string; van: string; tot: string | null }>;
  ondersteuningsplan?: string | null;
  begeleidingAkkoord: boolean;
  woonwensen?: string | null;
  aantalKamersMin?: number;
}
