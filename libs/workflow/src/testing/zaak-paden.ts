/**
 * Test fixtures shared by every machine version: one valid sample event per type,
 * the committee members that propose and approve, and a player that drives a case
 * through the public runtime (applyZaakEvent) of a given version. The per-version
 * leaf states and paths are in zaak-paden.v1.ts, zaak-paden.v2.ts and zaak-paden.v3.ts.
 * Used by the specs and to generate the persisted-snapshot fixtures
 * (zaak-snapshots.fixture.ts); never exported from the library.
 */
import { createActor } from 'xstate';
import type { BesluitvoorstelPayload, ZaakEvent, ZaakEventType } from '../lib/zaak-events.model';
import { applyZaakEvent, machineForVersion, type PersistedZaak } from '../lib/zaak.runtime';

/** Committee members (actor ids as the api puts them on the event). */
export const LID_A = 'commissielid-anna';
export const LID_B = 'commissielid-bram';
export const LID_C = 'commissielid-chantal';

export type EventOfType<T extends ZaakEventType> = Extract<ZaakEvent, { type: T }>;

/** A valid event with a realistic payload for every event type (every version). */
export const VOORBEELD_EVENT: { readonly [T in ZaakEventType]: EventOfType<T> } = {
  GEGEVENS_WIJZIGEN: {
    type: 'GEGEVENS_WIJZIGEN', categorie: 'BW', behandelendeGemeente: '0518',
    aanvrager: { voornamen: 'Sam', achternaam: 'de Wit', geboortedatum: '1990-04-02' },
    huishouden: [], opnames: [{ instelling: 'Limor', van: '2024-01-01', tot: null }], begeleidingAkkoord: true,
    inschrijvingen: [{ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2015-01-01', tot: '2023-12-31' }],
  },
  INDIENEN: { type: 'INDIENEN' },
  // The api adds vierOgen from the committee's configuration (on by default).
  ONTVANKELIJK_VERKLAREN: { type: 'ONTVANKELIJK_VERKLAREN', toelichting: 'Aanvraag is compleet.', vierOgen: true, medischAdviesNodig: false },
  AANVULLING_VRAGEN: { type: 'AANVULLING_VRAGEN', toelichting: 'Inkomensverklaring ontbreekt.', termijnDagen: 14 },
  AANVULLING_INDIENEN: { type: 'AANVULLING_INDIENEN', toelichting: 'Inkomensverklaring toegevoegd.' },
  BUITEN_BEHANDELING_STELLEN: { type: 'BUITEN_BEHANDELING_STELLEN', motivering: 'Hersteltermijn verstreken zonder aanvulling.' },
  HERKOMST_VASTSTELLEN: { type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: '0518' },
  WEGING_VASTLEGGEN: { type: 'WEGING_VASTLEGGEN', gemeenteCbs: '0503', motivering: 'Netwerk en dagbesteding in Delft.' },
  TOEKENNEN_BEMIDDELING: { type: 'TOEKENNEN_BEMIDDELING', motivering: 'Begeleiding is nodig bij de woonstart.' },
  TOEKENNEN_ZELF_ZOEKEN: { type: 'TOEKENNEN_ZELF_ZOEKEN', motivering: 'Aanvrager kan zelf reageren op Woonnet.' },
  AFWIJZEN: { type: 'AFWIJZEN', motivering: 'Geen urgent huisvestingsprobleem.' },
  WONING_AANBIEDEN: { type: 'WONING_AANBIEDEN', woningId: 'woning-17' },
  AANBIEDING_ACCEPTEREN: { type: 'AANBIEDING_ACCEPTEREN' },
  AANBIEDING_WEIGEREN: { type: 'AANBIEDING_WEIGEREN', reden: 'Woning ligt te dicht bij de oude buurt.' },
  PLAATSING_REGISTREREN: { type: 'PLAATSING_REGISTREREN', ingangsdatum: '2025-09-01' },
  INTREKKEN: { type: 'INTREKKEN', reden: 'Aanvrager heeft zelf woonruimte gevonden.' },
  HERSTELTERMIJN_VERSTREKEN: { type: 'HERSTELTERMIJN_VERSTREKEN' },
  BESLISTERMIJN_HERINNERING: { type: 'BESLISTERMIJN_HERINNERING' },
  BESLISTERMIJN_VERSTREKEN: { type: 'BESLISTERMIJN_VERSTREKEN' },
  VERDAGEN: { type: 'VERDAGEN', weken: 6, reden: 'Het medisch advies en de weging vragen meer tijd.' },
  MEDISCH_ADVIES_VRAGEN: { type: 'MEDISCH_ADVIES_VRAGEN', vraag: 'Zijn er medische woonvereisten, zoals gelijkvloers wonen?' },
  MEDISCH_ADVIES_UITBRENGEN: {
    type: 'MEDISCH_ADVIES_UITBRENGEN', urgentOpMedischeGronden: false, woonvereisten: ['gelijkvloers'], details: 'Knieklachten; traplopen is niet mogelijk.',
  },
  ZAAK_OVERDRAGEN: { type: 'ZAAK_OVERDRAGEN', gemeenteCbs: '0518', motivering: 'De herkomstgemeente Den Haag neemt de behandeling over.' },
  BESLUIT_VOORSTELLEN: {
    type: 'BESLUIT_VOORSTELLEN', actorId: LID_A, uitkomst: 'toekennen', route: 'bemiddeling', gronden: ['uitstroom-bw'],
    motivering: 'Begeleiding is nodig bij de woonstart.', geldigheidMaanden: 12,
    zoekprofiel: { gemeenten: ['0503'], woningtypen: ['eengezinswoning'], maxHuur: 879.66 },
  },
  BESLUIT_GOEDKEUREN: { type: 'BESLUIT_GOEDKEUREN', actorId: LID_B, opmerking: 'Akkoord.' },
  BESLUIT_TERUGSTUREN: { type: 'BESLUIT_TERUGSTUREN', reden: 'De weging van het netwerk ontbreekt.' },
  ZIENSWIJZE_ONTVANGEN: { type: 'ZIENSWIJZE_ONTVANGEN', inhoud: 'Mijn netwerk zit wel in Delft; zie de brief van mijn werkgever.' },
  ZIENSWIJZETERMIJN_VERSTREKEN: { type: 'ZIENSWIJZETERMIJN_VERSTREKEN' },
  BEZWAAR_INDIENEN: { type: 'BEZWAAR_INDIENEN', ontvangenOp: '2025-10-01', gronden: 'De commissie heeft het werk in Delft niet meegewogen.' },
  BEZWAAR_GEGROND: { type: 'BEZWAAR_GEGROND', motivering: 'Het werk in Delft is ten onrechte niet meegewogen.' },
  BEZWAAR_ONGEGROND: { type: 'BEZWAAR_ONGEGROND', motivering: 'Het besluit blijft in stand.' },
  BEZWAAR_NIET_ONTVANKELIJK: { type: 'BEZWAAR_NIET_ONTVANKELIJK', motivering: 'Bezwaar te laat zonder verschoonbare reden.' },
  // Version 3.
  PLAATSINGSPROFIEL_VASTLEGGEN: { type: 'PLAATSINGSPROFIEL_VASTLEGGEN', uitgeslotenGemeenten: ['0603'], uitgeslotenWijken: [], toelichting: 'Gevaar in Rijswijk.' },
  AANBIEDING_INTREKKEN: { type: 'AANBIEDING_INTREKKEN', reden: 'De woning is toch niet beschikbaar door een renovatie.' },
  REACTIETERMIJN_VERSTREKEN: { type: 'REACTIETERMIJN_VERSTREKEN' },
  URGENTIEVERKLARING_VERLOPEN: { type: 'URGENTIEVERKLARING_VERLOPEN' },
  VERLENGING_AANVRAGEN: { type: 'VERLENGING_AANVRAGEN', motivering: 'Nog geen passende woning gevonden ondanks actief reageren.' },
  VERLENGING_TOEKENNEN: { type: 'VERLENGING_TOEKENNEN', motivering: 'Aantoonbaar actief gezocht.', maanden: 3 },
  VERLENGING_AFWIJZEN: { type: 'VERLENGING_AFWIJZEN', motivering: 'Niet gereageerd op passend aanbod.' },
  VERLENGINGSTERMIJN_VERSTREKEN: { type: 'VERLENGINGSTERMIJN_VERSTREKEN' },
  WOONEVALUATIE_VASTLEGGEN: {
    type: 'WOONEVALUATIE_VASTLEGGEN', datum: '2026-03-01',
    doelen: {
      wonen: { oordeel: 'behaald', toelichting: 'Huishouden op orde.' },
      buren: { oordeel: 'behaald', toelichting: 'Geen meldingen.' },
      huurbetaling: { oordeel: 'deels', toelichting: 'Eén keer te laat betaald.' },
      ondersteuning: { oordeel: 'behaald', toelichting: 'Afspraken met de begeleider nagekomen.' },
    },
  },
  WOONEVALUATIE_AFTEKENEN: { type: 'WOONEVALUATIE_AFTEKENEN', opmerking: 'Akkoord namens de corporatie.' },
  WOONEVALUATIE_HERINNERING: { type: 'WOONEVALUATIE_HERINNERING' },
  OMKLAP_REGISTREREN: { type: 'OMKLAP_REGISTREREN', ingangsdatum: '2026-09-01', motivering: 'Alle doelen behaald; corporatie akkoord met omklap.' },
  INTERMEDIAIRE_VERHUUR_BEEINDIGEN: { type: 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN', reden: 'Cliënt is teruggegaan naar de instelling.' },
};

/** ONTVANKELIJK_VERKLAREN as the api sends it for a committee with or without four eyes, with or without medical advice. */
export function ontvankelijk(opties: { vierOgen?: boolean; medischAdviesNodig?: boolean } = {}): EventOfType<'ONTVANKELIJK_VERKLAREN'> {
  return { ...VOORBEELD_EVENT.ONTVANKELIJK_VERKLAREN, vierOgen: opties.vierOgen ?? true, medischAdviesNodig: opties.medischAdviesNodig ?? false };
}

export type Voorstel =
  | { uitkomst: 'toekennen'; route: 'bemiddeling' | 'zelfZoeken'; door?: string }
  | { uitkomst: 'afwijzen'; zienswijzeNodig?: boolean; door?: string };

/** BESLUIT_VOORSTELLEN with a valid payload for each kind of decision; proposed by LID_A unless told. */
export function voorstel(v: Voorstel): EventOfType<'BESLUIT_VOORSTELLEN'> {
  const door = v.door ?? LID_A;
  const payload: BesluitvoorstelPayload =
    v.uitkomst === 'toekennen'
      ? v.route === 'bemiddeling'
        ? { uitkomst: 'toekennen', route: 'bemiddeling', gronden: ['uitstroom-bw'], motivering: 'Begeleiding is nodig bij de woonstart.', geldigheidMaanden: 12, zoekprofiel: { gemeenten: ['0503'], woningtypen: ['eengezinswoning'], maxHuur: 879.66 } }
        : { uitkomst: 'toekennen', route: 'zelfZoeken', gronden: ['uitstroom-bw'], motivering: 'Aanvrager kan zelf reageren op Woonnet.', geldigheidMaanden: 6 }
      : { uitkomst: 'afwijzen', gronden: ['geen-urgent-probleem'], motivering: 'Er is passende woonruimte in de herkomstgemeente.' };
  return { type: 'BESLUIT_VOORSTELLEN', actorId: door, ...payload, ...(v.uitkomst === 'afwijzen' ? { zienswijzeNodig: !!v.zienswijzeNodig } : {}) };
}

/** BESLUIT_GOEDKEUREN by the given member (the api puts the caller's id on it). */
export function goedkeuring(actorId: string | undefined): EventOfType<'BESLUIT_GOEDKEUREN'> {
  return actorId === undefined ? { type: 'BESLUIT_GOEDKEUREN', opmerking: 'Akkoord.' } : { type: 'BESLUIT_GOEDKEUREN', actorId, opmerking: 'Akkoord.' };
}

/** The persisted snapshot of a new case on the given machine version. */
export function nieuweZaak(version: number): PersistedZaak {
  const machine = machineForVersion(version);
  return machine.getPersistedSnapshot(createActor(machine).getSnapshot()) as unknown as PersistedZaak;
}

/** Plays events on the given version from the given snapshot through applyZaakEvent; throws when one is refused. */
export function speelAf(version: number, events: readonly ZaakEvent[], vanaf: PersistedZaak = nieuweZaak(version)): PersistedZaak {
  let persisted = vanaf;
  for (const event of events) {
    const overgang = applyZaakEvent(version, persisted, event);
    if (!overgang) throw new Error(`Event ${event.type} geweigerd in ${JSON.stringify(persisted.value)} (versie ${version})`);
    persisted = overgang.snapshot;
  }
  return persisted;
}

/**
 * A record whose snapshots are driven on first use and then kept, so a path that no
 * longer works fails the tests that use it (with the refused event in the message),
 * not the loading of the whole spec file.
 */
export function lui<K extends string>(keys: readonly K[], maak: (key: K) => PersistedZaak): Readonly<Record<K, PersistedZaak>> {
  const cache = new Map<K, PersistedZaak>();
  const record = {} as Record<K, PersistedZaak>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      get: () => {
        if (!cache.has(key)) cache.set(key, maak(key));
        return cache.get(key)!;
      },
    });
  }
  return record;
}
