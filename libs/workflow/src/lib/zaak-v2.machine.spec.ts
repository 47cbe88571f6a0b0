import { ROLLEN } from '@woonstart/domain';
import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { LID_A, LID_B, LID_C, VOORBEELD_EVENT, goedkeuring, lui, nieuweZaak, ontvankelijk, speelAf, voorstel } from '../testing/zaak-paden';
import {
  LEAF_STATES_V2,
  PAD_NAAR_V2,
  SITUATIES_V2,
  SITUATIE_NAMEN,
  V2,
  bereikSituatieV2,
  bereikZaakV2,
  type LeafStateV2,
  type SituatieNaam,
} from '../testing/zaak-paden.v2';
import { zaakDiagram } from './zaak.diagram';
import { EVENTS_VANAF_V3, ZAAK_EVENT_TYPES as ALLE_EVENT_TYPES, type ZaakContextV2 as ZaakContext, type ZaakEvent, type ZaakEventTypeTotV3 as ZaakEventType } from './zaak-events.model';
import { INITIAL_ZAAK_CONTEXT_V2 as INITIAL_ZAAK_CONTEXT, ZAAK_MACHINE_VERSION_V2 as ZAAK_MACHINE_VERSION, zaakMachineV2 as zaakMachine } from './zaak-v2.machine';
import { allowedEvents, applyZaakEvent, machineForVersion, possibleEvents, statePath, type PersistedZaak } from './zaak.runtime';

/** Version 2 knows the events of versions 1 and 2; the version-3 events are refused everywhere (tested below). */
const ZAAK_EVENT_TYPES = ALLE_EVENT_TYPES.filter((t): t is ZaakEventType => !(EVENTS_VANAF_V3 as readonly string[]).includes(t));

/**
 * The whole behaviour of machine version 2 on its canonical paths, written out by
 * hand: for every leaf state and every event (sample payload, BESLUIT_GOEDKEUREN by
 * LID_B on a proposal by LID_A, four eyes on, no verdaging or medical advice yet),
 * the leaf state the case ends in, or null when the machine refuses the event.
 * A targetless transition (VERDAGEN, MEDISCH_ADVIES_*, HERSTELTERMIJN_VERSTREKEN and the
 * deadline signals BESLISTERMIJN_HERINNERING/_VERSTREKEN) ends in the state it started in.
 * Any change to the machine must change this table.
 */
const OVERGANGEN_V2: { readonly [S in LeafStateV2]: { readonly [E in ZaakEventType]: LeafStateV2 | null } } = {
  concept: {
    GEGEVENS_WIJZIGEN: 'concept', INDIENEN: 'ingediend.ontvankelijkheid',
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
  },
  'ingediend.ontvankelijkheid': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: 'toetsingHerkomst', AANVULLING_VRAGEN: 'ingediend.aanvullen', AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: 'ingediend.ontvankelijkheid', MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'ingediend.ontvankelijkheid', BESLISTERMIJN_VERSTREKEN: 'ingediend.ontvankelijkheid',
    INTREKKEN: 'ingetrokken',
  },
  'ingediend.aanvullen': {
    GEGEVENS_WIJZIGEN: 'ingediend.aanvullen', INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: 'ingediend.ontvankelijkheid', BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: 'ingediend.aanvullen',
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: 'ingediend.aanvullen', MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'ingediend.aanvullen', BESLISTERMIJN_VERSTREKEN: 'ingediend.aanvullen',
    INTREKKEN: 'ingetrokken',
  },
  toetsingHerkomst: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: 'wegingWoonstart', WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: 'toetsingHerkomst', MEDISCH_ADVIES_VRAGEN: 'toetsingHerkomst', MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'toetsingHerkomst', BESLISTERMIJN_VERSTREKEN: 'toetsingHerkomst',
    INTREKKEN: 'ingetrokken',
  },
  wegingWoonstart: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: 'besluitvorming.beraad', ZAAK_OVERDRAGEN: 'wegingWoonstart', VERDAGEN: 'wegingWoonstart', MEDISCH_ADVIES_VRAGEN: 'wegingWoonstart', MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'wegingWoonstart', BESLISTERMIJN_VERSTREKEN: 'wegingWoonstart',
    INTREKKEN: 'ingetrokken',
  },
  'besluitvorming.beraad': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: 'besluitvorming.beraad', ZAAK_OVERDRAGEN: 'besluitvorming.beraad', VERDAGEN: 'besluitvorming.beraad', MEDISCH_ADVIES_VRAGEN: 'besluitvorming.beraad', MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: 'besluitvorming.voorgesteld', BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'besluitvorming.beraad', BESLISTERMIJN_VERSTREKEN: 'besluitvorming.beraad',
    INTREKKEN: 'ingetrokken',
  },
  'besluitvorming.voorgesteld': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: 'besluitvorming.voorgesteld', MEDISCH_ADVIES_VRAGEN: 'besluitvorming.voorgesteld', MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: 'toegekend.bemiddeling.zoeken', BESLUIT_TERUGSTUREN: 'besluitvorming.beraad', ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'besluitvorming.voorgesteld', BESLISTERMIJN_VERSTREKEN: 'besluitvorming.voorgesteld',
    INTREKKEN: 'ingetrokken',
  },
  'besluitvorming.zienswijze': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: 'besluitvorming.zienswijze', MEDISCH_ADVIES_VRAGEN: 'besluitvorming.zienswijze', MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: 'besluitvorming.beraad', ZIENSWIJZETERMIJN_VERSTREKEN: 'besluitvorming.beraad',
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: 'besluitvorming.zienswijze', BESLISTERMIJN_VERSTREKEN: 'besluitvorming.zienswijze',
    INTREKKEN: 'ingetrokken',
  },
  'toegekend.bemiddeling.zoeken': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: 'toegekend.bemiddeling.aanbieding', AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
  },
  'toegekend.bemiddeling.aanbieding': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: 'toegekend.bemiddeling.geaccepteerd', AANBIEDING_WEIGEREN: 'toegekend.bemiddeling.zoeken', PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
  },
  'toegekend.bemiddeling.geaccepteerd': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst',
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
  },
  'toegekend.zelfZoeken': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst',
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
  },
  geplaatst: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
  },
  afgewezen: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: 'bezwaar', BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
  },
  bezwaar: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: 'besluitvorming.beraad', BEZWAAR_ONGEGROND: 'definitiefAfgewezen', BEZWAAR_NIET_ONTVANKELIJK: 'definitiefAfgewezen',
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
  },
  definitiefAfgewezen: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
  },
  ingetrokken: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
  },
  buitenBehandeling: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
  },
};

/**
 * Per named situation (zaak-paden.v2.ts), the events that behave differently from
 * the canonical row of its leaf state, written out by hand. Every other event must
 * behave exactly as in the canonical row: an empty object says "no difference".
 */
const AFWIJKINGEN: { readonly [N in SituatieNaam]: Partial<Record<ZaakEventType, LeafStateV2 | null>> } = {
  // Awb 4:5: buiten behandeling only once the hersteltermijn has lapsed.
  'aanvullen, hersteltermijn verstreken': { BUITEN_BEHANDELING_STELLEN: 'buitenBehandeling' },
  'aanvullen, hersteltermijn tweemaal verstreken gemeld': { BUITEN_BEHANDELING_STELLEN: 'buitenBehandeling' },
  'aanvullen, na verdaging': { VERDAGEN: null },
  'aanvullen, gegevens gewijzigd na verstreken termijn': { BUITEN_BEHANDELING_STELLEN: 'buitenBehandeling' },
  'ontvankelijkheid, verdaagd': { VERDAGEN: null },
  'ontvankelijkheid, aangevuld na verstreken termijn': {},
  // A new request for completion starts a new hersteltermijn.
  'aanvullen, tweede hersteltermijn': {},
  'toetsingHerkomst, verdaagd tijdens ontvankelijkheid': { VERDAGEN: null },
  'toetsingHerkomst, medisch advies gevraagd bij ontvankelijkheid': { MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'toetsingHerkomst' },
  'toetsingHerkomst, medisch advies gevraagd': { MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'toetsingHerkomst' },
  'toetsingHerkomst, medisch advies uitgebracht': { MEDISCH_ADVIES_VRAGEN: null },
  'toetsingHerkomst, zonder vier ogen': {},
  'wegingWoonstart, verdaagd': { VERDAGEN: null },
  'wegingWoonstart, medisch advies gevraagd': { MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'wegingWoonstart' },
  'wegingWoonstart, medisch advies uitgebracht': { MEDISCH_ADVIES_VRAGEN: null },
  'wegingWoonstart, na overdracht': {},
  'beraad, verdaagd': { VERDAGEN: null },
  'beraad, medisch advies gevraagd bij ontvankelijkheid': { BESLUIT_VOORSTELLEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'besluitvorming.beraad' },
  'beraad, medisch advies gevraagd': { BESLUIT_VOORSTELLEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'besluitvorming.beraad' },
  'beraad, medisch advies uitgebracht': { MEDISCH_ADVIES_VRAGEN: null },
  'beraad, weging herzien en overgedragen': {},
  'beraad, na terugsturen': {},
  'beraad, na zienswijze': {},
  'beraad, na verstreken zienswijzetermijn': {},
  'beraad, na gegrond bezwaar': {},
  'beraad, na gegrond bezwaar tegen afwijzing na zienswijze': {},
  'voorgesteld, zelf zoeken': { BESLUIT_GOEDKEUREN: 'toegekend.zelfZoeken' },
  'voorgesteld, afwijzing': { BESLUIT_GOEDKEUREN: 'afgewezen' },
  'voorgesteld, afwijzing met zienswijze': { BESLUIT_GOEDKEUREN: 'besluitvorming.zienswijze' },
  // The applicant has been heard: approving the refusal again ends in afgewezen.
  'voorgesteld, afwijzing met zienswijze na zienswijze': { BESLUIT_GOEDKEUREN: 'afgewezen' },
  'voorgesteld, toekenning na zienswijze': { BESLUIT_GOEDKEUREN: 'toegekend.zelfZoeken' },
  // A gegrond bezwaar forgets the earlier zienswijze: the applicant is heard again.
  'voorgesteld, afwijzing met zienswijze na gegrond bezwaar': { BESLUIT_GOEDKEUREN: 'besluitvorming.zienswijze' },
  // Four eyes: LID_B (the sample approver) proposed it and may not approve it.
  'voorgesteld, door de goedkeurder zelf': { BESLUIT_GOEDKEUREN: null },
  'voorgesteld, zonder vier ogen door de goedkeurder zelf': {},
  // Advice asked after the proposal blocks its approval until the advice is in.
  'voorgesteld, medisch advies gevraagd na het voorstel': { MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'besluitvorming.voorgesteld', BESLUIT_GOEDKEUREN: null },
  'voorgesteld, verdaagd': { VERDAGEN: null },
  'voorgesteld, opnieuw na terugsturen': { BESLUIT_GOEDKEUREN: 'afgewezen' },
  'zienswijze, medisch advies gevraagd': { MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: 'besluitvorming.zienswijze' },
  'zienswijze, verdaagd': { VERDAGEN: null },
  'zienswijze, zonder vier ogen': {},
  'zoeken, na een weigering': {},
  'aanbieding, tweede aanbod': {},
  'zoeken, zonder vier ogen door de voorsteller goedgekeurd': {},
  'zelfZoeken, na gegrond bezwaar': {},
  'geplaatst, via zelf zoeken': {},
  'afgewezen, na zienswijze': {},
  'afgewezen, opnieuw na gegrond bezwaar': {},
  'bezwaar, tegen tweede afwijzing': {},
  'definitiefAfgewezen, bezwaar niet-ontvankelijk': {},
  'ingetrokken, tijdens aanvulling': {},
  'ingetrokken, tijdens voorstel': {},
  'ingetrokken, na toekenning': {},
  'aanvullen, beslistermijn verstreken': {},
  // The verdaging resets the signal, and there is only one.
  'toetsingHerkomst, verdaagd na verstreken beslistermijn': { VERDAGEN: null },
  'beraad, herinnerd': {},
  // A late decision is still a decision: the signal blocks nothing.
  'voorgesteld, beslistermijn verstreken': {},
  'zoeken, na verstreken beslistermijn': {},
};

/** Driven once, on first use, through applyZaakEvent(2, …). */
const snapshotIn = lui(LEAF_STATES_V2, bereikZaakV2);
const situatie = lui(SITUATIE_NAMEN, bereikSituatieV2);

const rows: Array<[LeafStateV2, ZaakEventType, LeafStateV2 | null]> = LEAF_STATES_V2.flatMap((state) =>
  ZAAK_EVENT_TYPES.map((event): [LeafStateV2, ZaakEventType, LeafStateV2 | null] => [state, event, OVERGANGEN_V2[state][event]]),
);

/** Expected outcome in a situation: its own difference, else the canonical row of its leaf state. */
function verwachtIn(naam: SituatieNaam, event: ZaakEventType): LeafStateV2 | null {
  const anders = AFWIJKINGEN[naam];
  return event in anders ? (anders[event] as LeafStateV2 | null) : OVERGANGEN_V2[SITUATIES_V2[naam].toestand][event];
}

const situatieRows: Array<[SituatieNaam, ZaakEventType, LeafStateV2 | null]> = SITUATIE_NAMEN.flatMap((naam) =>
  ZAAK_EVENT_TYPES.map((event): [SituatieNaam, ZaakEventType, LeafStateV2 | null] => [naam, event, verwachtIn(naam, event)]),
);

/** Same snapshot with some context replaced, as a stored case might hold it. */
function metContext(persisted: PersistedZaak, context: Partial<ZaakContext>): PersistedZaak {
  return { ...persisted, context: { ...persisted.context, ...context } };
}

function naar(persisted: PersistedZaak, event: ZaakEvent): string | null {
  return applyZaakEvent(V2, persisted, event)?.naar ?? null;
}

function stap(persisted: PersistedZaak, event: ZaakEvent): PersistedZaak {
  const overgang = applyZaakEvent(V2, persisted, event);
  if (!overgang) throw new Error(`${event.type} geweigerd in ${statePath(persisted.value)}`);
  return overgang.snapshot;
}

const V1_ONLY: readonly ZaakEventType[] = ['TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN'];

/** The deadline signals of the beslistermijn, and the leaf states in which the term runs (hand-written). */
const BESLISTERMIJN_SIGNALEN = ['BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN'] as const;
const TERMIJN_LOOPT: readonly LeafStateV2[] = [
  'ingediend.ontvankelijkheid', 'ingediend.aanvullen', 'toetsingHerkomst', 'wegingWoonstart',
  'besluitvorming.beraad', 'besluitvorming.voorgesteld', 'besluitvorming.zienswijze',
];

describe('zaakMachine (version 2)', () => {
  it('is version 2, kept for the cases started on it, with the full version-2 context', () => {
    expect(ZAAK_MACHINE_VERSION).toBe(2);
    expect(V2).toBe(ZAAK_MACHINE_VERSION);
    expect(zaakMachine.version).toBe('2');
    expect(machineForVersion(2)).toBe(zaakMachine);
    expect(nieuweZaak(V2).context).toEqual(INITIAL_ZAAK_CONTEXT);
    expect(INITIAL_ZAAK_CONTEXT).toEqual({
      herkomstgemeenteCbs: null, woonstartgemeenteCbs: null, route: null, aangebodenWoningId: null, geplaatstOp: null, aantalWeigeringen: 0,
      vierOgen: true, medischAdvies: 'nietNodig', hersteltermijnVerstreken: false, verdaagd: false, voorstel: null, zienswijzeGehad: false,
      termijnSignaal: 'geen',
    });
  });

  it.each([...EVENTS_VANAF_V3])('refuses the version-3 event %s in every leaf state and situation', (event) => {
    for (const state of LEAF_STATES_V2) expect(applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT[event])).toBeNull();
    for (const naam of SITUATIE_NAMEN) expect(applyZaakEvent(V2, situatie[naam], VOORBEELD_EVENT[event])).toBeNull();
  });

  describe('the hand-written tables', () => {
    it('cover every event type the library declares, for every leaf state', () => {
      for (const state of LEAF_STATES_V2) expect(Object.keys(OVERGANGEN_V2[state]).sort()).toEqual([...ZAAK_EVENT_TYPES].sort());
    });

    it('list every named situation, and each difference is a real difference', () => {
      expect(Object.keys(AFWIJKINGEN).sort()).toEqual([...SITUATIE_NAMEN].sort());
      for (const naam of SITUATIE_NAMEN) {
        for (const [event, target] of Object.entries(AFWIJKINGEN[naam])) {
          expect(OVERGANGEN_V2[SITUATIES_V2[naam].toestand][event as ZaakEventType]).not.toBe(target);
        }
      }
    });

    it.each(V1_ONLY)('version 2 no longer accepts %s, in any state or situation', (event) => {
      for (const state of LEAF_STATES_V2) expect(OVERGANGEN_V2[state][event]).toBeNull();
      for (const naam of SITUATIE_NAMEN) expect(verwachtIn(naam, event)).toBeNull();
    });

    it('every other event type is accepted somewhere', () => {
      const accepted = new Set([...rows, ...situatieRows].filter(([, , to]) => to !== null).map(([, event]) => event));
      expect([...accepted].sort()).toEqual(ZAAK_EVENT_TYPES.filter((t) => !V1_ONLY.includes(t)).sort());
    });
  });

  describe('path helpers', () => {
    it.each(LEAF_STATES_V2)('the canonical path really brings a case into %s', (state) => {
      expect(statePath(snapshotIn[state].value)).toBe(state);
    });

    it.each(SITUATIE_NAMEN)('the situation "%s" really reaches its leaf state', (naam) => {
      expect(statePath(situatie[naam].value)).toBe(SITUATIES_V2[naam].toestand);
    });

    it('every leaf state has a canonical path and no path is longer than it needs to be to stay readable', () => {
      expect(Object.keys(PAD_NAAR_V2).sort()).toEqual([...LEAF_STATES_V2].sort());
      for (const state of LEAF_STATES_V2) expect(PAD_NAAR_V2[state].length).toBeLessThanOrEqual(10);
    });
  });

  describe('every (leaf state, event) pair on the canonical paths', () => {
    it.each(rows)('%s + %s → %s', (state, event, expected) => {
      const overgang = applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT[event]);
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

  describe('every (situation, event) pair', () => {
    it.each(situatieRows)('%s + %s → %s', (naam, event, expected) => {
      expect(naar(situatie[naam], VOORBEELD_EVENT[event])).toBe(expected);
    });
  });

  describe('guards', () => {
    describe('hersteltermijn (Awb 4:5)', () => {
      it('BUITEN_BEHANDELING_STELLEN is refused before HERSTELTERMIJN_VERSTREKEN and possible after it', () => {
        const aanvullen = snapshotIn['ingediend.aanvullen'];
        expect(aanvullen.context.hersteltermijnVerstreken).toBe(false);
        expect(applyZaakEvent(V2, aanvullen, VOORBEELD_EVENT.BUITEN_BEHANDELING_STELLEN)).toBeNull();

        const verstreken = stap(aanvullen, VOORBEELD_EVENT.HERSTELTERMIJN_VERSTREKEN);
        expect(statePath(verstreken.value)).toBe('ingediend.aanvullen');
        expect(verstreken.context.hersteltermijnVerstreken).toBe(true);
        const overgang = applyZaakEvent(V2, verstreken, VOORBEELD_EVENT.BUITEN_BEHANDELING_STELLEN)!;
        expect(overgang.naar).toBe('buitenBehandeling');
        expect(overgang.snapshot.status).toBe('done');
      });

      it('a late completion is still accepted, and a new request for completion starts a new term', () => {
        const aangevuld = situatie['ontvankelijkheid, aangevuld na verstreken termijn'];
        expect(aangevuld.context.hersteltermijnVerstreken).toBe(true);
        const opnieuw = stap(aangevuld, VOORBEELD_EVENT.AANVULLING_VRAGEN);
        expect(opnieuw.context.hersteltermijnVerstreken).toBe(false);
        expect(applyZaakEvent(V2, opnieuw, VOORBEELD_EVENT.BUITEN_BEHANDELING_STELLEN)).toBeNull();
      });

      it('HERSTELTERMIJN_VERSTREKEN only counts while completion is asked', () => {
        for (const state of LEAF_STATES_V2.filter((s) => s !== 'ingediend.aanvullen')) {
          expect(applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.HERSTELTERMIJN_VERSTREKEN)).toBeNull();
        }
      });
    });

    describe('verdaging (Awb 4:14): once per case', () => {
      it.each([
        'ingediend.ontvankelijkheid', 'ingediend.aanvullen', 'toetsingHerkomst', 'wegingWoonstart',
        'besluitvorming.beraad', 'besluitvorming.voorgesteld', 'besluitvorming.zienswijze',
      ] as const)('in %s: the first VERDAGEN is accepted and stays, a second is refused', (state) => {
        const eerste = applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.VERDAGEN)!;
        expect(eerste.naar).toBe(state);
        expect(eerste.snapshot.context).toEqual({ ...snapshotIn[state].context, verdaagd: true });
        expect(applyZaakEvent(V2, eerste.snapshot, { type: 'VERDAGEN', weken: 2, reden: 'Nog eens.' })).toBeNull();
      });

      it('a verdaging in ingediend still counts in besluitvorming', () => {
        const verdaagd = speelAf(V2, [VOORBEELD_EVENT.INDIENEN, VOORBEELD_EVENT.VERDAGEN, ontvankelijk(), VOORBEELD_EVENT.HERKOMST_VASTSTELLEN, VOORBEELD_EVENT.WEGING_VASTLEGGEN]);
        expect(statePath(verdaagd.value)).toBe('besluitvorming.beraad');
        expect(applyZaakEvent(V2, verdaagd, VOORBEELD_EVENT.VERDAGEN)).toBeNull();
      });

      it.each(['concept', 'toegekend.bemiddeling.zoeken', 'afgewezen', 'bezwaar'] as const)('is not possible in %s', (state) => {
        expect(applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.VERDAGEN)).toBeNull();
      });
    });

    describe('medical advice', () => {
      it.each(['toetsingHerkomst', 'wegingWoonstart', 'besluitvorming.beraad', 'besluitvorming.voorgesteld', 'besluitvorming.zienswijze'] as const)(
        'in %s MEDISCH_ADVIES_UITBRENGEN is refused until MEDISCH_ADVIES_VRAGEN, then accepted once',
        (state) => {
          expect(applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN)).toBeNull();
          const gevraagd = stap(snapshotIn[state], VOORBEELD_EVENT.MEDISCH_ADVIES_VRAGEN);
          expect(gevraagd.context.medischAdvies).toBe('gevraagd');
          expect(applyZaakEvent(V2, gevraagd, VOORBEELD_EVENT.MEDISCH_ADVIES_VRAGEN)).toBeNull();
          const uitgebracht = applyZaakEvent(V2, gevraagd, VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN)!;
          expect(uitgebracht.naar).toBe(state);
          expect(uitgebracht.snapshot.context).toEqual({ ...snapshotIn[state].context, medischAdvies: 'uitgebracht' });
          expect(applyZaakEvent(V2, uitgebracht.snapshot, VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN)).toBeNull();
          expect(applyZaakEvent(V2, uitgebracht.snapshot, VOORBEELD_EVENT.MEDISCH_ADVIES_VRAGEN)).toBeNull();
        },
      );

      it('ONTVANKELIJK_VERKLAREN with medischAdviesNodig requests the advice, so it can be given right away', () => {
        const toetsing = speelAf(V2, [VOORBEELD_EVENT.INDIENEN, ontvankelijk({ medischAdviesNodig: true })]);
        expect(toetsing.context.medischAdvies).toBe('gevraagd');
        expect(naar(toetsing, VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN)).toBe('toetsingHerkomst');
        expect(naar(toetsing, VOORBEELD_EVENT.MEDISCH_ADVIES_VRAGEN)).toBeNull();
      });

      it('ONTVANKELIJK_VERKLAREN without medischAdviesNodig requests nothing', () => {
        for (const event of [ontvankelijk(), { type: 'ONTVANKELIJK_VERKLAREN' } as const]) {
          const toetsing = speelAf(V2, [VOORBEELD_EVENT.INDIENEN, event]);
          expect(toetsing.context.medischAdvies).toBe('nietNodig');
          expect(naar(toetsing, VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN)).toBeNull();
        }
      });

      it('no medical advice events before the case is found ontvankelijk, nor after the decision', () => {
        for (const state of ['concept', 'ingediend.ontvankelijkheid', 'ingediend.aanvullen', 'toegekend.zelfZoeken', 'afgewezen', 'bezwaar'] as const) {
          expect(applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.MEDISCH_ADVIES_VRAGEN)).toBeNull();
          expect(applyZaakEvent(V2, metContext(snapshotIn[state], { medischAdvies: 'gevraagd' }), VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN)).toBeNull();
        }
      });

      it('BESLUIT_VOORSTELLEN is refused while requested advice is outstanding, and possible once it is given', () => {
        for (const naam of ['beraad, medisch advies gevraagd', 'beraad, medisch advies gevraagd bij ontvankelijkheid'] as const) {
          const beraad = situatie[naam];
          for (const v of [voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' }), voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' }), voorstel({ uitkomst: 'afwijzen' })]) {
            expect(applyZaakEvent(V2, beraad, v)).toBeNull();
          }
          const uitgebracht = stap(beraad, VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN);
          expect(naar(uitgebracht, voorstel({ uitkomst: 'afwijzen' }))).toBe('besluitvorming.voorgesteld');
        }
      });
    });

    describe('four eyes on BESLUIT_GOEDKEUREN', () => {
      const naarVoorgesteld = (vierOgen: boolean) =>
        speelAf(V2, [VOORBEELD_EVENT.INDIENEN, ontvankelijk({ vierOgen }), VOORBEELD_EVENT.HERKOMST_VASTSTELLEN, VOORBEELD_EVENT.WEGING_VASTLEGGEN, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling', door: LID_A })]);

      it.each([
        [true, LID_A, null],
        [true, LID_B, 'toegekend.bemiddeling.zoeken'],
        [true, LID_C, 'toegekend.bemiddeling.zoeken'],
        [true, undefined, null],
        [false, LID_A, 'toegekend.bemiddeling.zoeken'],
        [false, LID_B, 'toegekend.bemiddeling.zoeken'],
        [false, LID_C, 'toegekend.bemiddeling.zoeken'],
        [false, undefined, 'toegekend.bemiddeling.zoeken'],
      ] as const)('vierOgen %s, proposed by LID_A, approved by %s → %s', (vierOgen, door, expected) => {
        const voorgesteld = naarVoorgesteld(vierOgen);
        expect(voorgesteld.context).toMatchObject({ vierOgen, voorstel: { door: LID_A } });
        expect(naar(voorgesteld, goedkeuring(door))).toBe(expected);
      });

      it.each([
        [{ uitkomst: 'toekennen', route: 'zelfZoeken' }, 'toegekend.zelfZoeken'],
        [{ uitkomst: 'afwijzen' }, 'afgewezen'],
        [{ uitkomst: 'afwijzen', zienswijzeNodig: true }, 'besluitvorming.zienswijze'],
      ] as const)('the proposer cannot approve %j either; another member can (→ %s)', (v, expected) => {
        const voorgesteld = stap(snapshotIn['besluitvorming.beraad'], voorstel({ ...v, door: LID_C }));
        expect(naar(voorgesteld, goedkeuring(LID_C))).toBeNull();
        expect(naar(voorgesteld, goedkeuring(LID_A))).toBe(expected);
      });

      it('a refused self-approval changes nothing; the proposer can still send the proposal back', () => {
        const voorgesteld = snapshotIn['besluitvorming.voorgesteld'];
        expect(applyZaakEvent(V2, voorgesteld, goedkeuring(LID_A))).toBeNull();
        const terug = applyZaakEvent(V2, voorgesteld, VOORBEELD_EVENT.BESLUIT_TERUGSTUREN)!;
        expect(terug.naar).toBe('besluitvorming.beraad');
        expect(terug.snapshot.context.voorstel).toBeNull();
      });

      it('vierOgen comes from ONTVANKELIJK_VERKLAREN and defaults to on when the field is missing', () => {
        expect(speelAf(V2, [VOORBEELD_EVENT.INDIENEN, ontvankelijk({ vierOgen: false })]).context.vierOgen).toBe(false);
        expect(speelAf(V2, [VOORBEELD_EVENT.INDIENEN, ontvankelijk({ vierOgen: true })]).context.vierOgen).toBe(true);
        expect(speelAf(V2, [VOORBEELD_EVENT.INDIENEN, { type: 'ONTVANKELIJK_VERKLAREN' }]).context.vierOgen).toBe(true);
      });

      it('a new proposal after terugsturen is judged on its own proposer', () => {
        const terug = stap(snapshotIn['besluitvorming.voorgesteld'], VOORBEELD_EVENT.BESLUIT_TERUGSTUREN);
        const doorB = stap(terug, voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken', door: LID_B }));
        expect(doorB.context.voorstel).toEqual({ door: LID_B, uitkomst: 'toekennen', route: 'zelfZoeken', zienswijzeNodig: false });
        expect(naar(doorB, goedkeuring(LID_B))).toBeNull();
        expect(naar(doorB, goedkeuring(LID_A))).toBe('toegekend.zelfZoeken');
      });
    });

    describe('zienswijze (Awb 4:7)', () => {
      it.each(['ZIENSWIJZE_ONTVANGEN', 'ZIENSWIJZETERMIJN_VERSTREKEN'] as const)(
        'an approved refusal that needs a zienswijze waits for it; after %s a second approval of a refusal ends in afgewezen',
        (type) => {
          const voorgesteld = stap(snapshotIn['besluitvorming.beraad'], voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true }));
          expect(voorgesteld.context.voorstel).toEqual({ door: LID_A, uitkomst: 'afwijzen', route: null, zienswijzeNodig: true });

          const zienswijze = applyZaakEvent(V2, voorgesteld, goedkeuring(LID_B))!;
          expect(zienswijze.naar).toBe('besluitvorming.zienswijze');
          expect(zienswijze.status).toBe('besluitvorming');
          expect(zienswijze.snapshot.context.zienswijzeGehad).toBe(false);

          const beraad = applyZaakEvent(V2, zienswijze.snapshot, VOORBEELD_EVENT[type])!;
          expect(beraad.naar).toBe('besluitvorming.beraad');
          expect(beraad.snapshot.context).toMatchObject({ voorstel: null, zienswijzeGehad: true, route: null });

          const opnieuw = stap(beraad.snapshot, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true }));
          const afgewezen = applyZaakEvent(V2, opnieuw, goedkeuring(LID_C))!;
          expect(afgewezen.naar).toBe('afgewezen');
          expect(afgewezen.status).toBe('afgewezen');
          expect(afgewezen.snapshot.status).toBe('active');
        },
      );

      it('a refusal without zienswijzeNodig goes straight to afgewezen', () => {
        expect(naar(stap(snapshotIn['besluitvorming.beraad'], voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: false })), goedkeuring(LID_B))).toBe('afgewezen');
      });

      it('after the zienswijze the committee may also grant', () => {
        const beraad = situatie['beraad, na zienswijze'];
        expect(naar(stap(beraad, voorstel({ uitkomst: 'toekennen', route: 'bemiddeling' })), goedkeuring(LID_B))).toBe('toegekend.bemiddeling.zoeken');
      });

      it('no proposal can be made or approved while waiting for the zienswijze', () => {
        const zienswijze = snapshotIn['besluitvorming.zienswijze'];
        expect(applyZaakEvent(V2, zienswijze, voorstel({ uitkomst: 'afwijzen' }))).toBeNull();
        expect(applyZaakEvent(V2, zienswijze, goedkeuring(LID_B))).toBeNull();
        expect(applyZaakEvent(V2, zienswijze, VOORBEELD_EVENT.BESLUIT_TERUGSTUREN)).toBeNull();
      });
    });

    describe('bezwaar (Awb 6:7, 7:10)', () => {
      it('BEZWAAR_GEGROND resets voorstel, route and zienswijzeGehad and returns to besluitvorming.beraad', () => {
        const afgewezen = situatie['afgewezen, na zienswijze'];
        expect(afgewezen.context).toMatchObject({ zienswijzeGehad: true, voorstel: { uitkomst: 'afwijzen', zienswijzeNodig: true } });
        const bezwaar = stap(afgewezen, VOORBEELD_EVENT.BEZWAAR_INDIENEN);
        expect(bezwaar.context).toEqual(afgewezen.context);

        const gegrond = applyZaakEvent(V2, bezwaar, VOORBEELD_EVENT.BEZWAAR_GEGROND)!;
        expect(gegrond).toMatchObject({ van: 'bezwaar', naar: 'besluitvorming.beraad', status: 'besluitvorming' });
        expect(gegrond.snapshot.context).toEqual({ ...afgewezen.context, voorstel: null, route: null, zienswijzeGehad: false });
      });

      it('BEZWAAR_GEGROND also clears a route a stored case might hold', () => {
        const gegrond = applyZaakEvent(V2, metContext(snapshotIn.bezwaar, { route: 'bemiddeling' }), VOORBEELD_EVENT.BEZWAAR_GEGROND)!;
        expect(gegrond.snapshot.context.route).toBeNull();
      });

      it('after a gegrond bezwaar the decision is taken again, with a fresh zienswijze where needed', () => {
        const heropend = situatie['beraad, na gegrond bezwaar tegen afwijzing na zienswijze'];
        expect(heropend.context).toMatchObject({ voorstel: null, route: null, zienswijzeGehad: false });
        const voorgesteld = stap(heropend, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true }));
        expect(naar(voorgesteld, goedkeuring(LID_B))).toBe('besluitvorming.zienswijze');
      });

      it.each(['BEZWAAR_ONGEGROND', 'BEZWAAR_NIET_ONTVANKELIJK'] as const)('%s makes the refusal final', (type) => {
        const overgang = applyZaakEvent(V2, snapshotIn.bezwaar, VOORBEELD_EVENT[type])!;
        expect(overgang).toMatchObject({ naar: 'definitiefAfgewezen', status: 'definitiefAfgewezen' });
        expect(overgang.snapshot.status).toBe('done');
        expect(overgang.snapshot.context).toEqual(snapshotIn.bezwaar.context);
      });

      it('no bezwaar against a toekenning, an intrekking or a buitenbehandelingstelling in the machine', () => {
        for (const state of ['toegekend.bemiddeling.zoeken', 'toegekend.zelfZoeken', 'geplaatst', 'ingetrokken', 'buitenBehandeling', 'definitiefAfgewezen'] as const) {
          expect(applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.BEZWAAR_INDIENEN)).toBeNull();
        }
      });
    });

    describe('guards read the context of a stored case', () => {
      it.each([
        ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'WEGING_VASTLEGGEN', null],
        ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'ZAAK_OVERDRAGEN', null],
        ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'INTREKKEN', 'ingetrokken'],
        ['besluitvorming.beraad', { herkomstgemeenteCbs: null }, 'ZAAK_OVERDRAGEN', 'besluitvorming.beraad'],
        ['toegekend.bemiddeling.aanbieding', { aangebodenWoningId: null }, 'AANBIEDING_ACCEPTEREN', null],
        ['toegekend.bemiddeling.aanbieding', { aangebodenWoningId: null }, 'AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.zoeken'],
        ['besluitvorming.voorgesteld', { voorstel: null }, 'BESLUIT_GOEDKEUREN', null],
        ['besluitvorming.voorgesteld', { vierOgen: false, voorstel: { door: LID_B, uitkomst: 'toekennen', route: 'zelfZoeken', zienswijzeNodig: false } }, 'BESLUIT_GOEDKEUREN', 'toegekend.zelfZoeken'],
        ['besluitvorming.voorgesteld', { zienswijzeGehad: true, voorstel: { door: LID_A, uitkomst: 'afwijzen', route: null, zienswijzeNodig: true } }, 'BESLUIT_GOEDKEUREN', 'afgewezen'],
        ['besluitvorming.beraad', { medischAdvies: 'gevraagd' }, 'BESLUIT_VOORSTELLEN', null],
        ['besluitvorming.beraad', { verdaagd: true }, 'VERDAGEN', null],
        ['ingediend.aanvullen', { hersteltermijnVerstreken: true }, 'BUITEN_BEHANDELING_STELLEN', 'buitenBehandeling'],
      ] as const)('%s with %j: %s → %s', (state, context, type, expected) => {
        expect(naar(metContext(snapshotIn[state], context), VOORBEELD_EVENT[type])).toBe(expected);
      });
    });
  });

  describe('beslistermijn signals (Awb 4:17)', () => {
    it.each(TERMIJN_LOOPT)('in %s: HERINNERING → herinnerd, VERSTREKEN → verstreken, a later HERINNERING keeps verstreken, VERDAGEN resets to geen', (state) => {
      const start = snapshotIn[state];
      expect(start.context.termijnSignaal).toBe('geen');

      const herinnerd = applyZaakEvent(V2, start, VOORBEELD_EVENT.BESLISTERMIJN_HERINNERING)!;
      expect(herinnerd).toMatchObject({ van: state, naar: state });
      expect(herinnerd.snapshot.value).toEqual(start.value);
      expect(herinnerd.snapshot.context).toEqual({ ...start.context, termijnSignaal: 'herinnerd' });
      // A second reminder changes nothing.
      expect(stap(herinnerd.snapshot, VOORBEELD_EVENT.BESLISTERMIJN_HERINNERING).context).toEqual(herinnerd.snapshot.context);

      const verstreken = applyZaakEvent(V2, herinnerd.snapshot, VOORBEELD_EVENT.BESLISTERMIJN_VERSTREKEN)!;
      expect(verstreken).toMatchObject({ van: state, naar: state });
      expect(verstreken.snapshot.context).toEqual({ ...start.context, termijnSignaal: 'verstreken' });
      // Also without a reminder first.
      expect(stap(start, VOORBEELD_EVENT.BESLISTERMIJN_VERSTREKEN).context).toEqual({ ...start.context, termijnSignaal: 'verstreken' });

      const laatHerinnerd = stap(verstreken.snapshot, VOORBEELD_EVENT.BESLISTERMIJN_HERINNERING);
      expect(laatHerinnerd.context.termijnSignaal).toBe('verstreken');
      expect(stap(laatHerinnerd, VOORBEELD_EVENT.BESLISTERMIJN_VERSTREKEN).context.termijnSignaal).toBe('verstreken');

      const verdaagd = applyZaakEvent(V2, laatHerinnerd, VOORBEELD_EVENT.VERDAGEN)!;
      expect(verdaagd.naar).toBe(state);
      expect(verdaagd.snapshot.context).toEqual({ ...start.context, verdaagd: true, termijnSignaal: 'geen' });
      // The extended term is watched again.
      expect(stap(verdaagd.snapshot, VOORBEELD_EVENT.BESLISTERMIJN_HERINNERING).context.termijnSignaal).toBe('herinnerd');
    });

    it('VERDAGEN also resets a reminder that was only sent', () => {
      const herinnerd = situatie['beraad, herinnerd'];
      expect(herinnerd.context.termijnSignaal).toBe('herinnerd');
      expect(stap(herinnerd, VOORBEELD_EVENT.VERDAGEN).context).toEqual({ ...herinnerd.context, verdaagd: true, termijnSignaal: 'geen' });
    });

    it('the signal is kept across the steps of the toetsing, and a verdaging in ingediend resets it for good', () => {
      expect(situatie['voorgesteld, beslistermijn verstreken'].context.termijnSignaal).toBe('verstreken');
      expect(situatie['aanvullen, beslistermijn verstreken'].context.termijnSignaal).toBe('verstreken');
      expect(situatie['toetsingHerkomst, verdaagd na verstreken beslistermijn'].context).toMatchObject({ verdaagd: true, termijnSignaal: 'geen' });
    });

    it('a passed beslistermijn blocks no decision', () => {
      expect(naar(situatie['voorgesteld, beslistermijn verstreken'], goedkeuring(LID_B))).toBe('toegekend.bemiddeling.zoeken');
    });

    it.each(LEAF_STATES_V2.filter((s) => !TERMIJN_LOOPT.includes(s)))('both signals are refused in %s, whatever the signal already is', (state) => {
      for (const termijnSignaal of ['geen', 'herinnerd', 'verstreken'] as const) {
        for (const type of BESLISTERMIJN_SIGNALEN) expect(applyZaakEvent(V2, metContext(snapshotIn[state], { termijnSignaal }), VOORBEELD_EVENT[type])).toBeNull();
      }
    });

    it('both signals are refused after a decision taken once the term had passed', () => {
      const zoeken = situatie['zoeken, na verstreken beslistermijn'];
      for (const type of BESLISTERMIJN_SIGNALEN) expect(applyZaakEvent(V2, zoeken, VOORBEELD_EVENT[type])).toBeNull();
    });

    it('no role ever gets a beslistermijn signal in allowedEvents, though the machine accepts it', () => {
      const alle: PersistedZaak[] = [...LEAF_STATES_V2.map((s) => snapshotIn[s]), ...SITUATIE_NAMEN.map((n) => situatie[n])];
      let aangeboden = 0;
      for (const persisted of alle) {
        const mogelijk = possibleEvents(V2, persisted);
        aangeboden += BESLISTERMIJN_SIGNALEN.filter((t) => mogelijk.includes(t)).length;
        for (const rol of ROLLEN) {
          for (const actorId of [LID_A, LID_B, LID_C, undefined]) {
            const allowed = allowedEvents(V2, persisted, rol, actorId);
            for (const type of BESLISTERMIJN_SIGNALEN) expect([rol, actorId, allowed.includes(type)]).toEqual([rol, actorId, false]);
          }
        }
      }
      expect(aangeboden).toBeGreaterThan(0);
    });
  });

  describe('context effects', () => {
    it('the canonical path to afgewezen builds up exactly this context', () => {
      expect(snapshotIn.afgewezen.context).toEqual({
        ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0518', woonstartgemeenteCbs: '0503',
        voorstel: { door: LID_A, uitkomst: 'afwijzen', route: null, zienswijzeNodig: false },
      });
    });

    it('HERKOMST_VASTSTELLEN stores the herkomst; WEGING_VASTLEGGEN the woonstartgemeente, also when revised in beraad', () => {
      const weging = stap(snapshotIn.toetsingHerkomst, { type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: '0599', motivering: 'Woonadres in Rotterdam vóór opname.' });
      expect(weging.context).toEqual({ ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0599' });
      const beraad = stap(weging, VOORBEELD_EVENT.WEGING_VASTLEGGEN);
      expect(beraad.context).toEqual({ ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0599', woonstartgemeenteCbs: '0503' });
      const herzien = applyZaakEvent(V2, beraad, { type: 'WEGING_VASTLEGGEN', gemeenteCbs: '1783', motivering: 'Werk in het Westland.' })!;
      expect(herzien.naar).toBe('besluitvorming.beraad');
      expect(herzien.snapshot.context).toEqual({ ...beraad.context, woonstartgemeenteCbs: '1783' });
    });

    it.each(['wegingWoonstart', 'besluitvorming.beraad'] as const)('ZAAK_OVERDRAGEN in %s keeps state and context (the api keeps the transfer as data)', (state) => {
      const overgang = applyZaakEvent(V2, snapshotIn[state], VOORBEELD_EVENT.ZAAK_OVERDRAGEN)!;
      expect(overgang.naar).toBe(state);
      expect(overgang.snapshot.context).toEqual(snapshotIn[state].context);
    });

    it('BESLUIT_VOORSTELLEN records proposer, outcome, route and whether a zienswijze is needed', () => {
      const beraad = snapshotIn['besluitvorming.beraad'];
      expect(stap(beraad, voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken', door: LID_C })).context.voorstel).toEqual({
        door: LID_C, uitkomst: 'toekennen', route: 'zelfZoeken', zienswijzeNodig: false,
      });
      expect(stap(beraad, voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true })).context.voorstel).toEqual({
        door: LID_A, uitkomst: 'afwijzen', route: null, zienswijzeNodig: true,
      });
      // A route sent with a refusal is not kept.
      const afwijzingMetRoute: ZaakEvent = { ...voorstel({ uitkomst: 'afwijzen' }), route: 'bemiddeling' };
      expect(stap(beraad, afwijzingMetRoute).context.voorstel).toEqual({ door: LID_A, uitkomst: 'afwijzen', route: null, zienswijzeNodig: false });
    });

    it('BESLUIT_TERUGSTUREN forgets the proposal and keeps the rest', () => {
      const terug = stap(snapshotIn['besluitvorming.voorgesteld'], VOORBEELD_EVENT.BESLUIT_TERUGSTUREN);
      expect(terug.context).toEqual({ ...snapshotIn['besluitvorming.voorgesteld'].context, voorstel: null });
      expect(terug.context).toEqual(snapshotIn['besluitvorming.beraad'].context);
    });

    it.each([
      [{ uitkomst: 'toekennen', route: 'bemiddeling' }, 'bemiddeling'],
      [{ uitkomst: 'toekennen', route: 'zelfZoeken' }, 'zelfZoeken'],
      [{ uitkomst: 'afwijzen' }, null],
    ] as const)('approving %j sets route %s and keeps the approved proposal', (v, route) => {
      const voorgesteld = stap(snapshotIn['besluitvorming.beraad'], voorstel(v));
      const besloten = stap(voorgesteld, goedkeuring(LID_B));
      expect(besloten.context).toEqual({ ...voorgesteld.context, route });
    });

    it('WONING_AANBIEDEN, AANBIEDING_WEIGEREN and PLAATSING_REGISTREREN work as in version 1', () => {
      const aanbieding = stap(snapshotIn['toegekend.bemiddeling.zoeken'], { type: 'WONING_AANBIEDEN', woningId: 'vidomes-4411' });
      expect(aanbieding.context.aangebodenWoningId).toBe('vidomes-4411');
      const geweigerd = stap(aanbieding, VOORBEELD_EVENT.AANBIEDING_WEIGEREN);
      expect(geweigerd.context).toMatchObject({ aangebodenWoningId: null, aantalWeigeringen: 1 });
      const tweede = speelAf(V2, [{ type: 'WONING_AANBIEDEN', woningId: 'woning-2' }, VOORBEELD_EVENT.AANBIEDING_WEIGEREN], geweigerd);
      expect(tweede.context).toMatchObject({ aangebodenWoningId: null, aantalWeigeringen: 2 });
      const geplaatst = speelAf(V2, [{ type: 'WONING_AANBIEDEN', woningId: 'woning-3' }, VOORBEELD_EVENT.AANBIEDING_ACCEPTEREN, { type: 'PLAATSING_REGISTREREN', ingangsdatum: '2026-01-15' }], tweede);
      expect(geplaatst).toMatchObject({ status: 'done', value: 'geplaatst', context: { aangebodenWoningId: 'woning-3', aantalWeigeringen: 2, geplaatstOp: '2026-01-15', route: 'bemiddeling' } });
    });

    it('the confidential medical details never reach the persisted snapshot', () => {
      const gevraagd = stap(snapshotIn['besluitvorming.beraad'], VOORBEELD_EVENT.MEDISCH_ADVIES_VRAGEN);
      const uitgebracht = stap(gevraagd, VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN);
      const json = JSON.stringify(uitgebracht);
      expect(json).not.toContain(VOORBEELD_EVENT.MEDISCH_ADVIES_UITBRENGEN.details);
      expect(json).not.toContain('details');
      expect(json).not.toContain('woonvereisten');
    });

    it.each([
      ['concept', 'GEGEVENS_WIJZIGEN'],
      ['concept', 'INDIENEN'],
      ['ingediend.aanvullen', 'GEGEVENS_WIJZIGEN'],
      ['ingediend.aanvullen', 'AANVULLING_INDIENEN'],
      ['afgewezen', 'BEZWAAR_INDIENEN'],
      ['besluitvorming.voorgesteld', 'INTREKKEN'],
      ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN'],
    ] as const)('%s + %s leaves the context unchanged', (state, type) => {
      expect(stap(snapshotIn[state], VOORBEELD_EVENT[type]).context).toEqual(snapshotIn[state].context);
    });

    it.each([
      ['geplaatst', 'done'],
      ['definitiefAfgewezen', 'done'],
      ['ingetrokken', 'done'],
      ['buitenBehandeling', 'done'],
      ['afgewezen', 'active'],
      ['bezwaar', 'active'],
    ] as const)('%s is persisted as %s (afgewezen is no longer final: bezwaar can follow)', (state, status) => {
      expect(snapshotIn[state].status).toBe(status);
    });
  });

  describe('graph coverage (xstate/graph)', () => {
    type ZaakSnapshotV2 = SnapshotFrom<typeof zaakMachine>;
    /** Every sample event plus the payload and actor variants the guards distinguish. */
    const events: ZaakEvent[] = [
      ...ZAAK_EVENT_TYPES.map((type) => VOORBEELD_EVENT[type]),
      ontvankelijk({ vierOgen: false }),
      ontvankelijk({ medischAdviesNodig: true }),
      voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' }),
      voorstel({ uitkomst: 'afwijzen' }),
      voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true }),
      goedkeuring(LID_A),
      goedkeuring(undefined),
    ];
    // Refusals only count up; capping keeps the state space finite while still
    // telling "before" from "after a refusal". Everything else in the context is finite.
    const serializeState = (s: ZaakSnapshotV2) =>
      JSON.stringify({ value: s.value, context: { ...s.context, aantalWeigeringen: Math.min(s.context.aantalWeigeringen, 1) } });
    const options = { events, serializeState, filterEvents: (s: ZaakSnapshotV2, e: ZaakEvent) => s.can(e), limit: 100_000 };

    const isZaakEvent = (e: { type: string }): e is ZaakEvent => (ZAAK_EVENT_TYPES as string[]).includes(e.type);

    const shortest = getShortestPaths(zaakMachine, options);
    const shortestByKey = new Map(shortest.map((p) => [serializeState(p.state), p]));
    const adjacency = getAdjacencyMap(zaakMachine, options);

    const vertices = Object.values(adjacency) as Array<AdjacencyValue<ZaakSnapshotV2, ZaakEvent>>;
    const transitionPaths = vertices.flatMap((vertex) =>
      (Object.values(vertex.transitions) as Array<{ event: ZaakEvent; state: ZaakSnapshotV2 }>).map(({ event, state: next }) => {
        const head = shortestByKey.get(serializeState(vertex.state));
        if (!head) throw new Error(`no shortest path to ${serializeState(vertex.state)}`);
        return {
          from: statePath(vertex.state.value), event, to: statePath(next.value), next,
          events: [...head.steps.map((s) => s.event).filter(isZaakEvent), event],
        };
      }),
    );

    it('reaches exactly the leaf states', () => {
      const reached = new Set(shortest.map((p) => statePath(p.state.value)));
      expect([...reached].sort()).toEqual([...LEAF_STATES_V2].sort());
    });

    it('reaches every state node of the version-2 diagram, compound ones included', () => {
      const reached = shortest.map((p) => statePath(p.state.value));
      for (const node of zaakDiagram(V2).nodes) {
        expect(reached.some((leaf) => leaf === node.path || leaf.startsWith(`${node.path}.`))).toBe(true);
      }
    });

    it('exercises every (source, event, target) edge of the version-2 diagram', () => {
      const uncovered = zaakDiagram(V2).edges.filter(
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

    it('every generated path replays through applyZaakEvent(2, …) to the same state and context', () => {
      expect(transitionPaths.length).toBeGreaterThanOrEqual(zaakDiagram(V2).edges.length);
      const cache = new Map<string, PersistedZaak>();
      const replay = (events: readonly ZaakEvent[]): PersistedZaak => {
        const key = JSON.stringify(events);
        const hit = cache.get(key);
        if (hit) return hit;
        const persisted = events.length === 0 ? nieuweZaak(V2) : speelAf(V2, events.slice(-1), replay(events.slice(0, -1)));
        cache.set(key, persisted);
        return persisted;
      };
      for (const path of transitionPaths) {
        const replayed = replay(path.events);
        expect(statePath(replayed.value)).toBe(path.to);
        expect(replayed.context).toEqual(path.next.context);
      }
    });

    it('finds exactly the (leaf, event, leaf) transitions of the canonical table and the situations together', () => {
      const fromGraph = new Set(transitionPaths.map((p) => `${p.from} ${p.event.type} ${p.to}`));
      const fromTables = new Set(
        [
          ...rows,
          ...situatieRows.map(([naam, event, to]): [LeafStateV2, ZaakEventType, LeafStateV2 | null] => [SITUATIES_V2[naam].toestand, event, to]),
        ]
          .filter(([, , to]) => to !== null)
          .map(([from, event, to]) => `${from} ${event} ${to}`),
      );
      expect([...fromGraph].sort()).toEqual([...fromTables].sort());
    });
  });
});
