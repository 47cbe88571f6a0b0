import { ROLLEN } from '@woonstart/domain';
import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { VOORBEELD_EVENT, lui, nieuweZaak, speelAf } from '../testing/zaak-paden';
import { EVENTS_V1, LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { zaakDiagram } from './zaak.diagram';
import { EVENTS_VANAF_V3, ZAAK_EVENT_TYPES as ALLE_EVENT_TYPES, type ZaakContextV1, type ZaakEvent, type ZaakEventTypeTotV3 as ZaakEventType } from './zaak-events.model';
import { INITIAL_ZAAK_CONTEXT_V1, ZAAK_MACHINE_V1_VERSION, zaakMachineV1 } from './zaak-v1.machine';
import { allowedEvents, applyZaakEvent, machineForVersion, possibleEvents, statePath, type PersistedZaak } from './zaak.runtime';

/** The tables cover the events of versions 1 and 2; the version-3 events are refused everywhere (tested below). */
const ZAAK_EVENT_TYPES = ALLE_EVENT_TYPES.filter((t): t is ZaakEventType => !(EVENTS_VANAF_V3 as readonly string[]).includes(t));

/**
 * The whole behaviour of machine version 1, written out by hand: for every leaf
 * state and every event, the leaf state the case ends in, or null when the
 * machine refuses the event. Version 1 must never change: cases started on it
 * finish on it. The events added with version 2 are refused everywhere.
 */
const OVERGANGEN_V1: { readonly [S in LeafStateV1]: { readonly [E in ZaakEventType]: LeafStateV1 | null } } = {
  concept: {
    GEGEVENS_WIJZIGEN: 'concept',
    INDIENEN: 'ingediend.ontvankelijkheid', ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  'ingediend.ontvankelijkheid': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: 'toetsingHerkomst', AANVULLING_VRAGEN: 'ingediend.aanvullen', AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  'ingediend.aanvullen': {
    GEGEVENS_WIJZIGEN: 'ingediend.aanvullen',
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: 'ingediend.ontvankelijkheid', BUITEN_BEHANDELING_STELLEN: 'buitenBehandeling',
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  toetsingHerkomst: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: 'wegingWoonstart', WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  wegingWoonstart: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: 'besluitvorming', TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  besluitvorming: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: 'toegekend.bemiddeling.zoeken', TOEKENNEN_ZELF_ZOEKEN: 'toegekend.zelfZoeken', AFWIJZEN: 'afgewezen',
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  'toegekend.bemiddeling.zoeken': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: 'toegekend.bemiddeling.aanbieding', AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  'toegekend.bemiddeling.aanbieding': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: 'toegekend.bemiddeling.geaccepteerd', AANBIEDING_WEIGEREN: 'toegekend.bemiddeling.zoeken', PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  'toegekend.bemiddeling.geaccepteerd': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst', INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  'toegekend.zelfZoeken': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst', INTREKKEN: 'ingetrokken',
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  geplaatst: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  afgewezen: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  ingetrokken: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
  buitenBehandeling: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
    HERSTELTERMIJN_VERSTREKEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null, ZAAK_OVERDRAGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
  },
};

/** Driven once, on first use, through applyZaakEvent(1, …). */
const snapshotIn = lui(LEAF_STATES_V1, bereikZaakV1);

const rows: Array<[LeafStateV1, ZaakEventType, LeafStateV1 | null]> = LEAF_STATES_V1.flatMap((state) =>
  ZAAK_EVENT_TYPES.map((event): [LeafStateV1, ZaakEventType, LeafStateV1 | null] => [state, event, OVERGANGEN_V1[state][event]]),
);

/** Same snapshot with some context replaced, as a stored case might hold it. */
function metContext(state: LeafStateV1, context: Partial<ZaakContextV1>): PersistedZaak {
  const persisted = snapshotIn[state];
  return { ...persisted, context: { ...persisted.context, ...context } };
}

const V1_CONTEXT_KEYS = Object.keys(INITIAL_ZAAK_CONTEXT_V1).sort();

describe('zaakMachineV1', () => {
  it('is version 1, starts in concept with the version-1 context', () => {
    expect(ZAAK_MACHINE_V1_VERSION).toBe(1);
    expect(V1).toBe(ZAAK_MACHINE_V1_VERSION);
    expect(zaakMachineV1.version).toBe('1');
    expect(machineForVersion(1)).toBe(zaakMachineV1);
    const nieuw = nieuweZaak(V1);
    expect(nieuw).toMatchObject({ status: 'active', value: 'concept' });
    expect(nieuw.context).toEqual({
      herkomstgemeenteCbs: null, woonstartgemeenteCbs: null, route: null, aangebodenWoningId: null, geplaatstOp: null, aantalWeigeringen: 0,
    });
    expect(INITIAL_ZAAK_CONTEXT_V1).toEqual(nieuw.context);
  });

  it('the transition table covers every event type of versions 1 and 2', () => {
    for (const state of LEAF_STATES_V1) expect(Object.keys(OVERGANGEN_V1[state]).sort()).toEqual([...ZAAK_EVENT_TYPES].sort());
  });

  it('accepts only the events of version 1, never one added with version 2', () => {
    const accepted = new Set(rows.filter(([, , to]) => to !== null).map(([, event]) => event));
    expect([...accepted].sort()).toEqual([...EVENTS_V1].sort());
  });

  it.each([...EVENTS_VANAF_V3])('refuses the version-3 event %s in every leaf state, and offers it to no role', (event) => {
    for (const state of LEAF_STATES_V1) {
      expect(applyZaakEvent(V1, snapshotIn[state], VOORBEELD_EVENT[event])).toBeNull();
      expect(possibleEvents(V1, snapshotIn[state])).not.toContain(event);
      for (const rol of ROLLEN) expect(allowedEvents(V1, snapshotIn[state], rol)).not.toContain(event);
    }
  });

  it('the events of versions 1 and 2 and those added with version 3 together are every event the library declares', () => {
    expect([...ZAAK_EVENT_TYPES, ...EVENTS_VANAF_V3].sort()).toEqual([...ALLE_EVENT_TYPES].sort());
  });

  it.each(LEAF_STATES_V1)('refuses the beslistermijn signals of version 2 in %s, and offers them to no role', (state) => {
    for (const type of ['BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN'] as const) {
      expect(applyZaakEvent(V1, snapshotIn[state], VOORBEELD_EVENT[type])).toBeNull();
      expect(possibleEvents(V1, snapshotIn[state])).not.toContain(type);
      for (const rol of ROLLEN) expect(allowedEvents(V1, snapshotIn[state], rol)).not.toContain(type);
    }
  });

  it.each(LEAF_STATES_V1)('the path helper really brings a version-1 case into %s', (state) => {
    expect(statePath(snapshotIn[state].value)).toBe(state);
  });

  it.each(LEAF_STATES_V1)('the context in %s has exactly the version-1 fields', (state) => {
    expect(Object.keys(snapshotIn[state].context).sort()).toEqual(V1_CONTEXT_KEYS);
  });

  describe('every (state, event) pair', () => {
    it.each(rows)('%s + %s → %s', (state, event, expected) => {
      const overgang = applyZaakEvent(V1, snapshotIn[state], VOORBEELD_EVENT[event]);
      if (expected === null) {
        expect(overgang).toBeNull();
        return;
      }
      expect(overgang).not.toBeNull();
      expect(overgang!.van).toBe(state);
      expect(overgang!.naar).toBe(expected);
      expect(statePath(overgang!.snapshot.value)).toBe(expected);
      expect(overgang!.status).toBe(expected.split('.')[0]);
    });
  });

  describe('context effects', () => {
    it('HERKOMST_VASTSTELLEN stores the chosen gemeente, also one outside the region', () => {
      const overgang = applyZaakEvent(V1, snapshotIn.toetsingHerkomst, { type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: '0599', motivering: 'Woonadres in Rotterdam vóór opname.' });
      expect(overgang!.snapshot.context).toEqual({ ...INITIAL_ZAAK_CONTEXT_V1, herkomstgemeenteCbs: '0599' });
      expect(overgang!.status).toBe('wegingWoonstart');
    });

    it('WEGING_VASTLEGGEN stores the woonstartgemeente and keeps the herkomst', () => {
      const overgang = applyZaakEvent(V1, snapshotIn.wegingWoonstart, { type: 'WEGING_VASTLEGGEN', gemeenteCbs: '1783', motivering: 'Werk in het Westland.' });
      expect(overgang!.snapshot.context).toEqual({ ...INITIAL_ZAAK_CONTEXT_V1, herkomstgemeenteCbs: '0518', woonstartgemeenteCbs: '1783' });
    });

    it.each([
      ['TOEKENNEN_BEMIDDELING', 'bemiddeling', 'toegekend'],
      ['TOEKENNEN_ZELF_ZOEKEN', 'zelfZoeken', 'toegekend'],
    ] as const)('%s sets route %s and status %s', (type, route, status) => {
      const overgang = applyZaakEvent(V1, snapshotIn.besluitvorming, VOORBEELD_EVENT[type]);
      expect(overgang!.snapshot.context.route).toBe(route);
      expect(overgang!.snapshot.context.woonstartgemeenteCbs).toBe('0503');
      expect(overgang!.status).toBe(status);
    });

    it('AFWIJZEN leaves the route empty and ends the case (final in version 1)', () => {
      const overgang = applyZaakEvent(V1, snapshotIn.besluitvorming, VOORBEELD_EVENT.AFWIJZEN)!;
      expect(overgang.snapshot.context.route).toBeNull();
      expect(overgang.snapshot.status).toBe('done');
    });

    it('WONING_AANBIEDEN stores the offered dwelling', () => {
      const overgang = applyZaakEvent(V1, snapshotIn['toegekend.bemiddeling.zoeken'], { type: 'WONING_AANBIEDEN', woningId: 'vidomes-4411', toelichting: 'Benedenwoning' });
      expect(overgang!.snapshot.context.aangebodenWoningId).toBe('vidomes-4411');
      expect(overgang!.snapshot.context.aantalWeigeringen).toBe(0);
    });

    it('AANBIEDING_WEIGEREN clears the offer and counts the refusal, every time', () => {
      const eerste = applyZaakEvent(V1, snapshotIn['toegekend.bemiddeling.aanbieding'], VOORBEELD_EVENT.AANBIEDING_WEIGEREN)!;
      expect(eerste.naar).toBe('toegekend.bemiddeling.zoeken');
      expect(eerste.snapshot.context.aangebodenWoningId).toBeNull();
      expect(eerste.snapshot.context.aantalWeigeringen).toBe(1);

      const tweede = speelAf(V1, [{ type: 'WONING_AANBIEDEN', woningId: 'woning-2' }, VOORBEELD_EVENT.AANBIEDING_WEIGEREN], eerste.snapshot);
      expect(tweede.context.aangebodenWoningId).toBeNull();
      expect(tweede.context.aantalWeigeringen).toBe(2);

      const geaccepteerd = speelAf(V1, [{ type: 'WONING_AANBIEDEN', woningId: 'woning-3' }, VOORBEELD_EVENT.AANBIEDING_ACCEPTEREN], tweede);
      expect(geaccepteerd.context).toMatchObject({ aangebodenWoningId: 'woning-3', aantalWeigeringen: 2 });
    });

    it.each(['toegekend.bemiddeling.geaccepteerd', 'toegekend.zelfZoeken'] as const)('PLAATSING_REGISTREREN from %s stores the ingangsdatum', (state) => {
      const overgang = applyZaakEvent(V1, snapshotIn[state], { type: 'PLAATSING_REGISTREREN', ingangsdatum: '2026-01-15', adres: 'Laan 1, Delft' });
      expect(overgang!.snapshot.context.geplaatstOp).toBe('2026-01-15');
      expect(overgang!.status).toBe('geplaatst');
      expect(overgang!.snapshot.status).toBe('done');
    });

    it.each([
      ['concept', 'INDIENEN'],
      ['ingediend.ontvankelijkheid', 'AANVULLING_VRAGEN'],
      ['ingediend.aanvullen', 'AANVULLING_INDIENEN'],
      ['ingediend.ontvankelijkheid', 'ONTVANKELIJK_VERKLAREN'],
      ['besluitvorming', 'AFWIJZEN'],
      ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN'],
      ['toegekend.zelfZoeken', 'INTREKKEN'],
    ] as const)('%s + %s leaves the context unchanged', (state, type) => {
      const overgang = applyZaakEvent(V1, snapshotIn[state], VOORBEELD_EVENT[type]);
      expect(overgang!.snapshot.context).toEqual(snapshotIn[state].context);
    });

    it('ONTVANKELIJK_VERKLAREN with the version-2 fields adds nothing to a version-1 context', () => {
      const overgang = applyZaakEvent(V1, snapshotIn['ingediend.ontvankelijkheid'], { type: 'ONTVANKELIJK_VERKLAREN', vierOgen: false, medischAdviesNodig: true })!;
      expect(overgang.naar).toBe('toetsingHerkomst');
      expect(overgang.snapshot.context).toEqual(INITIAL_ZAAK_CONTEXT_V1);
    });
  });

  describe('guards read the context of a stored case', () => {
    it.each([
      ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'WEGING_VASTLEGGEN', null],
      ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'INTREKKEN', 'ingetrokken'],
      ['besluitvorming', { woonstartgemeenteCbs: null }, 'TOEKENNEN_BEMIDDELING', null],
      ['besluitvorming', { woonstartgemeenteCbs: null }, 'TOEKENNEN_ZELF_ZOEKEN', null],
      ['besluitvorming', { woonstartgemeenteCbs: null }, 'AFWIJZEN', 'afgewezen'],
      ['toegekend.bemiddeling.aanbieding', { aangebodenWoningId: null }, 'AANBIEDING_ACCEPTEREN', null],
      ['toegekend.bemiddeling.aanbieding', { aangebodenWoningId: null }, 'AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.zoeken'],
    ] as const)('%s with %j: %s → %s', (state, context, type, expected) => {
      const overgang = applyZaakEvent(V1, metContext(state, context), VOORBEELD_EVENT[type]);
      expect(overgang?.naar ?? null).toBe(expected);
    });

    it('BUITEN_BEHANDELING_STELLEN needs no hersteltermijn in version 1', () => {
      expect(applyZaakEvent(V1, snapshotIn['ingediend.aanvullen'], VOORBEELD_EVENT.BUITEN_BEHANDELING_STELLEN)?.naar).toBe('buitenBehandeling');
    });
  });

  describe('graph coverage (xstate/graph)', () => {
    type ZaakSnapshotV1 = SnapshotFrom<typeof zaakMachineV1>;
    // Every event the library declares, the version-3 ones included: the machine must take none of those.
    const events: ZaakEvent[] = ALLE_EVENT_TYPES.map((type) => VOORBEELD_EVENT[type]);
    // Refusals only count up; capping keeps the state space finite while still
    // telling "before" from "after a refusal".
    const serializeState = (s: ZaakSnapshotV1) =>
      JSON.stringify({ value: s.value, context: { ...s.context, aantalWeigeringen: Math.min(s.context.aantalWeigeringen, 1) } });
    const options = { events, serializeState, filterEvents: (s: ZaakSnapshotV1, e: ZaakEvent) => s.can(e), limit: 10_000 };

    // Paths start with XState's own init step, which is not a case event.
    const isZaakEvent = (e: { type: string }): e is ZaakEvent => (ALLE_EVENT_TYPES as string[]).includes(e.type);

    const shortest = getShortestPaths(zaakMachineV1, options);
    const shortestByKey = new Map(shortest.map((p) => [serializeState(p.state), p]));
    const adjacency = getAdjacencyMap(zaakMachineV1, options);

    /** One path per (reachable state, accepted event): the shortest path to the state plus that step. */
    const vertices = Object.values(adjacency) as Array<AdjacencyValue<ZaakSnapshotV1, ZaakEvent>>;
    const transitionPaths = vertices.flatMap((vertex) =>
      (Object.values(vertex.transitions) as Array<{ event: ZaakEvent; state: ZaakSnapshotV1 }>).map(({ event, state: next }) => {
        const head = shortestByKey.get(serializeState(vertex.state));
        if (!head) throw new Error(`no shortest path to ${serializeState(vertex.state)}`);
        return { from: statePath(vertex.state.value), event, to: statePath(next.value), events: [...head.steps.map((s) => s.event).filter(isZaakEvent), event] };
      }),
    );

    it('reaches exactly the leaf states', () => {
      const reached = new Set(shortest.map((p) => statePath(p.state.value)));
      expect([...reached].sort()).toEqual([...LEAF_STATES_V1].sort());
    });

    it('reaches every state node of the version-1 diagram, compound ones included', () => {
      const reached = shortest.map((p) => statePath(p.state.value));
      for (const node of zaakDiagram(V1).nodes) {
        expect(reached.some((leaf) => leaf === node.path || leaf.startsWith(`${node.path}.`))).toBe(true);
      }
    });

    it('exercises every (source, event, target) edge of the version-1 diagram', () => {
      const uncovered = zaakDiagram(V1).edges.filter(
        (edge) =>
          !transitionPaths.some(
            (p) =>
              p.event.type === edge.event &&
              (p.from === edge.from || p.from.startsWith(`${edge.from}.`)) &&
              (p.to === edge.to || p.to.startsWith(`${edge.to}.`)),
          ),
      );
      expect(uncovered).toEqual([]);
    });

    it('every generated path replays through applyZaakEvent(1, …) to the same state', () => {
      expect(transitionPaths.length).toBeGreaterThanOrEqual(zaakDiagram(V1).edges.length);
      for (const path of transitionPaths) {
        expect(statePath(speelAf(V1, path.events).value)).toBe(path.to);
      }
    });

    it('finds exactly the transitions of the hand-written table', () => {
      const fromGraph = new Set(transitionPaths.map((p) => `${p.from} ${p.event.type} ${p.to}`));
      const fromTable = new Set(rows.filter(([, , to]) => to !== null).map(([from, event, to]) => `${from} ${event} ${to}`));
      expect([...fromGraph].sort()).toEqual([...fromTable].sort());
    });
  });
});
