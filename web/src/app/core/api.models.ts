import type { Herkomstvoorstel, OrganisatieType, Rol, Route, Urgentiecategorie } from '@woonstart/domain';
import type { ZaakEventType, ZaakStatus } from '@woonstart/workflow';

/** Shapes of the api's responses as the web uses them (the api's view models). */
export interface Gebruiker {
  id: string; naam: string; email: string; rol: Rol;
  organisatieId: string; organisatieNaam: string; organisatieType: OrganisatieType; werkgebied: string[];
}
export interface DemoGebruiker { email: string; naam: string; rol: Rol; organisatieNaam: string }
export interface GemeenteRef { cbsCode: string; naam: string }
export interface Gemeente extends GemeenteRef { inRegio: boolean; centrumregio: string | null }

export interface ZaakSamenvatting {
  id: string; zaaknummer: string; categorie: Urgentiecategorie; categorieLabel: string;
  status: ZaakStatus; state: string; stateLabel: string; aanvragerNaam: string;
  behandelendeGemeente: GemeenteRef; woonstartgemeente: GemeenteRef | null; route: Route | null;
  indienendeOrganisatie: string; ingediendOp: string | null; beslistermijn: string | null;
  rowVersion: number; allowedEvents: ZaakEventType[];
}
export interface TijdlijnRegel {
  event: string; label: string; van: string; vanLabel: string; naar: string; naarLabel: string;
  actorNaam: string; actorRol: string; tijdstip: string; reden: string | null;
}
export interface ZaakDetail extends ZaakSamenvatting {
  weergave: 'volledig' | 'bemiddeling';
  machineVersion: number;
  herkomstgemeente: GemeenteRef | null;
  aanvrager: { voornamen: string; achternaam: string; geboortedatum: string; email: string | null; telefoon: string | null };
  huishouden: Array<{ relatie: string; naam: string; geboortedatum: string }>;
  woonnetInschrijfnummer: string | null; woonwensen: string | null; aantalKamersMin: number; begeleidingAkkoord: boolean;
  aanbieding: { woningId: string; adres: string; huurprijs: number; kamers: number; woningtype: string; status: string } | null;
  tijdlijn: TijdlijnRegel[];
  inschrijvingen?: Array<{ gemeenteCbs: string | null; gemeenteNaam: string; adrestype: string; van: string; tot: string | null }>;
  opnames?: Array<{ instelling: string; van: string; tot: string | null }>;
  ondersteuningsplan?: string | null;
  herkomstvoorstel?: Herkomstvoorstel;
}
export interface ZaakLijst { items: ZaakSamenvatting[]; totaal: number; pagina: number; perPagina: number }
export interface Woning {
  id: string; corporatieId: string; gemeenteCbs: string; gemeenteNaam: string; adres: string; postcode: string;
  woningtype: string; kamers: number; huurprijs: number; nultreden: boolean; status: string; zaakId: string | null;
}
export interface Problem { status: number; title: string; detail: string; fouten?: Array<{ veld: string; melding: string }> }
