import type { Adrestype, Relatie } from './inschrijving.model';
import type { Urgentiecategorie } from './urgentiecategorie.model';

/**
 * The application data of an uitstroomverzoek as a zorginstelling submits it (and
 * edits it while in concept or when asked to complete it). Validated at the api edge.
 */
export interface Aanvraaggegevens {
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
