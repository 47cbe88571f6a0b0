/**
 * Leaf states of machine version 3 and realistic event sequences that drive a new
 * version-3 case into each of them through applyZaakEvent(3, …): one canonical path
 * per leaf state, plus named situations that reach a leaf state with the context a
 * guard looks at. Version 3 is version 2 up to the decision, so the paths up to and
 * into the decision are version 2's (zaak-paden.v2.ts); only what follows is new.
 */
import type { WeigeringGevolg, ZaakEvent } from '../lib/zaak-events.model';
import type { PersistedZaak } from '../lib/zaak.runtime';
import { LID_B, VOORBEELD_EVENT as E, goedkeuring, speelAf, voorstel, type EventOfType } from './zaak-paden';
import { PAD_NAAR_V2, type LeafStateV2 } from './zaak-paden.v2';

export const V3 = 3;

/** Every leaf state path of machine version 3, written out on purpose (not read from the machine). */
export const LEAF_STATES_V3 = [
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
  'toegekend.zelfZoeken.zoekend',
  'toegekend.zelfZoeken.verlopen',
  'toegekend.zelfZoeken.verlengingAangevraagd',
  'intermediaireVerhuur',
  'geplaatst',
  'urgentieVervallen',
  'plaatsingBeeindigd',
  'afgewezen',
  'bezwaar',
  'definitiefAfgewezen',
  'ingetrokken',
  'buitenBehandeling',
] as const;

export type LeafStateV3 = (typeof LEAF_STATES_V3)[number];

/**
 * The leaf states up to the decision (and the ones a case ends in before it), which
 * version 3 shares with version 2 unchanged: same path, same behaviour.
 */
export const LEAF_STATES_TOT_BESLUIT_V3 = [
  'concept',
  'ingediend.ontvankelijkheid',
  'ingediend.aanvullen',
  'toetsingHerkomst',
  'wegingWoonstart',
  'besluitvorming.beraad',
  'besluitvorming.voorgesteld',
  'besluitvorming.zienswijze',
  'ingetrokken',
  'buitenBehandeling',
] as const satisfies ReadonlyArray<LeafStateV3 & LeafStateV2>;

export type LeafStateTotBesluitV3 = (typeof LEAF_STATES_TOT_BESLUIT_V3)[number];

/** The leaf states after the decision: the granted case with what version 3 added, and the refused one. */
export const LEAF_STATES_NA_BESLUIT_V3 = [
  'toegekend.bemiddeling.zoeken',
  'toegekend.bemiddeling.aanbieding',
  'toegekend.bemiddeling.geaccepteerd',
  'toegekend.zelfZoeken.zoekend',
  'toegekend.zelfZoeken.verlopen',
  'toegekend.zelfZoeken.verlengingAangevraagd',
  'intermediaireVerhuur',
  'geplaatst',
  'urgentieVervallen',
  'plaatsingBeeindigd',
  'afgewezen',
  'bezwaar',
  'definitiefAfgewezen',
] as const satisfies readonly LeafStateV3[];

export type LeafStateNaBesluitV3 = (typeof LEAF_STATES_NA_BESLUIT_V3)[number];

/** The leaf states inside toegekend: where INTREKKEN and PLAATSINGSPROFIEL_VASTLEGGEN apply. */
export const TOEGEKEND_V3 = [
  'toegekend.bemiddeling.zoeken',
  'toegekend.bemiddeling.aanbieding',
  'toegekend.bemiddeling.geaccepteerd',
  'toegekend.zelfZoeken.zoekend',
  'toegekend.zelfZoeken.verlopen',
  'toegekend.zelfZoeken.verlengingAangevraagd',
] as const satisfies readonly LeafStateNaBesluitV3[];

export type ToegekendV3 = (typeof TOEGEKEND_V3)[number];

/** AANBIEDING_WEIGEREN as the api sends it: with the gemeente's policy as `gevolg`, or without one. */
export function weigering(gevolg?: WeigeringGevolg, gegrond?: boolean): EventOfType<'AANBIEDING_WEIGEREN'> {
  return {
    ...E.AANBIEDING_WEIGEREN,
    ...(gevolg === undefined ? {} : { gevolg }),
    ...(gegrond === undefined ? {} : { gegrond }),
  };
}

/** PLAATSING_REGISTREREN as a lease to the household ('huur') or intermediaire verhuur; without `vorm` as the sample sends it. */
export function plaatsing(vorm?: 'huur' | 'intermediair', ingangsdatum = E.PLAATSING_REGISTREREN.ingangsdatum): EventOfType<'PLAATSING_REGISTREREN'> {
  return vorm === undefined
    ? { ...E.PLAATSING_REGISTREREN, ingangsdatum }
    : { ...E.PLAATSING_REGISTREREN, ingangsdatum, vorm, begeleidingAkkoord: true, begeleidingsafspraak: 'Wekelijks huisbezoek door de ambulant begeleider.' };
}

const NAAR_BEMIDDELING = PAD_NAAR_V2['toegekend.bemiddeling.zoeken'];
const NAAR_AANBIEDING: readonly ZaakEvent[] = [...NAAR_BEMIDDELING, E.WONING_AANBIEDEN];
const NAAR_GEACCEPTEERD: readonly ZaakEvent[] = [...NAAR_AANBIEDING, E.AANBIEDING_ACCEPTEREN];
/** Version 2's path to toegekend.zelfZoeken; in version 3 it ends in toegekend.zelfZoeken.zoekend. */
const NAAR_ZOEKEND = PAD_NAAR_V2['toegekend.zelfZoeken'];
const NAAR_VERLOPEN: readonly ZaakEvent[] = [...NAAR_ZOEKEND, E.URGENTIEVERKLARING_VERLOPEN];
const NAAR_VERLENGING_AANGEVRAAGD: readonly ZaakEvent[] = [...NAAR_ZOEKEND, E.VERLENGING_AANVRAGEN];
const NAAR_VERLENGD: readonly ZaakEvent[] = [...NAAR_VERLENGING_AANGEVRAAGD, E.VERLENGING_TOEKENNEN];
const NAAR_INTERMEDIAIR: readonly ZaakEvent[] = [...NAAR_GEACCEPTEERD, plaatsing('intermediair')];
/** Intermediaire verhuur reached through zelf zoeken: shorter, for the woonevaluatie situations. */
const NAAR_INTERMEDIAIR_ZELF: readonly ZaakEvent[] = [...NAAR_ZOEKEND, plaatsing('intermediair')];
const NAAR_EVALUATIE_OPEN: readonly ZaakEvent[] = [...NAAR_INTERMEDIAIR_ZELF, E.WOONEVALUATIE_VASTLEGGEN];
const NAAR_EVALUATIE_AFGETEKEND: readonly ZaakEvent[] = [...NAAR_EVALUATIE_OPEN, E.WOONEVALUATIE_AFTEKENEN];
const NAAR_TWEEDE_WAARSCHUWING: readonly ZaakEvent[] = [...NAAR_AANBIEDING, weigering('waarschuwing'), { ...E.WONING_AANBIEDEN, woningId: 'woning-18' }];

/**
 * The canonical path to each leaf state: version 2's canonical path for every state it
 * shares (up to the decision, bemiddeling, the refusal and objection), and the sample
 * events after it. The sample refusal carries no `gevolg`, the sample placement no `vorm`.
 */
export const PAD_NAAR_V3: { readonly [S in LeafStateV3]: readonly ZaakEvent[] } = {
  concept: PAD_NAAR_V2.concept,
  'ingediend.ontvankelijkheid': PAD_NAAR_V2['ingediend.ontvankelijkheid'],
  'ingediend.aanvullen': PAD_NAAR_V2['ingediend.aanvullen'],
  toetsingHerkomst: PAD_NAAR_V2.toetsingHerkomst,
  wegingWoonstart: PAD_NAAR_V2.wegingWoonstart,
  'besluitvorming.beraad': PAD_NAAR_V2['besluitvorming.beraad'],
  'besluitvorming.voorgesteld': PAD_NAAR_V2['besluitvorming.voorgesteld'],
  'besluitvorming.zienswijze': PAD_NAAR_V2['besluitvorming.zienswijze'],
  'toegekend.bemiddeling.zoeken': NAAR_BEMIDDELING,
  'toegekend.bemiddeling.aanbieding': NAAR_AANBIEDING,
  'toegekend.bemiddeling.geaccepteerd': NAAR_GEACCEPTEERD,
  'toegekend.zelfZoeken.zoekend': NAAR_ZOEKEND,
  'toegekend.zelfZoeken.verlopen': NAAR_VERLOPEN,
  'toegekend.zelfZoeken.verlengingAangevraagd': NAAR_VERLENGING_AANGEVRAAGD,
  intermediaireVerhuur: NAAR_INTERMEDIAIR,
  geplaatst: PAD_NAAR_V2.geplaatst,
  urgentieVervallen: [...NAAR_AANBIEDING, weigering('urgentieVervalt')],
  plaatsingBeeindigd: [...NAAR_INTERMEDIAIR, E.INTERMEDIAIRE_VERHUUR_BEEINDIGEN],
  afgewezen: PAD_NAAR_V2.afgewezen,
  bezwaar: PAD_NAAR_V2.bezwaar,
  definitiefAfgewezen: PAD_NAAR_V2.definitiefAfgewezen,
  ingetrokken: PAD_NAAR_V2.ingetrokken,
  buitenBehandeling: PAD_NAAR_V2.buitenBehandeling,
};

export interface SituatieV3 {
  /** The leaf state the path ends in (checked by the specs). */
  readonly toestand: LeafStateV3;
  readonly pad: readonly ZaakEvent[];
}

/**
 * Named situations after the decision besides the canonical paths, each reaching a
 * leaf state with the context one or more of the version-3 guards look at (the
 * situations before the decision are version 2's, SITUATIES_V2). The specs say per
 * situation which events behave differently from the canonical path.
 */
export const SITUATIES_V3 = {
  'zoeken, na weigering zonder gevolg': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_AANBIEDING, weigering('geenGevolg')] },
  'zoeken, na weigering met waarschuwing': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_AANBIEDING, weigering('waarschuwing')] },
  'zoeken, na gegronde weigering': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_AANBIEDING, weigering('geenGevolg', true)] },
  'zoeken, na ingetrokken aanbieding': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_AANBIEDING, E.AANBIEDING_INTREKKEN] },
  'zoeken, na verstreken reactietermijn': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_AANBIEDING, E.REACTIETERMIJN_VERSTREKEN] },
  'zoeken, na ingetrokken acceptatie': { toestand: 'toegekend.bemiddeling.zoeken', pad: [...NAAR_GEACCEPTEERD, E.AANBIEDING_INTREKKEN] },
  'aanbieding, na een waarschuwing': { toestand: 'toegekend.bemiddeling.aanbieding', pad: NAAR_TWEEDE_WAARSCHUWING },
  'geaccepteerd, na een waarschuwing': { toestand: 'toegekend.bemiddeling.geaccepteerd', pad: [...NAAR_TWEEDE_WAARSCHUWING, E.AANBIEDING_ACCEPTEREN] },
  'zoekend, na verlenging': { toestand: 'toegekend.zelfZoeken.zoekend', pad: NAAR_VERLENGD },
  'zoekend, verlengd na verlopen': {
    toestand: 'toegekend.zelfZoeken.zoekend', pad: [...NAAR_VERLOPEN, E.VERLENGING_AANVRAGEN, E.VERLENGING_TOEKENNEN],
  },
  'zoekend, na gegrond bezwaar': {
    toestand: 'toegekend.zelfZoeken.zoekend',
    pad: [...PAD_NAAR_V2.afgewezen, E.BEZWAAR_INDIENEN, E.BEZWAAR_GEGROND, voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' }), goedkeuring(LID_B)],
  },
  'verlopen, na verlenging': { toestand: 'toegekend.zelfZoeken.verlopen', pad: [...NAAR_VERLENGD, E.URGENTIEVERKLARING_VERLOPEN] },
  'verlengingAangevraagd, na verlopen': { toestand: 'toegekend.zelfZoeken.verlengingAangevraagd', pad: [...NAAR_VERLOPEN, E.VERLENGING_AANVRAGEN] },
  'intermediaireVerhuur, via zelf zoeken': { toestand: 'intermediaireVerhuur', pad: NAAR_INTERMEDIAIR_ZELF },
  'intermediaireVerhuur, woonevaluatie open': { toestand: 'intermediaireVerhuur', pad: NAAR_EVALUATIE_OPEN },
  'intermediaireVerhuur, woonevaluatie afgetekend': { toestand: 'intermediaireVerhuur', pad: NAAR_EVALUATIE_AFGETEKEND },
  'intermediaireVerhuur, tweede woonevaluatie open': { toestand: 'intermediaireVerhuur', pad: [...NAAR_EVALUATIE_AFGETEKEND, E.WOONEVALUATIE_VASTLEGGEN] },
  'geplaatst, huur via bemiddeling': { toestand: 'geplaatst', pad: [...NAAR_GEACCEPTEERD, plaatsing('huur')] },
  'geplaatst, via zelf zoeken': { toestand: 'geplaatst', pad: [...NAAR_ZOEKEND, plaatsing('huur')] },
  'geplaatst, na verlenging': { toestand: 'geplaatst', pad: [...NAAR_VERLENGD, plaatsing()] },
  'geplaatst, na omklap': { toestand: 'geplaatst', pad: [...NAAR_EVALUATIE_AFGETEKEND, E.OMKLAP_REGISTREREN] },
  'urgentieVervallen, na een waarschuwing': { toestand: 'urgentieVervallen', pad: [...NAAR_TWEEDE_WAARSCHUWING, weigering('urgentieVervalt')] },
  'urgentieVervallen, verlenging afgewezen': { toestand: 'urgentieVervallen', pad: [...NAAR_VERLENGING_AANGEVRAAGD, E.VERLENGING_AFWIJZEN] },
  'urgentieVervallen, verlengingstermijn verstreken': { toestand: 'urgentieVervallen', pad: [...NAAR_VERLOPEN, E.VERLENGINGSTERMIJN_VERSTREKEN] },
  'plaatsingBeeindigd, met open woonevaluatie': { toestand: 'plaatsingBeeindigd', pad: [...NAAR_EVALUATIE_OPEN, E.INTERMEDIAIRE_VERHUUR_BEEINDIGEN] },
  'ingetrokken, tijdens aanbieding': { toestand: 'ingetrokken', pad: [...NAAR_AANBIEDING, E.INTREKKEN] },
  'ingetrokken, na verlopen urgentieverklaring': { toestand: 'ingetrokken', pad: [...NAAR_VERLOPEN, E.INTREKKEN] },
  'ingetrokken, tijdens verlengingsaanvraag': { toestand: 'ingetrokken', pad: [...NAAR_VERLENGING_AANGEVRAAGD, E.INTREKKEN] },
} as const satisfies Record<string, SituatieV3>;

export type SituatieNaamV3 = keyof typeof SITUATIES_V3;
export const SITUATIE_NAMEN_V3 = Object.keys(SITUATIES_V3) as SituatieNaamV3[];

/** The persisted snapshot of a new version-3 case driven into the given leaf state along its canonical path. */
export function bereikZaakV3(state: LeafStateV3): PersistedZaak {
  return speelAf(V3, PAD_NAAR_V3[state]);
}

/** The persisted snapshot of a new version-3 case driven into the named situation. */
export function bereikSituatieV3(naam: SituatieNaamV3): PersistedZaak {
  return speelAf(V3, SITUATIES_V3[naam].pad);
}
