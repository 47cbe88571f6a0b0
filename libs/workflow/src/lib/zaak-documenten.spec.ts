import { ROLLEN, type Rol } from '@woonstart/domain';
import { LEAF_STATES_V1, V1, bereikZaakV1, type LeafStateV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, V2, bereikSituatieV2, bereikZaakV2, type LeafStateV2 } from '../testing/zaak-paden.v2';
import { LEAF_STATES_V3, V3, bereikSituatieV3, bereikZaakV3, type LeafStateV3 } from '../testing/zaak-paden.v3';
import { documentToevoegenMogelijk } from './zaak-documenten';
import { topLevel, type PersistedZaak } from './zaak.runtime';

/** Where each role may add a document on a case of its own organisation (version 2, hand-written). */
const MOGELIJK_V2: { readonly [S in LeafStateV2]: readonly Rol[] } = {
  concept: ['zorgmedewerker', 'gemeentemedewerker'],
  'ingediend.ontvankelijkheid': ['commissielid'],
  'ingediend.aanvullen': ['zorgmedewerker', 'gemeentemedewerker', 'commissielid'],
  toetsingHerkomst: ['commissielid'],
  wegingWoonstart: ['commissielid'],
  'besluitvorming.beraad': ['commissielid'],
  'besluitvorming.voorgesteld': ['commissielid'],
  'besluitvorming.zienswijze': ['commissielid'],
  'toegekend.bemiddeling.zoeken': [],
  'toegekend.bemiddeling.aanbieding': [],
  'toegekend.bemiddeling.geaccepteerd': [],
  'toegekend.zelfZoeken': [],
  geplaatst: [],
  afgewezen: [],
  bezwaar: [],
  definitiefAfgewezen: [],
  ingetrokken: [],
  buitenBehandeling: [],
};

/** Version 3: as version 2 up to the decision; nothing after it (its documents, such as a woonevaluatie, come with the events). */
const MOGELIJK_V3: { readonly [S in LeafStateV3]: readonly Rol[] } = {
  concept: ['zorgmedewerker', 'gemeentemedewerker'],
  'ingediend.ontvankelijkheid': ['commissielid'],
  'ingediend.aanvullen': ['zorgmedewerker', 'gemeentemedewerker', 'commissielid'],
  toetsingHerkomst: ['commissielid'],
  wegingWoonstart: ['commissielid'],
  'besluitvorming.beraad': ['commissielid'],
  'besluitvorming.voorgesteld': ['commissielid'],
  'besluitvorming.zienswijze': ['commissielid'],
  'toegekend.bemiddeling.zoeken': [],
  'toegekend.bemiddeling.aanbieding': [],
  'toegekend.bemiddeling.geaccepteerd': [],
  'toegekend.zelfZoeken.zoekend': [],
  'toegekend.zelfZoeken.verlopen': [],
  'toegekend.zelfZoeken.verlengingAangevraagd': [],
  intermediaireVerhuur: [],
  geplaatst: [],
  urgentieVervallen: [],
  plaatsingBeeindigd: [],
  afgewezen: [],
  bezwaar: [],
  definitiefAfgewezen: [],
  ingetrokken: [],
  buitenBehandeling: [],
};

/** Version 1 has the same phases without the four-eyes and objection states. */
const MOGELIJK_V1: { readonly [S in LeafStateV1]: readonly Rol[] } = {
  concept: ['zorgmedewerker', 'gemeentemedewerker'],
  'ingediend.ontvankelijkheid': ['commissielid'],
  'ingediend.aanvullen': ['zorgmedewerker', 'gemeentemedewerker', 'commissielid'],
  toetsingHerkomst: ['commissielid'],
  wegingWoonstart: ['commissielid'],
  besluitvorming: ['commissielid'],
  'toegekend.bemiddeling.zoeken': [],
  'toegekend.bemiddeling.aanbieding': [],
  'toegekend.bemiddeling.geaccepteerd': [],
  'toegekend.zelfZoeken': [],
  geplaatst: [],
  afgewezen: [],
  ingetrokken: [],
  buitenBehandeling: [],
};

const vraag = (rol: Rol, machineVersion: number, snapshot: PersistedZaak, eigenZaak = true) => ({
  rol, actorId: 'gebruiker-1', eigenZaak, machineVersion, snapshot, status: topLevel(snapshot.value),
});

describe('documentToevoegenMogelijk', () => {
  const rijenV3 = LEAF_STATES_V3.flatMap((state) => ROLLEN.map((rol): [LeafStateV3, Rol, boolean] => [state, rol, MOGELIJK_V3[state].includes(rol)]));
  it.each(rijenV3)('version 3, %s as %s → %s', (state, rol, verwacht) => {
    expect(documentToevoegenMogelijk(vraag(rol, V3, bereikZaakV3(state))).mogelijk).toBe(verwacht);
  });

  it('version 3: not during intermediaire verhuur, not even with a woonevaluatie open', () => {
    for (const rol of ROLLEN) {
      expect(documentToevoegenMogelijk(vraag(rol, V3, bereikSituatieV3('intermediaireVerhuur, woonevaluatie open'))).mogelijk).toBe(false);
    }
  });

  const rijenV2 = LEAF_STATES_V2.flatMap((state) => ROLLEN.map((rol): [LeafStateV2, Rol, boolean] => [state, rol, MOGELIJK_V2[state].includes(rol)]));
  it.each(rijenV2)('version 2, %s as %s → %s', (state, rol, verwacht) => {
    const uitkomst = documentToevoegenMogelijk(vraag(rol, V2, bereikZaakV2(state)));
    expect(uitkomst.mogelijk).toBe(verwacht);
  });

  const rijenV1 = LEAF_STATES_V1.flatMap((state) => ROLLEN.map((rol): [LeafStateV1, Rol, boolean] => [state, rol, MOGELIJK_V1[state].includes(rol)]));
  it.each(rijenV1)('version 1, %s as %s → %s', (state, rol, verwacht) => {
    expect(documentToevoegenMogelijk(vraag(rol, V1, bereikZaakV1(state))).mogelijk).toBe(verwacht);
  });

  it.each(['zorgmedewerker', 'gemeentemedewerker'] as const)('%s: never on a case of another organisation (reason: rol)', (rol) => {
    expect(documentToevoegenMogelijk(vraag(rol, V2, bereikZaakV2('concept'), false))).toEqual({ mogelijk: false, reden: 'rol' });
  });

  it.each(['medischAdviseur', 'corporatiemedewerker', 'regiocoordinator', 'beheerder'] as const)('%s: never, by role', (rol) => {
    expect(documentToevoegenMogelijk(vraag(rol, V2, bereikZaakV2('toetsingHerkomst')))).toEqual({ mogelijk: false, reden: 'rol' });
  });

  it('a phase that does not allow it is reason fase, also after the repair term lapsed (editing is still possible then)', () => {
    expect(documentToevoegenMogelijk(vraag('gemeentemedewerker', V2, bereikZaakV2('toetsingHerkomst')))).toEqual({ mogelijk: false, reden: 'fase' });
    expect(documentToevoegenMogelijk(vraag('commissielid', V2, bereikZaakV2('toegekend.zelfZoeken')))).toEqual({ mogelijk: false, reden: 'fase' });
    expect(documentToevoegenMogelijk(vraag('gemeentemedewerker', V2, bereikSituatieV2('aanvullen, hersteltermijn verstreken')))).toEqual({ mogelijk: true });
  });
});
