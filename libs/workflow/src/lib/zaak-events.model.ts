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

/** What refusing a suitable offer means: gemeente policy (table beleid), added to the event by the api. */
export type WeigeringGevolg = 'urgentieVervalt' | 'waarschuwing' | 'geenGevolg';

/**
 * Placement (version 3): a lease straight to the household ('huur') or intermediaire
 * verhuur (the care provider rents first). Accepting support is a condition for these
 * groups. For zelf zoeken the dwelling is not in Woonstart, so its facts come along.
 */
export interface PlaatsingPayload {
  vorm?: 'huur' | 'intermediair';
  begeleidingAkkoord?: boolean;
  begeleidingsafspraak?: string;
  gemeenteCbs?: string;
  wijkCode?: string;
  huurprijs?: number;
  woningtype?: string;
  kamers?: number;
}

export type EvaluatieOordeel = 'behaald' | 'deels' | 'niet';
export const WOONEVALUATIE_DOELEN = ['wonen', 'buren', 'huurbetaling', 'ondersteuning'] as const;
export type WoonevaluatieDoel = (typeof WOONEVALUATIE_DOELEN)[number];

/** A periodic evaluation during intermediaire verhuur, on the agreed goals. */
export interface WoonevaluatiePayload {
  datum: string;
  doelen: Record<WoonevaluatieDoel, { oordeel: EvaluatieOordeel; toelichting: string }>;
  afspraken?: string;
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
  | { type: 'WONING_AANBIEDEN'; woningId: string; toelichting?: string; reactietermijnDagen?: number; motiveringAndereGemeente?: string }
  | { type: 'AANBIEDING_ACCEPTEREN'; toelichting?: string }
  // Version 3: `gegrond` (the refusal had a good reason) and `gevolg`, which the api adds from the gemeente's policy.
  | { type: 'AANBIEDING_WEIGEREN'; reden: string; gegrond?: boolean; gevolg?: WeigeringGevolg }
  | ({ type: 'PLAATSING_REGISTREREN'; ingangsdatum: string; woningId?: string; adres?: string } & PlaatsingPayload)
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
  | { type: 'BEZWAAR_NIET_ONTVANKELIJK'; motivering: string }
  // Version 3: after the decision — placement profile, offers, zelf zoeken, intermediaire verhuur.
  | { type: 'PLAATSINGSPROFIEL_VASTLEGGEN'; uitgeslotenGemeenten: string[]; uitgeslotenWijken: string[]; toelichting?: string }
  | { type: 'AANBIEDING_INTREKKEN'; reden: string }
  | { type: 'REACTIETERMIJN_VERSTREKEN' }
  | { type: 'URGENTIEVERKLARING_VERLOPEN' }
  | { type: 'VERLENGING_AANVRAGEN'; motivering: string }
  | { type: 'VERLENGING_TOEKENNEN'; motivering: string; maanden?: number }
  | { type: 'VERLENGING_AFWIJZEN'; motivering: string }
  | { type: 'VERLENGINGSTERMIJN_VERSTREKEN' }
  | ({ type: 'WOONEVALUATIE_VASTLEGGEN' } & WoonevaluatiePayload)
  | { type: 'WOONEVALUATIE_AFTEKENEN'; opmerking?: string }
  | { type: 'WOONEVALUATIE_HERINNERING' }
  | { type: 'OMKLAP_REGISTREREN'; ingangsdatum: string; motivering: string }
  | { type: 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'; reden: string };

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

/** Context of machine version 2. */
export interface ZaakContextV2 extends ZaakContextV1 {
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

/** Context of the current machine (version 3): what its guards need, nothing more. */
export interface ZaakContext extends ZaakContextV2 {
  /** Refusals of a suitable offer that drew a warning under the gemeente's policy. */
  waarschuwingen: number;
  /** The urgentieverklaring was extended once (an extension is one final chance). */
  verlengd: boolean;
  /** Intermediaire verhuur: evaluations signed off, and whether one awaits sign-off. */
  aantalWoonevaluaties: number;
  woonevaluatieOpen: boolean;
}

export type VeldType = 'tekst' | 'gemeente' | 'woning' | 'datum' | 'getal' | 'jaNee';

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
  readonly formulier?: 'aanvraag' | 'weging' | 'besluit' | 'medischAdvies' | 'plaatsingsprofiel' | 'aanbieding' | 'plaatsing' | 'woonevaluatie';
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
  WONING_AANBIEDEN: { label: 'Woning aanbieden', rollen: ['corporatiemedewerker'], velden: [{ naam: 'woningId', label: 'Woning', type: 'woning', verplicht: true }, { naam: 'reactietermijnDagen', label: 'Reactietermijn in dagen (standaard volgens beleid)', type: 'getal', verplicht: false }, toelichtingOptioneel, { naam: 'motiveringAndereGemeente', label: 'Motivering bij een woning buiten de doelgemeente', type: 'tekst', verplicht: false }], soort: 'primair', formulier: 'aanbieding' },
  AANBIEDING_ACCEPTEREN: { label: 'Acceptatie registreren', rollen: ['corporatiemedewerker', 'zorgmedewerker'], velden: [toelichtingOptioneel], soort: 'primair' },
  AANBIEDING_WEIGEREN: { label: 'Weigering registreren', rollen: ['corporatiemedewerker', 'zorgmedewerker'], velden: [{ naam: 'reden', label: 'Reden van weigering', type: 'tekst', verplicht: true }, { naam: 'gegrond', label: 'De woning bleek niet passend (weigering gegrond)', type: 'jaNee', verplicht: false }], soort: 'secundair' },
  PLAATSING_REGISTREREN: { label: 'Plaatsing registreren', rollen: ['corporatiemedewerker', 'commissielid'], velden: [{ naam: 'ingangsdatum', label: 'Ingangsdatum huurcontract', type: 'datum', verplicht: true }, { naam: 'adres', label: 'Adres (bij zelf zoeken)', type: 'tekst', verplicht: false }], soort: 'primair', formulier: 'plaatsing' },
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
  PLAATSINGSPROFIEL_VASTLEGGEN: { label: 'Plaatsingsprofiel vastleggen', rollen: ['commissielid', 'zorgmedewerker', 'gemeentemedewerker'], velden: [], soort: 'secundair', formulier: 'plaatsingsprofiel' },
  AANBIEDING_INTREKKEN: { label: 'Aanbieding intrekken', rollen: ['corporatiemedewerker'], velden: [{ naam: 'reden', label: 'Reden van intrekking', type: 'tekst', verplicht: true }], soort: 'secundair' },
  REACTIETERMIJN_VERSTREKEN: { label: 'Reactietermijn aanbieding verstreken', rollen: [], velden: [], soort: 'secundair', systeem: true },
  URGENTIEVERKLARING_VERLOPEN: { label: 'Urgentieverklaring verlopen', rollen: [], velden: [], soort: 'secundair', systeem: true },
  VERLENGING_AANVRAGEN: { label: 'Verlenging urgentieverklaring aanvragen', rollen: ['zorgmedewerker', 'gemeentemedewerker', 'commissielid'], velden: [motivering], soort: 'secundair' },
  VERLENGING_TOEKENNEN: { label: 'Verlenging toekennen', rollen: ['commissielid'], velden: [{ naam: 'maanden', label: 'Verlengen met (maanden, standaard 3)', type: 'getal', verplicht: false }, motivering], soort: 'primair' },
  VERLENGING_AFWIJZEN: { label: 'Verlenging afwijzen', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
  VERLENGINGSTERMIJN_VERSTREKEN: { label: 'Termijn voor verlenging verstreken', rollen: [], velden: [], soort: 'gevaar', systeem: true },
  WOONEVALUATIE_VASTLEGGEN: { label: 'Woonevaluatie vastleggen', rollen: ['zorgmedewerker'], velden: [], soort: 'primair', formulier: 'woonevaluatie' },
  WOONEVALUATIE_AFTEKENEN: { label: 'Woonevaluatie aftekenen', rollen: ['corporatiemedewerker'], velden: [toelichtingOptioneelAls('opmerking', 'Opmerking')], soort: 'primair' },
  WOONEVALUATIE_HERINNERING: { label: 'Herinnering: woonevaluatie gepland', rollen: [], velden: [], soort: 'secundair', systeem: true },
  OMKLAP_REGISTREREN: { label: 'Omklap registreren (huurcontract naar cliënt)', rollen: ['corporatiemedewerker'], velden: [{ naam: 'ingangsdatum', label: 'Ingangsdatum huurcontract cliënt', type: 'datum', verplicht: true }, motivering], soort: 'primair' },
  INTERMEDIAIRE_VERHUUR_BEEINDIGEN: { label: 'Intermediaire verhuur beëindigen', rollen: ['zorgmedewerker', 'corporatiemedewerker'], velden: [{ naam: 'reden', label: 'Reden en afspraken bij beëindiging', type: 'tekst', verplicht: true }], soort: 'gevaar' },
};

/** The events version 3 added; versions 1 and 2 refuse them in every state. */
export const EVENTS_VANAF_V3 = [
  'PLAATSINGSPROFIEL_VASTLEGGEN', 'AANBIEDING_INTREKKEN', 'REACTIETERMIJN_VERSTREKEN', 'URGENTIEVERKLARING_VERLOPEN',
  'VERLENGING_AANVRAGEN', 'VERLENGING_TOEKENNEN', 'VERLENGING_AFWIJZEN', 'VERLENGINGSTERMIJN_VERSTREKEN',
  'WOONEVALUATIE_VASTLEGGEN', 'WOONEVALUATIE_AFTEKENEN', 'WOONEVALUATIE_HERINNERING', 'OMKLAP_REGISTREREN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN',
] as const satisfies readonly ZaakEventType[];

/** The event types of versions 1 and 2. */
export type ZaakEventTypeTotV3 = Exclude<ZaakEventType, (typeof EVENTS_VANAF_V3)[number]>;

export const ZAAK_EVENT_TYPES = Object.keys(ZAAK_EVENT_META) as ZaakEventType[];
