import fixtureV1 from '../testing/zaak-snapshots.v1.json';
import fixtureV2 from '../testing/zaak-snapshots.v2.json';
import { LID_A, LID_B, VOORBEELD_EVENT, goedkeuring } from '../testing/zaak-paden';
import { LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, V2, bereikZaakV2, type LeafStateV2 } from '../testing/zaak-paden.v2';
import type { ZaakEventType } from './zaak-events.model';
import { INITIAL_ZAAK_CONTEXT_V1 } from './zaak-v1.machine';
import { INITIAL_ZAAK_CONTEXT } from './zaak.machine';
import { applyZaakEvent, possibleEvents, restoreZaak, statePath, type PersistedZaak } from './zaak.runtime';

/** What any role could do in each leaf state of version 1 (hand-written). */
const MOGELIJK_V1: { readonly [S in LeafStateV1]: readonly ZaakEventType[] } = {
  concept: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'],
  'ingediend.ontvankelijkheid': ['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'INTREKKEN'],
  'ingediend.aanvullen': ['AANVULLING_INDIENEN', 'BUITEN_BEHANDELING_STELLEN', 'GEGEVENS_WIJZIGEN', 'INTREKKEN'],
  toetsingHerkomst: ['HERKOMST_VASTSTELLEN', 'INTREKKEN'],
  wegingWoonstart: ['WEGING_VASTLEGGEN', 'INTREKKEN'],
  besluitvorming: ['TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN', 'INTREKKEN'],
  'toegekend.bemiddeling.zoeken': ['WONING_AANBIEDEN', 'INTREKKEN'],
  'toegekend.bemiddeling.aanbieding': ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'INTREKKEN'],
  'toegekend.bemiddeling.geaccepteerd': ['PLAATSING_REGISTREREN', 'INTREKKEN'],
  'toegekend.zelfZoeken': ['PLAATSING_REGISTREREN', 'INTREKKEN'],
  geplaatst: [],
  afgewezen: [],
  ingetrokken: [],
  buitenBehandeling: [],
};

/**
 * What any role could do in each leaf state of version 2 on its canonical path
 * (hand-written). possibleEvents asks without an actor, so with four eyes on
 * BESLUIT_GOEDKEUREN is never "possible" for an anonymous caller.
 */
const MOGELIJK_V2: { readonly [S in LeafStateV2]: readonly ZaakEventType[] } = {
  concept: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'],
  'ingediend.ontvankelijkheid': ['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'INTREKKEN'],
  'ingediend.aanvullen': ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'HERSTELTERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'INTREKKEN'],
  toetsingHerkomst: ['HERKOMST_VASTSTELLEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  wegingWoonstart: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'besluitvorming.beraad': ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLUIT_VOORSTELLEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'besluitvorming.voorgesteld': ['BESLUIT_TERUGSTUREN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'besluitvorming.zienswijze': ['ZIENSWIJZE_ONTVANGEN', 'ZIENSWIJZETERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'toegekend.bemiddeling.zoeken': ['WONING_AANBIEDEN', 'INTREKKEN'],
  'toegekend.bemiddeling.aanbieding': ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'INTREKKEN'],
  'toegekend.bemiddeling.geaccepteerd': ['PLAATSING_REGISTREREN', 'INTREKKEN'],
  'toegekend.zelfZoeken': ['PLAATSING_REGISTREREN', 'INTREKKEN'],
  geplaatst: [],
  afgewezen: ['BEZWAAR_INDIENEN'],
  bezwaar: ['BEZWAAR_GEGROND', 'BEZWAAR_ONGEGROND', 'BEZWAAR_NIET_ONTVANKELIJK'],
  definitiefAfgewezen: [],
  ingetrokken: [],
  buitenBehandeling: [],
};

interface Fixture {
  machineVersion: number;
  snapshots: Record<string, PersistedZaak>;
}
const storedV1 = fixtureV1 as unknown as Fixture;
const storedV2 = fixtureV2 as unknown as Fixture;
const sorted = (list: readonly string[]) => [...list].sort();
/** A deep copy, so no test can change the imported fixture for another. */
const kopie = (persisted: PersistedZaak): PersistedZaak => JSON.parse(JSON.stringify(persisted)) as PersistedZaak;

describe('possibleEvents on cases driven through applyZaakEvent', () => {
  it.each(LEAF_STATES_V1)('version 1, in %s', (state) => {
    expect(sorted(possibleEvents(V1, bereikZaakV1(state)))).toEqual(sorted(MOGELIJK_V1[state]));
  });

  it.each(LEAF_STATES_V2)('version 2, in %s', (state) => {
    expect(sorted(possibleEvents(V2, bereikZaakV2(state)))).toEqual(sorted(MOGELIJK_V2[state]));
  });
});

describe('persisted snapshots of version 1 (fixture, stored before version 2 existed)', () => {
  it('holds a snapshot of every leaf state of version 1', () => {
    expect(storedV1.machineVersion).toBe(1);
    expect(sorted(Object.keys(storedV1.snapshots))).toEqual(sorted(LEAF_STATES_V1));
  });

  it.each(LEAF_STATES_V1)('%s restores on version 1 to the same state, context and events', (state) => {
    const stored = kopie(storedV1.snapshots[state]);
    const restored = restoreZaak(1, stored);
    expect(statePath(restored.value)).toBe(state);
    expect(restored.context).toEqual(stored.context);
    expect(Object.keys(restored.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT_V1).sort());
    expect(sorted(possibleEvents(1, stored))).toEqual(sorted(MOGELIJK_V1[state]));
  });

  it.each(LEAF_STATES_V1)('%s keeps running on version 1: every possible event is applied', (state) => {
    const stored = kopie(storedV1.snapshots[state]);
    for (const type of MOGELIJK_V1[state]) {
      const overgang = applyZaakEvent(1, stored, VOORBEELD_EVENT[type]);
      expect(overgang).not.toBeNull();
      expect(overgang!.van).toBe(state);
      // A version-1 case stays a version-1 case: nothing of version 2 leaks into its context.
      expect(Object.keys(overgang!.snapshot.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT_V1).sort());
    }
  });

  it('a stored running case carries on to geplaatst', () => {
    let persisted = kopie(storedV1.snapshots['toegekend.bemiddeling.aanbieding']);
    for (const event of [VOORBEELD_EVENT.AANBIEDING_ACCEPTEREN, VOORBEELD_EVENT.PLAATSING_REGISTREREN]) {
      persisted = applyZaakEvent(1, persisted, event)!.snapshot;
    }
    expect(persisted).toMatchObject({ status: 'done', value: 'geplaatst', context: { aangebodenWoningId: 'woning-17', geplaatstOp: '2025-09-01' } });
  });

  it('a stored case in besluitvorming is still decided the version-1 way', () => {
    const stored = kopie(storedV1.snapshots.besluitvorming);
    expect(applyZaakEvent(1, stored, VOORBEELD_EVENT.TOEKENNEN_BEMIDDELING)).toMatchObject({ naar: 'toegekend.bemiddeling.zoeken', status: 'toegekend' });
    expect(applyZaakEvent(1, stored, VOORBEELD_EVENT.AFWIJZEN)!.snapshot.status).toBe('done');
    expect(applyZaakEvent(1, stored, VOORBEELD_EVENT.BESLUIT_VOORSTELLEN)).toBeNull();
  });

  it('the version matters: the same stored case read with version 2 would refuse the version-1 decision', () => {
    const stored = kopie(storedV1.snapshots.besluitvorming);
    expect(applyZaakEvent(2, stored, VOORBEELD_EVENT.TOEKENNEN_BEMIDDELING)).toBeNull();
  });

  it('version 1 still produces exactly the stored snapshots (version 1 is frozen)', () => {
    for (const state of LEAF_STATES_V1) expect(bereikZaakV1(state)).toEqual(storedV1.snapshots[state]);
  });
});

describe('persisted snapshots of version 2 (fixture)', () => {
  it('holds a snapshot of every leaf state of version 2', () => {
    expect(storedV2.machineVersion).toBe(2);
    expect(sorted(Object.keys(storedV2.snapshots))).toEqual(sorted(LEAF_STATES_V2));
  });

  it.each(LEAF_STATES_V2)('%s restores on version 2 to the same state, context and events', (state) => {
    const stored = kopie(storedV2.snapshots[state]);
    const restored = restoreZaak(2, stored);
    expect(statePath(restored.value)).toBe(state);
    expect(restored.context).toEqual(stored.context);
    expect(Object.keys(restored.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT).sort());
    expect(sorted(possibleEvents(2, stored))).toEqual(sorted(MOGELIJK_V2[state]));
  });

  it.each(LEAF_STATES_V2)('%s keeps running on version 2: every possible event is applied', (state) => {
    const stored = kopie(storedV2.snapshots[state]);
    for (const type of MOGELIJK_V2[state]) {
      const overgang = applyZaakEvent(2, stored, VOORBEELD_EVENT[type]);
      expect(overgang).not.toBeNull();
      expect(overgang!.van).toBe(state);
    }
  });

  it('a stored proposal is approved by another member, not by its proposer', () => {
    const stored = kopie(storedV2.snapshots['besluitvorming.voorgesteld']);
    expect(stored.context.voorstel).toMatchObject({ door: LID_A });
    expect(applyZaakEvent(2, stored, goedkeuring(LID_A))).toBeNull();
    expect(applyZaakEvent(2, stored, goedkeuring(LID_B))).toMatchObject({ naar: 'toegekend.bemiddeling.zoeken', status: 'toegekend' });
  });

  it('a stored zienswijze carries on: back to beraad, and the second refusal ends in afgewezen and then bezwaar', () => {
    let persisted = kopie(storedV2.snapshots['besluitvorming.zienswijze']);
    persisted = applyZaakEvent(2, persisted, VOORBEELD_EVENT.ZIENSWIJZETERMIJN_VERSTREKEN)!.snapshot;
    expect(persisted.context).toMatchObject({ voorstel: null, zienswijzeGehad: true });
    persisted = applyZaakEvent(2, persisted, { ...VOORBEELD_EVENT.BESLUIT_VOORSTELLEN, uitkomst: 'afwijzen', zienswijzeNodig: true })!.snapshot;
    persisted = applyZaakEvent(2, persisted, goedkeuring(LID_B))!.snapshot;
    expect(statePath(persisted.value)).toBe('afgewezen');
    expect(applyZaakEvent(2, persisted, VOORBEELD_EVENT.BEZWAAR_INDIENEN)!.naar).toBe('bezwaar');
  });

  it('a stored bezwaar that is gegrond reopens the decision', () => {
    const overgang = applyZaakEvent(2, kopie(storedV2.snapshots.bezwaar), VOORBEELD_EVENT.BEZWAAR_GEGROND)!;
    expect(overgang).toMatchObject({ naar: 'besluitvorming.beraad', status: 'besluitvorming' });
    expect(overgang.snapshot.context).toMatchObject({ voorstel: null, route: null, zienswijzeGehad: false });
  });

  it('the stored snapshots are JSON-safe and final states are stored as done', () => {
    for (const state of LEAF_STATES_V2) {
      const stored = storedV2.snapshots[state];
      expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
      expect(stored.status).toBe(['geplaatst', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'].includes(state) ? 'done' : 'active');
    }
  });

  it('version 2 still produces exactly the stored snapshots (a released version does not change under running cases)', () => {
    for (const state of LEAF_STATES_V2) expect(bereikZaakV2(state)).toEqual(storedV2.snapshots[state]);
  });
});
