import { ROLLEN } from '@woonstart/domain';
import { VOORBEELD_EVENT, type EventOfType } from '../testing/zaak-paden';
import { zaakDiagram } from './zaak.diagram';
import { EVENTS_VANAF_V3, ZAAK_EVENT_META, ZAAK_EVENT_TYPES, type VeldType, type ZaakEventType } from './zaak-events.model';

/** Payload keys the ZaakEvent type makes required (type excluded). */
type RequiredKeys<E> = { [K in keyof E]-?: object extends Pick<E, K> ? never : K }[keyof E];
type VerplichtePayload<T extends ZaakEventType> = Exclude<RequiredKeys<EventOfType<T>>, 'type'>;
type Payload<T extends ZaakEventType> = Exclude<keyof EventOfType<T>, 'type'>;

/**
 * Required payload fields per event, written out. The compiler checks both ways:
 * each listed field is required in ZaakEvent, and no required field is missing.
 */
const VERPLICHT = {
  GEGEVENS_WIJZIGEN: ['categorie', 'behandelendeGemeente', 'aanvrager', 'huishouden', 'inschrijvingen', 'opnames', 'begeleidingAkkoord'],
  INDIENEN: [],
  ONTVANKELIJK_VERKLAREN: [],
  AANVULLING_VRAGEN: ['toelichting'],
  AANVULLING_INDIENEN: ['toelichting'],
  BUITEN_BEHANDELING_STELLEN: ['motivering'],
  HERKOMST_VASTSTELLEN: ['gemeenteCbs'],
  WEGING_VASTLEGGEN: ['gemeenteCbs'],
  TOEKENNEN_BEMIDDELING: ['motivering'],
  TOEKENNEN_ZELF_ZOEKEN: ['motivering'],
  AFWIJZEN: ['motivering'],
  WONING_AANBIEDEN: ['woningId'],
  AANBIEDING_ACCEPTEREN: [],
  AANBIEDING_WEIGEREN: ['reden'],
  PLAATSING_REGISTREREN: ['ingangsdatum'],
  INTREKKEN: ['reden'],
  HERSTELTERMIJN_VERSTREKEN: [],
  BESLISTERMIJN_HERINNERING: [],
  BESLISTERMIJN_VERSTREKEN: [],
  VERDAGEN: ['weken', 'reden'],
  MEDISCH_ADVIES_VRAGEN: ['vraag'],
  MEDISCH_ADVIES_UITBRENGEN: ['urgentOpMedischeGronden', 'woonvereisten', 'details'],
  ZAAK_OVERDRAGEN: ['gemeenteCbs', 'motivering'],
  BESLUIT_VOORSTELLEN: ['uitkomst', 'motivering'],
  BESLUIT_GOEDKEUREN: [],
  BESLUIT_TERUGSTUREN: ['reden'],
  ZIENSWIJZE_ONTVANGEN: ['inhoud'],
  ZIENSWIJZETERMIJN_VERSTREKEN: [],
  BEZWAAR_INDIENEN: ['ontvangenOp', 'gronden'],
  BEZWAAR_GEGROND: ['motivering'],
  BEZWAAR_ONGEGROND: ['motivering'],
  BEZWAAR_NIET_ONTVANKELIJK: ['motivering'],
  PLAATSINGSPROFIEL_VASTLEGGEN: ['uitgeslotenGemeenten', 'uitgeslotenWijken'],
  AANBIEDING_INTREKKEN: ['reden'],
  REACTIETERMIJN_VERSTREKEN: [],
  URGENTIEVERKLARING_VERLOPEN: [],
  VERLENGING_AANVRAGEN: ['motivering'],
  VERLENGING_TOEKENNEN: ['motivering'],
  VERLENGING_AFWIJZEN: ['motivering'],
  VERLENGINGSTERMIJN_VERSTREKEN: [],
  WOONEVALUATIE_VASTLEGGEN: ['datum', 'doelen'],
  WOONEVALUATIE_AFTEKENEN: [],
  WOONEVALUATIE_HERINNERING: [],
  OMKLAP_REGISTREREN: ['ingangsdatum', 'motivering'],
  INTERMEDIAIRE_VERHUUR_BEEINDIGEN: ['reden'],
} as const satisfies { readonly [T in ZaakEventType]: ReadonlyArray<VerplichtePayload<T>> };

/** Every payload field per event (required or optional), so a meta field must exist on the event. Checked both ways too. */
const VELDEN = {
  GEGEVENS_WIJZIGEN: [
    'categorie', 'behandelendeGemeente', 'aanvrager', 'woonnetInschrijfnummer', 'huishouden', 'inschrijvingen', 'opnames',
    'ondersteuningsplan', 'begeleidingAkkoord', 'woonwensen', 'aantalKamersMin',
  ],
  INDIENEN: [],
  ONTVANKELIJK_VERKLAREN: ['toelichting', 'vierOgen', 'medischAdviesNodig'],
  AANVULLING_VRAGEN: ['toelichting', 'termijnDagen'],
  AANVULLING_INDIENEN: ['toelichting'],
  BUITEN_BEHANDELING_STELLEN: ['motivering'],
  HERKOMST_VASTSTELLEN: ['gemeenteCbs', 'motivering'],
  WEGING_VASTLEGGEN: ['gemeenteCbs', 'motivering', 'kandidaten', 'wensClient'],
  TOEKENNEN_BEMIDDELING: ['motivering'],
  TOEKENNEN_ZELF_ZOEKEN: ['motivering'],
  AFWIJZEN: ['motivering'],
  WONING_AANBIEDEN: ['woningId', 'toelichting', 'reactietermijnDagen', 'motiveringAndereGemeente'],
  AANBIEDING_ACCEPTEREN: ['toelichting'],
  AANBIEDING_WEIGEREN: ['reden', 'gegrond', 'gevolg'],
  PLAATSING_REGISTREREN: [
    'ingangsdatum', 'woningId', 'adres', 'vorm', 'begeleidingAkkoord', 'begeleidingsafspraak', 'gemeenteCbs', 'wijkCode', 'huurprijs', 'woningtype', 'kamers',
  ],
  INTREKKEN: ['reden'],
  HERSTELTERMIJN_VERSTREKEN: [],
  BESLISTERMIJN_HERINNERING: [],
  BESLISTERMIJN_VERSTREKEN: [],
  VERDAGEN: ['weken', 'reden'],
  MEDISCH_ADVIES_VRAGEN: ['vraag'],
  MEDISCH_ADVIES_UITBRENGEN: ['urgentOpMedischeGronden', 'woonvereisten', 'details'],
  ZAAK_OVERDRAGEN: ['gemeenteCbs', 'motivering'],
  BESLUIT_VOORSTELLEN: ['actorId', 'zienswijzeNodig', 'uitkomst', 'route', 'gronden', 'motivering', 'geldigheidMaanden', 'zoekprofiel', 'steuntOpFeitenNietVanAanvrager'],
  BESLUIT_GOEDKEUREN: ['actorId', 'opmerking'],
  BESLUIT_TERUGSTUREN: ['reden'],
  ZIENSWIJZE_ONTVANGEN: ['inhoud'],
  ZIENSWIJZETERMIJN_VERSTREKEN: [],
  BEZWAAR_INDIENEN: ['ontvangenOp', 'gronden', 'motiveringTeLaat'],
  BEZWAAR_GEGROND: ['motivering'],
  BEZWAAR_ONGEGROND: ['motivering'],
  BEZWAAR_NIET_ONTVANKELIJK: ['motivering'],
  PLAATSINGSPROFIEL_VASTLEGGEN: ['uitgeslotenGemeenten', 'uitgeslotenWijken', 'toelichting'],
  AANBIEDING_INTREKKEN: ['reden'],
  REACTIETERMIJN_VERSTREKEN: [],
  URGENTIEVERKLARING_VERLOPEN: [],
  VERLENGING_AANVRAGEN: ['motivering'],
  VERLENGING_TOEKENNEN: ['motivering', 'maanden'],
  VERLENGING_AFWIJZEN: ['motivering'],
  VERLENGINGSTERMIJN_VERSTREKEN: [],
  WOONEVALUATIE_VASTLEGGEN: ['datum', 'doelen', 'afspraken'],
  WOONEVALUATIE_AFTEKENEN: ['opmerking'],
  WOONEVALUATIE_HERINNERING: [],
  OMKLAP_REGISTREREN: ['ingangsdatum', 'motivering'],
  INTERMEDIAIRE_VERHUUR_BEEINDIGEN: ['reden'],
} as const satisfies { readonly [T in ZaakEventType]: ReadonlyArray<Payload<T>> };

type NietGenoemd<Tabel extends { readonly [T in ZaakEventType]: readonly string[] }, Van extends { [T in ZaakEventType]: PropertyKey }> = {
  [T in ZaakEventType]: Exclude<Van[T], Tabel[T][number]>;
}[ZaakEventType];
/** Compile-time: both tables name every field of their kind (a missing one makes these `never`, and the assignment fails). */
const alleVerplichtGenoemd: [NietGenoemd<typeof VERPLICHT, { [T in ZaakEventType]: VerplichtePayload<T> }>] extends [never] ? true : never = true;
const alleVeldenGenoemd: [NietGenoemd<typeof VELDEN, { [T in ZaakEventType]: Payload<T> }>] extends [never] ? true : never = true;

/** Sent by the durable deadline jobs, in the order of ZAAK_EVENT_META. */
const SYSTEEM: readonly ZaakEventType[] = [
  'HERSTELTERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN', 'ZIENSWIJZETERMIJN_VERSTREKEN',
  'REACTIETERMIJN_VERSTREKEN', 'URGENTIEVERKLARING_VERLOPEN', 'VERLENGINGSTERMIJN_VERSTREKEN', 'WOONEVALUATIE_HERINNERING',
];
/**
 * States in which a case has ended without a placement, in any version, plus (version 3)
 * an intermediaire verhuur that ended without omklap: the states tagged 'beeindigd'
 * that nothing leaves (afgewezen can still go to bezwaar, but only a final decision follows).
 */
const BEEINDIGD = ['afgewezen', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling', 'urgentieVervallen', 'plaatsingBeeindigd'];
/** Every edge of every released version. */
const ALLE_EDGES = [...zaakDiagram(1).edges, ...zaakDiagram(2).edges, ...zaakDiagram(3).edges];
/**
 * Styled as gevaar without ending a case: a system signal that changes no state, only
 * warns that the decision term has passed (Awb 4:17 risk).
 */
const WAARSCHUWING: readonly ZaakEventType[] = ['BESLISTERMIJN_VERSTREKEN'];
/** Filled in by the api, never by the user: never an inline field. `gevolg` is the gemeente's refusal policy. */
const VAN_DE_API = ['actorId', 'vierOgen', 'gevolg'];

const JS_TYPE: Record<VeldType, string> = { tekst: 'string', gemeente: 'string', woning: 'string', datum: 'string', getal: 'number', jaNee: 'boolean' };

describe('ZAAK_EVENT_META', () => {
  it('ZAAK_EVENT_TYPES lists the forty-five events of versions 1 to 3', () => {
    expect([...ZAAK_EVENT_TYPES].sort()).toEqual([
      'AANBIEDING_ACCEPTEREN', 'AANBIEDING_INTREKKEN', 'AANBIEDING_WEIGEREN', 'AANVULLING_INDIENEN', 'AANVULLING_VRAGEN', 'AFWIJZEN',
      'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN',
      'BESLUIT_GOEDKEUREN', 'BESLUIT_TERUGSTUREN', 'BESLUIT_VOORSTELLEN', 'BEZWAAR_GEGROND', 'BEZWAAR_INDIENEN',
      'BEZWAAR_NIET_ONTVANKELIJK', 'BEZWAAR_ONGEGROND', 'BUITEN_BEHANDELING_STELLEN', 'GEGEVENS_WIJZIGEN', 'HERKOMST_VASTSTELLEN',
      'HERSTELTERMIJN_VERSTREKEN', 'INDIENEN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN', 'INTREKKEN', 'MEDISCH_ADVIES_UITBRENGEN', 'MEDISCH_ADVIES_VRAGEN',
      'OMKLAP_REGISTREREN', 'ONTVANKELIJK_VERKLAREN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'PLAATSING_REGISTREREN', 'REACTIETERMIJN_VERSTREKEN',
      'TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'URGENTIEVERKLARING_VERLOPEN', 'VERDAGEN',
      'VERLENGINGSTERMIJN_VERSTREKEN', 'VERLENGING_AANVRAGEN', 'VERLENGING_AFWIJZEN', 'VERLENGING_TOEKENNEN',
      'WEGING_VASTLEGGEN', 'WONING_AANBIEDEN', 'WOONEVALUATIE_AFTEKENEN', 'WOONEVALUATIE_HERINNERING', 'WOONEVALUATIE_VASTLEGGEN',
      'ZAAK_OVERDRAGEN', 'ZIENSWIJZETERMIJN_VERSTREKEN', 'ZIENSWIJZE_ONTVANGEN',
    ]);
    expect(ZAAK_EVENT_TYPES).toHaveLength(45);
  });

  it('EVENTS_VANAF_V3 are the thirteen events added with version 3, listed after those of versions 1 and 2 in ZAAK_EVENT_META', () => {
    expect(EVENTS_VANAF_V3).toHaveLength(13);
    expect(new Set(EVENTS_VANAF_V3).size).toBe(13);
    expect(ZAAK_EVENT_TYPES.slice(-13)).toEqual([...EVENTS_VANAF_V3]);
  });

  it('the field tables name every payload field (checked by the compiler)', () => {
    expect(alleVerplichtGenoemd).toBe(true);
    expect(alleVeldenGenoemd).toBe(true);
    expect(Object.keys(VERPLICHT).sort()).toEqual([...ZAAK_EVENT_TYPES].sort());
    expect(Object.keys(VELDEN).sort()).toEqual([...ZAAK_EVENT_TYPES].sort());
  });

  it.each(ZAAK_EVENT_TYPES)('%s has a Dutch label', (type) => {
    const { label } = ZAAK_EVENT_META[type];
    expect(label.trim()).toBe(label);
    expect(label).not.toBe('');
    expect(label).not.toBe(type);
    expect(label).not.toMatch(/_/);
    expect(label).not.toMatch(/\b(submit|approve|reject|withdraw|objection|advice)\b/i);
    expect(label[0]).toBe(label[0].toUpperCase());
  });

  it('no two events share a label', () => {
    const labels = ZAAK_EVENT_TYPES.map((t) => ZAAK_EVENT_META[t].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('the system events are exactly the deadline signals: the term expiries, the beslistermijn and woonevaluatie reminders and the lapse of an urgentieverklaring', () => {
    expect(ZAAK_EVENT_TYPES.filter((t) => ZAAK_EVENT_META[t].systeem)).toEqual(SYSTEEM);
    for (const type of ZAAK_EVENT_TYPES) expect(ZAAK_EVENT_META[type].systeem ?? false).toBe(SYSTEEM.includes(type));
  });

  it.each(ZAAK_EVENT_TYPES.filter((t) => !SYSTEEM.includes(t)))('%s can be sent by at least one known role', (type) => {
    const { rollen } = ZAAK_EVENT_META[type];
    expect(rollen.length).toBeGreaterThan(0);
    for (const rol of rollen) expect(ROLLEN).toContain(rol);
    expect(new Set(rollen).size).toBe(rollen.length);
  });

  it.each(SYSTEEM)('system event %s has no roles and no fields', (type) => {
    expect(ZAAK_EVENT_META[type].rollen).toEqual([]);
    expect(ZAAK_EVENT_META[type].velden).toEqual([]);
  });

  it('who may send each event, written out (scoping to the organisation comes on top, in the api)', () => {
    const perEvent = Object.fromEntries(ZAAK_EVENT_TYPES.map((t) => [t, [...ZAAK_EVENT_META[t].rollen].sort()]));
    const indieners = ['gemeentemedewerker', 'zorgmedewerker'];
    expect(perEvent).toEqual({
      GEGEVENS_WIJZIGEN: indieners,
      INDIENEN: indieners,
      ONTVANKELIJK_VERKLAREN: ['commissielid'],
      AANVULLING_VRAGEN: ['commissielid'],
      AANVULLING_INDIENEN: indieners,
      BUITEN_BEHANDELING_STELLEN: ['commissielid'],
      HERKOMST_VASTSTELLEN: ['commissielid'],
      WEGING_VASTLEGGEN: ['commissielid'],
      TOEKENNEN_BEMIDDELING: ['commissielid'],
      TOEKENNEN_ZELF_ZOEKEN: ['commissielid'],
      AFWIJZEN: ['commissielid'],
      WONING_AANBIEDEN: ['corporatiemedewerker'],
      // The zorginstelling registers its client's answer too (version 3 meta; roles are not versioned).
      AANBIEDING_ACCEPTEREN: ['corporatiemedewerker', 'zorgmedewerker'],
      AANBIEDING_WEIGEREN: ['corporatiemedewerker', 'zorgmedewerker'],
      PLAATSING_REGISTREREN: ['commissielid', 'corporatiemedewerker'],
      INTREKKEN: ['commissielid', 'gemeentemedewerker', 'zorgmedewerker'],
      HERSTELTERMIJN_VERSTREKEN: [],
      BESLISTERMIJN_HERINNERING: [],
      BESLISTERMIJN_VERSTREKEN: [],
      VERDAGEN: ['commissielid'],
      MEDISCH_ADVIES_VRAGEN: ['commissielid'],
      MEDISCH_ADVIES_UITBRENGEN: ['medischAdviseur'],
      ZAAK_OVERDRAGEN: ['commissielid'],
      BESLUIT_VOORSTELLEN: ['commissielid'],
      BESLUIT_GOEDKEUREN: ['commissielid'],
      BESLUIT_TERUGSTUREN: ['commissielid'],
      ZIENSWIJZE_ONTVANGEN: ['commissielid'],
      ZIENSWIJZETERMIJN_VERSTREKEN: [],
      BEZWAAR_INDIENEN: ['commissielid', 'gemeentemedewerker', 'zorgmedewerker'],
      BEZWAAR_GEGROND: ['commissielid'],
      BEZWAAR_ONGEGROND: ['commissielid'],
      BEZWAAR_NIET_ONTVANKELIJK: ['commissielid'],
      PLAATSINGSPROFIEL_VASTLEGGEN: ['commissielid', 'gemeentemedewerker', 'zorgmedewerker'],
      AANBIEDING_INTREKKEN: ['corporatiemedewerker'],
      REACTIETERMIJN_VERSTREKEN: [],
      URGENTIEVERKLARING_VERLOPEN: [],
      VERLENGING_AANVRAGEN: ['commissielid', 'gemeentemedewerker', 'zorgmedewerker'],
      VERLENGING_TOEKENNEN: ['commissielid'],
      VERLENGING_AFWIJZEN: ['commissielid'],
      VERLENGINGSTERMIJN_VERSTREKEN: [],
      WOONEVALUATIE_VASTLEGGEN: ['zorgmedewerker'],
      WOONEVALUATIE_AFTEKENEN: ['corporatiemedewerker'],
      WOONEVALUATIE_HERINNERING: [],
      OMKLAP_REGISTREREN: ['corporatiemedewerker'],
      INTERMEDIAIRE_VERHUUR_BEEINDIGEN: ['corporatiemedewerker', 'zorgmedewerker'],
    });
  });

  it('the two indieners (zorginstelling and gemeente) may send the same events on their own cases, besides what the zorginstelling does as the client\'s support', () => {
    const van = (rol: 'zorgmedewerker' | 'gemeentemedewerker') => ZAAK_EVENT_TYPES.filter((t) => ZAAK_EVENT_META[t].rollen.includes(rol)).sort();
    expect(van('gemeentemedewerker')).toEqual([
      'AANVULLING_INDIENEN', 'BEZWAAR_INDIENEN', 'GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'VERLENGING_AANVRAGEN',
    ]);
    // Answering an offer, the woonevaluatie and ending an intermediaire verhuur are the care provider's, not the gemeente's.
    const alleenZorg = ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN', 'WOONEVALUATIE_VASTLEGGEN'];
    expect(van('zorgmedewerker')).toEqual([...van('gemeentemedewerker'), ...alleenZorg].sort());
  });

  it('regiocoordinator and beheerder may send no event at all', () => {
    for (const type of ZAAK_EVENT_TYPES) {
      expect(ZAAK_EVENT_META[type].rollen).not.toContain('regiocoordinator');
      expect(ZAAK_EVENT_META[type].rollen).not.toContain('beheerder');
    }
  });

  it('the medisch adviseur may send only MEDISCH_ADVIES_UITBRENGEN, and only the medisch adviseur may', () => {
    expect(ZAAK_EVENT_TYPES.filter((t) => ZAAK_EVENT_META[t].rollen.includes('medischAdviseur'))).toEqual(['MEDISCH_ADVIES_UITBRENGEN']);
    expect(ZAAK_EVENT_META.MEDISCH_ADVIES_UITBRENGEN.rollen).toEqual(['medischAdviseur']);
  });

  it('events edited in a dedicated form are exactly these eight; only the offer and the placement also have inline fields', () => {
    const metFormulier = Object.fromEntries(ZAAK_EVENT_TYPES.filter((t) => ZAAK_EVENT_META[t].formulier).map((t) => [t, ZAAK_EVENT_META[t].formulier]));
    expect(metFormulier).toEqual({
      GEGEVENS_WIJZIGEN: 'aanvraag',
      WEGING_VASTLEGGEN: 'weging',
      MEDISCH_ADVIES_UITBRENGEN: 'medischAdvies',
      BESLUIT_VOORSTELLEN: 'besluit',
      PLAATSINGSPROFIEL_VASTLEGGEN: 'plaatsingsprofiel',
      WONING_AANBIEDEN: 'aanbieding',
      PLAATSING_REGISTREREN: 'plaatsing',
      WOONEVALUATIE_VASTLEGGEN: 'woonevaluatie',
    });
    const metInlineVelden = (Object.keys(metFormulier) as ZaakEventType[]).filter((t) => ZAAK_EVENT_META[t].velden.length > 0);
    expect(metInlineVelden.sort()).toEqual(['PLAATSING_REGISTREREN', 'WONING_AANBIEDEN']);
  });

  it.each(ZAAK_EVENT_TYPES.filter((t) => !ZAAK_EVENT_META[t].formulier || ZAAK_EVENT_META[t].velden.length > 0))('%s (inline fields) asks for exactly its required payload fields', (type) => {
    const verplicht = ZAAK_EVENT_META[type].velden.filter((v) => v.verplicht).map((v) => v.naam);
    expect([...verplicht].sort()).toEqual([...VERPLICHT[type]].sort());
  });

  it.each(ZAAK_EVENT_TYPES)('%s has only fields that exist on the event, each once, with a label, none filled in by the api', (type) => {
    const namen = ZAAK_EVENT_META[type].velden.map((v) => v.naam);
    expect(new Set(namen).size).toBe(namen.length);
    for (const veld of ZAAK_EVENT_META[type].velden) {
      expect(VELDEN[type] as readonly string[]).toContain(veld.naam);
      expect(VAN_DE_API).not.toContain(veld.naam);
      expect(veld.label.trim()).not.toBe('');
    }
  });

  it('only MEDISCH_ADVIES_UITBRENGEN has confidential fields: its details', () => {
    const vertrouwelijk = Object.fromEntries(ZAAK_EVENT_TYPES.filter((t) => ZAAK_EVENT_META[t].vertrouwelijk).map((t) => [t, ZAAK_EVENT_META[t].vertrouwelijk]));
    expect(vertrouwelijk).toEqual({ MEDISCH_ADVIES_UITBRENGEN: ['details'] });
    for (const naam of ZAAK_EVENT_META.MEDISCH_ADVIES_UITBRENGEN.vertrouwelijk!) {
      expect(VERPLICHT.MEDISCH_ADVIES_UITBRENGEN as readonly string[]).toContain(naam);
    }
  });

  it.each(ZAAK_EVENT_TYPES)('the sample %s carries every required field, typed as its inline field says', (type) => {
    const event = VOORBEELD_EVENT[type] as unknown as Record<string, unknown>;
    expect(event.type).toBe(type);
    for (const naam of VERPLICHT[type]) expect(event[naam]).toBeDefined();
    for (const veld of ZAAK_EVENT_META[type].velden) {
      if (event[veld.naam] !== undefined) expect(typeof event[veld.naam]).toBe(JS_TYPE[veld.type]);
    }
  });

  it.each([
    ['HERKOMST_VASTSTELLEN', 'gemeenteCbs', 'gemeente'],
    ['ZAAK_OVERDRAGEN', 'gemeenteCbs', 'gemeente'],
    ['WONING_AANBIEDEN', 'woningId', 'woning'],
    ['PLAATSING_REGISTREREN', 'ingangsdatum', 'datum'],
    ['BEZWAAR_INDIENEN', 'ontvangenOp', 'datum'],
    ['VERDAGEN', 'weken', 'getal'],
    ['AANVULLING_VRAGEN', 'termijnDagen', 'getal'],
    ['AFWIJZEN', 'motivering', 'tekst'],
    ['WONING_AANBIEDEN', 'reactietermijnDagen', 'getal'],
    ['AANBIEDING_WEIGEREN', 'gegrond', 'jaNee'],
    ['VERLENGING_TOEKENNEN', 'maanden', 'getal'],
    ['OMKLAP_REGISTREREN', 'ingangsdatum', 'datum'],
  ] as const)('%s.%s is a %s field', (type, naam, veldType) => {
    expect(ZAAK_EVENT_META[type].velden.find((v) => v.naam === naam)?.type).toBe(veldType);
  });

  it('events whose every transition ends a case (or its intermediaire verhuur) are styled as gevaar, in every version (besides the warning signals)', () => {
    const edges = ALLE_EDGES;
    const metEdge = new Set(edges.map((e) => e.event));
    const afsluitend = new Set([...metEdge].filter((event) => edges.filter((e) => e.event === event).every((e) => BEEINDIGD.includes(e.to))));
    expect([...afsluitend].sort()).toEqual([
      'AFWIJZEN', 'BEZWAAR_NIET_ONTVANKELIJK', 'BEZWAAR_ONGEGROND', 'BUITEN_BEHANDELING_STELLEN', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN', 'INTREKKEN',
      'VERLENGINGSTERMIJN_VERSTREKEN', 'VERLENGING_AFWIJZEN',
    ]);
    for (const type of ZAAK_EVENT_TYPES) {
      expect([type, ZAAK_EVENT_META[type].soort === 'gevaar']).toEqual([type, afsluitend.has(type) || WAARSCHUWING.includes(type)]);
    }
  });

  it('the warning signals are system events that are never drawn as an edge (they change no state)', () => {
    const metEdge = new Set(ALLE_EDGES.map((e) => e.event));
    for (const type of WAARSCHUWING) {
      expect(ZAAK_EVENT_META[type]).toMatchObject({ systeem: true, rollen: [], soort: 'gevaar' });
      expect(metEdge.has(type)).toBe(false);
    }
  });

  it('AANBIEDING_WEIGEREN ends the urgency only in some transitions, so it is not styled as gevaar', () => {
    const weigeringen = ALLE_EDGES.filter((e) => e.event === 'AANBIEDING_WEIGEREN').map((e) => e.to);
    expect(weigeringen).toContain('urgentieVervallen');
    expect(weigeringen.some((to) => !BEEINDIGD.includes(to))).toBe(true);
    expect(ZAAK_EVENT_META.AANBIEDING_WEIGEREN.soort).toBe('secundair');
  });

  it('the beslistermijn signals have these labels and styles', () => {
    expect(ZAAK_EVENT_META.BESLISTERMIJN_HERINNERING).toMatchObject({ label: 'Herinnering: beslistermijn verloopt over een week', soort: 'secundair', systeem: true });
    expect(ZAAK_EVENT_META.BESLISTERMIJN_VERSTREKEN).toMatchObject({ label: 'Beslistermijn verstreken', soort: 'gevaar', systeem: true });
  });
});
