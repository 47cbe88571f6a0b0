import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fixtureV1 from '../testing/zaak-snapshots.v1.json';
import fixtureV2 from '../testing/zaak-snapshots.v2.json';
import fixtureV3 from '../testing/zaak-snapshots.v3.json';
import { LID_A, LID_B, VOORBEELD_EVENT, goedkeuring } from '../testing/zaak-paden';
import { LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, V2, bereikZaakV2, type LeafStateV2 } from '../testing/zaak-paden.v2';
import { LEAF_STATES_V3, V3, bereikZaakV3, plaatsing, weigering, type LeafStateV3 } from '../testing/zaak-paden.v3';
import { FIXTURE_VERSIES, fixtureAlsJson, fixtureBestand, maakSnapshotFixture } from '../testing/zaak-snapshots.fixture';
import { EVENTS_VANAF_V3, type ZaakEventType } from './zaak-events.model';
import { INITIAL_ZAAK_CONTEXT_V1 } from './zaak-v1.machine';
import { INITIAL_ZAAK_CONTEXT_V2 } from './zaak-v2.machine';
import { INITIAL_ZAAK_CONTEXT, ZAAK_MACHINE_VERSION } from './zaak.machine';
import { MACHINE_VERSIES, applyZaakEvent, possibleEvents, restoreZaak, statePath, type PersistedZaak } from './zaak.runtime';

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

/**
 * What any role could do in each leaf state of version 3 on its canonical path
 * (hand-written). Up to the decision it must be what version 2 offers (checked below).
 */
const MOGELIJK_V3: { readonly [S in LeafStateV3]: readonly ZaakEventType[] } = {
  concept: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'],
  'ingediend.ontvankelijkheid': ['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'INTREKKEN'],
  'ingediend.aanvullen': ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'HERSTELTERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'INTREKKEN'],
  toetsingHerkomst: ['HERKOMST_VASTSTELLEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  wegingWoonstart: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'besluitvorming.beraad': ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLUIT_VOORSTELLEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'besluitvorming.voorgesteld': ['BESLUIT_TERUGSTUREN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'besluitvorming.zienswijze': ['ZIENSWIJZE_ONTVANGEN', 'ZIENSWIJZETERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  'toegekend.bemiddeling.zoeken': ['WONING_AANBIEDEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN'],
  'toegekend.bemiddeling.aanbieding': [
    'AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'AANBIEDING_INTREKKEN', 'REACTIETERMIJN_VERSTREKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN',
  ],
  'toegekend.bemiddeling.geaccepteerd': ['PLAATSING_REGISTREREN', 'AANBIEDING_INTREKKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN'],
  'toegekend.zelfZoeken.zoekend': ['PLAATSING_REGISTREREN', 'URGENTIEVERKLARING_VERLOPEN', 'VERLENGING_AANVRAGEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN'],
  'toegekend.zelfZoeken.verlopen': ['VERLENGING_AANVRAGEN', 'VERLENGINGSTERMIJN_VERSTREKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN'],
  'toegekend.zelfZoeken.verlengingAangevraagd': ['VERLENGING_TOEKENNEN', 'VERLENGING_AFWIJZEN', 'URGENTIEVERKLARING_VERLOPEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN'],
  // No evaluation yet: none to sign off and no omklap; no intrekking once placed.
  intermediaireVerhuur: ['WOONEVALUATIE_VASTLEGGEN', 'WOONEVALUATIE_HERINNERING', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'],
  geplaatst: [],
  urgentieVervallen: [],
  plaatsingBeeindigd: [],
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
const storedV3 = fixtureV3 as unknown as Fixture;
const V3_CONTEXT_VELDEN = ['aantalWoonevaluaties', 'verlengd', 'waarschuwingen', 'woonevaluatieOpen'];
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

  it.each(LEAF_STATES_V3)('version 3, in %s', (state) => {
    expect(sorted(possibleEvents(V3, bereikZaakV3(state)))).toEqual(sorted(MOGELIJK_V3[state]));
  });

  it('version 3 offers exactly what version 2 offers up to the decision, and never a version-3 event there', () => {
    for (const state of LEAF_STATES_V3.filter((s) => !s.startsWith('toegekend') && !['intermediaireVerhuur', 'geplaatst', 'urgentieVervallen', 'plaatsingBeeindigd'].includes(s))) {
      expect([state, MOGELIJK_V3[state]]).toEqual([state, MOGELIJK_V2[state as LeafStateV2]]);
      for (const type of EVENTS_VANAF_V3) expect(MOGELIJK_V3[state]).not.toContain(type);
    }
  });
});

describe('the fixtures are made by testing/zaak-snapshots.fixture.ts', () => {
  const pad = (version: number) => join(__dirname, '../testing', fixtureBestand(version));

  it('there is a fixture for every released version', () => {
    expect([...FIXTURE_VERSIES]).toEqual([...MACHINE_VERSIES]);
  });

  // Records the current version's fixture when asked (ZAAK_SNAPSHOTS_OPNEMEN=<version>); a released
  // older version's fixture is never recorded again, its machine is frozen.
  const opnemen = process.env['ZAAK_SNAPSHOTS_OPNEMEN'];
  if (opnemen !== undefined) {
    it(`records the fixture of version ${opnemen}`, () => {
      expect(Number(opnemen)).toBe(ZAAK_MACHINE_VERSION);
      writeFileSync(pad(ZAAK_MACHINE_VERSION), fixtureAlsJson(maakSnapshotFixture(ZAAK_MACHINE_VERSION)));
    });
  }

  it.each(FIXTURE_VERSIES)('version %i: the stored file is byte for byte what the generator produces today', (version) => {
    expect(readFileSync(pad(version), 'utf8')).toBe(fixtureAlsJson(maakSnapshotFixture(version)));
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
    expect(Object.keys(restored.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT_V2).sort());
    expect(sorted(possibleEvents(2, stored))).toEqual(sorted(MOGELIJK_V2[state]));
  });

  it.each(LEAF_STATES_V2)('%s keeps running on version 2: every possible event is applied, and no version-3 event', (state) => {
    const stored = kopie(storedV2.snapshots[state]);
    for (const type of MOGELIJK_V2[state]) {
      const overgang = applyZaakEvent(2, stored, VOORBEELD_EVENT[type]);
      expect(overgang).not.toBeNull();
      expect(overgang!.van).toBe(state);
      // A version-2 case stays a version-2 case: nothing of version 3 leaks into its context.
      expect(Object.keys(overgang!.snapshot.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT_V2).sort());
    }
    for (const type of EVENTS_VANAF_V3) expect(applyZaakEvent(2, stored, VOORBEELD_EVENT[type])).toBeNull();
  });

  it('a stored zelf-zoeken case is placed the version-2 way: no expiry, no extension, no intermediaire verhuur', () => {
    const stored = kopie(storedV2.snapshots['toegekend.zelfZoeken']);
    expect(applyZaakEvent(2, stored, VOORBEELD_EVENT.URGENTIEVERKLARING_VERLOPEN)).toBeNull();
    expect(applyZaakEvent(2, stored, VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBeNull();
    const geplaatst = applyZaakEvent(2, stored, plaatsing('intermediair'))!;
    expect(geplaatst).toMatchObject({ naar: 'geplaatst', status: 'geplaatst' });
    expect(geplaatst.snapshot.status).toBe('done');
  });

  it('a stored offer refused under an urgentieVervalt policy is a plain refusal in version 2', () => {
    const overgang = applyZaakEvent(2, kopie(storedV2.snapshots['toegekend.bemiddeling.aanbieding']), weigering('urgentieVervalt'))!;
    expect(overgang.naar).toBe('toegekend.bemiddeling.zoeken');
    expect(overgang.snapshot.context).toMatchObject({ aangebodenWoningId: null, aantalWeigeringen: 1 });
    expect(overgang.snapshot.context).not.toHaveProperty('waarschuwingen');
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

describe('persisted snapshots of version 3 (fixture)', () => {
  it('holds a snapshot of every leaf state of version 3', () => {
    expect(storedV3.machineVersion).toBe(3);
    expect(sorted(Object.keys(storedV3.snapshots))).toEqual(sorted(LEAF_STATES_V3));
  });

  it.each(LEAF_STATES_V3)('%s restores on version 3 to the same state, context and events', (state) => {
    const stored = kopie(storedV3.snapshots[state]);
    const restored = restoreZaak(3, stored);
    expect(statePath(restored.value)).toBe(state);
    expect(restored.context).toEqual(stored.context);
    expect(Object.keys(restored.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT).sort());
    expect(sorted(possibleEvents(3, stored))).toEqual(sorted(MOGELIJK_V3[state]));
  });

  it.each(LEAF_STATES_V3)('%s keeps running on version 3: every possible event is applied', (state) => {
    const stored = kopie(storedV3.snapshots[state]);
    for (const type of MOGELIJK_V3[state]) {
      const overgang = applyZaakEvent(3, stored, VOORBEELD_EVENT[type]);
      expect([type, overgang?.van]).toEqual([type, state]);
      expect(Object.keys(overgang!.snapshot.context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT).sort());
    }
  });

  it('the stored snapshots up to the decision are version 2\'s with the four version-3 fields at their start values', () => {
    for (const state of ['concept', 'ingediend.aanvullen', 'toetsingHerkomst', 'wegingWoonstart', 'besluitvorming.beraad', 'besluitvorming.voorgesteld', 'besluitvorming.zienswijze', 'afgewezen', 'bezwaar', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'] as const) {
      const v3 = storedV3.snapshots[state];
      const v2 = storedV2.snapshots[state];
      expect({ ...v3, context: undefined }).toEqual({ ...v2, context: undefined });
      expect(v3.context).toEqual({ ...v2.context, waarschuwingen: 0, verlengd: false, aantalWoonevaluaties: 0, woonevaluatieOpen: false });
    }
    expect(Object.keys(INITIAL_ZAAK_CONTEXT).filter((k) => !(k in INITIAL_ZAAK_CONTEXT_V2)).sort()).toEqual(V3_CONTEXT_VELDEN);
  });

  it('a stored offer carries on: a refusal with a warning counts it, a second one that ends the urgency ends the case', () => {
    let persisted = kopie(storedV3.snapshots['toegekend.bemiddeling.aanbieding']);
    persisted = applyZaakEvent(3, persisted, weigering('waarschuwing'))!.snapshot;
    expect(persisted.context).toMatchObject({ aangebodenWoningId: null, aantalWeigeringen: 1, waarschuwingen: 1 });
    persisted = applyZaakEvent(3, persisted, { ...VOORBEELD_EVENT.WONING_AANBIEDEN, woningId: 'woning-18' })!.snapshot;
    const vervallen = applyZaakEvent(3, persisted, weigering('urgentieVervalt'))!;
    expect(vervallen).toMatchObject({ naar: 'urgentieVervallen', status: 'urgentieVervallen' });
    expect(vervallen.snapshot).toMatchObject({ status: 'done', context: { aantalWeigeringen: 2, waarschuwingen: 1, aangebodenWoningId: null } });
  });

  it('a stored expired urgentieverklaring can still be extended once, and then runs again', () => {
    let persisted = kopie(storedV3.snapshots['toegekend.zelfZoeken.verlopen']);
    persisted = applyZaakEvent(3, persisted, VOORBEELD_EVENT.VERLENGING_AANVRAGEN)!.snapshot;
    const verlengd = applyZaakEvent(3, persisted, VOORBEELD_EVENT.VERLENGING_TOEKENNEN)!;
    expect(verlengd.naar).toBe('toegekend.zelfZoeken.zoekend');
    expect(verlengd.snapshot.context.verlengd).toBe(true);
    expect(applyZaakEvent(3, verlengd.snapshot, VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBeNull();
    expect(applyZaakEvent(3, verlengd.snapshot, plaatsing('huur'))).toMatchObject({ naar: 'geplaatst' });
  });

  it('a stored intermediaire verhuur carries on to omklap after a signed-off woonevaluatie', () => {
    let persisted = kopie(storedV3.snapshots.intermediaireVerhuur);
    expect(applyZaakEvent(3, persisted, VOORBEELD_EVENT.OMKLAP_REGISTREREN)).toBeNull();
    persisted = applyZaakEvent(3, persisted, VOORBEELD_EVENT.WOONEVALUATIE_VASTLEGGEN)!.snapshot;
    persisted = applyZaakEvent(3, persisted, VOORBEELD_EVENT.WOONEVALUATIE_AFTEKENEN)!.snapshot;
    const omklap = applyZaakEvent(3, persisted, VOORBEELD_EVENT.OMKLAP_REGISTREREN)!;
    expect(omklap).toMatchObject({ naar: 'geplaatst', status: 'geplaatst' });
    expect(omklap.snapshot).toMatchObject({ status: 'done', context: { aantalWoonevaluaties: 1, woonevaluatieOpen: false } });
  });

  it('the stored snapshots are JSON-safe and final states are stored as done', () => {
    for (const state of LEAF_STATES_V3) {
      const stored = storedV3.snapshots[state];
      expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
      const finaal = ['geplaatst', 'urgentieVervallen', 'plaatsingBeeindigd', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'].includes(state);
      expect([state, stored.status]).toEqual([state, finaal ? 'done' : 'active']);
    }
  });

  it('version 3 still produces exactly the stored snapshots', () => {
    for (const state of LEAF_STATES_V3) expect(bereikZaakV3(state)).toEqual(storedV3.snapshots[state]);
  });
});
