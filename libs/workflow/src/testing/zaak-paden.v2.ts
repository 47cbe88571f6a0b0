/**
 * Leaf states of machine version 2 and realistic event sequences (valid payloads,
 * actor ids on the four-eyes events) that drive a new version-2 case into each of
 * them through applyZaakEvent(2, …): one canonical path per leaf state, plus named
 * situations that reach a leaf state with the context a guard looks at.
 */
import type { ZaakEvent } from '../lib/zaak-events.model';
import type { PersistedZaak } from '../lib/zaak.runtime';
import { LID_A, LID_B, VOORBEELD_EVENT as E, goedkeuring, ontvankelijk, speelAf, voorstel } from './zaak-paden';

export const V2 = 2;

/** Every leaf state path of machine version 2, written out on purpose (not read from the machine). */
export const LEAF_STATES_V2 = [
  'concept',
  'ingediend.ontvankelijkheid',
  'ingediend.aanvullen',
  'toetsingHerkomst',
  'wegingWoonstart',
  'besluitvorming.beraad',
  'besluitvorming.voorgesteld',
  'besluitvorming.zienswijze',
  'toegekend.bemiddeling.zoeken',
  'toegekend.bemiddeling.aanbieding',
  'toegekend.bemiddeling.geaccepteerd',
  'toegekend.zelfZoeken',
  'geplaatst',
  'afgewezen',
  'bezwaar',
  'definitiefAfgewezen',
  'ingetrokken',
  'buitenBehandeling',
] as const;

export type LeafStateV2 = (typeof LEAF_STATES_V2)[number];

const NAAR_TOETSING: readonly ZaakEvent[] = [E.INDIENEN, ontvankelijk()];
const NAAR_WEGING: readonly ZaakEvent[] = [...NAAR_TOETSING, E.HERKOMST_VASTSTELLEN];
const NAAR_BERAAD: readonly ZaakEvent[] = [...NAAR_WEGING, E.WEGING_VASTLEGGEN];
/** Proposed by LID_A, approved by LID_B. */
const BESLUIT = (v: Parameters<typeof voorstel>[0]): ZaakEvent[] => [voorstel(v), goedkeuring(LID_B)];
const NAAR_AFGEWEZEN: readonly ZaakEvent[] = [...NAAR_BERAAD, ...BESLUIT({ uitkomst: 'afwijzen' })];
const NAAR_BEMIDDELING: readonly ZaakEvent[] = [...NAAR_BERAAD, ...BESLUIT({ uitkomst: 'toekennen', route: 'bemiddeling' })];
const NAAR_ZIENSWIJZE: readonly ZaakEvent[] = [...NAAR_BERAAD, ...BESLUIT({ uitkomst: 'afwijzen', zienswijzeNodig: true })];
const NAAR_HEROPEND: readonly ZaakEvent[] = [...NAAR_AFGEWEZEN, E.BEZWAAR_INDIENEN, E.BEZWAAR_GEGROND];

/**
 * The canonical path to each leaf state: four eyes on, no verdaging, no medical
 * advice, a proposal by LID_A approved by LID_B.
 */
export const PAD_NAAR_V2: { readonly [S in LeafStateV2]: readonly ZaakEvent[] } = {
  concept: [],
  'ingediend.ontvankelijkheid': [E.INDIENEN],
  'ingediend.aanvullen': [E.INDIENEN, E.AANVULLING_VRAGEN],
  toetsingHerkomst: NAAR_TOETSING,
  wegingWoonstart: NAAR_WEGING,
  'besluitvorming.beraad': NAAR_BERAAD,
  'besluitvorming.voorgesteld': [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' })],
  'besluitvorming.zienswijze': NAAR_ZIENSWIJZE,
  'toegekend.bemiddeling.zoeken': NAAR_BEMIDDELING,
  'toegekend.bemiddeling.aanbieding': [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN],
  'toegekend.bemiddeling.geaccepteerd': [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN, E.AANBIEDING_ACCEPTEREN],
  'toegekend.zelfZoeken': [...NAAR_BERAAD, ...BESLUIT({ uitkomst: 'toekennen', route: 'zelfZoeken' })],
  geplaatst: [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN, E.AANBIEDING_ACCEPTEREN, E.PLAATSING_REGISTREREN],
  afgewezen: NAAR_AFGEWEZEN,
  bezwaar: [...NAAR_AFGEWEZEN, E.BEZWAAR_INDIENEN],
  definitiefAfgewezen: [...NAAR_AFGEWEZEN, E.BEZWAAR_INDIENEN, E.BEZWAAR_ONGEGROND],
  ingetrokken: [E.INTREKKEN],
  buitenBehandeling: [E.INDIENEN, E.AANVULLING_VRAGEN, E.HERSTELTERMIJN_VERSTREKEN, E.BUITEN_BEHANDELING_STELLEN],
};

export interface Situatie {
  /** The leaf state the path ends in (checked by the specs). */
  readonly toestand: LeafStateV2;
  readonly pad: readonly ZaakEvent[];
}

/**
 * Named situations besides the canonical paths, each reaching a leaf state with
 * the context one or more guards look at. The specs say per situation which events
 * behave differently from the canonical path.
 */
export const SITUATIES_V2 = {
  'aanvullen, hersteltermijn verstreken': { toestand: 'ingediend.aanvullen', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.HERSTELTERMIJN_VERSTREKEN] },
  'aanvullen, hersteltermijn tweemaal verstreken gemeld': {
    toestand: 'ingediend.aanvullen', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.HERSTELTERMIJN_VERSTREKEN, E.HERSTELTERMIJN_VERSTREKEN],
  },
  'aanvullen, na verdaging': { toestand: 'ingediend.aanvullen', pad: [E.INDIENEN, E.VERDAGEN, E.AANVULLING_VRAGEN] },
  'aanvullen, gegevens gewijzigd na verstreken termijn': {
    toestand: 'ingediend.aanvullen', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.HERSTELTERMIJN_VERSTREKEN, E.GEGEVENS_WIJZIGEN],
  },
  'ontvankelijkheid, verdaagd': { toestand: 'ingediend.ontvankelijkheid', pad: [E.INDIENEN, E.VERDAGEN] },
  'ontvankelijkheid, aangevuld na verstreken termijn': {
    toestand: 'ingediend.ontvankelijkheid', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.HERSTELTERMIJN_VERSTREKEN, E.AANVULLING_INDIENEN],
  },
  'aanvullen, tweede hersteltermijn': {
    toestand: 'ingediend.aanvullen', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.HERSTELTERMIJN_VERSTREKEN, E.AANVULLING_INDIENEN, E.AANVULLING_VRAGEN],
  },
  'toetsingHerkomst, verdaagd tijdens ontvankelijkheid': { toestand: 'toetsingHerkomst', pad: [E.INDIENEN, E.VERDAGEN, ontvankelijk()] },
  'toetsingHerkomst, medisch advies gevraagd bij ontvankelijkheid': { toestand: 'toetsingHerkomst', pad: [E.INDIENEN, ontvankelijk({ medischAdviesNodig: true })] },
  'toetsingHerkomst, medisch advies gevraagd': { toestand: 'toetsingHerkomst', pad: [...NAAR_TOETSING, E.MEDISCH_ADVIES_VRAGEN] },
  'toetsingHerkomst, medisch advies uitgebracht': { toestand: 'toetsingHerkomst', pad: [...NAAR_TOETSING, E.MEDISCH_ADVIES_VRAGEN, E.MEDISCH_ADVIES_UITBRENGEN] },
  'toetsingHerkomst, zonder vier ogen': { toestand: 'toetsingHerkomst', pad: [E.INDIENEN, ontvankelijk({ vierOgen: false })] },
  'wegingWoonstart, verdaagd': { toestand: 'wegingWoonstart', pad: [...NAAR_WEGING, E.VERDAGEN] },
  'wegingWoonstart, medisch advies gevraagd': { toestand: 'wegingWoonstart', pad: [...NAAR_TOETSING, E.MEDISCH_ADVIES_VRAGEN, E.HERKOMST_VASTSTELLEN] },
  'wegingWoonstart, medisch advies uitgebracht': {
    toestand: 'wegingWoonstart', pad: [E.INDIENEN, ontvankelijk({ medischAdviesNodig: true }), E.HERKOMST_VASTSTELLEN, E.MEDISCH_ADVIES_UITBRENGEN],
  },
  'wegingWoonstart, na overdracht': { toestand: 'wegingWoonstart', pad: [...NAAR_WEGING, E.ZAAK_OVERDRAGEN] },
  'beraad, verdaagd': { toestand: 'besluitvorming.beraad', pad: [...NAAR_BERAAD, E.VERDAGEN] },
  'beraad, medisch advies gevraagd bij ontvankelijkheid': {
    toestand: 'besluitvorming.beraad', pad: [E.INDIENEN, ontvankelijk({ medischAdviesNodig: true }), E.HERKOMST_VASTSTELLEN, E.WEGING_VASTLEGGEN],
  },
  'beraad, medisch advies gevraagd': { toestand: 'besluitvorming.beraad', pad: [...NAAR_BERAAD, E.MEDISCH_ADVIES_VRAGEN] },
  'beraad, medisch advies uitgebracht': { toestand: 'besluitvorming.beraad', pad: [...NAAR_BERAAD, E.MEDISCH_ADVIES_VRAGEN, E.MEDISCH_ADVIES_UITBRENGEN] },
  'beraad, weging herzien en overgedragen': {
    toestand: 'besluitvorming.beraad', pad: [...NAAR_BERAAD, { ...E.WEGING_VASTLEGGEN, gemeenteCbs: '1783' }, E.ZAAK_OVERDRAGEN],
  },
  'beraad, na terugsturen': { toestand: 'besluitvorming.beraad', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), E.BESLUIT_TERUGSTUREN] },
  'beraad, na zienswijze': { toestand: 'besluitvorming.beraad', pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZE_ONTVANGEN] },
  'beraad, na verstreken zienswijzetermijn': { toestand: 'besluitvorming.beraad', pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZETERMIJN_VERSTREKEN] },
  'beraad, na gegrond bezwaar': { toestand: 'besluitvorming.beraad', pad: NAAR_HEROPEND },
  'beraad, na gegrond bezwaar tegen afwijzing na zienswijze': {
    toestand: 'besluitvorming.beraad',
    pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZE_ONTVANGEN, ...BESLUIT({ uitkomst: 'afwijzen', zienswijzeNodig: true }), E.BEZWAAR_INDIENEN, E.BEZWAAR_GEGROND],
  },
  'voorgesteld, zelf zoeken': { toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' })] },
  'voorgesteld, afwijzing': { toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'afwijzen' })] },
  'voorgesteld, afwijzing met zienswijze': {
    toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true })],
  },
  'voorgesteld, afwijzing met zienswijze na zienswijze': {
    toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZE_ONTVANGEN, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true })],
  },
  'voorgesteld, toekenning na zienswijze': {
    toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZETERMIJN_VERSTREKEN, voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' })],
  },
  'voorgesteld, afwijzing met zienswijze na gegrond bezwaar': {
    toestand: 'besluitvorming.voorgesteld',
    pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZE_ONTVANGEN, ...BESLUIT({ uitkomst: 'afwijzen', zienswijzeNodig: true }), E.BEZWAAR_INDIENEN, E.BEZWAAR_GEGROND, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true })],
  },
  'voorgesteld, door de goedkeurder zelf': {
    toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling', door: LID_B })],
  },
  'voorgesteld, zonder vier ogen door de goedkeurder zelf': {
    toestand: 'besluitvorming.voorgesteld',
    pad: [E.INDIENEN, ontvankelijk({ vierOgen: false }), E.HERKOMST_VASTSTELLEN, E.WEGING_VASTLEGGEN, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling', door: LID_B })],
  },
  'voorgesteld, medisch advies gevraagd na het voorstel': {
    toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), E.MEDISCH_ADVIES_VRAGEN],
  },
  'voorgesteld, verdaagd': { toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), E.VERDAGEN] },
  'voorgesteld, opnieuw na terugsturen': {
    toestand: 'besluitvorming.voorgesteld',
    pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), E.BESLUIT_TERUGSTUREN, voorstel({ uitkomst: 'afwijzen' })],
  },
  'zienswijze, medisch advies gevraagd': { toestand: 'besluitvorming.zienswijze', pad: [...NAAR_ZIENSWIJZE, E.MEDISCH_ADVIES_VRAGEN] },
  'zienswijze, verdaagd': { toestand: 'besluitvorming.zienswijze', pad: [...NAAR_ZIENSWIJZE, E.VERDAGEN] },
  'zienswijze, zonder vier ogen': {
    toestand: 'besluitvorming.zienswijze',
    pad: [E.INDIENEN, ontvankelijk({ vierOgen: false }), E.HERKOMST_VASTSTELLEN, E.WEGING_VASTLEGGEN, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true }), goedkeuring(LID_A)],
  },
  'zoeken, na een weigering': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN, E.AANBIEDING_WEIGEREN] },
  'aanbieding, tweede aanbod': {
    toestand: 'toegekend.bemiddeling.aanbieding', pad: [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN, E.AANBIEDING_WEIGEREN, { ...E.WONING_AANBIEDEN, woningId: 'woning-18' }],
  },
  'zoeken, zonder vier ogen door de voorsteller goedgekeurd': {
    toestand: 'toegekend.bemiddeling.zoeken',
    pad: [E.INDIENEN, ontvankelijk({ vierOgen: false }), E.HERKOMST_VASTSTELLEN, E.WEGING_VASTLEGGEN, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), goedkeuring(LID_A)],
  },
  'zelfZoeken, na gegrond bezwaar': { toestand: 'toegekend.zelfZoeken', pad: [...NAAR_HEROPEND, ...BESLUIT({ uitkomst: 'toekennen', route: 'zelfZoeken' })] },
  'geplaatst, via zelf zoeken': { toestand: 'geplaatst', pad: [...NAAR_BERAAD, ...BESLUIT({ uitkomst: 'toekennen', route: 'zelfZoeken' }), E.PLAATSING_REGISTREREN] },
  'afgewezen, na zienswijze': {
    toestand: 'afgewezen', pad: [...NAAR_ZIENSWIJZE, E.ZIENSWIJZE_ONTVANGEN, ...BESLUIT({ uitkomst: 'afwijzen', zienswijzeNodig: true })],
  },
  'afgewezen, opnieuw na gegrond bezwaar': { toestand: 'afgewezen', pad: [...NAAR_HEROPEND, ...BESLUIT({ uitkomst: 'afwijzen' })] },
  'bezwaar, tegen tweede afwijzing': { toestand: 'bezwaar', pad: [...NAAR_HEROPEND, ...BESLUIT({ uitkomst: 'afwijzen' }), E.BEZWAAR_INDIENEN] },
  'definitiefAfgewezen, bezwaar niet-ontvankelijk': { toestand: 'definitiefAfgewezen', pad: [...NAAR_AFGEWEZEN, E.BEZWAAR_INDIENEN, E.BEZWAAR_NIET_ONTVANKELIJK] },
  'ingetrokken, tijdens aanvulling': { toestand: 'ingetrokken', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.INTREKKEN] },
  'ingetrokken, tijdens voorstel': { toestand: 'ingetrokken', pad: [...NAAR_BERAAD, voorstel({ uitkomst: 'afwijzen' }), E.INTREKKEN] },
  'ingetrokken, na toekenning': { toestand: 'ingetrokken', pad: [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN, E.INTREKKEN] },
  // The beslistermijn signals of the deadline jobs (Awb 4:17): they change only termijnSignaal.
  'aanvullen, beslistermijn verstreken': { toestand: 'ingediend.aanvullen', pad: [E.INDIENEN, E.AANVULLING_VRAGEN, E.BESLISTERMIJN_VERSTREKEN] },
  'toetsingHerkomst, verdaagd na verstreken beslistermijn': {
    toestand: 'toetsingHerkomst', pad: [E.INDIENEN, E.BESLISTERMIJN_HERINNERING, E.BESLISTERMIJN_VERSTREKEN, E.VERDAGEN, ontvankelijk()],
  },
  'beraad, herinnerd': { toestand: 'besluitvorming.beraad', pad: [...NAAR_BERAAD, E.BESLISTERMIJN_HERINNERING] },
  'voorgesteld, beslistermijn verstreken': {
    toestand: 'besluitvorming.voorgesteld', pad: [...NAAR_BERAAD, E.BESLISTERMIJN_HERINNERING, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), E.BESLISTERMIJN_VERSTREKEN],
  },
  'zoeken, na verstreken beslistermijn': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_BERAAD, E.BESLISTERMIJN_VERSTREKEN, ...BESLUIT({ uitkomst: 'toekennen', route: 'bemiddeling' })] },
} as const satisfies Record<string, Situatie>;

export type SituatieNaam = keyof typeof SITUATIES_V2;
export const SITUATIE_NAMEN = Object.keys(SITUATIES_V2) as SituatieNaam[];

/** The persisted snapshot of a new version-2 case driven into the given leaf state along its canonical path. */
export function bereikZaakV2(state: LeafStateV2): PersistedZaak {
  return speelAf(V2, PAD_NAAR_V2[state]);
}

/** The persisted snapshot of a new version-2 case driven into the named situation. */
export function bereikSituatieV2(naam: SituatieNaam): PersistedZaak {
  return speelAf(V2, SITUATIES_V2[naam].pad);
}
