import { LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, V2, bereikZaakV2, type LeafStateV2 } from '../testing/zaak-paden.v2';
import { LEAF_STATES_V3, V3, bereikZaakV3, type LeafStateV3 } from '../testing/zaak-paden.v3';
import { ZAAK_STATUSSEN, type ZaakStatus } from './zaak-status.model';
import { restoreZaak } from './zaak.runtime';
import { stateHeeftTag, statusHeeftTag, statusTags, type ZaakTag } from './zaak-tags';

const TAGS: readonly ZaakTag[] = ['beslistermijnLoopt', 'opgeschort', 'bezwaarLoopt', 'afgerond', 'beeindigd', 'geplaatst'];

/** Tags per top-level status of the current version, 3 (hand-written). */
const TAGS_PER_STATUS: { readonly [S in ZaakStatus]: readonly ZaakTag[] } = {
  concept: [],
  ingediend: ['beslistermijnLoopt'],
  toetsingHerkomst: ['beslistermijnLoopt'],
  wegingWoonstart: ['beslistermijnLoopt'],
  besluitvorming: ['beslistermijnLoopt'],
  toegekend: [],
  intermediaireVerhuur: ['geplaatst'],
  geplaatst: ['afgerond', 'geplaatst'],
  afgewezen: ['beeindigd'],
  bezwaar: ['bezwaarLoopt'],
  definitiefAfgewezen: ['beeindigd'],
  ingetrokken: ['beeindigd'],
  buitenBehandeling: ['beeindigd'],
  urgentieVervallen: ['beeindigd'],
  // An intermediaire verhuur that ended: the case is closed, but a placement did happen.
  plaatsingBeeindigd: ['beeindigd', 'geplaatst'],
};

/** Tags a running version-3 case carries per leaf state, nested ones included (hand-written). */
const TAGS_PER_LEAF_V3: { readonly [S in LeafStateV3]: readonly ZaakTag[] } = {
  concept: [],
  'ingediend.ontvankelijkheid': ['beslistermijnLoopt'],
  'ingediend.aanvullen': ['beslistermijnLoopt', 'opgeschort'],
  toetsingHerkomst: ['beslistermijnLoopt'],
  wegingWoonstart: ['beslistermijnLoopt'],
  'besluitvorming.beraad': ['beslistermijnLoopt'],
  'besluitvorming.voorgesteld': ['beslistermijnLoopt'],
  'besluitvorming.zienswijze': ['beslistermijnLoopt'],
  'toegekend.bemiddeling.zoeken': [],
  'toegekend.bemiddeling.aanbieding': [],
  'toegekend.bemiddeling.geaccepteerd': [],
  'toegekend.zelfZoeken.zoekend': [],
  'toegekend.zelfZoeken.verlopen': [],
  'toegekend.zelfZoeken.verlengingAangevraagd': [],
  intermediaireVerhuur: ['geplaatst'],
  geplaatst: ['afgerond', 'geplaatst'],
  urgentieVervallen: ['beeindigd'],
  plaatsingBeeindigd: ['beeindigd', 'geplaatst'],
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

describe('statusTags (current version, 3)', () => {
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

  it('only the statuses after a placement carry geplaatst', () => {
    expect(ZAAK_STATUSSEN.filter((s) => statusHeeftTag(s, 'geplaatst')).sort()).toEqual(['geplaatst', 'intermediaireVerhuur', 'plaatsingBeeindigd']);
  });

  it('a case is at most one of running, afgerond, beeindigd or in bezwaar', () => {
    for (const status of ZAAK_STATUSSEN) {
      const soorten = ['beslistermijnLoopt', 'afgerond', 'beeindigd', 'bezwaarLoopt'].filter((t) => statusHeeftTag(status, t as ZaakTag));
      expect(soorten.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('tags of running cases per leaf state', () => {
  it.each(LEAF_STATES_V3)('version 3, %s', (state) => {
    const snapshot = restoreZaak(V3, bereikZaakV3(state));
    expect(sorted(snapshot.tags)).toEqual(sorted(TAGS_PER_LEAF_V3[state]));
    for (const tag of statusTags(state.split('.')[0] as ZaakStatus)) expect(snapshot.hasTag(tag)).toBe(true);
    // stateHeeftTag on the path agrees with the tags of the running case.
    for (const tag of TAGS) expect([state, tag, stateHeeftTag(state, tag)]).toEqual([state, tag, TAGS_PER_LEAF_V3[state].includes(tag)]);
  });

  it.each(LEAF_STATES_V2)('version 2, %s', (state) => {
    const snapshot = restoreZaak(V2, bereikZaakV2(state));
    expect(sorted(snapshot.tags)).toEqual(sorted(TAGS_PER_LEAF_V2[state]));
    // The top-level status tags (read from the current machine) are among them, except
    // 'geplaatst', which came with version 3: a stored version-2 geplaatst case lacks it.
    for (const tag of statusTags(state.split('.')[0] as ZaakStatus).filter((t) => t !== 'geplaatst')) expect(snapshot.hasTag(tag)).toBe(true);
    expect(snapshot.hasTag('geplaatst')).toBe(false);
  });

  it.each(LEAF_STATES_V1)('version 1, %s', (state) => {
    expect(sorted(restoreZaak(V1, bereikZaakV1(state)).tags)).toEqual(sorted(TAGS_PER_LEAF_V1[state]));
  });
});

describe('stateHeeftTag (nested state paths, current version)', () => {
  it.each([
    ['ingediend.aanvullen', 'opgeschort', true],
    ['ingediend.aanvullen', 'beslistermijnLoopt', true],
    ['ingediend.ontvankelijkheid', 'opgeschort', false],
    ['besluitvorming.voorgesteld', 'beslistermijnLoopt', true],
    ['toegekend.bemiddeling.zoeken', 'beslistermijnLoopt', false],
    ['geplaatst', 'afgerond', true],
    ['geplaatst', 'geplaatst', true],
    ['intermediaireVerhuur', 'geplaatst', true],
    ['intermediaireVerhuur', 'afgerond', false],
    ['toegekend.zelfZoeken.verlopen', 'beeindigd', false],
    ['toegekend.zelfZoeken', 'beslistermijnLoopt', false],
    ['bestaatNiet.ook', 'afgerond', false],
  ] as const)('%s has %s: %s', (state, tag, verwacht) => {
    expect(stateHeeftTag(state, tag)).toBe(verwacht);
  });
});
