/**
 * Test fixtures for the case machine: one valid sample event per type and, per
 * leaf state, the event sequence that drives a new case there through the public
 * runtime. Used by the specs and to generate the persisted-snapshot fixture;
 * never exported from the library.
 */
import type { ZaakEvent, ZaakEventType } from '../lib/zaak-events.model';
import { ZAAK_MACHINE_VERSION } from '../lib/zaak.machine';
import { applyZaakEvent, initialZaak, type PersistedZaak } from '../lib/zaak.runtime';

/** Every leaf state path of machine version 1, written out on purpose (not read from the machine). */
export const LEAF_STATES = [
  'concept',
  'ingediend.ontvankelijkheid',
  'ingediend.aanvullen',
  'toetsingHerkomst',
  'wegingWoonstart',
  'besluitvorming',
  'toegekend.bemiddeling.zoeken',
  'toegekend.bemiddeling.aanbieding',
  'toegekend.bemiddeling.geaccepteerd',
  'toegekend.zelfZoeken',
  'geplaatst',
  'afgewezen',
  'ingetrokken',
  'buitenBehandeling',
] as const;

export type LeafState = (typeof LEAF_STATES)[number];

type EventOfType<T extends ZaakEventType> = Extract<ZaakEvent, { type: T }>;

/** A valid event with a realistic payload for every event type. */
export const VOORBEELD_EVENT: { readonly [T in ZaakEventType]: EventOfType<T> } = {
  GEGEVENS_WIJZIGEN: {
    type: 'GEGEVENS_WIJZIGEN', categorie: 'BW', behandelendeGemeente: '0518',
    aanvrager: { voornamen: 'Sam', achternaam: 'de Wit', geboortedatum: '1990-04-02' },
    huishouden: [], opnames: [{ instelling: 'Limor', van: '2024-01-01', tot: null }], begeleidingAkkoord: true,
    inschrijvingen: [{ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2015-01-01', tot: '2023-12-31' }],
  },
  INDIENEN: { type: 'INDIENEN' },
  ONTVANKELIJK_VERKLAREN: { type: 'ONTVANKELIJK_VERKLAREN', toelichting: 'Aanvraag is compleet.' },
  AANVULLING_VRAGEN: { type: 'AANVULLING_VRAGEN', toelichting: 'Inkomensverklaring ontbreekt.' },
  AANVULLING_INDIENEN: { type: 'AANVULLING_INDIENEN', toelichting: 'Inkomensverklaring toegevoegd.' },
  BUITEN_BEHANDELING_STELLEN: { type: 'BUITEN_BEHANDELING_STELLEN', motivering: 'Hersteltermijn verstreken zonder aanvulling.' },
  HERKOMST_VASTSTELLEN: { type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: '0518' },
  WEGING_VASTLEGGEN: { type: 'WEGING_VASTLEGGEN', gemeenteCbs: '0503', motivering: 'Netwerk en dagbesteding in Delft.' },
  TOEKENNEN_BEMIDDELING: { type: 'TOEKENNEN_BEMIDDELING', motivering: 'Begeleiding is nodig bij de woonstart.' },
  TOEKENNEN_ZELF_ZOEKEN: { type: 'TOEKENNEN_ZELF_ZOEKEN', motivering: 'Aanvrager kan zelf reageren op Woonnet.' },
  AFWIJZEN: { type: 'AFWIJZEN', motivering: 'Geen urgent huisvestingsprobleem.' },
  WONING_AANBIEDEN: { type: 'WONING_AANBIEDEN', woningId: 'woning-17' },
  AANBIEDING_ACCEPTEREN: { type: 'AANBIEDING_ACCEPTEREN' },
  AANBIEDING_WEIGEREN: { type: 'AANBIEDING_WEIGEREN', reden: 'Woning ligt te dicht bij de oude buurt.' },
  PLAATSING_REGISTREREN: { type: 'PLAATSING_REGISTREREN', ingangsdatum: '2025-09-01' },
  INTREKKEN: { type: 'INTREKKEN', reden: 'Aanvrager heeft zelf woonruimte gevonden.' },
};

const NAAR_BESLUITVORMING: readonly ZaakEventType[] = ['INDIENEN', 'ONTVANKELIJK_VERKLAREN', 'HERKOMST_VASTSTELLEN', 'WEGING_VASTLEGGEN'];

/** The event types that lead from a new case to each leaf state. */
export const PAD_NAAR: { readonly [S in LeafState]: readonly ZaakEventType[] } = {
  concept: [],
  'ingediend.ontvankelijkheid': ['INDIENEN'],
  'ingediend.aanvullen': ['INDIENEN', 'AANVULLING_VRAGEN'],
  toetsingHerkomst: ['INDIENEN', 'ONTVANKELIJK_VERKLAREN'],
  wegingWoonstart: ['INDIENEN', 'ONTVANKELIJK_VERKLAREN', 'HERKOMST_VASTSTELLEN'],
  besluitvorming: NAAR_BESLUITVORMING,
  'toegekend.bemiddeling.zoeken': [...NAAR_BESLUITVORMING, 'TOEKENNEN_BEMIDDELING'],
  'toegekend.bemiddeling.aanbieding': [...NAAR_BESLUITVORMING, 'TOEKENNEN_BEMIDDELING', 'WONING_AANBIEDEN'],
  'toegekend.bemiddeling.geaccepteerd': [...NAAR_BESLUITVORMING, 'TOEKENNEN_BEMIDDELING', 'WONING_AANBIEDEN', 'AANBIEDING_ACCEPTEREN'],
  'toegekend.zelfZoeken': [...NAAR_BESLUITVORMING, 'TOEKENNEN_ZELF_ZOEKEN'],
  geplaatst: [...NAAR_BESLUITVORMING, 'TOEKENNEN_BEMIDDELING', 'WONING_AANBIEDEN', 'AANBIEDING_ACCEPTEREN', 'PLAATSING_REGISTREREN'],
  afgewezen: [...NAAR_BESLUITVORMING, 'AFWIJZEN'],
  ingetrokken: ['INTREKKEN'],
  buitenBehandeling: ['INDIENEN', 'AANVULLING_VRAGEN', 'BUITEN_BEHANDELING_STELLEN'],
};

export function eventsNaar(state: LeafState): ZaakEvent[] {
  return PAD_NAAR[state].map((type) => VOORBEELD_EVENT[type]);
}

/** Plays events from the given snapshot through applyZaakEvent; throws when one is refused. */
export function speelAf(events: readonly ZaakEvent[], vanaf: PersistedZaak = initialZaak().snapshot, version = ZAAK_MACHINE_VERSION): PersistedZaak {
  let persisted = vanaf;
  for (const event of events) {
    const overgang = applyZaakEvent(version, persisted, event);
    if (!overgang) throw new Error(`Event ${event.type} geweigerd in ${JSON.stringify(persisted.value)}`);
    persisted = overgang.snapshot;
  }
  return persisted;
}

/** The persisted snapshot of a case driven from initialZaak() into the given leaf state. */
export function bereikZaak(state: LeafState): PersistedZaak {
  return speelAf(eventsNaar(state));
}
