import { ROLLEN, type Rol } from '@woonstart/domain';
import type { StateValue } from 'xstate';
import fixture from '../testing/zaak-snapshots.v1.json';
import { LEAF_STATES, VOORBEELD_EVENT, bereikZaak as speelNaar, type LeafState } from '../testing/zaak-paden';
import type { ZaakEventType } from './zaak-events.model';
import { ZAAK_MACHINE_VERSION, zaakMachine } from './zaak.machine';
import {
  UnknownMachineVersionError,
  allowedEvents,
  applyZaakEvent,
  initialZaak,
  machineForVersion,
  mayRolSend,
  possibleEvents,
  restoreZaak,
  statePath,
  topLevel,
  type PersistedZaak,
} from './zaak.runtime';

const V = ZAAK_MACHINE_VERSION;

/** What any role could do in each leaf state of version 1 (hand-written). */
const MOGELIJK: { readonly [S in LeafState]: readonly ZaakEventType[] } = {
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

/** What each role may do per leaf state (hand-written); a role not listed gets nothing. */
const TOEGESTAAN: { readonly [S in LeafState]: Partial<Record<Rol, readonly ZaakEventType[]>> } = {
  concept: { zorgmedewerker: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'], commissielid: ['INTREKKEN'] },
  'ingediend.ontvankelijkheid': { zorgmedewerker: ['INTREKKEN'], commissielid: ['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'INTREKKEN'] },
  'ingediend.aanvullen': { zorgmedewerker: ['AANVULLING_INDIENEN', 'GEGEVENS_WIJZIGEN', 'INTREKKEN'], commissielid: ['BUITEN_BEHANDELING_STELLEN', 'INTREKKEN'] },
  toetsingHerkomst: { zorgmedewerker: ['INTREKKEN'], commissielid: ['HERKOMST_VASTSTELLEN', 'INTREKKEN'] },
  wegingWoonstart: { zorgmedewerker: ['INTREKKEN'], commissielid: ['WEGING_VASTLEGGEN', 'INTREKKEN'] },
  besluitvorming: { zorgmedewerker: ['INTREKKEN'], commissielid: ['TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN', 'INTREKKEN'] },
  'toegekend.bemiddeling.zoeken': { zorgmedewerker: ['INTREKKEN'], commissielid: ['INTREKKEN'], corporatiemedewerker: ['WONING_AANBIEDEN'] },
  'toegekend.bemiddeling.aanbieding': { zorgmedewerker: ['INTREKKEN'], commissielid: ['INTREKKEN'], corporatiemedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN'] },
  'toegekend.bemiddeling.geaccepteerd': { zorgmedewerker: ['INTREKKEN'], commissielid: ['PLAATSING_REGISTREREN', 'INTREKKEN'], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
  'toegekend.zelfZoeken': { zorgmedewerker: ['INTREKKEN'], commissielid: ['PLAATSING_REGISTREREN', 'INTREKKEN'], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
  geplaatst: {},
  afgewezen: {},
  ingetrokken: {},
  buitenBehandeling: {},
};

const persistedFixture = fixture as unknown as { machineVersion: number; snapshots: Record<string, PersistedZaak> };
const gereden = new Map<LeafState, PersistedZaak>();
/** Driven once per state through applyZaakEvent, then reused. */
const bereikZaak = (state: LeafState): PersistedZaak => {
  if (!gereden.has(state)) gereden.set(state, speelNaar(state));
  return gereden.get(state)!;
};
const sorted = (list: readonly string[]) => [...list].sort();

describe('machineForVersion', () => {
  it('returns the current machine for version 1', () => {
    expect(machineForVersion(1)).toBe(zaakMachine);
  });

  it.each([999, 0, 2, -1])('throws UnknownMachineVersionError for version %i', (version) => {
    expect(() => machineForVersion(version)).toThrow(UnknownMachineVersionError);
    expect(() => machineForVersion(version)).toThrow(`Onbekende versie van het zaakproces: ${version}`);
  });

  it('the error carries the version', () => {
    try {
      machineForVersion(999);
      throw new Error('no error thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownMachineVersionError);
      expect((error as UnknownMachineVersionError).version).toBe(999);
    }
  });

  it('restore, apply and the event lists refuse an unknown version too', () => {
    const { snapshot } = initialZaak();
    expect(() => restoreZaak(999, snapshot)).toThrow(UnknownMachineVersionError);
    expect(() => applyZaakEvent(999, snapshot, VOORBEELD_EVENT.INDIENEN)).toThrow(UnknownMachineVersionError);
    expect(() => allowedEvents(999, snapshot, 'zorgmedewerker')).toThrow(UnknownMachineVersionError);
    expect(() => possibleEvents(999, snapshot)).toThrow(UnknownMachineVersionError);
  });
});

describe('statePath and topLevel', () => {
  it.each<[StateValue, string, string]>([
    ['concept', 'concept', 'concept'],
    ['geplaatst', 'geplaatst', 'geplaatst'],
    [{ ingediend: 'aanvullen' }, 'ingediend.aanvullen', 'ingediend'],
    [{ toegekend: 'zelfZoeken' }, 'toegekend.zelfZoeken', 'toegekend'],
    [{ toegekend: { bemiddeling: 'zoeken' } }, 'toegekend.bemiddeling.zoeken', 'toegekend'],
    [{ toegekend: { bemiddeling: 'geaccepteerd' } }, 'toegekend.bemiddeling.geaccepteerd', 'toegekend'],
  ])('%j → path %s, top level %s', (value, path, top) => {
    expect(statePath(value)).toBe(path);
    expect(topLevel(value)).toBe(top);
  });
});

describe('initialZaak', () => {
  it('starts a case on the current version in concept', () => {
    const zaak = initialZaak();
    expect(zaak).toMatchObject({ version: 1, state: 'concept', status: 'concept' });
    expect(zaak.snapshot).toMatchObject({ status: 'active', value: 'concept' });
  });

  it('is JSON-safe, as it is stored in a jsonb column', () => {
    const { snapshot } = initialZaak();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('applyZaakEvent', () => {
  it('returns from, to, top-level status and the next persisted snapshot', () => {
    const overgang = applyZaakEvent(V, bereikZaak('besluitvorming'), VOORBEELD_EVENT.TOEKENNEN_BEMIDDELING);
    expect(overgang).toMatchObject({ van: 'besluitvorming', naar: 'toegekend.bemiddeling.zoeken', status: 'toegekend' });
    expect(overgang!.snapshot.value).toEqual({ toegekend: { bemiddeling: 'zoeken' } });
  });

  it('does not change the snapshot it is given', () => {
    const persisted = speelNaar('toegekend.bemiddeling.aanbieding');
    const before = JSON.parse(JSON.stringify(persisted));
    applyZaakEvent(V, persisted, VOORBEELD_EVENT.AANBIEDING_WEIGEREN);
    expect(persisted).toEqual(before);
  });

  it('works on a JSON round-tripped snapshot, as loaded from the database', () => {
    const loaded = JSON.parse(JSON.stringify(bereikZaak('toetsingHerkomst'))) as PersistedZaak;
    const overgang = applyZaakEvent(V, loaded, VOORBEELD_EVENT.HERKOMST_VASTSTELLEN);
    expect(overgang!.naar).toBe('wegingWoonstart');
    expect(JSON.parse(JSON.stringify(overgang!.snapshot))).toEqual(overgang!.snapshot);
  });

  it.each(['geplaatst', 'afgewezen', 'ingetrokken', 'buitenBehandeling'] as const)('final state %s is persisted as done', (state) => {
    expect(bereikZaak(state).status).toBe('done');
  });
});

describe('possibleEvents', () => {
  it.each(LEAF_STATES)('in %s', (state) => {
    expect(sorted(possibleEvents(V, bereikZaak(state)))).toEqual(sorted(MOGELIJK[state]));
  });
});

describe('allowedEvents per role', () => {
  const rows = LEAF_STATES.flatMap((state) => ROLLEN.map((rol): [LeafState, Rol, readonly ZaakEventType[]] => [state, rol, TOEGESTAAN[state][rol] ?? []]));

  it.each(rows)('%s as %s → %j', (state, rol, expected) => {
    expect(sorted(allowedEvents(V, bereikZaak(state), rol))).toEqual(sorted(expected));
  });

  it.each(['regiocoordinator', 'beheerder', 'medischAdviseur'] as const)('%s never gets an event', (rol) => {
    for (const state of LEAF_STATES) expect(allowedEvents(V, bereikZaak(state), rol)).toEqual([]);
  });

  it('is always the intersection of possibleEvents and what the role may send', () => {
    for (const state of LEAF_STATES) {
      const persisted = bereikZaak(state);
      for (const rol of ROLLEN) {
        const expected = possibleEvents(V, persisted).filter((type) => mayRolSend(rol, type));
        expect(allowedEvents(V, persisted, rol)).toEqual(expected);
      }
    }
  });
});

describe('mayRolSend', () => {
  it.each<[Rol, ZaakEventType, boolean]>([
    ['zorgmedewerker', 'INDIENEN', true],
    ['commissielid', 'INDIENEN', false],
    ['commissielid', 'AFWIJZEN', true],
    ['corporatiemedewerker', 'AFWIJZEN', false],
    ['corporatiemedewerker', 'PLAATSING_REGISTREREN', true],
    ['commissielid', 'PLAATSING_REGISTREREN', true],
    ['zorgmedewerker', 'PLAATSING_REGISTREREN', false],
    ['zorgmedewerker', 'INTREKKEN', true],
    ['corporatiemedewerker', 'INTREKKEN', false],
    ['beheerder', 'INTREKKEN', false],
  ])('%s may send %s: %s', (rol, type, expected) => {
    expect(mayRolSend(rol, type)).toBe(expected);
  });
});

describe('persisted snapshots of version 1 (fixture)', () => {
  it('holds a snapshot of every leaf state of version 1', () => {
    expect(persistedFixture.machineVersion).toBe(1);
    expect(sorted(Object.keys(persistedFixture.snapshots))).toEqual(sorted(LEAF_STATES));
  });

  it.each(LEAF_STATES)('%s restores to the same state and events', (state) => {
    const stored = persistedFixture.snapshots[state];
    const restored = restoreZaak(1, stored);
    expect(statePath(restored.value)).toBe(state);
    expect(restored.context).toEqual(stored.context);
    expect(sorted(possibleEvents(1, stored))).toEqual(sorted(MOGELIJK[state]));
  });

  it.each(LEAF_STATES)('%s keeps running: every possible event is applied', (state) => {
    const stored = persistedFixture.snapshots[state];
    for (const type of MOGELIJK[state]) {
      const overgang = applyZaakEvent(1, stored, VOORBEELD_EVENT[type]);
      expect(overgang).not.toBeNull();
      expect(overgang!.van).toBe(state);
    }
  });

  it('a stored running case carries on to geplaatst', () => {
    let persisted = persistedFixture.snapshots['toegekend.bemiddeling.aanbieding'];
    for (const event of [VOORBEELD_EVENT.AANBIEDING_ACCEPTEREN, VOORBEELD_EVENT.PLAATSING_REGISTREREN]) {
      persisted = applyZaakEvent(1, persisted, event)!.snapshot;
    }
    expect(persisted).toMatchObject({ status: 'done', value: 'geplaatst', context: { aangebodenWoningId: 'woning-17', geplaatstOp: '2025-09-01' } });
  });
});
