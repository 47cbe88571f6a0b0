import { ROLLEN, type Rol } from '@woonstart/domain';
import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import { transition, type SnapshotFrom } from 'xstate';
import { LID_A, LID_B, LID_C, VOORBEELD_EVENT, goedkeuring, lui, nieuweZaak, ontvankelijk, speelAf, voorstel } from '../testing/zaak-paden';
import { PAD_NAAR_V2, SITUATIES_V2, SITUATIE_NAMEN, V2, bereikSituatieV2, type LeafStateV2, type SituatieNaam } from '../testing/zaak-paden.v2';
import {
  LEAF_STATES_NA_BESLUIT_V3,
  LEAF_STATES_TOT_BESLUIT_V3,
  LEAF_STATES_V3,
  PAD_NAAR_V3,
  SITUATIES_V3,
  SITUATIE_NAMEN_V3,
  TOEGEKEND_V3,
  V3,
  bereikSituatieV3,
  bereikZaakV3,
  plaatsing,
  weigering,
  type LeafStateV3,
  type SituatieNaamV3,
} from '../testing/zaak-paden.v3';
import { zaakDiagram } from './zaak.diagram';
import {
  EVENTS_VANAF_V3,
  ZAAK_EVENT_META,
  ZAAK_EVENT_TYPES,
  type ZaakContext,
  type ZaakEvent,
  type ZaakEventType,
  type ZaakEventTypeTotV3,
} from './zaak-events.model';
import { INITIAL_ZAAK_CONTEXT_V2, zaakMachineV2 } from './zaak-v2.machine';
import { INITIAL_ZAAK_CONTEXT, ZAAK_MACHINE_VERSION, zaakMachine } from './zaak.machine';
import { allowedEvents, applyZaakEvent, machineForVersion, mayRolSend, possibleEvents, restoreZaak, statePath, type PersistedZaak } from './zaak.runtime';

/** The leaf states the hand-written table covers: every state after the decision, and ingetrokken (final, reachable after it too). */
const TABEL_STATES = [...LEAF_STATES_NA_BESLUIT_V3, 'ingetrokken'] as const;
type TabelState = (typeof TABEL_STATES)[number];
type Verwacht = LeafStateV3 | null;

/**
 * The whole behaviour of machine version 3 after the decision, written out by hand:
 * for every leaf state after the decision and every event type (sample payload: a
 * refusal without `gevolg`, a placement without `vorm`, no woonevaluatie yet, no
 * extension yet), the leaf state the case ends in, or null when the machine refuses
 * the event. A targetless transition ends in the state it started in.
 * Up to the decision version 3 is version 2, tested against it instead of a table.
 * Any change to the machine after the decision must change this table.
 */
const OVERGANGEN_V3: { readonly [S in TabelState]: { readonly [E in ZaakEventType]: Verwacht } } = {
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
    PLAATSINGSPROFIEL_VASTLEGGEN: 'toegekend.bemiddeling.zoeken', AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
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
    PLAATSINGSPROFIEL_VASTLEGGEN: 'toegekend.bemiddeling.aanbieding', AANBIEDING_INTREKKEN: 'toegekend.bemiddeling.zoeken', REACTIETERMIJN_VERSTREKEN: 'toegekend.bemiddeling.zoeken',
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
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
    PLAATSINGSPROFIEL_VASTLEGGEN: 'toegekend.bemiddeling.geaccepteerd', AANBIEDING_INTREKKEN: 'toegekend.bemiddeling.zoeken', REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
  'toegekend.zelfZoeken.zoekend': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst',
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
    PLAATSINGSPROFIEL_VASTLEGGEN: 'toegekend.zelfZoeken.zoekend', AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: 'toegekend.zelfZoeken.verlopen', VERLENGING_AANVRAGEN: 'toegekend.zelfZoeken.verlengingAangevraagd', VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
  'toegekend.zelfZoeken.verlopen': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
    PLAATSINGSPROFIEL_VASTLEGGEN: 'toegekend.zelfZoeken.verlopen', AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: 'toegekend.zelfZoeken.verlengingAangevraagd', VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: 'urgentieVervallen',
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
  'toegekend.zelfZoeken.verlengingAangevraagd': {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: 'ingetrokken',
    PLAATSINGSPROFIEL_VASTLEGGEN: 'toegekend.zelfZoeken.verlengingAangevraagd', AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: 'toegekend.zelfZoeken.verlengingAangevraagd', VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: 'toegekend.zelfZoeken.zoekend', VERLENGING_AFWIJZEN: 'urgentieVervallen', VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
  intermediaireVerhuur: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: 'intermediaireVerhuur', WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: 'intermediaireVerhuur', OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: 'plaatsingBeeindigd',
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
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
  urgentieVervallen: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
  plaatsingBeeindigd: {
    GEGEVENS_WIJZIGEN: null, INDIENEN: null,
    ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null, HERSTELTERMIJN_VERSTREKEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, ZAAK_OVERDRAGEN: null, VERDAGEN: null, MEDISCH_ADVIES_VRAGEN: null, MEDISCH_ADVIES_UITBRENGEN: null,
    BESLUIT_VOORSTELLEN: null, BESLUIT_GOEDKEUREN: null, BESLUIT_TERUGSTUREN: null, ZIENSWIJZE_ONTVANGEN: null, ZIENSWIJZETERMIJN_VERSTREKEN: null,
    TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null,
    BEZWAAR_INDIENEN: null, BEZWAAR_GEGROND: null, BEZWAAR_ONGEGROND: null, BEZWAAR_NIET_ONTVANKELIJK: null,
    BESLISTERMIJN_HERINNERING: null, BESLISTERMIJN_VERSTREKEN: null,
    INTREKKEN: null,
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
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
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
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
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
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
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },

  // Final, reached before or after the decision: nothing follows.
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
    PLAATSINGSPROFIEL_VASTLEGGEN: null, AANBIEDING_INTREKKEN: null, REACTIETERMIJN_VERSTREKEN: null,
    URGENTIEVERKLARING_VERLOPEN: null, VERLENGING_AANVRAGEN: null, VERLENGING_TOEKENNEN: null, VERLENGING_AFWIJZEN: null, VERLENGINGSTERMIJN_VERSTREKEN: null,
    WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: null, WOONEVALUATIE_HERINNERING: null, OMKLAP_REGISTREREN: null, INTERMEDIAIRE_VERHUUR_BEEINDIGEN: null,
  },
};

/**
 * Per named situation (zaak-paden.v3.ts), the events that behave differently from the
 * canonical row of its leaf state, written out by hand. Every other event behaves as in
 * the canonical row: an empty object says "no difference".
 */
const AFWIJKINGEN_V3: { readonly [N in SituatieNaamV3]: Partial<Record<ZaakEventType, Verwacht>> } = {
  'zoeken, na weigering zonder gevolg': {},
  // A warning is counted, nothing more: the next offer is handled as the first.
  'zoeken, na weigering met waarschuwing': {},
  'zoeken, na gegronde weigering': {},
  'zoeken, na ingetrokken aanbieding': {},
  'zoeken, na verstreken reactietermijn': {},
  'zoeken, na ingetrokken acceptatie': {},
  'aanbieding, na een waarschuwing': {},
  'geaccepteerd, na een waarschuwing': {},
  // An extension is one final chance: never a second.
  'zoekend, na verlenging': { VERLENGING_AANVRAGEN: null },
  'zoekend, verlengd na verlopen': { VERLENGING_AANVRAGEN: null },
  'zoekend, na gegrond bezwaar': {},
  'verlopen, na verlenging': { VERLENGING_AANVRAGEN: null },
  'verlengingAangevraagd, na verlopen': {},
  'intermediaireVerhuur, via zelf zoeken': {},
  // One woonevaluatie at a time: the next only after the open one is signed off.
  'intermediaireVerhuur, woonevaluatie open': { WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: 'intermediaireVerhuur' },
  // Omklap after at least one signed-off evaluation and none awaiting sign-off.
  'intermediaireVerhuur, woonevaluatie afgetekend': { OMKLAP_REGISTREREN: 'geplaatst' },
  'intermediaireVerhuur, tweede woonevaluatie open': { WOONEVALUATIE_VASTLEGGEN: null, WOONEVALUATIE_AFTEKENEN: 'intermediaireVerhuur' },
  'geplaatst, huur via bemiddeling': {},
  'geplaatst, via zelf zoeken': {},
  'geplaatst, na verlenging': {},
  'geplaatst, na omklap': {},
  'urgentieVervallen, na een waarschuwing': {},
  'urgentieVervallen, verlenging afgewezen': {},
  'urgentieVervallen, verlengingstermijn verstreken': {},
  'plaatsingBeeindigd, met open woonevaluatie': {},
  'ingetrokken, tijdens aanbieding': {},
  'ingetrokken, na verlopen urgentieverklaring': {},
  'ingetrokken, tijdens verlengingsaanvraag': {},
};

/**
 * Transitions after the decision that only a payload the sample events lack reaches
 * (hand-written): a refusal under an urgentieVervalt policy, an intermediaire placement.
 */
const VARIANT_OVERGANGEN: ReadonlyArray<readonly [TabelState, ZaakEventType, LeafStateV3]> = [
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_WEIGEREN', 'urgentieVervallen'],
  ['toegekend.bemiddeling.geaccepteerd', 'PLAATSING_REGISTREREN', 'intermediaireVerhuur'],
  ['toegekend.zelfZoeken.zoekend', 'PLAATSING_REGISTREREN', 'intermediaireVerhuur'],
];

/** The four context fields version 3 added, at their start values. */
const NIEUW_IN_V3 = { waarschuwingen: 0, verlengd: false, aantalWoonevaluaties: 0, woonevaluatieOpen: false } as const;

/** The event types of versions 1 and 2. */
const EVENTS_TOT_V3 = ZAAK_EVENT_TYPES.filter((t): t is ZaakEventTypeTotV3 => !(EVENTS_VANAF_V3 as readonly string[]).includes(t));
const V1_ONLY: readonly ZaakEventType[] = ['TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN'];
/** Sent by the durable jobs; never offered to a role (version-3 ones first). */
const SYSTEEM_V3: readonly ZaakEventType[] = ['REACTIETERMIJN_VERSTREKEN', 'URGENTIEVERKLARING_VERLOPEN', 'VERLENGINGSTERMIJN_VERSTREKEN', 'WOONEVALUATIE_HERINNERING'];
const SYSTEEM: readonly ZaakEventType[] = ['HERSTELTERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'ZIENSWIJZETERMIJN_VERSTREKEN', ...SYSTEEM_V3];
/** The final leaf states of version 3 (hand-written). */
const FINAAL: readonly LeafStateV3[] = ['geplaatst', 'urgentieVervallen', 'plaatsingBeeindigd', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'];

/** Driven once, on first use, through applyZaakEvent(3, …). */
const snapshotIn = lui(LEAF_STATES_V3, bereikZaakV3);
const situatie = lui(SITUATIE_NAMEN_V3, bereikSituatieV3);

type Rij = [TabelState, ZaakEventType, Verwacht];
const rows: Rij[] = TABEL_STATES.flatMap((state) => ZAAK_EVENT_TYPES.map((event): Rij => [state, event, OVERGANGEN_V3[state][event]]));

/** Expected outcome in a situation: its own difference, else the canonical row of its leaf state. */
function verwachtIn(naam: SituatieNaamV3, event: ZaakEventType): Verwacht {
  const anders = AFWIJKINGEN_V3[naam];
  return event in anders ? (anders[event] as Verwacht) : OVERGANGEN_V3[SITUATIES_V3[naam].toestand as TabelState][event];
}

type SituatieRij = [SituatieNaamV3, ZaakEventType, Verwacht];
const situatieRows: SituatieRij[] = SITUATIE_NAMEN_V3.flatMap((naam) => ZAAK_EVENT_TYPES.map((event): SituatieRij => [naam, event, verwachtIn(naam, event)]));


/** Same snapshot with some context replaced, as a stored case might hold it. */
function metContext(persisted: PersistedZaak, context: Partial<ZaakContext>): PersistedZaak {
  return { ...persisted, context: { ...persisted.context, ...context } };
}

function naar(persisted: PersistedZaak, event: ZaakEvent): string | null {
  return applyZaakEvent(V3, persisted, event)?.naar ?? null;
}

function stap(persisted: PersistedZaak, event: ZaakEvent): PersistedZaak {
  const overgang = applyZaakEvent(V3, persisted, event);
  if (!overgang) throw new Error(`${event.type} geweigerd in ${statePath(persisted.value)}`);
  return overgang.snapshot;
}

function verwachtOvergang(persisted: PersistedZaak, van: string, event: ZaakEvent, expected: Verwacht): void {
  const overgang = applyZaakEvent(V3, persisted, event);
  if (expected === null) {
    expect(overgang).toBeNull();
    return;
  }
  expect(overgang).not.toBeNull();
  expect(overgang!.van).toBe(van);
  expect(overgang!.naar).toBe(expected);
  expect(statePath(overgang!.snapshot.value)).toBe(expected);
  expect(overgang!.status).toBe(expected.split('.')[0]);
  expect(overgang!.snapshot.status).toBe(FINAAL.includes(expected) ? 'done' : 'active');
}

describe('zaakMachine (version 3)', () => {
  it('is version 3, the current one, with the version-2 context and four fields more', () => {
    expect(ZAAK_MACHINE_VERSION).toBe(3);
    expect(V3).toBe(ZAAK_MACHINE_VERSION);
    expect(zaakMachine.version).toBe('3');
    expect(machineForVersion(3)).toBe(zaakMachine);
    expect(nieuweZaak(V3)).toMatchObject({ status: 'active', value: 'concept', context: INITIAL_ZAAK_CONTEXT });
    expect(INITIAL_ZAAK_CONTEXT).toEqual({ ...INITIAL_ZAAK_CONTEXT_V2, ...NIEUW_IN_V3 });
  });

  describe('the hand-written tables', () => {
    it('cover every event type the library declares, for every leaf state after the decision', () => {
      expect([...TABEL_STATES].sort()).toEqual(LEAF_STATES_V3.filter((s) => !(LEAF_STATES_TOT_BESLUIT_V3 as readonly string[]).includes(s) || s === 'ingetrokken').sort());
      for (const state of TABEL_STATES) expect(Object.keys(OVERGANGEN_V3[state]).sort()).toEqual([...ZAAK_EVENT_TYPES].sort());
    });

    it('list every named situation, each in a state of the table, and each difference is a real difference', () => {
      expect(Object.keys(AFWIJKINGEN_V3).sort()).toEqual([...SITUATIE_NAMEN_V3].sort());
      for (const naam of SITUATIE_NAMEN_V3) {
        expect(TABEL_STATES).toContain(SITUATIES_V3[naam].toestand);
        for (const [event, target] of Object.entries(AFWIJKINGEN_V3[naam])) {
          expect(OVERGANGEN_V3[SITUATIES_V3[naam].toestand as TabelState][event as ZaakEventType]).not.toBe(target);
        }
      }
    });

    it('the targetless transitions after the decision are exactly these (they keep the state)', () => {
      const opZichzelf = rows.filter(([state, , to]) => to === state).map(([state, event]) => `${state} ${event}`);
      expect(opZichzelf.sort()).toEqual(
        [
          ...TOEGEKEND_V3.map((state) => `${state} PLAATSINGSPROFIEL_VASTLEGGEN`),
          'toegekend.zelfZoeken.verlengingAangevraagd URGENTIEVERKLARING_VERLOPEN',
          'intermediaireVerhuur WOONEVALUATIE_VASTLEGGEN',
          'intermediaireVerhuur WOONEVALUATIE_HERINNERING',
        ].sort(),
      );
    });

    it('no event of version 1 only is accepted after the decision; every version-3 event is accepted somewhere', () => {
      const accepted = new Set([...rows, ...situatieRows].filter(([, , to]) => to !== null).map(([, event]) => event));
      for (const event of V1_ONLY) expect(accepted.has(event)).toBe(false);
      for (const event of EVENTS_VANAF_V3) expect([event, accepted.has(event)]).toEqual([event, true]);
    });

    it('the variant transitions are not in the tables: only their payload reaches them', () => {
      for (const [state, event, to] of VARIANT_OVERGANGEN) {
        expect(OVERGANGEN_V3[state][event]).not.toBe(to);
        expect(LEAF_STATES_V3).toContain(to);
      }
    });
  });

  describe('path helpers', () => {
    it.each(LEAF_STATES_V3)('the canonical path really brings a case into %s', (state) => {
      expect(statePath(snapshotIn[state].value)).toBe(state);
    });

    it.each(SITUATIE_NAMEN_V3)('the situation "%s" really reaches its leaf state', (naam) => {
      expect(statePath(situatie[naam].value)).toBe(SITUATIES_V3[naam].toestand);
    });

    it('every leaf state has a canonical path of at most ten events; the states version 2 has too are reached along its path', () => {
      expect(Object.keys(PAD_NAAR_V3).sort()).toEqual([...LEAF_STATES_V3].sort());
      for (const state of LEAF_STATES_V3) expect(PAD_NAAR_V3[state].length).toBeLessThanOrEqual(10);
      for (const state of LEAF_STATES_V3) {
        if (state in PAD_NAAR_V2) expect([state, PAD_NAAR_V3[state]]).toEqual([state, PAD_NAAR_V2[state as LeafStateV2]]);
      }
    });

    it('the leaf states split into those up to the decision and those after it', () => {
      expect([...LEAF_STATES_TOT_BESLUIT_V3, ...LEAF_STATES_NA_BESLUIT_V3].sort()).toEqual([...LEAF_STATES_V3].sort());
      expect(TOEGEKEND_V3.every((s) => s.startsWith('toegekend.'))).toBe(true);
      expect(LEAF_STATES_V3.filter((s) => s.startsWith('toegekend.')).sort()).toEqual([...TOEGEKEND_V3].sort());
    });
  });

  describe('every (leaf state after the decision, event) pair on the canonical paths', () => {
    it.each(rows)('%s + %s → %s', (state, event, expected) => {
      verwachtOvergang(snapshotIn[state], state, VOORBEELD_EVENT[event], expected);
    });
  });

  describe('every (situation, event) pair', () => {
    it.each(situatieRows)('%s + %s → %s', (naam, event, expected) => {
      expect(naar(situatie[naam], VOORBEELD_EVENT[event])).toBe(expected);
    });
  });

  describe('targetless transitions are accepted (XState\'s can() refuses a transition with neither target nor actions)', () => {
    interface Knoop {
      readonly path: readonly string[];
      readonly states: Readonly<Record<string, Knoop>>;
      readonly transitions: ReadonlyMap<string, ReadonlyArray<{ readonly target?: readonly unknown[]; readonly actions: readonly unknown[] }>>;
    }
    const leeg = (machine: { root: unknown }): string[] => {
      const gevonden: string[] = [];
      const loop = (knoop: Knoop) => {
        for (const [event, lijst] of knoop.transitions) {
          for (const t of lijst) if (!t.target?.length && t.actions.length === 0) gevonden.push(`${knoop.path.join('.')} ${event}`);
        }
        for (const kind of Object.values(knoop.states)) loop(kind);
      };
      loop(machine.root as Knoop);
      return gevonden;
    };

    it.each([1, 2, 3])('version %i declares no transition without target and actions', (version) => {
      expect(leeg(machineForVersion(version))).toEqual([]);
    });

    it.each([
      ['toegekend.bemiddeling.aanbieding', 'PLAATSINGSPROFIEL_VASTLEGGEN'],
      ['toegekend.zelfZoeken.verlengingAangevraagd', 'URGENTIEVERKLARING_VERLOPEN'],
      ['intermediaireVerhuur', 'WOONEVALUATIE_HERINNERING'],
    ] as const)('%s + %s: can() agrees with the declared transition, and nothing changes', (state, type) => {
      const persisted = snapshotIn[state];
      const event = VOORBEELD_EVENT[type];
      const snapshot = restoreZaak(V3, persisted);
      expect(zaakMachine.getTransitionData(snapshot, event).every((t) => t.target === undefined)).toBe(true);
      expect(snapshot.can(event)).toBe(true);
      const [next] = transition(zaakMachine, snapshot, event);
      expect(next.value).toEqual(snapshot.value);
      expect(next.context).toEqual(snapshot.context);
      expect(applyZaakEvent(V3, persisted, event)!.snapshot).toEqual(persisted);
    });

    it('on every snapshot the spec drives, an event the machine has an enabled transition for is possible', () => {
      const alle = [...LEAF_STATES_V3.map((s) => snapshotIn[s]), ...SITUATIE_NAMEN_V3.map((n) => situatie[n])];
      for (const persisted of alle) {
        const snapshot = restoreZaak(V3, persisted);
        for (const type of ZAAK_EVENT_TYPES) {
          const verklaard = zaakMachine.getTransitionData(snapshot, VOORBEELD_EVENT[type]).length > 0;
          expect([statePath(persisted.value), type, snapshot.can(VOORBEELD_EVENT[type])]).toEqual([statePath(persisted.value), type, verklaard]);
        }
      }
    });
  });

  describe('up to the decision version 3 is version 2', () => {
    /** The leaf states version 3 shares with version 2 unchanged: up to the decision, and the refused branch. */
    const GEDEELD = [...LEAF_STATES_TOT_BESLUIT_V3, 'afgewezen', 'bezwaar', 'definitiefAfgewezen'] as const;
    type Gedeeld = (typeof GEDEELD)[number];
    const inV2 = lui(GEDEELD, (state: Gedeeld) => speelAf(V2, PAD_NAAR_V2[state]));
    const inV3 = lui(GEDEELD, (state: Gedeeld) => speelAf(V3, PAD_NAAR_V2[state]));
    /** The version-2 situations in those states. */
    const SITUATIES: readonly SituatieNaam[] = SITUATIE_NAMEN.filter((naam) => (GEDEELD as readonly string[]).includes(SITUATIES_V2[naam].toestand));
    const situatieV2 = lui(SITUATIES, bereikSituatieV2);
    const situatieV3 = lui(SITUATIES, (naam: SituatieNaam) => speelAf(V3, SITUATIES_V2[naam].pad));
    /** Every sample event of versions 1 and 2, plus the payload and actor variants the guards before the decision distinguish. */
    const EVENTS: readonly ZaakEvent[] = [
      ...EVENTS_TOT_V3.map((type) => VOORBEELD_EVENT[type]),
      ontvankelijk({ vierOgen: false }),
      ontvankelijk({ medischAdviesNodig: true }),
      voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' }),
      voorstel({ uitkomst: 'afwijzen' }),
      voorstel({ uitkomst: 'afwijzen', zienswijzeNodig: true }),
      voorstel({ uitkomst: 'toekennen', route: 'bemiddeling', door: LID_B }),
      goedkeuring(LID_A),
      goedkeuring(LID_C),
      goedkeuring(undefined),
    ];
    /** Where a version-2 transition ends in version 3: zelf zoeken became compound. */
    const alsV3 = (path: string): string => (path === 'toegekend.zelfZoeken' ? 'toegekend.zelfZoeken.zoekend' : path);

    function zelfdeAlsV2(p2: PersistedZaak, p3: PersistedZaak, event: ZaakEvent): void {
      const o2 = applyZaakEvent(V2, p2, event);
      const o3 = applyZaakEvent(V3, p3, event);
      const wat = `${statePath(p2.value)} + ${event.type}`;
      if (o2 === null) {
        expect([wat, o3]).toEqual([wat, null]);
        return;
      }
      expect([wat, o3 === null]).toEqual([wat, false]);
      expect([wat, o3!.van, o3!.naar, o3!.status, o3!.snapshot.status]).toEqual([wat, o2.van, alsV3(o2.naar), o2.status, o2.snapshot.status]);
      expect([wat, statePath(o3!.snapshot.value)]).toEqual([wat, alsV3(o2.naar)]);
      expect([wat, o3!.snapshot.context]).toEqual([wat, { ...o2.snapshot.context, ...NIEUW_IN_V3 }]);
    }

    function zelfdeSnapshot(p2: PersistedZaak, p3: PersistedZaak): void {
      expect({ ...p3, context: undefined }).toEqual({ ...p2, context: undefined });
      expect(p3.context).toEqual({ ...p2.context, ...NIEUW_IN_V3 });
    }

    it.each(GEDEELD)('%s: version 2\'s canonical path gives the same snapshot, with the four new fields at their start values', (state) => {
      zelfdeSnapshot(inV2[state], inV3[state]);
      expect(snapshotIn[state]).toEqual(inV3[state]);
    });

    it.each(GEDEELD)('%s: every event of versions 1 and 2, with the guard variants, is answered exactly as version 2 answers it', (state) => {
      for (const event of EVENTS) zelfdeAlsV2(inV2[state], inV3[state], event);
    });

    it.each(GEDEELD)('%s: every version-3 event is refused', (state) => {
      for (const type of EVENTS_VANAF_V3) expect([type, applyZaakEvent(V3, inV3[state], VOORBEELD_EVENT[type])]).toEqual([type, null]);
    });

    it.each(SITUATIES)('situation "%s" of version 2: same snapshot, same answer to every event of versions 1 and 2, every version-3 event refused', (naam) => {
      zelfdeSnapshot(situatieV2[naam], situatieV3[naam]);
      for (const event of EVENTS) zelfdeAlsV2(situatieV2[naam], situatieV3[naam], event);
      for (const type of EVENTS_VANAF_V3) expect([type, applyZaakEvent(V3, situatieV3[naam], VOORBEELD_EVENT[type])]).toEqual([type, null]);
    });

    it('the decision itself: approving lands where version 2 lands, zelf zoeken in its first substate', () => {
      const zelfZoeken = stap(snapshotIn['besluitvorming.beraad'], voorstel({ uitkomst: 'toekennen', route: 'zelfZoeken' }));
      expect(applyZaakEvent(V3, zelfZoeken, goedkeuring(LID_B))).toMatchObject({ naar: 'toegekend.zelfZoeken.zoekend', status: 'toegekend' });
      expect(applyZaakEvent(V3, snapshotIn['besluitvorming.voorgesteld'], goedkeuring(LID_B))).toMatchObject({ naar: 'toegekend.bemiddeling.zoeken', status: 'toegekend' });
    });

    it('BEZWAAR_GEGROND reopens the decision as in version 2 and leaves the version-3 fields alone', () => {
      const gegrond = applyZaakEvent(V3, snapshotIn.bezwaar, VOORBEELD_EVENT.BEZWAAR_GEGROND)!;
      expect(gegrond).toMatchObject({ naar: 'besluitvorming.beraad', status: 'besluitvorming' });
      expect(gegrond.snapshot.context).toEqual({ ...snapshotIn.bezwaar.context, voorstel: null, route: null, zienswijzeGehad: false, termijnSignaal: 'geen' });
      expect(gegrond.snapshot.context).toMatchObject(NIEUW_IN_V3);
    });
  });

  describe('guards and context after the decision', () => {
    describe('refusing an offer: the gemeente\'s policy comes with the event as gevolg', () => {
      it.each([
        [undefined, 'toegekend.bemiddeling.zoeken', 0],
        ['geenGevolg', 'toegekend.bemiddeling.zoeken', 0],
        ['waarschuwing', 'toegekend.bemiddeling.zoeken', 1],
        ['urgentieVervalt', 'urgentieVervallen', 0],
      ] as const)('gevolg %s → %s, waarschuwingen +%i; the offer is cleared and the refusal counted', (gevolg, expected, waarschuwing) => {
        const aanbieding = snapshotIn['toegekend.bemiddeling.aanbieding'];
        expect(aanbieding.context.aangebodenWoningId).toBe('woning-17');
        const overgang = applyZaakEvent(V3, aanbieding, weigering(gevolg))!;
        expect(overgang).toMatchObject({ van: 'toegekend.bemiddeling.aanbieding', naar: expected, status: expected.split('.')[0] });
        expect(overgang.snapshot.status).toBe(expected === 'urgentieVervallen' ? 'done' : 'active');
        expect(overgang.snapshot.context).toEqual({ ...aanbieding.context, aangebodenWoningId: null, aantalWeigeringen: 1, waarschuwingen: waarschuwing });
      });

      it('warnings add up and never end the urgency by themselves; the policy decides when it ends', () => {
        let zoeken = snapshotIn['toegekend.bemiddeling.zoeken'];
        for (let i = 1; i <= 3; i++) {
          zoeken = speelAf(V3, [{ ...VOORBEELD_EVENT.WONING_AANBIEDEN, woningId: `woning-${i}` }, weigering('waarschuwing')], zoeken);
          expect(statePath(zoeken.value)).toBe('toegekend.bemiddeling.zoeken');
          expect(zoeken.context).toMatchObject({ waarschuwingen: i, aantalWeigeringen: i, aangebodenWoningId: null });
        }
        const vervallen = speelAf(V3, [{ ...VOORBEELD_EVENT.WONING_AANBIEDEN, woningId: 'woning-4' }, weigering('urgentieVervalt')], zoeken);
        expect(vervallen).toMatchObject({ status: 'done', value: 'urgentieVervallen', context: { waarschuwingen: 3, aantalWeigeringen: 4 } });
      });

      it('the situations carry the counts', () => {
        expect(situatie['zoeken, na weigering met waarschuwing'].context).toMatchObject({ waarschuwingen: 1, aantalWeigeringen: 1 });
        expect(situatie['zoeken, na weigering zonder gevolg'].context).toMatchObject({ waarschuwingen: 0, aantalWeigeringen: 1 });
        expect(situatie['urgentieVervallen, na een waarschuwing'].context).toMatchObject({ waarschuwingen: 1, aantalWeigeringen: 2, aangebodenWoningId: null });
      });

      it('the machine does not read gegrond: the api must send geenGevolg for a grounded refusal (the policy guard reads only gevolg)', () => {
        const aanbieding = snapshotIn['toegekend.bemiddeling.aanbieding'];
        expect(naar(aanbieding, weigering('geenGevolg', true))).toBe('toegekend.bemiddeling.zoeken');
        expect(stap(aanbieding, weigering('waarschuwing', true)).context.waarschuwingen).toBe(1);
        expect(naar(aanbieding, weigering('urgentieVervalt', true))).toBe('urgentieVervallen');
      });

      it('a refusal is accepted only while an offer is open, whatever its gevolg', () => {
        for (const state of LEAF_STATES_V3.filter((s) => s !== 'toegekend.bemiddeling.aanbieding')) {
          for (const gevolg of [undefined, 'geenGevolg', 'waarschuwing', 'urgentieVervalt'] as const) {
            expect([state, gevolg, naar(snapshotIn[state], weigering(gevolg))]).toEqual([state, gevolg, null]);
          }
        }
      });
    });

    describe('AANBIEDING_INTREKKEN and REACTIETERMIJN_VERSTREKEN', () => {
      it.each([
        ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_INTREKKEN'],
        ['toegekend.bemiddeling.aanbieding', 'REACTIETERMIJN_VERSTREKEN'],
        ['toegekend.bemiddeling.geaccepteerd', 'AANBIEDING_INTREKKEN'],
      ] as const)('in %s, %s clears the offered dwelling and goes back to zoeken without counting a refusal', (state, type) => {
        const start = snapshotIn[state];
        expect(start.context.aangebodenWoningId).toBe('woning-17');
        const overgang = applyZaakEvent(V3, start, VOORBEELD_EVENT[type])!;
        expect(overgang).toMatchObject({ van: state, naar: 'toegekend.bemiddeling.zoeken' });
        expect(overgang.snapshot.context).toEqual({ ...start.context, aangebodenWoningId: null });
        // A new offer can follow.
        expect(naar(overgang.snapshot, { ...VOORBEELD_EVENT.WONING_AANBIEDEN, woningId: 'woning-18' })).toBe('toegekend.bemiddeling.aanbieding');
      });

      it('an accepted offer has no reply term any more; AANBIEDING_INTREKKEN and REACTIETERMIJN_VERSTREKEN exist only in bemiddeling', () => {
        expect(naar(snapshotIn['toegekend.bemiddeling.geaccepteerd'], VOORBEELD_EVENT.REACTIETERMIJN_VERSTREKEN)).toBeNull();
        for (const state of LEAF_STATES_V3.filter((s) => !['toegekend.bemiddeling.aanbieding', 'toegekend.bemiddeling.geaccepteerd'].includes(s))) {
          expect([state, naar(snapshotIn[state], VOORBEELD_EVENT.AANBIEDING_INTREKKEN)]).toEqual([state, null]);
          if (state !== 'toegekend.bemiddeling.geaccepteerd') expect([state, naar(snapshotIn[state], VOORBEELD_EVENT.REACTIETERMIJN_VERSTREKEN)]).toEqual([state, null]);
        }
      });

      it('AANBIEDING_ACCEPTEREN needs the offered dwelling in the context (a stored case without one)', () => {
        expect(naar(metContext(snapshotIn['toegekend.bemiddeling.aanbieding'], { aangebodenWoningId: null }), VOORBEELD_EVENT.AANBIEDING_ACCEPTEREN)).toBeNull();
        expect(naar(metContext(snapshotIn['toegekend.bemiddeling.aanbieding'], { aangebodenWoningId: null }), VOORBEELD_EVENT.AANBIEDING_INTREKKEN)).toBe('toegekend.bemiddeling.zoeken');
      });
    });

    describe('PLAATSING_REGISTREREN: the vorm decides between a lease and intermediaire verhuur', () => {
      it.each([
        ['toegekend.bemiddeling.geaccepteerd', undefined, 'geplaatst'],
        ['toegekend.bemiddeling.geaccepteerd', 'huur', 'geplaatst'],
        ['toegekend.bemiddeling.geaccepteerd', 'intermediair', 'intermediaireVerhuur'],
        ['toegekend.zelfZoeken.zoekend', undefined, 'geplaatst'],
        ['toegekend.zelfZoeken.zoekend', 'huur', 'geplaatst'],
        ['toegekend.zelfZoeken.zoekend', 'intermediair', 'intermediaireVerhuur'],
      ] as const)('from %s with vorm %s → %s, storing the ingangsdatum', (state, vorm, expected) => {
        const start = snapshotIn[state];
        const overgang = applyZaakEvent(V3, start, plaatsing(vorm, '2026-02-01'))!;
        expect(overgang).toMatchObject({ van: state, naar: expected, status: expected });
        expect(overgang.snapshot.status).toBe(expected === 'geplaatst' ? 'done' : 'active');
        expect(overgang.snapshot.context).toEqual({ ...start.context, geplaatstOp: '2026-02-01' });
      });

      it('not without an accepted offer, nor with a lapsed urgentieverklaring or while an extension is decided', () => {
        for (const state of ['toegekend.bemiddeling.zoeken', 'toegekend.bemiddeling.aanbieding', 'toegekend.zelfZoeken.verlopen', 'toegekend.zelfZoeken.verlengingAangevraagd', 'intermediaireVerhuur'] as const) {
          for (const vorm of [undefined, 'huur', 'intermediair'] as const) expect([state, vorm, naar(snapshotIn[state], plaatsing(vorm))]).toEqual([state, vorm, null]);
        }
      });
    });

    describe('zelf zoeken: the urgentieverklaring lapses, and is extended at most once', () => {
      it('from zoekend: asked, granted, then never again, also not once it has lapsed', () => {
        const aangevraagd = applyZaakEvent(V3, snapshotIn['toegekend.zelfZoeken.zoekend'], VOORBEELD_EVENT.VERLENGING_AANVRAGEN)!;
        expect(aangevraagd.naar).toBe('toegekend.zelfZoeken.verlengingAangevraagd');
        expect(aangevraagd.snapshot.context.verlengd).toBe(false);
        const verlengd = applyZaakEvent(V3, aangevraagd.snapshot, VOORBEELD_EVENT.VERLENGING_TOEKENNEN)!;
        expect(verlengd.naar).toBe('toegekend.zelfZoeken.zoekend');
        expect(verlengd.snapshot.context).toEqual({ ...snapshotIn['toegekend.zelfZoeken.zoekend'].context, verlengd: true });
        expect(naar(verlengd.snapshot, VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBeNull();
        const verlopen = stap(verlengd.snapshot, VOORBEELD_EVENT.URGENTIEVERKLARING_VERLOPEN);
        expect(statePath(verlopen.value)).toBe('toegekend.zelfZoeken.verlopen');
        expect(naar(verlopen, VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBeNull();
        expect(naar(verlopen, VOORBEELD_EVENT.VERLENGINGSTERMIJN_VERSTREKEN)).toBe('urgentieVervallen');
      });

      it('from verlopen: asked within the term, granted, back to zoekend, then never again', () => {
        const verlopen = snapshotIn['toegekend.zelfZoeken.verlopen'];
        const aangevraagd = stap(verlopen, VOORBEELD_EVENT.VERLENGING_AANVRAGEN);
        expect(statePath(aangevraagd.value)).toBe('toegekend.zelfZoeken.verlengingAangevraagd');
        const verlengd = applyZaakEvent(V3, aangevraagd, VOORBEELD_EVENT.VERLENGING_TOEKENNEN)!;
        expect(verlengd.naar).toBe('toegekend.zelfZoeken.zoekend');
        expect(verlengd.snapshot.context.verlengd).toBe(true);
        expect(naar(verlengd.snapshot, VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBeNull();
        expect(naar(verlengd.snapshot, plaatsing('huur'))).toBe('geplaatst');
      });

      it.each(['toegekend.zelfZoeken.zoekend', 'toegekend.zelfZoeken.verlopen'] as const)('in %s a stored case that was extended before cannot ask again', (state) => {
        expect(naar(snapshotIn[state], VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBe('toegekend.zelfZoeken.verlengingAangevraagd');
        expect(naar(metContext(snapshotIn[state], { verlengd: true }), VOORBEELD_EVENT.VERLENGING_AANVRAGEN)).toBeNull();
      });

      it('a refused extension ends the urgency, whether asked before or after the lapse, without marking it extended', () => {
        for (const naam of ['urgentieVervallen, verlenging afgewezen'] as const) {
          expect(situatie[naam]).toMatchObject({ status: 'done', value: 'urgentieVervallen', context: { verlengd: false } });
        }
        const naVerlopen = situatie['verlengingAangevraagd, na verlopen'];
        expect(applyZaakEvent(V3, naVerlopen, VOORBEELD_EVENT.VERLENGING_AFWIJZEN)).toMatchObject({ naar: 'urgentieVervallen', status: 'urgentieVervallen' });
      });

      it('VERLENGINGSTERMIJN_VERSTREKEN is accepted only in verlopen', () => {
        const alle: Array<[string, PersistedZaak]> = [
          ...LEAF_STATES_V3.map((s): [string, PersistedZaak] => [s, snapshotIn[s]]),
          ...SITUATIE_NAMEN_V3.map((n): [string, PersistedZaak] => [n, situatie[n]]),
        ];
        for (const [naam, persisted] of alle) {
          const inVerlopen = statePath(persisted.value) === 'toegekend.zelfZoeken.verlopen';
          expect([naam, naar(persisted, VOORBEELD_EVENT.VERLENGINGSTERMIJN_VERSTREKEN)]).toEqual([naam, inVerlopen ? 'urgentieVervallen' : null]);
        }
      });

      it('URGENTIEVERKLARING_VERLOPEN moves only zoekend on (verlengingAangevraagd absorbs it); bemiddeling has no urgentieverklaring that lapses', () => {
        for (const state of LEAF_STATES_V3) {
          const expected =
            state === 'toegekend.zelfZoeken.zoekend' ? 'toegekend.zelfZoeken.verlopen' : state === 'toegekend.zelfZoeken.verlengingAangevraagd' ? state : null;
          expect([state, naar(snapshotIn[state], VOORBEELD_EVENT.URGENTIEVERKLARING_VERLOPEN)]).toEqual([state, expected]);
        }
      });

      it('the urgentieverklaring lapsing changes no context', () => {
        const zoekend = snapshotIn['toegekend.zelfZoeken.zoekend'];
        expect(stap(zoekend, VOORBEELD_EVENT.URGENTIEVERKLARING_VERLOPEN).context).toEqual(zoekend.context);
      });
    });

    describe('intermediaire verhuur: woonevaluaties and the omklap', () => {
      it('vastleggen and aftekenen alternate, each sign-off counted', () => {
        let persisted = snapshotIn.intermediaireVerhuur;
        expect(persisted.context).toMatchObject({ aantalWoonevaluaties: 0, woonevaluatieOpen: false });
        expect(naar(persisted, VOORBEELD_EVENT.WOONEVALUATIE_AFTEKENEN)).toBeNull();
        for (let i = 1; i <= 3; i++) {
          const open = applyZaakEvent(V3, persisted, VOORBEELD_EVENT.WOONEVALUATIE_VASTLEGGEN)!;
          expect(open.naar).toBe('intermediaireVerhuur');
          expect(open.snapshot.context).toEqual({ ...persisted.context, woonevaluatieOpen: true });
          expect(naar(open.snapshot, VOORBEELD_EVENT.WOONEVALUATIE_VASTLEGGEN)).toBeNull();
          const afgetekend = applyZaakEvent(V3, open.snapshot, VOORBEELD_EVENT.WOONEVALUATIE_AFTEKENEN)!;
          expect(afgetekend.naar).toBe('intermediaireVerhuur');
          expect(afgetekend.snapshot.context).toEqual({ ...persisted.context, woonevaluatieOpen: false, aantalWoonevaluaties: i });
          expect(naar(afgetekend.snapshot, VOORBEELD_EVENT.WOONEVALUATIE_AFTEKENEN)).toBeNull();
          persisted = afgetekend.snapshot;
        }
      });

      it.each([
        ['no woonevaluatie yet', 0, false, null],
        ['the first one awaiting sign-off', 0, true, null],
        ['one signed off', 1, false, 'geplaatst'],
        ['one signed off and the next awaiting sign-off', 1, true, null],
        ['three signed off', 3, false, 'geplaatst'],
        ['three signed off and the next awaiting sign-off', 3, true, null],
      ] as const)('OMKLAP_REGISTREREN with %s → %s', (_label, aantalWoonevaluaties, woonevaluatieOpen, expected) => {
        expect(naar(metContext(snapshotIn.intermediaireVerhuur, { aantalWoonevaluaties, woonevaluatieOpen }), VOORBEELD_EVENT.OMKLAP_REGISTREREN)).toBe(expected);
      });

      it('the omklap ends the case in geplaatst; geplaatstOp keeps the start of the intermediaire verhuur', () => {
        const afgetekend = situatie['intermediaireVerhuur, woonevaluatie afgetekend'];
        const omklap = applyZaakEvent(V3, afgetekend, VOORBEELD_EVENT.OMKLAP_REGISTREREN)!;
        expect(omklap).toMatchObject({ van: 'intermediaireVerhuur', naar: 'geplaatst', status: 'geplaatst' });
        expect(omklap.snapshot.status).toBe('done');
        expect(omklap.snapshot.context).toEqual(afgetekend.context);
        expect(omklap.snapshot.context.geplaatstOp).toBe(VOORBEELD_EVENT.PLAATSING_REGISTREREN.ingangsdatum);
      });

      it('the intermediaire verhuur can end at any moment, also with an evaluation open; the context is kept', () => {
        for (const persisted of [snapshotIn.intermediaireVerhuur, situatie['intermediaireVerhuur, woonevaluatie open'], situatie['intermediaireVerhuur, woonevaluatie afgetekend']]) {
          const einde = applyZaakEvent(V3, persisted, VOORBEELD_EVENT.INTERMEDIAIRE_VERHUUR_BEEINDIGEN)!;
          expect(einde).toMatchObject({ naar: 'plaatsingBeeindigd', status: 'plaatsingBeeindigd' });
          expect(einde.snapshot.status).toBe('done');
          expect(einde.snapshot.context).toEqual(persisted.context);
        }
      });

      it('the woonevaluatie events exist only during intermediaire verhuur', () => {
        for (const state of LEAF_STATES_V3.filter((s) => s !== 'intermediaireVerhuur')) {
          for (const type of ['WOONEVALUATIE_VASTLEGGEN', 'WOONEVALUATIE_AFTEKENEN', 'WOONEVALUATIE_HERINNERING', 'OMKLAP_REGISTREREN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'] as const) {
            expect([state, type, naar(metContext(snapshotIn[state], { aantalWoonevaluaties: 1, woonevaluatieOpen: true }), VOORBEELD_EVENT[type])]).toEqual([state, type, null]);
          }
        }
      });
    });

    describe('INTREKKEN and PLAATSINGSPROFIEL_VASTLEGGEN', () => {
      const toegekendeSituaties = SITUATIE_NAMEN_V3.filter((n) => (TOEGEKEND_V3 as readonly string[]).includes(SITUATIES_V3[n].toestand));

      it.each(TOEGEKEND_V3)('INTREKKEN is possible in %s and ends the case', (state) => {
        const overgang = applyZaakEvent(V3, snapshotIn[state], VOORBEELD_EVENT.INTREKKEN)!;
        expect(overgang).toMatchObject({ van: state, naar: 'ingetrokken', status: 'ingetrokken' });
        expect(overgang.snapshot.status).toBe('done');
        expect(overgang.snapshot.context).toEqual(snapshotIn[state].context);
      });

      it('INTREKKEN is possible in every situation inside toegekend too', () => {
        for (const naam of toegekendeSituaties) expect([naam, naar(situatie[naam], VOORBEELD_EVENT.INTREKKEN)]).toEqual([naam, 'ingetrokken']);
      });

      it('INTREKKEN is not possible once placed, also not during intermediaire verhuur, nor after the urgency lapsed', () => {
        for (const state of ['intermediaireVerhuur', 'geplaatst', 'urgentieVervallen', 'plaatsingBeeindigd'] as const) expect([state, naar(snapshotIn[state], VOORBEELD_EVENT.INTREKKEN)]).toEqual([state, null]);
        for (const naam of SITUATIE_NAMEN_V3.filter((n) => SITUATIES_V3[n].toestand === 'intermediaireVerhuur')) {
          expect([naam, naar(situatie[naam], VOORBEELD_EVENT.INTREKKEN)]).toEqual([naam, null]);
        }
      });

      it.each(TOEGEKEND_V3)('PLAATSINGSPROFIEL_VASTLEGGEN keeps %s and its context (the profile itself is kept by the api)', (state) => {
        const overgang = applyZaakEvent(V3, snapshotIn[state], VOORBEELD_EVENT.PLAATSINGSPROFIEL_VASTLEGGEN);
        expect(overgang).toMatchObject({ van: state, naar: state });
        expect(overgang!.snapshot).toEqual(snapshotIn[state]);
      });

      it('PLAATSINGSPROFIEL_VASTLEGGEN keeps the substate in every situation inside toegekend, and may be repeated', () => {
        for (const naam of toegekendeSituaties) {
          const herzien = { ...VOORBEELD_EVENT.PLAATSINGSPROFIEL_VASTLEGGEN, uitgeslotenWijken: ['0518-centrum'] };
          const eerste = applyZaakEvent(V3, situatie[naam], VOORBEELD_EVENT.PLAATSINGSPROFIEL_VASTLEGGEN)!;
          expect([naam, eerste.naar]).toEqual([naam, SITUATIES_V3[naam].toestand]);
          const tweede = applyZaakEvent(V3, eerste.snapshot, herzien)!;
          expect([naam, tweede.naar, tweede.snapshot]).toEqual([naam, SITUATIES_V3[naam].toestand, situatie[naam]]);
        }
      });

      it('PLAATSINGSPROFIEL_VASTLEGGEN is refused outside toegekend: before the decision and once placed or ended', () => {
        for (const state of LEAF_STATES_V3.filter((s) => !(TOEGEKEND_V3 as readonly string[]).includes(s))) {
          expect([state, naar(snapshotIn[state], VOORBEELD_EVENT.PLAATSINGSPROFIEL_VASTLEGGEN)]).toEqual([state, null]);
        }
      });
    });

    describe('context effects', () => {
      it('the canonical path to plaatsingBeeindigd builds up exactly this context', () => {
        expect(snapshotIn.plaatsingBeeindigd.context).toEqual({
          ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0518', woonstartgemeenteCbs: '0503', route: 'bemiddeling',
          voorstel: { door: LID_A, uitkomst: 'toekennen', route: 'bemiddeling', zienswijzeNodig: false },
          aangebodenWoningId: 'woning-17', geplaatstOp: VOORBEELD_EVENT.PLAATSING_REGISTREREN.ingangsdatum,
        });
      });

      it('the canonical path to urgentieVervallen (a refusal under the policy) builds up exactly this context', () => {
        expect(snapshotIn.urgentieVervallen.context).toEqual({
          ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0518', woonstartgemeenteCbs: '0503', route: 'bemiddeling',
          voorstel: { door: LID_A, uitkomst: 'toekennen', route: 'bemiddeling', zienswijzeNodig: false },
          aantalWeigeringen: 1,
        });
      });

      it.each([
        ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN'],
        ['toegekend.zelfZoeken.zoekend', 'VERLENGING_AANVRAGEN'],
        ['toegekend.zelfZoeken.zoekend', 'URGENTIEVERKLARING_VERLOPEN'],
        ['toegekend.zelfZoeken.verlopen', 'VERLENGING_AANVRAGEN'],
        ['toegekend.zelfZoeken.verlengingAangevraagd', 'VERLENGING_AFWIJZEN'],
        ['toegekend.zelfZoeken.verlopen', 'VERLENGINGSTERMIJN_VERSTREKEN'],
        ['intermediaireVerhuur', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'],
        ['toegekend.bemiddeling.geaccepteerd', 'INTREKKEN'],
      ] as const)('%s + %s leaves the context unchanged', (state, type) => {
        expect(stap(snapshotIn[state], VOORBEELD_EVENT[type]).context).toEqual(snapshotIn[state].context);
      });

      it.each(LEAF_STATES_V3)('the context in %s has exactly the version-3 fields', (state) => {
        expect(Object.keys(snapshotIn[state].context).sort()).toEqual(Object.keys(INITIAL_ZAAK_CONTEXT).sort());
      });

      it.each(FINAAL)('%s is persisted as done; nothing is possible any more', (state) => {
        expect(snapshotIn[state].status).toBe('done');
        expect(possibleEvents(V3, snapshotIn[state])).toEqual([]);
      });

      it('intermediaireVerhuur, afgewezen and bezwaar stay active', () => {
        for (const state of ['intermediaireVerhuur', 'afgewezen', 'bezwaar'] as const) expect(snapshotIn[state].status).toBe('active');
      });
    });
  });

  describe('graph coverage (xstate/graph)', () => {
    type ZaakSnapshotV3 = SnapshotFrom<typeof zaakMachine>;
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
      weigering('geenGevolg'),
      weigering('waarschuwing'),
      weigering('urgentieVervalt'),
      plaatsing('huur'),
      plaatsing('intermediair'),
    ];
    /** Top-level states after which nothing of the decision's context matters any more. */
    const NA_BESLUIT = ['toegekend', 'intermediaireVerhuur', 'geplaatst', 'urgentieVervallen', 'plaatsingBeeindigd', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling'];
    // Up to the decision (and in afgewezen/bezwaar, which lead back to it) the whole context
    // counts, refusals capped as in version 2. After it only what the guards there read
    // counts, with the counters capped: that keeps the state space finite and small while
    // still telling "before" from "after" for every guard.
    const serializeState = (s: ZaakSnapshotV3): string => {
      const c = s.context;
      if (NA_BESLUIT.includes(statePath(s.value).split('.')[0])) {
        return JSON.stringify({
          value: s.value, aanbieding: c.aangebodenWoningId !== null, verlengd: c.verlengd, woonevaluatieOpen: c.woonevaluatieOpen,
          geevalueerd: Math.min(c.aantalWoonevaluaties, 1), geweigerd: Math.min(c.aantalWeigeringen, 1), gewaarschuwd: Math.min(c.waarschuwingen, 1),
        });
      }
      return JSON.stringify({ value: s.value, context: { ...c, aantalWeigeringen: Math.min(c.aantalWeigeringen, 1) } });
    };
    const options = { events, serializeState, filterEvents: (s: ZaakSnapshotV3, e: ZaakEvent) => s.can(e), limit: 200_000 };

    const isZaakEvent = (e: { type: string }): e is ZaakEvent => (ZAAK_EVENT_TYPES as string[]).includes(e.type);

    const shortest = getShortestPaths(zaakMachine, options);
    const shortestByKey = new Map(shortest.map((p) => [serializeState(p.state), p]));
    const adjacency = getAdjacencyMap(zaakMachine, options);

    const vertices = Object.values(adjacency) as Array<AdjacencyValue<ZaakSnapshotV3, ZaakEvent>>;
    const transitionPaths = vertices.flatMap((vertex) =>
      (Object.values(vertex.transitions) as Array<{ event: ZaakEvent; state: ZaakSnapshotV3 }>).map(({ event, state: next }) => {
        const head = shortestByKey.get(serializeState(vertex.state));
        if (!head) throw new Error(`no shortest path to ${serializeState(vertex.state)}`);
        return {
          from: statePath(vertex.state.value), event, to: statePath(next.value), next,
          events: [...head.steps.map((s) => s.event).filter(isZaakEvent), event],
        };
      }),
    );
    const sleutel = (from: string, event: string, to: string) => `${from} ${event} ${to}`;

    it('reaches exactly the leaf states', () => {
      const reached = new Set(shortest.map((p) => statePath(p.state.value)));
      expect([...reached].sort()).toEqual([...LEAF_STATES_V3].sort());
    });

    it('reaches every state node of the version-3 diagram, compound ones included', () => {
      const reached = shortest.map((p) => statePath(p.state.value));
      for (const node of zaakDiagram(V3).nodes) {
        expect([node.path, reached.some((leaf) => leaf === node.path || leaf.startsWith(`${node.path}.`))]).toEqual([node.path, true]);
      }
    });

    it('exercises every (source, event, target) edge of the version-3 diagram', () => {
      const uncovered = zaakDiagram(V3).edges.filter(
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

    it('every generated path replays through applyZaakEvent(3, …) to the same state and context', () => {
      expect(transitionPaths.length).toBeGreaterThanOrEqual(zaakDiagram(V3).edges.length);
      const cache = new Map<string, PersistedZaak>();
      const replay = (events: readonly ZaakEvent[]): PersistedZaak => {
        const key = JSON.stringify(events);
        const hit = cache.get(key);
        if (hit) return hit;
        const persisted = events.length === 0 ? nieuweZaak(V3) : speelAf(V3, events.slice(-1), replay(events.slice(0, -1)));
        cache.set(key, persisted);
        return persisted;
      };
      for (const path of transitionPaths) {
        const replayed = replay(path.events);
        expect(statePath(replayed.value)).toBe(path.to);
        expect(replayed.context).toEqual(path.next.context);
      }
    });

    it('after the decision it finds exactly the transitions of the table, the situations and the variants', () => {
      const isNaBesluit = (from: string) => (TABEL_STATES as readonly string[]).includes(from);
      const fromGraph = new Set(transitionPaths.filter((p) => isNaBesluit(p.from)).map((p) => sleutel(p.from, p.event.type, p.to)));
      const fromTables = new Set(
        [
          ...rows,
          ...situatieRows.map(([naam, event, to]): Rij => [SITUATIES_V3[naam].toestand as TabelState, event, to]),
          ...VARIANT_OVERGANGEN.map(([from, event, to]): Rij => [from, event, to]),
        ]
          .filter(([, , to]) => to !== null)
          .map(([from, event, to]) => sleutel(from, event, to!)),
      );
      expect([...fromGraph].sort()).toEqual([...fromTables].sort());
    });

    it('up to the decision it finds exactly the transitions of version 2\'s graph (zelf zoeken entered in its first substate)', () => {
      type ZaakSnapshotV2 = SnapshotFrom<typeof zaakMachineV2>;
      const eventsV2 = events.filter((e) => !(EVENTS_VANAF_V3 as readonly string[]).includes(e.type));
      const serializeV2 = (s: ZaakSnapshotV2): string =>
        NA_BESLUIT.includes(statePath(s.value).split('.')[0]) ? JSON.stringify({ value: s.value }) : JSON.stringify({ value: s.value, context: s.context });
      const adjacencyV2 = getAdjacencyMap(zaakMachineV2, { events: eventsV2, serializeState: serializeV2, filterEvents: (s: ZaakSnapshotV2, e: ZaakEvent) => s.can(e), limit: 200_000 });
      const totBesluit = (from: string) => !NA_BESLUIT.includes(from.split('.')[0]) && !['afgewezen', 'bezwaar'].includes(from);
      const alsV3 = (to: string) => (to === 'toegekend.zelfZoeken' ? 'toegekend.zelfZoeken.zoekend' : to);
      const v2 = new Set(
        (Object.values(adjacencyV2) as Array<AdjacencyValue<ZaakSnapshotV2, ZaakEvent>>).flatMap((vertex) =>
          (Object.values(vertex.transitions) as Array<{ event: ZaakEvent; state: ZaakSnapshotV2 }>)
            .filter(() => totBesluit(statePath(vertex.state.value)))
            .map(({ event, state }) => sleutel(statePath(vertex.state.value), event.type, alsV3(statePath(state.value)))),
        ),
      );
      const v3 = new Set(transitionPaths.filter((p) => totBesluit(p.from)).map((p) => sleutel(p.from, p.event.type, p.to)));
      expect(v2.size).toBeGreaterThan(0);
      expect([...v3].sort()).toEqual([...v2].sort());
    });
  });

  describe('allowedEvents per role after the decision', () => {
    type PerRol = Partial<Record<Rol, readonly ZaakEventType[]>>;
    const INDIENERS_PROFIEL: readonly ZaakEventType[] = ['PLAATSINGSPROFIEL_VASTLEGGEN', 'INTREKKEN'];

    /**
     * What each role may do per leaf state after the decision, on its canonical path, asked
     * with actorId LID_B (hand-written). A role not listed gets nothing.
     */
    const TOEGESTAAN_V3: { readonly [S in TabelState]: PerRol } = {
      'toegekend.bemiddeling.zoeken': {
        zorgmedewerker: INDIENERS_PROFIEL, gemeentemedewerker: INDIENERS_PROFIEL, commissielid: INDIENERS_PROFIEL, corporatiemedewerker: ['WONING_AANBIEDEN'],
      },
      // REACTIETERMIJN_VERSTREKEN is the system's.
      'toegekend.bemiddeling.aanbieding': {
        zorgmedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', ...INDIENERS_PROFIEL], gemeentemedewerker: INDIENERS_PROFIEL, commissielid: INDIENERS_PROFIEL,
        corporatiemedewerker: ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'AANBIEDING_INTREKKEN'],
      },
      'toegekend.bemiddeling.geaccepteerd': {
        zorgmedewerker: INDIENERS_PROFIEL, gemeentemedewerker: INDIENERS_PROFIEL, commissielid: ['PLAATSING_REGISTREREN', ...INDIENERS_PROFIEL],
        corporatiemedewerker: ['PLAATSING_REGISTREREN', 'AANBIEDING_INTREKKEN'],
      },
      // URGENTIEVERKLARING_VERLOPEN is the system's.
      'toegekend.zelfZoeken.zoekend': {
        zorgmedewerker: ['VERLENGING_AANVRAGEN', ...INDIENERS_PROFIEL], gemeentemedewerker: ['VERLENGING_AANVRAGEN', ...INDIENERS_PROFIEL],
        commissielid: ['PLAATSING_REGISTREREN', 'VERLENGING_AANVRAGEN', ...INDIENERS_PROFIEL], corporatiemedewerker: ['PLAATSING_REGISTREREN'],
      },
      // VERLENGINGSTERMIJN_VERSTREKEN is the system's; no placement with a lapsed urgentieverklaring.
      'toegekend.zelfZoeken.verlopen': {
        zorgmedewerker: ['VERLENGING_AANVRAGEN', ...INDIENERS_PROFIEL], gemeentemedewerker: ['VERLENGING_AANVRAGEN', ...INDIENERS_PROFIEL],
        commissielid: ['VERLENGING_AANVRAGEN', ...INDIENERS_PROFIEL],
      },
      'toegekend.zelfZoeken.verlengingAangevraagd': {
        zorgmedewerker: INDIENERS_PROFIEL, gemeentemedewerker: INDIENERS_PROFIEL, commissielid: ['VERLENGING_TOEKENNEN', 'VERLENGING_AFWIJZEN', ...INDIENERS_PROFIEL],
      },
      // WOONEVALUATIE_HERINNERING is the system's.
      intermediaireVerhuur: { zorgmedewerker: ['WOONEVALUATIE_VASTLEGGEN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'], corporatiemedewerker: ['INTERMEDIAIRE_VERHUUR_BEEINDIGEN'] },
      geplaatst: {},
      urgentieVervallen: {},
      plaatsingBeeindigd: {},
      afgewezen: { zorgmedewerker: ['BEZWAAR_INDIENEN'], gemeentemedewerker: ['BEZWAAR_INDIENEN'], commissielid: ['BEZWAAR_INDIENEN'] },
      bezwaar: { commissielid: ['BEZWAAR_GEGROND', 'BEZWAAR_ONGEGROND', 'BEZWAAR_NIET_ONTVANKELIJK'] },
      definitiefAfgewezen: {},
      ingetrokken: {},
    };

    /** Situations in which the roles get something else than on the canonical path (hand-written, actorId LID_B). */
    const TOEGESTAAN_IN_SITUATIE: Partial<Record<SituatieNaamV3, PerRol>> = {
      'zoekend, na verlenging': { zorgmedewerker: INDIENERS_PROFIEL, gemeentemedewerker: INDIENERS_PROFIEL, commissielid: ['PLAATSING_REGISTREREN', ...INDIENERS_PROFIEL], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
      'zoekend, verlengd na verlopen': { zorgmedewerker: INDIENERS_PROFIEL, gemeentemedewerker: INDIENERS_PROFIEL, commissielid: ['PLAATSING_REGISTREREN', ...INDIENERS_PROFIEL], corporatiemedewerker: ['PLAATSING_REGISTREREN'] },
      // Extended once and lapsed again: only waiting for the end of the term (or an intrekking).
      'verlopen, na verlenging': { zorgmedewerker: INDIENERS_PROFIEL, gemeentemedewerker: INDIENERS_PROFIEL, commissielid: INDIENERS_PROFIEL },
      'intermediaireVerhuur, woonevaluatie open': { zorgmedewerker: ['INTERMEDIAIRE_VERHUUR_BEEINDIGEN'], corporatiemedewerker: ['WOONEVALUATIE_AFTEKENEN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'] },
      'intermediaireVerhuur, woonevaluatie afgetekend': {
        zorgmedewerker: ['WOONEVALUATIE_VASTLEGGEN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'], corporatiemedewerker: ['OMKLAP_REGISTREREN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'],
      },
      'intermediaireVerhuur, tweede woonevaluatie open': { zorgmedewerker: ['INTERMEDIAIRE_VERHUUR_BEEINDIGEN'], corporatiemedewerker: ['WOONEVALUATIE_AFTEKENEN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN'] },
    };

    const ACTOREN = [LID_A, LID_B, LID_C, undefined] as const;
    const sorted = (list: readonly string[]) => [...list].sort();
    /** Every version-3 snapshot after the decision the spec drives: the canonical leaf states and all named situations. */
    const alleNaBesluit = (): Array<[string, PersistedZaak]> => [
      ...TABEL_STATES.map((s): [string, PersistedZaak] => [s, snapshotIn[s]]),
      ...SITUATIE_NAMEN_V3.map((n): [string, PersistedZaak] => [n, situatie[n]]),
    ];

    const rijen = TABEL_STATES.flatMap((state) => ROLLEN.map((rol): [TabelState, Rol, readonly ZaakEventType[]] => [state, rol, TOEGESTAAN_V3[state][rol] ?? []]));

    it.each(rijen)('%s as %s (LID_B) → %j', (state, rol, expected) => {
      expect(sorted(allowedEvents(V3, snapshotIn[state], rol, LID_B))).toEqual(sorted(expected));
    });

    const situatieRijen = (Object.keys(TOEGESTAAN_IN_SITUATIE) as SituatieNaamV3[]).flatMap((naam) =>
      ROLLEN.map((rol): [SituatieNaamV3, Rol, readonly ZaakEventType[]] => [naam, rol, TOEGESTAAN_IN_SITUATIE[naam]![rol] ?? []]),
    );

    it.each(situatieRijen)('situation "%s" as %s (LID_B) → %j', (naam, rol, expected) => {
      expect(sorted(allowedEvents(V3, situatie[naam], rol, LID_B))).toEqual(sorted(expected));
    });

    it('the other situations give every role what the canonical path of their leaf state gives', () => {
      for (const naam of SITUATIE_NAMEN_V3.filter((n) => !(n in TOEGESTAAN_IN_SITUATIE))) {
        const toestand = SITUATIES_V3[naam].toestand as TabelState;
        for (const rol of ROLLEN) {
          expect([naam, rol, sorted(allowedEvents(V3, situatie[naam], rol, LID_B))]).toEqual([naam, rol, sorted(TOEGESTAAN_V3[toestand][rol] ?? [])]);
        }
      }
    });

    it.each(TOEGEKEND_V3)('PLAATSINGSPROFIEL_VASTLEGGEN is offered in %s to commissielid, zorgmedewerker and gemeentemedewerker, to no one else', (state) => {
      for (const rol of ROLLEN) {
        const verwacht = ['commissielid', 'zorgmedewerker', 'gemeentemedewerker'].includes(rol);
        expect([rol, allowedEvents(V3, snapshotIn[state], rol, LID_B).includes('PLAATSINGSPROFIEL_VASTLEGGEN')]).toEqual([rol, verwacht]);
      }
    });

    it('system events never appear for any role, though the machine accepts each of them somewhere', () => {
      const aangeboden = new Set<ZaakEventType>();
      const alle: Array<[string, PersistedZaak]> = [...LEAF_STATES_V3.map((s): [string, PersistedZaak] => [s, snapshotIn[s]]), ...alleNaBesluit()];
      for (const [, persisted] of alle) {
        for (const type of possibleEvents(V3, persisted)) aangeboden.add(type);
        for (const rol of ROLLEN) {
          for (const actorId of ACTOREN) for (const type of SYSTEEM) expect(allowedEvents(V3, persisted, rol, actorId)).not.toContain(type);
        }
      }
      expect(SYSTEEM.filter((t) => !aangeboden.has(t))).toEqual([]);
      for (const type of SYSTEEM) expect(ZAAK_EVENT_META[type]).toMatchObject({ systeem: true, rollen: [] });
    });

    it('after the decision the actor makes no difference', () => {
      for (const [naam, persisted] of alleNaBesluit()) {
        for (const rol of ROLLEN) {
          const zonder = allowedEvents(V3, persisted, rol);
          for (const actorId of ACTOREN) expect([naam, rol, actorId, allowedEvents(V3, persisted, rol, actorId)]).toEqual([naam, rol, actorId, zonder]);
        }
      }
    });

    it.each(['regiocoordinator', 'beheerder', 'medischAdviseur'] as const)('%s never gets an event after the decision', (rol) => {
      for (const [naam, persisted] of alleNaBesluit()) expect([naam, allowedEvents(V3, persisted, rol, LID_B)]).toEqual([naam, []]);
    });

    it('the version-3 events go to the roles of the meta only: zorgmedewerker evaluates, corporatiemedewerker signs off and registers the omklap', () => {
      const gekregen = new Map<ZaakEventType, Set<Rol>>();
      for (const [, persisted] of alleNaBesluit()) {
        for (const rol of ROLLEN) {
          for (const type of allowedEvents(V3, persisted, rol, LID_B)) {
            if (!gekregen.has(type)) gekregen.set(type, new Set());
            gekregen.get(type)!.add(rol);
          }
        }
      }
      const perEvent = Object.fromEntries(EVENTS_VANAF_V3.filter((t) => gekregen.has(t)).map((t) => [t, sorted([...gekregen.get(t)!])]));
      expect(perEvent).toEqual({
        PLAATSINGSPROFIEL_VASTLEGGEN: ['commissielid', 'gemeentemedewerker', 'zorgmedewerker'],
        AANBIEDING_INTREKKEN: ['corporatiemedewerker'],
        VERLENGING_AANVRAGEN: ['commissielid', 'gemeentemedewerker', 'zorgmedewerker'],
        VERLENGING_TOEKENNEN: ['commissielid'],
        VERLENGING_AFWIJZEN: ['commissielid'],
        WOONEVALUATIE_VASTLEGGEN: ['zorgmedewerker'],
        WOONEVALUATIE_AFTEKENEN: ['corporatiemedewerker'],
        OMKLAP_REGISTREREN: ['corporatiemedewerker'],
        INTERMEDIAIRE_VERHUUR_BEEINDIGEN: ['corporatiemedewerker', 'zorgmedewerker'],
      });
    });

    it('is always the intersection of possibleEvents and what the role may send', () => {
      for (const [, persisted] of alleNaBesluit()) {
        for (const rol of ROLLEN) expect(allowedEvents(V3, persisted, rol)).toEqual(possibleEvents(V3, persisted).filter((type) => mayRolSend(rol, type)));
      }
    });

    it('never offers an event the machine would refuse', () => {
      for (const [naam, persisted] of alleNaBesluit()) {
        for (const rol of ROLLEN) {
          for (const type of allowedEvents(V3, persisted, rol, LID_B)) expect([naam, rol, type, applyZaakEvent(V3, persisted, VOORBEELD_EVENT[type]) === null]).toEqual([naam, rol, type, false]);
        }
      }
    });
  });
});
