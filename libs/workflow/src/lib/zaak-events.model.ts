import type { Aanvraaggegevens, Rol, Route } from '@woonstart/domain';

/** A kandidaat-gemeente in the kansrijke-woonstart weighing, as sent with WEGING_VASTLEGGEN (version 2). */
export interface WegingKandidaatPayload {
  gemeenteCbs: string;
  bron: 'herkomst' | 'commissie' | 'wensClient';
  criteria: Record<'perspectief' | 'netwerk' | 'werkDagbesteding' | 'ondersteuning' | 'justitieel', { bevinding: string; oordeel: 'voor' | 'tegen' | 'neutraal' }>;
}

/** What a commissielid proposes as the decision (version 2); another member approves it. */
export interface BesluitvoorstelPayload {
  uitkomst: 'toekennen' | 'afwijzen';
  route?: Route;
  gronden?: string[];
  motivering: string;
  geldigheidMaanden?: number;
  zoekprofiel?: { gemeenten: string[]; woningtypen: string[]; maxHuur: number | null };
  /** The refusal rests on facts the applicant did not give (Awb 4:7): a zienswijze comes first. */
  steuntOpFeitenNietVanAanvrager?: boolean;
}

/**
 * Every event a Zaak accepts, with its payload. Guards in the machine read only
 * context, with one exception: the four-eyes guard reads `actorId`, which the api
 * sets from the caller (never from the body) — also when it asks
 * `snapshot.can({ type, actorId })` for allowedEvents. Payloads are validated at the edge.
 */
export type ZaakEvent =
  | ({ type: 'GEGEVENS_WIJZIGEN' } & Aanvraaggegevens)
  | { type: 'INDIENEN' }
  | { type: 'ONTVANKELIJK_VERKLAREN'; toelichting?: string; vierOgen?: boolean; medischAdviesNodig?: boolean }
  | { type: 'AANVULLING_VRAGEN'; toelichting: string; termijnDagen?: number }
  | { type: 'AANVULLING_INDIENEN'; toelichting: string }
  | { type: 'BUITEN_BEHANDELING_STELLEN'; motivering: string }
  | { type: 'HERKOMST_VASTSTELLEN'; gemeenteCbs: string; motivering?: string }
  | { type: 'WEGING_VASTLEGGEN'; gemeenteCbs: string; motivering?: string; kandidaten?: WegingKandidaatPayload[]; wensClient?: string | null }
  | { type: 'TOEKENNEN_BEMIDDELING'; motivering: string }
  | { type: 'TOEKENNEN_ZELF_ZOEKEN'; motivering: string }
  | { type: 'AFWIJZEN'; motivering: string }
  | { type: 'WONING_AANBIEDEN'; woningId: string; toelichting?: string }
  | { type: 'AANBIEDING_ACCEPTEREN'; toelichting?: string }
  | { type: 'AANBIEDING_WEIGEREN'; reden: string }
  | { type: 'PLAATSING_REGISTREREN'; ingangsdatum: string; woningId?: string; adres?: string }
  | { type: 'INTREKKEN'; reden: string }
  // Version 2: the Awb clock, medical advice, transfer, four-eyes decision, zienswijze and bezwaar.
  | { type: 'HERSTELTERMIJN_VERSTREKEN' }
  | { type: 'BESLISTERMIJN_HERINNERING' }
  | { type: 'BESLISTERMIJN_VERSTREKEN' }
  | { type: 'VERDAGEN'; weken: number; reden: string }
  | { type: 'MEDISCH_ADVIES_VRAGEN'; vraag: string }
  | { type: 'MEDISCH_ADVIES_UITBRENGEN'; urgentOpMedischeGronden: boolean; woonvereisten: string[]; details: string }
  | { type: 'ZAAK_OVERDRAGEN'; gemeenteCbs: string; motivering: string }
  | ({ type: 'BESLUIT_VOORSTELLEN'; actorId?: string; zienswijzeNodig?: boolean } & BesluitvoorstelPayload)
  | { type: 'BESLUIT_GOEDKEUREN'; actorId?: string; opmerking?: string }
  | { type: 'BESLUIT_TERUGSTUREN'; reden: string }
  | { type: 'ZIENSWIJZE_ONTVANGEN'; inhoud: string }
  | { type: 'ZIENSWIJZETERMIJN_VERSTREKEN' }
  | { type: 'BEZWAAR_INDIENEN'; ontvangenOp: string; gronden: string; motiveringTeLaat?: string }
  | { type: 'BEZWAAR_GEGROND'; motivering: string }
  | { type: 'BEZWAAR_ONGEGROND'; motivering: string }
  | { type: 'BEZWAAR_NIET_ONTVANKELIJK'; motivering: string };

export type ZaakEventType = ZaakEvent['type'];

/** Context of machine version 1. */
export interface ZaakContextV1 {
  herkomstgemeenteCbs: string | null;
  woonstartgemeenteCbs: string | null;
  route: Route | null;
  aangebodenWoningId: string | null;
  geplaatstOp: string | null;
  aantalWeigeringen: number;
}

/** Context of the current machine (version 2): what its guards need, nothing more. */
export interface ZaakContext extends ZaakContextV1 {
  /** Set on ONTVANKELIJK_VERKLAREN from the committee's configuration (the api adds it to the event). */
  vierOgen: boolean;
  medischAdvies: 'nietNodig' | 'gevraagd' | 'uitgebracht';
  hersteltermijnVerstreken: boolean;
  verdaagd: boolean;
  voorstel: { door: string | null; uitkomst: 'toekennen' | 'afwijzen'; route: Route | null; zienswijzeNodig: boolean } | null;
  zienswijzeGehad: boolean;
  /** Set by the deadline jobs: a reminder was sent, or the decision term passed (Awb 4:17 risk). */
  termijnSignaal: 'geen' | 'herinnerd' | 'verstreken';
}

export type VeldType = 'tekst' | 'gemeente' | 'woning' | 'datum' | 'getal';

export interface EventVeld {
  readonly naam: string;
  readonly label: string;
  readonly type: VeldType;
  readonly verplicht: boolean;
}

export interface EventMeta {
  readonly label: string;
  /** Who may send it; scoping to the caller's organisation is applied on top, by the api. Empty for system events. */
  readonly rollen: readonly Rol[];
  /** Sent only by the system (durable jobs), never by a user. */
  readonly systeem?: boolean;
  /** Payload fields that must never reach the transition log (kept in their own, restricted record). */
  readonly vertrouwelijk?: readonly string[];
  readonly velden: readonly EventVeld[];
  /** Decisions that close or refuse a case are styled as such in the UI. */
  readonly soort: 'primair' | 'secundair' | 'gevaar';
  /** Set when the payload is edited in a dedicated form instead of inline fields. */
  readonly formulier?: 'aanvraag' | 'weging' | 'besluit' | 'medischAdvies';
}

const motivering: EventVeld = { naam: 'motivering', label: 'Motivering', type: 'tekst', verplicht: true };
const toelichtingOptioneelAls = (naam: string, label: string): EventVeld => ({ naam, label, type: 'tekst', verplicht: false });
const toelichtingOptioneel = toelichtingOptioneelAls('toelichting', 'Toelichting');

export const ZAAK_EVENT_META: Readonly<Record<ZaakEventType, EventMeta>> = {
  GEGEVENS_WIJZIGEN: { label: 'Gegevens wijzigen', rollen: ['zorgmedewerker', 'gemeentemedewerker'], velden: [], soort: 'secundair', formulier: 'aanvraag' },
  INDIENEN: { label: 'Indienen', rollen: ['zorgmedewerker', 'gemeentemedewerker'], velden: [], soort: 'primair' },
  ONTVANKELIJK_VERKLAREN: { label: 'Ontvankelijk verklaren', rollen: ['commissielid'], velden: [toelichtingOptioneel], soort: 'primair' },
  AANVULLING_VRAGEN: { label: 'Aanvulling vragen', rollen: ['commissielid'], velden: [{ naam: 'toelichting', label: 'Wat moet worden aangevuld', type: 'tekst', verplicht: true }, { naam: 'termijnDagen', label: 'Hersteltermijn in dagen (standaard 14)', type: 'getal', verplicht: false }], soort: 'secundair' },
  AANVULLING_INDIENEN: { label: 'Aanvulling indienen', rollen: ['zorgmedewerker', 'gemeentemedewerker'], velden: [{ naam: 'toelichting', label: 'Wat is aangevuld', type: 'tekst', verplicht: true }], soort: 'primair' },
  BUITEN_BEHANDELING_STELLEN: { label: 'Buiten behandeling stellen', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
  HERKOMST_VASTSTELLEN: { label: 'Herkomstgemeente vaststellen', rollen: ['commissielid'], velden: [{ naam: 'gemeenteCbs', label: 'Herkomstgemeente', type: 'gemeente', verplicht: true }, { naam: 'motivering', label: 'Motivering (verplicht bij afwijken van het voorstel)', type: 'tekst', verplicht: false }], soort: 'primair' },
  WEGING_VASTLEGGEN: { label: 'Weging kansrijke woonstart vastleggen', rollen: ['commissielid'], velden: [], soort: 'primair', formulier: 'weging' },
  TOEKENNEN_BEMIDDELING: { label: 'Toekennen: directe bemiddeling', rollen: ['commissielid'], velden: [motivering], soort: 'primair' },
  TOEKENNEN_ZELF_ZOEKEN: { label: 'Toekennen: zelf zoeken met urgentieverklaring', rollen: ['commissielid'], velden: [motivering], soort: 'primair' },
  AFWIJZEN: { label: 'Afwijzen', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
  WONING_AANBIEDEN: { label: 'Woning aanbieden', rollen: ['corporatiemedewerker'], velden: [{ naam: 'woningId', label: 'Woning', type: 'woning', verplicht: true }, toelichtingOptioneel], soort: 'primair' },
  AANBIEDING_ACCEPTEREN: { label: 'Acceptatie registreren', rollen: ['corporatiemedewerker'], velden: [toelichtingOptioneel], soort: 'primair' },
  AANBIEDING_WEIGEREN: { label: 'Weigering registreren', rollen: ['corporatiemedewerker'], velden: [{ naam: 'reden', label: 'Reden van weigering', type: 'tekst', verplicht: true }], soort: 'secundair' },
  PLAATSING_REGISTREREN: { label: 'Plaatsing registreren', rollen: ['corporatiemedewerker', 'commissielid'], velden: [{ naam: 'ingangsdatum', label: 'Ingangsdatum huurcontract', type: 'datum', verplicht: true }, { naam: 'adres', label: 'Adres (bij zelf zoeken)', type: 'tekst', verplicht: false }], soort: 'primair' },
  INTREKKEN: { label: 'Intrekken', rollen: ['zorgmedewerker', 'gemeentemedewerker', 'commissielid'], velden: [{ naam: 'reden', label: 'Reden van intrekking', type: 'tekst', verplicht: true }], soort: 'gevaar' },
  HERSTELTERMIJN_VERSTREKEN: { label: 'Hersteltermijn verstreken', rollen: [], velden: [], soort: 'secundair', systeem: true },
  BESLISTERMIJN_HERINNERING: { label: 'Herinnering: beslistermijn verloopt over een week', rollen: [], velden: [], soort: 'secundair', systeem: true },
  BESLISTERMIJN_VERSTREKEN: { label: 'Beslistermijn verstreken', rollen: [], velden: [], soort: 'gevaar', systeem: true },
  VERDAGEN: { label: 'Beslistermijn verdagen', rollen: ['commissielid'], velden: [{ naam: 'weken', label: 'Verdagen met (weken)', type: 'getal', verplicht: true }, { naam: 'reden', label: 'Reden van verdaging (gaat mee in de kennisgeving)', type: 'tekst', verplicht: true }], soort: 'secundair' },
  MEDISCH_ADVIES_VRAGEN: { label: 'Medisch advies vragen', rollen: ['commissielid'], velden: [{ naam: 'vraag', label: 'Vraag aan de medisch adviseur', type: 'tekst', verplicht: true }], soort: 'secundair' },
  MEDISCH_ADVIES_UITBRENGEN: { label: 'Medisch advies uitbrengen', rollen: ['medischAdviseur'], velden: [], soort: 'primair', formulier: 'medischAdvies', vertrouwelijk: ['details'] },
  ZAAK_OVERDRAGEN: { label: 'Zaak overdragen aan herkomstgemeente', rollen: ['commissielid'], velden: [{ naam: 'gemeenteCbs', label: 'Nieuwe behandelende gemeente', type: 'gemeente', verplicht: true }, motivering], soort: 'secundair' },
  BESLUIT_VOORSTELLEN: { label: 'Besluit voorstellen', rollen: ['commissielid'], velden: [], soort: 'primair', formulier: 'besluit' },
  BESLUIT_GOEDKEUREN: { label: 'Besluitvoorstel goedkeuren', rollen: ['commissielid'], velden: [toelichtingOptioneelAls('opmerking', 'Opmerking')], soort: 'primair' },
  BESLUIT_TERUGSTUREN: { label: 'Besluitvoorstel terugsturen', rollen: ['commissielid'], velden: [{ naam: 'reden', label: 'Waarom terug naar beraad', type: 'tekst', verplicht: true }], soort: 'secundair' },
  ZIENSWIJZE_ONTVANGEN: { label: 'Zienswijze registreren', rollen: ['commissielid'], velden: [{ naam: 'inhoud', label: 'Zienswijze van de aanvrager', type: 'tekst', verplicht: true }], soort: 'primair' },
  ZIENSWIJZETERMIJN_VERSTREKEN: { label: 'Termijn zienswijze verstreken', rollen: [], velden: [], soort: 'secundair', systeem: true },
  BEZWAAR_INDIENEN: { label: 'Bezwaar registreren', rollen: ['commissielid', 'zorgmedewerker', 'gemeentemedewerker'], velden: [{ naam: 'ontvangenOp', label: 'Bezwaarschrift ontvangen op', type: 'datum', verplicht: true }, { naam: 'gronden', label: 'Gronden van het bezwaar', type: 'tekst', verplicht: true }, { naam: 'motiveringTeLaat', label: 'Motivering bij te laat ingediend bezwaar', type: 'tekst', verplicht: false }], soort: 'secundair' },
  BEZWAAR_GEGROND: { label: 'Bezwaar gegrond: opnieuw besluiten', rollen: ['commissielid'], velden: [motivering], soort: 'primair' },
  BEZWAAR_ONGEGROND: { label: 'Bezwaar ongegrond', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
  BEZWAAR_NIET_ONTVANKELIJK: { label: 'Bezwaar niet-ontvankelijk', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
};

export const ZAAK_EVENT_TYPES = Object.keys(ZAAK_EVENT_META) as ZaakEventType[];
