import type { ZaakPlaatsing } from './zaak-plaatsing.loader';
import type { Herkomstvoorstel, Route, Urgentiecategorie } from '@woonstart/domain';
import type { ZaakEventType, ZaakStatus } from '@woonstart/workflow';
import type { ZaakWeergave } from './zaak-scope';
import type { MedischAdviesUitkomst, ZaakToetsing } from './zaak-toetsing.loader';

export interface GemeenteRef { readonly cbsCode: string; readonly naam: string }

export interface ZaakSamenvatting {
  readonly id: string;
  readonly zaaknummer: string;
  readonly categorie: Urgentiecategorie;
  readonly categorieLabel: string;
  readonly status: ZaakStatus;
  readonly state: string;
  readonly stateLabel: string;
  readonly aanvragerNaam: string;
  readonly behandelendeGemeente: GemeenteRef;
  readonly woonstartgemeente: GemeenteRef | null;
  readonly route: Route | null;
  readonly indienendeOrganisatie: string;
  readonly ingediendOp: string | null;
  readonly beslistermijn: string | null;
  readonly rowVersion: number;
  readonly allowedEvents: readonly ZaakEventType[];
}

/** The answer to an event with `Prefer: return=minimal`: what a client needs to send the next one. */
export interface ZaakNaEvent {
  readonly id: string;
  readonly state: string;
  readonly status: ZaakStatus;
  readonly rowVersion: number;
  readonly allowedEvents: readonly ZaakEventType[];
}

export interface TijdlijnRegel {
  readonly event: string;
  readonly label: string;
  readonly van: string;
  readonly vanLabel: string;
  readonly naar: string;
  readonly naarLabel: string;
  readonly actorNaam: string;
  readonly actorRol: string;
  readonly tijdstip: string;
  readonly reden: string | null;
}

export interface ZaakDetail extends ZaakSamenvatting {
  readonly weergave: ZaakWeergave;
  readonly machineVersion: number;
  readonly herkomstgemeente: GemeenteRef | null;
  readonly aanvrager: { voornamen: string; achternaam: string; geboortedatum: string; email: string | null; telefoon: string | null };
  readonly huishouden: ReadonlyArray<{ relatie: string; naam: string; geboortedatum: string }>;
  readonly woonnetInschrijfnummer: string | null;
  readonly woonwensen: string | null;
  readonly aantalKamersMin: number;
  readonly begeleidingAkkoord: boolean;
  readonly aanbieding: { woningId: string; adres: string; huurprijs: number; kamers: number; woningtype: string; status: string } | null;
  readonly tijdlijn: readonly TijdlijnRegel[];
  /** Only in the full view: registration history, admissions, support plan and the herkomst proposal. */
  readonly inschrijvingen?: ReadonlyArray<{ gemeenteCbs: string | null; gemeenteNaam: string; adrestype: string; van: string; tot: string | null }>;
  readonly opnames?: ReadonlyArray<{ instelling: string; van: string; tot: string | null }>;
  readonly ondersteuningsplan?: string | null;
  readonly herkomstvoorstel?: Herkomstvoorstel;
  /** Only in the full view: clock, policy, weighing versions, advice outcome, decisions, zienswijze, bezwaar. */
  readonly toetsing?: ZaakToetsing;
  /** Housing requirements from the medical advice (no details); also in the mediation view, placement needs them. */
  readonly woonvereisten: readonly string[];
  readonly medischAdvies: MedischAdviesUitkomst | null;
  /** Whether the caller may attach a document now (documentToevoegenMogelijk): the web shows the upload form. */
  readonly magDocumentToevoegen: boolean;
  /** After the decision: profile, offers, urgentieverklaring, placement, woonevaluaties, target date, cap of the doelgemeente. */
  readonly plaatsing: ZaakPlaatsing | null;
}

export interface ZaakLijst {
  readonly items: readonly ZaakSamenvatting[];
  /** The number of cases that match; with `totaalBegrensd` a lower bound. */
  readonly totaal: number;
  /** True when counting stopped at `totaal` (ZAAK_TELLING_MAX, 1.000): there are more, the exact number is not worth a full scan. */
  readonly totaalBegrensd: boolean;
  readonly pagina: number;
  readonly perPagina: number;
}
