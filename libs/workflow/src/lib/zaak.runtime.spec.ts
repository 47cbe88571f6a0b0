import { ROLLEN, type Rol } from '@woonstart/domain';
import type { StateValue } from 'xstate';
import { LID_A, LID_B, LID_C, VOORBEELD_EVENT, nieuweZaak } from '../testing/zaak-paden';
import { LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, SITUATIE_NAMEN, V2, bereikSituatieV2, bereikZaakV2, type LeafStateV2, type SituatieNaam } from '../testing/zaak-paden.v2';
import { V3, bereikZaakV3, type LeafStateV3 } from '../testing/zaak-paden.v3';
import { ZAAK_EVENT_META, ZAAK_EVENT_TYPES, type ZaakEventType } from './zaak-events.model';
import { zaakMachineV1 } from './zaak-v1.machine';
import { INITIAL_ZAAK_CONTEXT_V2, zaakMachineV2 } from './zaak-v2.machine';
import { INITIAL_ZAAK_CONTEXT, ZAAK_MACHINE_VERSION, zaakMachine } from './zaak.machine';
import {
  MACHINE_VERSIES,
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

type PerRol = Partial<Record<Rol, readonly ZaakEventType[]>>;

/** What each role may do per leaf state of version 1 (hand-written); a role not listed gets nothing. */
const TOEGESTAAN_V1: { readonly [S in LeafStateV1]: PerRol } = {
  concept: { zorgmedewerker: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'], gemeentemedewerker: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'], commissielid: ['INTREKKEN'] },
  'ingediend.ontvankelijkheid': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'INTREKKEN'] },
  'ingediend.aanvullen': { zorgmedewerker: ['AANVULLING_INDIENEN', 'GEGEVENS_WIJZIGEN', 'INTREKKEN'], gemeentemedewerker: ['AANVULLING_INDIENEN', 'GEGEVENS_WIJZIGEN', 'INTREKKEN'], commissielid: ['BUITEN_BEHANDELING_STELLEN', 'INTREKKEN'] },
  toetsingHerkomst: { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['HERKOMST_VASTSTELLEN', 'INTREKKEN'] },
  wegingWoonstart: { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['WEGING_VASTLEGGEN', 'INTREKKEN'] },
  besluitvorming: { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN', 'INTREKKEN'] },
  'toegekend.bemiddeling.zoeken': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['INTREKKEN'], corporatiemedewerker: ['WONING_AANBIEDEN'] },
  // The meta is shared by every version: since version 3 the zorgmedewerker registers the client's answer, on older cases too.
  'toegekend.bemiddeling.aanbieding': {
    zorgmedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['INTREKKEN'], corporatiemedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN'],
  },
  'toegekend.bemiddeling.geaccepteerd': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['PLAATSING_REGISTREREN', 'INTREKKEN'], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
  'toegekend.zelfZoeken': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['PLAATSING_REGISTREREN', 'INTREKKEN'], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
  geplaatst: {},
  afgewezen: {},
  ingetrokken: {},
  buitenBehandeling: {},
};

/**
 * What each role may do per leaf state of version 2 on its canonical path, asked
 * with actorId LID_B (the proposal on the canonical paths is by LID_A), hand-written.
 */
const TOEGESTAAN_V2: { readonly [S in LeafStateV2]: PerRol } = {
  concept: { zorgmedewerker: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'], gemeentemedewerker: ['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN'], commissielid: ['INTREKKEN'] },
  'ingediend.ontvankelijkheid': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'VERDAGEN', 'INTREKKEN'] },
  // BUITEN_BEHANDELING_STELLEN only after the hersteltermijn; HERSTELTERMIJN_VERSTREKEN is the system's.
  'ingediend.aanvullen': { zorgmedewerker: ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'INTREKKEN'], gemeentemedewerker: ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'INTREKKEN'], commissielid: ['VERDAGEN', 'INTREKKEN'] },
  toetsingHerkomst: { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['HERKOMST_VASTSTELLEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'] },
  wegingWoonstart: { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'] },
  'besluitvorming.beraad': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'],
    commissielid: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLUIT_VOORSTELLEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  },
  'besluitvorming.voorgesteld': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'],
    commissielid: ['BESLUIT_GOEDKEUREN', 'BESLUIT_TERUGSTUREN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  },
  // ZIENSWIJZETERMIJN_VERSTREKEN is the system's.
  'besluitvorming.zienswijze': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['ZIENSWIJZE_ONTVANGEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'] },
  'toegekend.bemiddeling.zoeken': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['INTREKKEN'], corporatiemedewerker: ['WONING_AANBIEDEN'] },
  // The meta is shared by every version: since version 3 the zorgmedewerker registers the client's answer, on older cases too.
  'toegekend.bemiddeling.aanbieding': {
    zorgmedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['INTREKKEN'], corporatiemedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN'],
  },
  'toegekend.bemiddeling.geaccepteerd': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['PLAATSING_REGISTREREN', 'INTREKKEN'], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
  'toegekend.zelfZoeken': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['PLAATSING_REGISTREREN', 'INTREKKEN'], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
  geplaatst: {},
  afgewezen: { zorgmedewerker: ['BEZWAAR_INDIENEN'], gemeentemedewerker: ['BEZWAAR_INDIENEN'], commissielid: ['BEZWAAR_INDIENEN'] },
  bezwaar: { commissielid: ['BEZWAAR_GEGROND', 'BEZWAAR_ONGEGROND', 'BEZWAAR_NIET_ONTVANKELIJK'] },
  definitiefAfgewezen: {},
  ingetrokken: {},
  buitenBehandeling: {},
};

/** Situations in which the roles get something else than on the canonical path (hand-written, actorId LID_B). */
const TOEGESTAAN_IN_SITUATIE: Partial<Record<SituatieNaam, PerRol>> = {
  'aanvullen, hersteltermijn verstreken': {
    zorgmedewerker: ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'INTREKKEN'], gemeentemedewerker: ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'INTREKKEN'], commissielid: ['BUITEN_BEHANDELING_STELLEN', 'VERDAGEN', 'INTREKKEN'],
  },
  'aanvullen, na verdaging': { zorgmedewerker: ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'INTREKKEN'], gemeentemedewerker: ['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN', 'INTREKKEN'], commissielid: ['INTREKKEN'] },
  'toetsingHerkomst, medisch advies gevraagd bij ontvankelijkheid': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['HERKOMST_VASTSTELLEN', 'VERDAGEN', 'INTREKKEN'], medischAdviseur: ['MEDISCH_ADVIES_UITBRENGEN'],
  },
  'toetsingHerkomst, medisch advies uitgebracht': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['HERKOMST_VASTSTELLEN', 'VERDAGEN', 'INTREKKEN'] },
  'wegingWoonstart, medisch advies gevraagd': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'VERDAGEN', 'INTREKKEN'], medischAdviseur: ['MEDISCH_ADVIES_UITBRENGEN'],
  },
  'beraad, medisch advies gevraagd': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'VERDAGEN', 'INTREKKEN'], medischAdviseur: ['MEDISCH_ADVIES_UITBRENGEN'],
  },
  'beraad, verdaagd': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLUIT_VOORSTELLEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'] },
  // LID_B proposed this one, so LID_B may not approve it.
  'voorgesteld, door de goedkeurder zelf': { zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['BESLUIT_TERUGSTUREN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'] },
  'voorgesteld, zonder vier ogen door de goedkeurder zelf': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['BESLUIT_GOEDKEUREN', 'BESLUIT_TERUGSTUREN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN'],
  },
  'voorgesteld, medisch advies gevraagd na het voorstel': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['BESLUIT_TERUGSTUREN', 'VERDAGEN', 'INTREKKEN'], medischAdviseur: ['MEDISCH_ADVIES_UITBRENGEN'],
  },
  'zienswijze, medisch advies gevraagd': {
    zorgmedewerker: ['INTREKKEN'], gemeentemedewerker: ['INTREKKEN'], commissielid: ['ZIENSWIJZE_ONTVANGEN', 'VERDAGEN', 'INTREKKEN'], medischAdviseur: ['MEDISCH_ADVIES_UITBRENGEN'],
  },
};

/** Situations with outstanding medical advice: the only places a medisch adviseur gets an event (hand-written). */
const ADVIES_OPEN: readonly SituatieNaam[] = [
  'toetsingHerkomst, medisch advies gevraagd bij ontvankelijkheid',
  'toetsingHerkomst, medisch advies gevraagd',
  'wegingWoonstart, medisch advies gevraagd',
  'beraad, medisch advies gevraagd bij ontvankelijkheid',
  'beraad, medisch advies gevraagd',
  'voorgesteld, medisch advies gevraagd na het voorstel',
  'zienswijze, medisch advies gevraagd',
];

const SYSTEEM_EVENTS: readonly ZaakEventType[] = ['HERSTELTERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'ZIENSWIJZETERMIJN_VERSTREKEN'];
const ACTOREN = [LID_A, LID_B, LID_C, undefined] as const;

const cacheV1 = new Map<LeafStateV1, PersistedZaak>();
const inV1 = (state: LeafStateV1): PersistedZaak => {
  if (!cacheV1.has(state)) cacheV1.set(state, bereikZaakV1(state));
  return cacheV1.get(state)!;
};
const cacheV2 = new Map<string, PersistedZaak>();
const inV2 = (state: LeafStateV2): PersistedZaak => {
  if (!cacheV2.has(state)) cacheV2.set(state, bereikZaakV2(state));
  return cacheV2.get(state)!;
};
const cacheV3 = new Map<LeafStateV3, PersistedZaak>();
const inV3 = (state: LeafStateV3): PersistedZaak => {
  if (!cacheV3.has(state)) cacheV3.set(state, bereikZaakV3(state));
  return cacheV3.get(state)!;
};
const inSituatie = (naam: SituatieNaam): PersistedZaak => {
  if (!cacheV2.has(naam)) cacheV2.set(naam, bereikSituatieV2(naam));
  return cacheV2.get(naam)!;
};
/** Every version-2 snapshot the specs drive: the canonical leaf states and all named situations. */
const alleV2 = (): Array<[string, PersistedZaak]> => [
  ...LEAF_STATES_V2.map((s): [string, PersistedZaak] => [s, inV2(s)]),
  ...SITUATIE_NAMEN.map((n): [string, PersistedZaak] => [n, inSituatie(n)]),
];
const sorted = (list: readonly string[]) => [...list].sort();

describe('machine versions', () => {
  it('MACHINE_VERSIES lists every released version, oldest first; the current one is 3', () => {
    expect(MACHINE_VERSIES).toEqual([1, 2, 3]);
    expect(ZAAK_MACHINE_VERSION).toBe(3);
    expect(MACHINE_VERSIES[MACHINE_VERSIES.length - 1]).toBe(ZAAK_MACHINE_VERSION);
  });

  it('machineForVersion returns the frozen versions 1 and 2 for 1 and 2, and the current machine for 3', () => {
    expect(machineForVersion(1)).toBe(zaakMachineV1);
    expect(machineForVersion(2)).toBe(zaakMachineV2);
    expect(machineForVersion(3)).toBe(zaakMachine);
    expect(machineForVersion(ZAAK_MACHINE_VERSION)).toBe(zaakMachine);
    expect(new Set([zaakMachineV1, zaakMachineV2, zaakMachine]).size).toBe(3);
    for (const version of MACHINE_VERSIES) expect(machineForVersion(version).version).toBe(String(version));
  });

  it.each([999, 0, 4, -1, 1.5, Number.NaN])('throws UnknownMachineVersionError for version %p', (version) => {
    expect(() => machineForVersion(version)).toThrow(UnknownMachineVersionError);
    expect(() => machineForVersion(version)).toThrow(`Onbekende versie van het zaakproces: ${version}`);
  });

  it('the error carries the version', () => {
    try {
      machineForVersion(4);
      throw new Error('no error thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownMachineVersionError);
      expect((error as UnknownMachineVersionError).version).toBe(4);
    }
  });

  it('restore, apply and the event lists refuse an unknown version too', () => {
    const { snapshot } = initialZaak();
    expect(() => restoreZaak(4, snapshot)).toThrow(UnknownMachineVersionError);
    expect(() => applyZaakEvent(4, snapshot, VOORBEELD_EVENT.INDIENEN)).toThrow(UnknownMachineVersionError);
    expect(() => allowedEvents(4, snapshot, 'zorgmedewerker')).toThrow(UnknownMachineVersionError);
    expect(() => possibleEvents(4, snapshot)).toThrow(UnknownMachineVersionError);
  });
});

describe('statePath and topLevel', () => {
  it.each<[StateValue, string, string]>([
    ['concept', 'concept', 'concept'],
    ['geplaatst', 'geplaatst', 'geplaatst'],
    ['besluitvorming', 'besluitvorming', 'besluitvorming'],
    ['bezwaar', 'bezwaar', 'bezwaar'],
    [{ ingediend: 'aanvullen' }, 'ingediend.aanvullen', 'ingediend'],
    [{ besluitvorming: 'voorgesteld' }, 'besluitvorming.voorgesteld', 'besluitvorming'],
    [{ toegekend: 'zelfZoeken' }, 'toegekend.zelfZoeken', 'toegekend'],
    [{ toegekend: { bemiddeling: 'zoeken' } }, 'toegekend.bemiddeling.zoeken', 'toegekend'],
    [{ toegekend: { bemiddeling: 'geaccepteerd' } }, 'toegekend.bemiddeling.geaccepteerd', 'toegekend'],
    [{ toegekend: { zelfZoeken: 'verlengingAangevraagd' } }, 'toegekend.zelfZoeken.verlengingAangevraagd', 'toegekend'],
    ['intermediaireVerhuur', 'intermediaireVerhuur', 'intermediaireVerhuur'],
    ['urgentieVervallen', 'urgentieVervallen', 'urgentieVervallen'],
    ['plaatsingBeeindigd', 'plaatsingBeeindigd', 'plaatsingBeeindigd'],
  ])('%j → path %s, top level %s', (value, path, top) => {
    expect(statePath(value)).toBe(path);
    expect(topLevel(value)).toBe(top);
  });
});

describe('initialZaak', () => {
  it('starts a new case on version 3 in concept, with the version-3 context', () => {
    const zaak = initialZaak();
    expect(zaak).toMatchObject({ version: 3, state: 'concept', status: 'concept' });
    expect(zaak.snapshot).toMatchObject({ status: 'active', value: 'concept', context: INITIAL_ZAAK_CONTEXT });
    expect(zaak.snapshot).toEqual(nieuweZaak(3));
    expect(zaak.snapshot.context).toEqual({ ...INITIAL_ZAAK_CONTEXT_V2, waarschuwingen: 0, verlengd: false, aantalWoonevaluaties: 0, woonevaluatieOpen: false });
  });

  it('is JSON-safe, as it is stored in a jsonb column', () => {
    const { snapshot } = initialZaak();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('a new version-1 case (as it was started before version 2) differs only in its context', () => {
    const v1 = nieuweZaak(1);
    const v3 = initialZaak().snapshot;
    expect({ ...v1, context: undefined }).toEqual({ ...v3, context: undefined });
    expect(Object.keys(v3.context).length).toBeGreaterThan(Object.keys(v1.context).length);
  });

  it('a new version-2 case (as it was started before version 3) differs only in the four context fields of version 3', () => {
    const v2 = nieuweZaak(2);
    const v3 = initialZaak().snapshot;
    expect({ ...v2, context: undefined }).toEqual({ ...v3, context: undefined });
    expect(Object.keys(v3.context).filter((k) => !(k in v2.context)).sort()).toEqual(['aantalWoonevaluaties', 'verlengd', 'waarschuwingen', 'woonevaluatieOpen']);
    expect(v2.context).toEqual(INITIAL_ZAAK_CONTEXT_V2);
  });
});

describe('applyZaakEvent', () => {
  it('returns from, to, top-level status and the next persisted snapshot (version 1)', () => {
    const overgang = applyZaakEvent(V1, inV1('besluitvorming'), VOORBEELD_EVENT.TOEKENNEN_BEMIDDELING);
    expect(overgang).toMatchObject({ van: 'besluitvorming', naar: 'toegekend.bemiddeling.zoeken', status: 'toegekend' });
    expect(overgang!.snapshot.value).toEqual({ toegekend: { bemiddeling: 'zoeken' } });
  });

  it('returns from, to, top-level status and the next persisted snapshot (version 2)', () => {
    const overgang = applyZaakEvent(V2, inV2('besluitvorming.voorgesteld'), VOORBEELD_EVENT.BESLUIT_GOEDKEUREN);
    expect(overgang).toMatchObject({ van: 'besluitvorming.voorgesteld', naar: 'toegekend.bemiddeling.zoeken', status: 'toegekend' });
    expect(overgang!.snapshot.value).toEqual({ toegekend: { bemiddeling: 'zoeken' } });
  });

  it('returns from, to, top-level status and the next persisted snapshot (version 3)', () => {
    const overgang = applyZaakEvent(V3, inV3('toegekend.zelfZoeken.zoekend'), { ...VOORBEELD_EVENT.PLAATSING_REGISTREREN, vorm: 'intermediair' });
    expect(overgang).toMatchObject({ van: 'toegekend.zelfZoeken.zoekend', naar: 'intermediaireVerhuur', status: 'intermediaireVerhuur' });
    expect(overgang!.snapshot.value).toEqual('intermediaireVerhuur');
    expect(overgang!.snapshot.status).toBe('active');
  });

  it('a targetless transition reports the same state as from and to', () => {
    expect(applyZaakEvent(V2, inV2('wegingWoonstart'), VOORBEELD_EVENT.VERDAGEN)).toMatchObject({ van: 'wegingWoonstart', naar: 'wegingWoonstart', status: 'wegingWoonstart' });
  });

  it.each([
    [V1, 'toegekend.bemiddeling.aanbieding'],
    [V2, 'besluitvorming.voorgesteld'],
    [V3, 'toegekend.bemiddeling.aanbieding'],
    [V3, 'intermediaireVerhuur'],
  ] as const)('does not change the snapshot it is given (version %i, %s)', (version, state) => {
    const persisted =
      version === V1 ? bereikZaakV1(state as LeafStateV1) : version === V2 ? bereikZaakV2(state as LeafStateV2) : bereikZaakV3(state as LeafStateV3);
    const before = JSON.parse(JSON.stringify(persisted));
    for (const type of ZAAK_EVENT_TYPES) applyZaakEvent(version, persisted, VOORBEELD_EVENT[type]);
    expect(persisted).toEqual(before);
  });

  it('works on a JSON round-tripped snapshot, as loaded from the database', () => {
    const loaded = JSON.parse(JSON.stringify(inV2('besluitvorming.beraad'))) as PersistedZaak;
    const overgang = applyZaakEvent(V2, loaded, VOORBEELD_EVENT.BESLUIT_VOORSTELLEN);
    expect(overgang!.naar).toBe('besluitvorming.voorgesteld');
    expect(JSON.parse(JSON.stringify(overgang!.snapshot))).toEqual(overgang!.snapshot);
  });

  it.each(['geplaatst', 'afgewezen', 'ingetrokken', 'buitenBehandeling'] as const)('version 1: final state %s is persisted as done', (state) => {
    expect(inV1(state).status).toBe('done');
  });

  it.each(['geplaatst', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'] as const)('version 2: final state %s is persisted as done', (state) => {
    expect(inV2(state).status).toBe('done');
  });

  it.each(['geplaatst', 'urgentieVervallen', 'plaatsingBeeindigd', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'] as const)(
    'version 3: final state %s is persisted as done',
    (state) => {
      expect(inV3(state).status).toBe('done');
    },
  );

  it('version 3: intermediaireVerhuur and afgewezen stay active', () => {
    expect(inV3('intermediaireVerhuur').status).toBe('active');
    expect(inV3('afgewezen').status).toBe('active');
  });
});

describe('possibleEvents', () => {
  it('is what the machine accepts without an actor: the system events included, BESLUIT_GOEDKEUREN not with four eyes on', () => {
    expect(possibleEvents(V2, inV2('ingediend.aanvullen'))).toContain('HERSTELTERMIJN_VERSTREKEN');
    expect(possibleEvents(V2, inV2('besluitvorming.zienswijze'))).toContain('ZIENSWIJZETERMIJN_VERSTREKEN');
    expect(possibleEvents(V2, inV2('besluitvorming.beraad'))).toEqual(expect.arrayContaining(['BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN']));
    expect(possibleEvents(V2, inV2('toegekend.zelfZoeken'))).not.toContain('BESLISTERMIJN_VERSTREKEN');
    expect(possibleEvents(V1, inV1('besluitvorming'))).not.toContain('BESLISTERMIJN_VERSTREKEN');
    expect(possibleEvents(V2, inV2('besluitvorming.voorgesteld'))).not.toContain('BESLUIT_GOEDKEUREN');
    expect(possibleEvents(V2, inSituatie('voorgesteld, zonder vier ogen door de goedkeurder zelf'))).toContain('BESLUIT_GOEDKEUREN');
    expect(possibleEvents(V3, inV3('toegekend.bemiddeling.aanbieding'))).toContain('REACTIETERMIJN_VERSTREKEN');
    expect(possibleEvents(V3, inV3('toegekend.zelfZoeken.zoekend'))).toContain('URGENTIEVERKLARING_VERLOPEN');
    expect(possibleEvents(V3, inV3('toegekend.zelfZoeken.verlopen'))).toContain('VERLENGINGSTERMIJN_VERSTREKEN');
  });

  it('the same stored snapshot is read by the machine of the version it is stored with', () => {
    // A version-2 case in toegekend.zelfZoeken registers a placement the version-2 way, whatever its payload says.
    const zelfZoekenV2 = inV2('toegekend.zelfZoeken');
    expect(applyZaakEvent(V2, zelfZoekenV2, { ...VOORBEELD_EVENT.PLAATSING_REGISTREREN, vorm: 'intermediair' })).toMatchObject({ naar: 'geplaatst' });
    expect(applyZaakEvent(V2, zelfZoekenV2, VOORBEELD_EVENT.URGENTIEVERKLARING_VERLOPEN)).toBeNull();
    expect(possibleEvents(V3, inV3('toegekend.zelfZoeken.zoekend'))).not.toEqual(possibleEvents(V2, zelfZoekenV2));
  });
});

describe('allowedEvents per role, version 1', () => {
  const rows = LEAF_STATES_V1.flatMap((state) => ROLLEN.map((rol): [LeafStateV1, Rol, readonly ZaakEventType[]] => [state, rol, TOEGESTAAN_V1[state][rol] ?? []]));

  it.each(rows)('%s as %s → %j', (state, rol, expected) => {
    expect(sorted(allowedEvents(V1, inV1(state), rol))).toEqual(sorted(expected));
    // The caller's id makes no difference in version 1.
    expect(sorted(allowedEvents(V1, inV1(state), rol, LID_A))).toEqual(sorted(expected));
  });

  it.each(['regiocoordinator', 'beheerder', 'medischAdviseur'] as const)('%s never gets an event', (rol) => {
    for (const state of LEAF_STATES_V1) expect(allowedEvents(V1, inV1(state), rol)).toEqual([]);
  });

  it('is always the intersection of possibleEvents and what the role may send', () => {
    for (const state of LEAF_STATES_V1) {
      const persisted = inV1(state);
      for (const rol of ROLLEN) {
        expect(allowedEvents(V1, persisted, rol)).toEqual(possibleEvents(V1, persisted).filter((type) => mayRolSend(rol, type)));
      }
    }
  });
});

describe('allowedEvents per role, version 2', () => {
  const rows = LEAF_STATES_V2.flatMap((state) => ROLLEN.map((rol): [LeafStateV2, Rol, readonly ZaakEventType[]] => [state, rol, TOEGESTAAN_V2[state][rol] ?? []]));

  it.each(rows)('%s as %s (LID_B) → %j', (state, rol, expected) => {
    expect(sorted(allowedEvents(V2, inV2(state), rol, LID_B))).toEqual(sorted(expected));
  });

  const situatieRows = (Object.keys(TOEGESTAAN_IN_SITUATIE) as SituatieNaam[]).flatMap((naam) =>
    ROLLEN.map((rol): [SituatieNaam, Rol, readonly ZaakEventType[]] => [naam, rol, TOEGESTAAN_IN_SITUATIE[naam]![rol] ?? []]),
  );

  it.each(situatieRows)('situation "%s" as %s (LID_B) → %j', (naam, rol, expected) => {
    expect(sorted(allowedEvents(V2, inSituatie(naam), rol, LID_B))).toEqual(sorted(expected));
  });

  describe('four eyes: a commissielid sees BESLUIT_GOEDKEUREN only for a proposal of another member', () => {
    const metVierOgen = () => inV2('besluitvorming.voorgesteld');
    const zonderVierOgen = () => inSituatie('voorgesteld, zonder vier ogen door de goedkeurder zelf');
    it.each([
      ['four eyes on, proposed by LID_A', LID_A, false, metVierOgen],
      ['four eyes on, proposed by LID_A', LID_B, true, metVierOgen],
      ['four eyes on, proposed by LID_A', LID_C, true, metVierOgen],
      ['four eyes on, proposed by LID_A', undefined, false, metVierOgen],
      ['four eyes off, proposed by LID_B', LID_A, true, zonderVierOgen],
      ['four eyes off, proposed by LID_B', LID_B, true, zonderVierOgen],
      ['four eyes off, proposed by LID_B', undefined, true, zonderVierOgen],
    ] as const)('%s, asked by %s → %s', (_label, actorId, expected, persisted) => {
      const allowed = allowedEvents(V2, persisted(), 'commissielid', actorId);
      expect(allowed.includes('BESLUIT_GOEDKEUREN')).toBe(expected);
      // Sending it back is for every member, the proposer included.
      expect(allowed).toContain('BESLUIT_TERUGSTUREN');
    });

    it('no other role ever sees BESLUIT_GOEDKEUREN, whoever asks', () => {
      for (const [, persisted] of alleV2()) {
        for (const rol of ROLLEN.filter((r) => r !== 'commissielid')) {
          for (const actorId of ACTOREN) expect(allowedEvents(V2, persisted, rol, actorId)).not.toContain('BESLUIT_GOEDKEUREN');
        }
      }
    });

    it('outside besluitvorming.voorgesteld the actor makes no difference', () => {
      for (const [naam, persisted] of alleV2()) {
        if (statePath(persisted.value) === 'besluitvorming.voorgesteld') continue;
        for (const rol of ROLLEN) {
          const zonder = allowedEvents(V2, persisted, rol);
          for (const actorId of ACTOREN) expect([naam, rol, actorId, allowedEvents(V2, persisted, rol, actorId)]).toEqual([naam, rol, actorId, zonder]);
        }
      }
    });
  });

  it('a medisch adviseur gets only MEDISCH_ADVIES_UITBRENGEN, and only while advice is requested', () => {
    for (const [naam, persisted] of alleV2()) {
      const expected = (ADVIES_OPEN as readonly string[]).includes(naam) ? ['MEDISCH_ADVIES_UITBRENGEN'] : [];
      expect([naam, allowedEvents(V2, persisted, 'medischAdviseur', 'medisch-adviseur-1')]).toEqual([naam, expected]);
      expect(persisted.context.medischAdvies === 'gevraagd').toBe(expected.length > 0);
    }
  });

  it('system events never appear for any role, though the machine accepts them', () => {
    const aangeboden = new Set<ZaakEventType>();
    for (const [, persisted] of alleV2()) {
      for (const type of possibleEvents(V2, persisted)) aangeboden.add(type);
      for (const rol of ROLLEN) {
        for (const actorId of ACTOREN) {
          for (const type of SYSTEEM_EVENTS) expect(allowedEvents(V2, persisted, rol, actorId)).not.toContain(type);
        }
      }
    }
    for (const type of SYSTEEM_EVENTS) expect(aangeboden).toContain(type);
  });

  it.each(['regiocoordinator', 'beheerder'] as const)('%s never gets an event, whoever asks', (rol) => {
    for (const [, persisted] of alleV2()) {
      for (const actorId of ACTOREN) expect(allowedEvents(V2, persisted, rol, actorId)).toEqual([]);
    }
  });

  it('without an actor it is always the intersection of possibleEvents and what the role may send', () => {
    for (const [, persisted] of alleV2()) {
      for (const rol of ROLLEN) {
        expect(allowedEvents(V2, persisted, rol)).toEqual(possibleEvents(V2, persisted).filter((type) => mayRolSend(rol, type)));
      }
    }
  });

  it('never offers an event the machine would refuse with that actor', () => {
    for (const [, persisted] of alleV2()) {
      for (const rol of ROLLEN) {
        for (const actorId of ACTOREN) {
          for (const type of allowedEvents(V2, persisted, rol, actorId)) {
            const event = type === 'BESLUIT_GOEDKEUREN' ? { ...VOORBEELD_EVENT.BESLUIT_GOEDKEUREN, actorId } : VOORBEELD_EVENT[type];
            expect(applyZaakEvent(V2, persisted, event)).not.toBeNull();
          }
        }
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
    ['medischAdviseur', 'MEDISCH_ADVIES_UITBRENGEN', true],
    ['commissielid', 'MEDISCH_ADVIES_UITBRENGEN', false],
    ['medischAdviseur', 'MEDISCH_ADVIES_VRAGEN', false],
    ['commissielid', 'BESLUIT_GOEDKEUREN', true],
    ['zorgmedewerker', 'BEZWAAR_INDIENEN', true],
    ['zorgmedewerker', 'BEZWAAR_GEGROND', false],
    ['gemeentemedewerker', 'GEGEVENS_WIJZIGEN', true],
    ['gemeentemedewerker', 'INDIENEN', true],
    ['gemeentemedewerker', 'AANVULLING_INDIENEN', true],
    ['gemeentemedewerker', 'INTREKKEN', true],
    ['gemeentemedewerker', 'BEZWAAR_INDIENEN', true],
    ['gemeentemedewerker', 'ONTVANKELIJK_VERKLAREN', false],
    ['gemeentemedewerker', 'PLAATSING_REGISTREREN', false],
    ['gemeentemedewerker', 'MEDISCH_ADVIES_UITBRENGEN', false],
    ['commissielid', 'HERSTELTERMIJN_VERSTREKEN', false],
    ['beheerder', 'ZIENSWIJZETERMIJN_VERSTREKEN', false],
    ['commissielid', 'BESLISTERMIJN_HERINNERING', false],
    ['commissielid', 'BESLISTERMIJN_VERSTREKEN', false],
    ['beheerder', 'BESLISTERMIJN_VERSTREKEN', false],
    ['zorgmedewerker', 'AANBIEDING_ACCEPTEREN', true],
    ['gemeentemedewerker', 'AANBIEDING_ACCEPTEREN', false],
    ['corporatiemedewerker', 'AANBIEDING_INTREKKEN', true],
    ['zorgmedewerker', 'AANBIEDING_INTREKKEN', false],
    ['gemeentemedewerker', 'VERLENGING_AANVRAGEN', true],
    ['commissielid', 'VERLENGING_TOEKENNEN', true],
    ['zorgmedewerker', 'VERLENGING_TOEKENNEN', false],
    ['zorgmedewerker', 'WOONEVALUATIE_VASTLEGGEN', true],
    ['corporatiemedewerker', 'WOONEVALUATIE_VASTLEGGEN', false],
    ['corporatiemedewerker', 'WOONEVALUATIE_AFTEKENEN', true],
    ['corporatiemedewerker', 'OMKLAP_REGISTREREN', true],
    ['commissielid', 'OMKLAP_REGISTREREN', false],
    ['gemeentemedewerker', 'PLAATSINGSPROFIEL_VASTLEGGEN', true],
    ['corporatiemedewerker', 'PLAATSINGSPROFIEL_VASTLEGGEN', false],
    ['commissielid', 'REACTIETERMIJN_VERSTREKEN', false],
    ['commissielid', 'URGENTIEVERKLARING_VERLOPEN', false],
    ['commissielid', 'VERLENGINGSTERMIJN_VERSTREKEN', false],
    ['zorgmedewerker', 'WOONEVALUATIE_HERINNERING', false],
  ])('%s may send %s: %s', (rol, type, expected) => {
    expect(mayRolSend(rol, type)).toBe(expected);
  });

  it('agrees with the meta for every role and event', () => {
    for (const rol of ROLLEN) for (const type of ZAAK_EVENT_TYPES) expect(mayRolSend(rol, type)).toBe(ZAAK_EVENT_META[type].rollen.includes(rol));
  });
});
