import { LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, V2, bereikZaakV2, type LeafStateV2 } from '../testing/zaak-paden.v2';
import { ZAAK_STATUSSEN, type ZaakStatus } from './zaak-status.model';
import { restoreZaak } from './zaak.runtime';
import { stateHeeftTag, statusHeeftTag, statusTags, type ZaakTag } from './zaak-tags';

const TAGS: readonly ZaakTag[] = ['beslistermijnLoopt', 'opgeschort', 'bezwaarLoopt', 'afgerond', 'beeindigd'];

/** Tags per top-level status of version 2 (hand-written). */
const TAGS_PER_STATUS: { readonly [S in ZaakStatus]: readonly ZaakTag[] } = {
  concept: [],
  ingediend: ['beslistermijnLoopt'],
  toetsingHerkomst: ['beslistermijnLoopt'],
  wegingWoonstart: ['beslistermijnLoopt'],
  besluitvorming: ['beslistermijnLoopt'],
  toegekend: [],
  geplaatst: ['afgerond'],
  afgewezen: ['beeindigd'],
  bezwaar: ['bezwaarLoopt'],
  definitiefAfgewezen: ['beeindigd'],
  ingetrokken: ['beeindigd'],
  buitenBehandeling: ['beeindigd'],
};

/** Tags a running version-2 case carries per leaf state, nested ones included (hand-written). */
const TAGS_PER_LEAF_V2: { readonly [S in LeafStateV2]: readonly ZaakTag[] } = {
  concept: [],
  'ingediend.ontvankelijkheid': ['beslistermijnLoopt'],
  // Awb 4:15: the term is suspended while the applicant completes the request.
  'ingediend.aanvullen': ['beslistermijnLoopt', 'opgeschort'],
  toetsingHerkomst: ['beslistermijnLoopt'],
  wegingWoonstart: ['beslistermijnLoopt'],
  'besluitvorming.beraad': ['beslistermijnLoopt'],
  'besluitvorming.voorgesteld': ['beslistermijnLoopt'],
  'besluitvorming.zienswijze': ['beslistermijnLoopt'],
  'toegekend.bemiddeling.zoeken': [],
  'toegekend.bemiddeling.aanbieding': [],
  'toegekend.bemiddeling.geaccepteerd': [],
  'toegekend.zelfZoeken': [],
  geplaatst: ['afgerond'],
  afgewezen: ['beeindigd'],
  bezwaar: ['bezwaarLoopt'],
  definitiefAfgewezen: ['beeindigd'],
  ingetrokken: ['beeindigd'],
  buitenBehandeling: ['beeindigd'],
};

/** Tags a running version-1 case carries per leaf state (hand-written; version 1 never suspends). */
const TAGS_PER_LEAF_V1: { readonly [S in LeafStateV1]: readonly ZaakTag[] } = {
  concept: [],
  'ingediend.ontvankelijkheid': ['beslistermijnLoopt'],
  'ingediend.aanvullen': ['beslistermijnLoopt'],
  toetsingHerkomst: ['beslistermijnLoopt'],
  wegingWoonstart: ['beslistermijnLoopt'],
  besluitvorming: ['beslistermijnLoopt'],
  'toegekend.bemiddeling.zoeken': [],
  'toegekend.bemiddeling.aanbieding': [],
  'toegekend.bemiddeling.geaccepteerd': [],
  'toegekend.zelfZoeken': [],
  geplaatst: ['afgerond'],
  afgewezen: ['beeindigd'],
  ingetrokken: ['beeindigd'],
  buitenBehandeling: ['beeindigd'],
};

const sorted = (list: Iterable<string>) => [...list].sort();

describe('statusTags (version 2)', () => {
  it('the table covers every status', () => {
    expect(sorted(Object.keys(TAGS_PER_STATUS))).toEqual(sorted(ZAAK_STATUSSEN));
  });

  it.each(ZAAK_STATUSSEN)('%s', (status) => {
    expect(sorted(statusTags(status))).toEqual(sorted(TAGS_PER_STATUS[status]));
    for (const tag of TAGS) expect(statusHeeftTag(status, tag)).toBe(TAGS_PER_STATUS[status].includes(tag));
  });

  it('an unknown status has no tags', () => {
    expect(statusTags('bestaatNiet' as ZaakStatus)).toEqual([]);
  });

  it('a case is at most one of running, afgerond, beeindigd or in bezwaar', () => {
    for (const status of ZAAK_STATUSSEN) {
      const soorten = ['beslistermijnLoopt', 'afgerond', 'beeindigd', 'bezwaarLoopt'].filter((t) => statusHeeftTag(status, t as ZaakTag));
      expect(soorten.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('tags of running cases per leaf state', () => {
  it.each(LEAF_STATES_V2)('version 2, %s', (state) => {
    const snapshot = restoreZaak(V2, bereikZaakV2(state));
    expect(sorted(snapshot.tags)).toEqual(sorted(TAGS_PER_LEAF_V2[state]));
    // The top-level status tags are always among them.
    for (const tag of statusTags(state.split('.')[0] as ZaakStatus)) expect(snapshot.hasTag(tag)).toBe(true);
  });

  it.each(LEAF_STATES_V1)('version 1, %s', (state) => {
    expect(sorted(restoreZaak(V1, bereikZaakV1(state)).tags)).toEqual(sorted(TAGS_PER_LEAF_V1[state]));
  });
});

describe('stateHeeftTag (nested state paths, version 2)', () => {
  it.each([
    ['ingediend.aanvullen', 'opgeschort', true],
    ['ingediend.aanvullen', 'beslistermijnLoopt', true],
    ['ingediend.ontvankelijkheid', 'opgeschort', false],
    ['besluitvorming.voorgesteld', 'beslistermijnLoopt', true],
    ['toegekend.bemiddeling.zoeken', 'beslistermijnLoopt', false],
    ['geplaatst', 'afgerond', true],
    ['bestaatNiet.ook', 'afgerond', false],
  ] as const)('%s has %s: %s', (state, tag, verwacht) => {
    expect(stateHeeftTag(state, tag)).toBe(verwacht);
  });
});
