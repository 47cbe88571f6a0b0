import type { AwbBeslistermijn, Documentsoort, Documenttype, Herkomstvoorstel, OrganisatieType, Rol, Route, Urgentiecategorie, Woonstartweging, Zoekprofiel } from '@woonstart/domain';
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
  /** Only in the full view: clock, policy, weighing versions, advice outcome, decisions, zienswijze, bezwaar. */
  toetsing?: ZaakToetsing;
  /** Housing requirements from the medical advice (no details); also in the mediation view. */
  woonvereisten: string[];
  /** Outcome of the medical advice (no details); only in the full view. */
  medischAdvies: MedischAdviesUitkomst | null;
  /** The caller may attach a document now (the filing organisation while it may edit, the commissie until the decision). */
  magDocumentToevoegen: boolean;
}

/** A document's metadata (GET /zaken/:id/documenten); the content is a separate, logged download. */
export interface ZaakDocument {
  id: string; zaakId: string; bestandsnaam: string; mimeType: Documenttype; grootte: number; sha256: string;
  soort: Documentsoort; soortLabel: string; geuploadDoor: { naam: string; organisatie: string }; geuploadOp: string;
}

/** The shareable outcome of a medical advice: no medical details. */
export interface MedischAdviesUitkomst {
  status: 'gevraagd' | 'uitgebracht';
  vraag: string;
  gevraagdOp: string;
  urgent: boolean | null;
  woonvereisten: string[];
  uitgebrachtOp: string | null;
}

/** One medical advice with its details (GET /zaken/:id/medisch-advies, medisch adviseur only, logged). */
export interface MedischAdviesDetails {
  id: string;
  vraag: string;
  gevraagdOp: string;
  urgent: boolean | null;
  woonvereisten: string[];
  details: string | null;
  uitgebrachtDoor: string | null;
  uitgebrachtOp: string | null;
}

export type BesluitStatus = 'voorgesteld' | 'teruggestuurd' | 'genomen' | 'zienswijze';

export interface Besluit {
  id: string;
  uitkomst: 'toekennen' | 'afwijzen';
  route: Route | null;
  gronden: string[];
  motivering: string;
  geldigheidMaanden: number | null;
  zoekprofiel: Zoekprofiel | null;
  zienswijzeNodig: boolean;
  status: BesluitStatus;
  voorgesteldDoor: string;
  voorgesteldOp: string;
  goedgekeurdDoor: string | null;
  goedgekeurdOp: string | null;
  bekendgemaaktOp: string | null;
  geldigTot: string | null;
}

export interface Zienswijze { gevraagdOp: string; termijnTot: string; inhoud: string | null; ontvangenOp: string | null }

export interface Bezwaar {
  id: string;
  ontvangenOp: string;
  gronden: string;
  tijdig: boolean;
  motiveringTeLaat: string | null;
  beslistermijn: string;
  uitkomst: 'gegrond' | 'ongegrond' | 'nietOntvankelijk' | null;
  motivering: string | null;
  beslotenOp: string | null;
}

export interface Beleid { gemeenteCbs: string; geldigVanaf: string; beslistermijnWeken: number; hersteltermijnDagen: number; vierOgen: boolean }
export interface ZaakOpschorting { verzoekOp: string; hersteltermijnTot: string; aangevuldOp: string | null; toelichting: string }
export interface WegingVersie { versie: number; vastgelegdOp: string; weging: Woonstartweging; wijzigingen: string[] }

/** Everything the committee needs beside the application (api: ZaakToetsing). */
export interface ZaakToetsing {
  termijn: AwbBeslistermijn | null;
  beleid: Beleid | null;
  opschortingen: ZaakOpschorting[];
  wegingen: WegingVersie[];
  medischAdvies: MedischAdviesUitkomst | null;
  besluiten: Besluit[];
  zienswijzen: Zienswijze[];
  bezwaren: Bezwaar[];
}
export interface ZaakLijst { items: ZaakSamenvatting[]; totaal: number; pagina: number; perPagina: number }
export interface Woning {
  id: string; corporatieId: string; gemeenteCbs: string; gemeenteNaam: string; adres: string; postcode: string;
  woningtype: string; kamers: number; huurprijs: number; nultreden: boolean; status: string; zaakId: string | null;
}
export interface VeldFout { veld: string; melding: string }
/** problem+json from the api; `veld` is set by some domain errors that concern one field. */
export interface Problem { status: number; title: string; detail: string; fouten?: VeldFout[]; veld?: string }

/** Committee meetings (api: VergaderingView); only for commissieleden. */
export type VergaderingStatus = 'gepland' | 'gesloten';
export type StandpuntKeuze = 'voor' | 'tegen' | 'onthouding';
export interface VergaderingSamenvatting { id: string; datum: string; status: VergaderingStatus }
export interface StandpuntRegel { gebruikerId: string; lid: string; standpunt: StandpuntKeuze; opmerking: string | null }
export interface Agendapunt {
  zaakId: string; zaaknummer: string; aanvragerNaam: string; stateLabel: string; uitkomst: string | null;
  standpunten: StandpuntRegel[];
}
export interface Vergadering extends VergaderingSamenvatting { agenda: Agendapunt[] }

/** One policy version of a gemeente as GET /beleid returns it. */
export interface BeleidVersie {
  id: string; gemeenteCbs: string; gemeenteNaam: string; geldigVanaf: string;
  beslistermijnWeken: number; hersteltermijnDagen: number; zienswijzetermijnDagen: number; geldigheidMaanden: number;
  vierOgen: boolean; adviescommissieBezwaar: boolean; aangemaaktDoor: string | null;
}
