/**
 * Leaf states of machine version 1 and, per leaf state, the event sequence that
 * drives a new version-1 case there through applyZaakEvent(1, …).
 */
import type { ZaakEvent, ZaakEventType } from '../lib/zaak-events.model';
import type { PersistedZaak } from '../lib/zaak.runtime';
import { VOORBEELD_EVENT, speelAf } from './zaak-paden';

export const V1 = 1;

/** Every leaf state path of machine version 1, written out on purpose (not read from the machine). */
export const LEAF_STATES_V1 = [
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

export type LeafStateV1 = (typeof LEAF_STATES_V1)[number];

/** The events version 1 knows; the others were added with version 2. */
export const EVENTS_V1: readonly ZaakEventType[] = [
  'GEGEVENS_WIJZIGEN', 'INDIENEN', 'ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'AANVULLING_INDIENEN', 'BUITEN_BEHANDELING_STELLEN',
  'HERKOMST_VASTSTELLEN', 'WEGING_VASTLEGGEN', 'TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN',
  'WONING_AANBIEDEN', 'AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'PLAATSING_REGISTREREN', 'INTREKKEN',
];

const NAAR_BESLUITVORMING: readonly ZaakEventType[] = ['INDIENEN', 'ONTVANKELIJK_VERKLAREN', 'HERKOMST_VASTSTELLEN', 'WEGING_VASTLEGGEN'];

/** The event types that lead from a new version-1 case to each leaf state. */
export const PAD_NAAR_V1: { readonly [S in LeafStateV1]: readonly ZaakEventType[] } = {
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

export function eventsNaarV1(state: LeafStateV1): ZaakEvent[] {
  return PAD_NAAR_V1[state].map((type) => VOORBEELD_EVENT[type]);
}

/** The persisted snapshot of a new version-1 case driven into the given leaf state. */
export function bereikZaakV1(state: LeafStateV1): PersistedZaak {
  return speelAf(V1, eventsNaarV1(state));
}
