import type { AwbBeslistermijn, Documentsoort, Documenttype, Herkomstvoorstel, OrganisatieType, Rol, Route, Urgentiecategorie, Woonstartweging, Zoekprofiel } from '@woonstart/domain';
import type { ZaakEventType, ZaakStatus } from '@woonstart/workflow';
import type { Geschiktheid, PlafondStand, WoningStatus, Woninglabel, Woningtype } from '@woonstart/domain';
import type { BegrenzingInstelling, Plafondoverzicht } from '@woonstart/domain';
import type { WeigeringGevolg, WoonevaluatiePayload } from '@woonstart/workflow';
import type { ScenarioGemeenteInvoer, Scenariotabel } from '@woonstart/domain';
import type { Centrumregio, Doorlooptijd, MonitorFilter, PlafondStatus, TekortProjectie, WegingCriterium } from '@woonstart/domain';

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
  /** After the decision: profile, offers, urgentieverklaring, placement, evaluations, cap (null before). */
  plaatsing?: ZaakPlaatsing | null;
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
/** `totaalBegrensd`: counting stopped at `totaal` (1.000); there are more. */
export interface ZaakLijst { items: ZaakSamenvatting[]; totaal: number; totaalBegrensd: boolean; pagina: number; perPagina: number }
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

/** Notifications of the caller's organisation (api: MeldingView, MeldingLijst). */
export interface Melding {
  id: string; zaakId: string | null; onderwerp: string; tekst: string; link: string | null; aangemaaktOp: string; gelezenOp: string | null;
}
export interface MeldingLijst { items: Melding[]; totaal: number; ongelezen: number; pagina: number; perPagina: number }
/** 'onbekend': the send was interrupted; Woonstart does not resend it (at most once). */
export type MailStatus = 'wachtend' | 'verzenden' | 'verzonden' | 'bewaard' | 'mislukt' | 'onbekend';
export interface Mail {
  id: string; aan: string; onderwerp: string; tekst: string; status: MailStatus; pogingen: number; fout: string | null; aangemaaktOp: string; verzondenOp: string | null;
}
export interface MailLijst { items: Mail[]; totaal: number; pagina: number; perPagina: number }

/** A dwelling on offer (api: WoningView, GET /woningen and /woningen/:id). */
export interface WoningView {
  id: string; corporatieId: string; corporatieNaam: string; gemeenteCbs: string; gemeenteNaam: string; adres: string; postcode: string;
  wijkCode: string; wijkNaam: string; complex: string | null; huurprijs: number; woningtype: Woningtype; kamers: number;
  verdieping: number; lift: boolean; nultreden: boolean; rolstoeltoegankelijk: boolean; labels: Woninglabel[];
  beschikbaarVanaf: string; status: WoningStatus; zaakId: string | null;
  /** What the caller may set now (only the owning corporatie). */
  mogelijkeStatussen: Array<'beschikbaar' | 'gereserveerd' | 'ingetrokken'>;
}
/** GET /wijken?gemeente= */
export interface Wijk { code: string; naam: string; gemeenteCbs: string }
/** POST /woningen/import: lines counted without the header; `regel` numbers count the header as line 1. */
export interface WoningImportVerslag { regels: number; geimporteerd: number; afgewezen: Array<{ regel: number; fouten: string[] }>; woningen: WoningView[] }
/** One candidate for a dwelling (GET /woningen/:id/kandidaten). */
export interface WoningKandidaat {
  zaakId: string; zaaknummer: string; rowVersion: number; categorie: Urgentiecategorie; categorieLabel: string; huishoudgrootte: number;
  leeftijd: number; besluitOp: string | null; streefdatum: string | null; state: string; beoordeling: Geschiktheid;
}
export interface WoningKandidaten { woning: WoningView; plafond: PlafondStand[]; kandidaten: WoningKandidaat[] }

/* After the decision (issue 4): mediation, placement and the caps (api: zaak-plaatsing.loader, plaatsing/*). */
/** A cap overview with what the api adds: whether the region set it, and the settings it was computed from. */
export type PlafondoverzichtView = Plafondoverzicht & {
  gemeenteNaam: string | null; vastgesteld: boolean; instelling: BegrenzingInstelling;
};
export interface Plaatsingsprofiel { uitgeslotenGemeenten: string[]; uitgeslotenWijken: string[]; toelichting?: string | null }
export type AanbiedingUitkomst = 'open' | 'geaccepteerd' | 'geweigerd' | 'ingetrokken' | 'verlopen' | 'verhuurd';
export interface AanbiedingRegel {
  id: string; woningId: string; adres: string; gemeenteNaam: string | null; wijkNaam: string | null;
  huurprijs: number | null; woningtype: string | null; kamers: number | null; aangebodenOp: string; reactieTot: string;
  uitkomst: AanbiedingUitkomst; reden: string | null; gegrond: boolean | null;
  gevolg: WeigeringGevolg | null; motiveringAndereGemeente: string | null;
}
export interface UrgentieverklaringView {
  nummer: string;
  zoekprofiel: { gemeenten: string[]; gemeentenNamen: Array<string | null>; woningtypen: string[]; kamersMin?: number | null; maxHuur: number | null };
  geldigVanaf: string; geldigTot: string; verlengdTot: string | null; verlengingAangevraagdOp: string | null; verlengingMogelijkTot: string;
}
export interface PlaatsingView {
  vorm: 'huur' | 'intermediair'; adres: string; gemeenteNaam: string | null; wijkNaam: string | null; huurprijs: number | null;
  ingangsdatum: string; begeleidingsafspraak: string | null; metOntheffing: boolean;
}
export interface WoonevaluatieView {
  id: string; datum: string; doelen: WoonevaluatiePayload['doelen']; afspraken: string | null;
  afgetekend: boolean; afgetekendOp: string | null; opmerking: string | null;
}
export interface ZaakPlaatsing {
  plaatsingsprofiel: Plaatsingsprofiel; besluitOp: string | null; streefdatum: string | null; aanbiedingen: AanbiedingRegel[];
  urgentieverklaring: UrgentieverklaringView | null; plaatsing: PlaatsingView | null; woonevaluaties: WoonevaluatieView[];
  plafondDoelgemeente: PlafondoverzichtView | null;
}
/** GET /zaken/:id/woningmatches: the dwellings of the caller's corporatie (all for the commissie), best first. */
export interface WoningMatch { woning: Omit<WoningView, 'mogelijkeStatussen'>; beoordeling: Geschiktheid; plafond: PlafondStand | null }
export interface WoningMatches {
  kandidaat: { zaakId: string; categorie: Urgentiecategorie; categorieLabel: string; huishoudgrootte: number; doelgemeenteCbs: string | null; doelgemeenteNaam: string | null; besluitOp: string | null };
  woningen: WoningMatch[];
}
/** GET /plaatsingsruimte?jaar= (one per regio gemeente). */
export type PlaatsingsruimteGemeente = PlafondoverzichtView & { gemeenteNaam: string };
/** A regiocoördinator's override of a full cap (GET/POST /plaatsingsruimte/ontheffingen). */
export interface PlafondOntheffing {
  id: string; zaakId: string | null; gemeenteCbs: string; jaar: number; motivering: string; verleendDoor: string; verleendOp: string; plaatsingId: string | null;
}
/** A registered placement (GET /plaatsingen); no names, only what the cap needs. */
export interface PlaatsingRegel {
  id: string; zaakId: string | null; woningId: string | null; corporatieId: string | null; categorie: string; vorm: 'huur' | 'intermediair';
  gemeenteCbs: string; gemeenteNaam?: string; wijkCode: string | null; complex: string | null; adres: string; huurprijs: number | null;
  ingangsdatum: string; jaar: number; binding: boolean; begeleidingAkkoord: boolean; begeleidingsafspraak: string | null;
  ontheffingId: string | null; geregistreerdOp: string;
}
/** POST /plaatsingen and /plaatsingen/urgentieverklaring. */
export interface PlaatsingResultaat { plaatsing: PlaatsingRegel; waarschuwingen: string[] }
/** GET /huurgrenzen, PUT /huurgrenzen/:jaar. */
export interface Huurgrens {
  jaar: number; kwaliteitskortingsgrens: number; eersteAftoppingsgrens: number; tweedeAftoppingsgrens: number; liberalisatiegrens: number;
  gewijzigdDoor: string | null; gewijzigdOp: string;
}

// ---------------------------------------------------------------------------
// GET /monitor: the regional monitor (issue 5 §1). Aggregates only, never a person.
export interface MonitorGemeente { cbsCode: string; naam: string; centrumregio: Centrumregio }
export interface MonitorPlafondRij {
  gemeenteCbs: string; gemeenteNaam: string; vastgesteld: boolean; verwachteMutaties: number;
  plafond: number; gebruikt: number; percentage: number; status: PlafondStatus; ruimte: number;
  wettelijkAantal: number; wettelijkMinimum: number; wettelijkPercentage: number; inSelectie: number; perCategorie: Partial<Record<string, number>>;
}
export interface MonitorHerkomstRij { herkomst: string; naam: string; aantallen: number[]; totaal: number }
export interface MonitorStroom { van: string; vanNaam: string; naar: string; naarNaam: string; aantal: number }
export interface MonitorVerschuivingRij { gemeenteCbs: string; gemeenteNaam: string; gewogen: number; verschoven: number; aandeel: number | null }
export interface MonitorCriteriumRij { criterium: WegingCriterium; label: string; aantal: number; aandeel: number | null }
export interface MonitorDoorlooptijdRij {
  gemeenteCbs: string | null; gemeenteNaam: string;
  ontvangstTotBesluit: Doorlooptijd; besluitTotPlaatsing: Doorlooptijd;
}
export interface MonitorTermijnRij { gemeenteCbs: string; gemeenteNaam: string; aantal: number; langsteDagen: number | null }
export interface MonitorWachtlijstRij {
  gemeenteCbs: string; gemeenteNaam: string; wachtend: number; bemiddeling: number; zelfZoeken: number; toegekendTotNu: number;
  prognose: TekortProjectie | null;
}
export interface MonitorOverzicht {
  filter: MonitorFilter;
  peildatum: string;
  gemeenten: MonitorGemeente[];
  plafond: { melding: string | null; rijen: MonitorPlafondRij[]; categorieen: string[] };
  herkomstPlaatsing: { kolommen: MonitorGemeente[]; rijen: MonitorHerkomstRij[]; kolomTotalen: number[]; totaal: number; stromen: MonitorStroom[] };
  verschuivingen: { rijen: MonitorVerschuivingRij[]; gewogen: number; verschoven: number; aandeel: number | null; criteria: MonitorCriteriumRij[]; zonderCriteria: number };
  doorlooptijden: MonitorDoorlooptijdRij[];
  termijnOverschreden: { rijen: MonitorTermijnRij[]; totaal: number };
  wachtlijst: { rijen: MonitorWachtlijstRij[]; totaal: { wachtend: number; toegekendTotNu: number; tekort: number | null }; prognose: boolean; uitleg: string };
}
/* The memo's scenario table (issue 5 §2; api: scenario/*). */
export type ScenarioGemeenteInvoerView = ScenarioGemeenteInvoer & { gemeenteNaam: string };
/** GET /monitor/scenario?jaar=: the table with the inputs it was computed from. */
export type ScenariotabelView = Scenariotabel & {
  invoer: { versie: number; vastgesteldOp: string; gemeenten: ScenarioGemeenteInvoerView[] };
  beschikbareJaren: number[];
};
/** GET/PUT /monitor/scenario/invoer/:jaar (regiocoördinator); `vastgesteld: false` is a proposal to start from. */
export interface ScenarioInvoerView {
  jaar: number; vastgesteld: boolean; versie: number | null; opgave: number; gemeenten: ScenarioGemeenteInvoerView[];
  toelichting: string | null; vastgesteldOp: string | null; vastgesteldDoor: string | null; overgenomenVan: number | null;
  versies: Array<{ versie: number; vastgesteldOp: string; vastgesteldDoor: string | null; toelichting: string | null }>;
}

// ---------------------------------------------------------------------------
// Account management by the beheerder (GET/POST /beheer/gebruikers, PATCH /beheer/gebruikers/:id).
/** One account of any organisation in the region; `oidcGekoppeld`: its first login with the organisation account linked it. */
export interface Account {
  id: string; naam: string; email: string; rol: Rol;
  organisatieId: string; organisatieNaam: string; organisatieType: OrganisatieType;
  actief: boolean; oidcGekoppeld: boolean;
}
/** POST /beheer/gebruikers. */
export interface NieuwAccount { email: string; naam: string; rol: Rol; organisatieId: string }
/** PATCH /beheer/gebruikers/:id: only what changes. */
export interface AccountWijziging { naam?: string; rol?: Rol; actief?: boolean; oidcOntkoppelen?: true }
/** GET /organisaties (all of them for the beheerder). */
export interface Organisatie { id: string; naam: string; type: OrganisatieType; werkgebied: string[] }
