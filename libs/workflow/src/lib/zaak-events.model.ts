import type { Aanvraaggegevens, Rol, Route } from '@woonstart/domain';

/**
 * Every event a Zaak accepts, with its payload. Guards in the machine read only
 * context (never the payload), so `snapshot.can({ type })` answers "is this
 * event possible now" for allowedEvents; payloads are validated at the edge.
 */
export type ZaakEvent =
  | ({ type: 'GEGEVENS_WIJZIGEN' } & Aanvraaggegevens)
  | { type: 'INDIENEN' }
  | { type: 'ONTVANKELIJK_VERKLAREN'; toelichting?: string }
  | { type: 'AANVULLING_VRAGEN'; toelichting: string }
  | { type: 'AANVULLING_INDIENEN'; toelichting: string }
  | { type: 'BUITEN_BEHANDELING_STELLEN'; motivering: string }
  | { type: 'HERKOMST_VASTSTELLEN'; gemeenteCbs: string; motivering?: string }
  | { type: 'WEGING_VASTLEGGEN'; gemeenteCbs: string; motivering: string }
  | { type: 'TOEKENNEN_BEMIDDELING'; motivering: string }
  | { type: 'TOEKENNEN_ZELF_ZOEKEN'; motivering: string }
  | { type: 'AFWIJZEN'; motivering: string }
  | { type: 'WONING_AANBIEDEN'; woningId: string; toelichting?: string }
  | { type: 'AANBIEDING_ACCEPTEREN'; toelichting?: string }
  | { type: 'AANBIEDING_WEIGEREN'; reden: string }
  | { type: 'PLAATSING_REGISTREREN'; ingangsdatum: string; woningId?: string; adres?: string }
  | { type: 'INTREKKEN'; reden: string };

export type ZaakEventType = ZaakEvent['type'];

export interface ZaakContext {
  herkomstgemeenteCbs: string | null;
  woonstartgemeenteCbs: string | null;
  route: Route | null;
  aangebodenWoningId: string | null;
  geplaatstOp: string | null;
  aantalWeigeringen: number;
}

export type VeldType = 'tekst' | 'gemeente' | 'woning' | 'datum';

export interface EventVeld {
  readonly naam: string;
  readonly label: string;
  readonly type: VeldType;
  readonly verplicht: boolean;
}

export interface EventMeta {
  readonly label: string;
  /** Who may send it; scoping to the caller's organisation is applied on top, by the api. */
  readonly rollen: readonly Rol[];
  readonly velden: readonly EventVeld[];
  /** Decisions that close or refuse a case are styled as such in the UI. */
  readonly soort: 'primair' | 'secundair' | 'gevaar';
  /** Set when the payload is the whole application, edited in the multi-step form instead of inline fields. */
  readonly formulier?: 'aanvraag';
}

const motivering: EventVeld = { naam: 'motivering', label: 'Motivering', type: 'tekst', verplicht: true };
const toelichtingOptioneel: EventVeld = { naam: 'toelichting', label: 'Toelichting', type: 'tekst', verplicht: false };

export const ZAAK_EVENT_META: Readonly<Record<ZaakEventType, EventMeta>> = {
  GEGEVENS_WIJZIGEN: { label: 'Gegevens wijzigen', rollen: ['zorgmedewerker'], velden: [], soort: 'secundair', formulier: 'aanvraag' },
  INDIENEN: { label: 'Indienen', rollen: ['zorgmedewerker'], velden: [], soort: 'primair' },
  ONTVANKELIJK_VERKLAREN: { label: 'Ontvankelijk verklaren', rollen: ['commissielid'], velden: [toelichtingOptioneel], soort: 'primair' },
  AANVULLING_VRAGEN: { label: 'Aanvulling vragen', rollen: ['commissielid'], velden: [{ naam: 'toelichting', label: 'Wat moet worden aangevuld', type: 'tekst', verplicht: true }], soort: 'secundair' },
  AANVULLING_INDIENEN: { label: 'Aanvulling indienen', rollen: ['zorgmedewerker'], velden: [{ naam: 'toelichting', label: 'Wat is aangevuld', type: 'tekst', verplicht: true }], soort: 'primair' },
  BUITEN_BEHANDELING_STELLEN: { label: 'Buiten behandeling stellen', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
  HERKOMST_VASTSTELLEN: { label: 'Herkomstgemeente vaststellen', rollen: ['commissielid'], velden: [{ naam: 'gemeenteCbs', label: 'Herkomstgemeente', type: 'gemeente', verplicht: true }, { naam: 'motivering', label: 'Motivering (verplicht bij afwijken van het voorstel)', type: 'tekst', verplicht: false }], soort: 'primair' },
  WEGING_VASTLEGGEN: { label: 'Weging kansrijke woonstart vastleggen', rollen: ['commissielid'], velden: [{ naam: 'gemeenteCbs', label: 'Gemeente voor de woonstart', type: 'gemeente', verplicht: true }, motivering], soort: 'primair' },
  TOEKENNEN_BEMIDDELING: { label: 'Toekennen: directe bemiddeling', rollen: ['commissielid'], velden: [motivering], soort: 'primair' },
  TOEKENNEN_ZELF_ZOEKEN: { label: 'Toekennen: zelf zoeken met urgentieverklaring', rollen: ['commissielid'], velden: [motivering], soort: 'primair' },
  AFWIJZEN: { label: 'Afwijzen', rollen: ['commissielid'], velden: [motivering], soort: 'gevaar' },
  WONING_AANBIEDEN: { label: 'Woning aanbieden', rollen: ['corporatiemedewerker'], velden: [{ naam: 'woningId', label: 'Woning', type: 'woning', verplicht: true }, toelichtingOptioneel], soort: 'primair' },
  AANBIEDING_ACCEPTEREN: { label: 'Acceptatie registreren', rollen: ['corporatiemedewerker'], velden: [toelichtingOptioneel], soort: 'primair' },
  AANBIEDING_WEIGEREN: { label: 'Weigering registreren', rollen: ['corporatiemedewerker'], velden: [{ naam: 'reden', label: 'Reden van weigering', type: 'tekst', verplicht: true }], soort: 'secundair' },
  PLAATSING_REGISTREREN: { label: 'Plaatsing registreren', rollen: ['corporatiemedewerker', 'commissielid'], velden: [{ naam: 'ingangsdatum', label: 'Ingangsdatum huurcontract', type: 'datum', verplicht: true }, { naam: 'adres', label: 'Adres (bij zelf zoeken)', type: 'tekst', verplicht: false }], soort: 'primair' },
  INTREKKEN: { label: 'Intrekken', rollen: ['zorgmedewerker', 'commissielid'], velden: [{ naam: 'reden', label: 'Reden van intrekking', type: 'tekst', verplicht: true }], soort: 'gevaar' },
};

export const ZAAK_EVENT_TYPES = Object.keys(ZAAK_EVENT_META) as ZaakEventType[];
