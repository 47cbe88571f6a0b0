import { ROLLEN } from '@woonstart/domain';
import { VOORBEELD_EVENT } from '../testing/zaak-paden';
import { zaakDiagram } from './zaak.diagram';
import { ZAAK_EVENT_META, ZAAK_EVENT_TYPES, type ZaakEvent, type ZaakEventType } from './zaak-events.model';

type EventOfType<T extends ZaakEventType> = Extract<ZaakEvent, { type: T }>;
/** Payload keys the ZaakEvent type makes required (type excluded). */
type RequiredKeys<E> = { [K in keyof E]-?: object extends Pick<E, K> ? never : K }[keyof E];
type PayloadKeys<E> = Exclude<keyof E, 'type'>;

/**
 * Required payload fields per event, written out; the type checks that each
 * listed field is required in ZaakEvent, the test that the meta asks for them.
 */
const VERPLICHT: { readonly [T in ZaakEventType]: ReadonlyArray<Exclude<RequiredKeys<EventOfType<T>>, 'type'>> } = {
  // The whole application, edited in the multi-step form (meta.formulier): no inline fields.
  GEGEVENS_WIJZIGEN: [],
  INDIENEN: [],
  ONTVANKELIJK_VERKLAREN: [],
  AANVULLING_VRAGEN: ['toelichting'],
  AANVULLING_INDIENEN: ['toelichting'],
  BUITEN_BEHANDELING_STELLEN: ['motivering'],
  HERKOMST_VASTSTELLEN: ['gemeenteCbs'],
  WEGING_VASTLEGGEN: ['gemeenteCbs', 'motivering'],
  TOEKENNEN_BEMIDDELING: ['motivering'],
  TOEKENNEN_ZELF_ZOEKEN: ['motivering'],
  AFWIJZEN: ['motivering'],
  WONING_AANBIEDEN: ['woningId'],
  AANBIEDING_ACCEPTEREN: [],
  AANBIEDING_WEIGEREN: ['reden'],
  PLAATSING_REGISTREREN: ['ingangsdatum'],
  INTREKKEN: ['reden'],
};

/** Every payload field per event (required or optional), so a meta field must exist on the event. */
const VELDEN: { readonly [T in ZaakEventType]: ReadonlyArray<PayloadKeys<EventOfType<T>>> } = {
  GEGEVENS_WIJZIGEN: [],
  INDIENEN: [],
  ONTVANKELIJK_VERKLAREN: ['toelichting'],
  AANVULLING_VRAGEN: ['toelichting'],
  AANVULLING_INDIENEN: ['toelichting'],
  BUITEN_BEHANDELING_STELLEN: ['motivering'],
  HERKOMST_VASTSTELLEN: ['gemeenteCbs', 'motivering'],
  WEGING_VASTLEGGEN: ['gemeenteCbs', 'motivering'],
  TOEKENNEN_BEMIDDELING: ['motivering'],
  TOEKENNEN_ZELF_ZOEKEN: ['motivering'],
  AFWIJZEN: ['motivering'],
  WONING_AANBIEDEN: ['woningId', 'toelichting'],
  AANBIEDING_ACCEPTEREN: ['toelichting'],
  AANBIEDING_WEIGEREN: ['reden'],
  PLAATSING_REGISTREREN: ['ingangsdatum', 'woningId', 'adres'],
  INTREKKEN: ['reden'],
};

describe('ZAAK_EVENT_META', () => {
  it('ZAAK_EVENT_TYPES lists the sixteen events of version 1', () => {
    expect([...ZAAK_EVENT_TYPES].sort()).toEqual([
      'AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN', 'AANVULLING_INDIENEN', 'AANVULLING_VRAGEN', 'AFWIJZEN',
      'BUITEN_BEHANDELING_STELLEN', 'GEGEVENS_WIJZIGEN', 'HERKOMST_VASTSTELLEN', 'INDIENEN', 'INTREKKEN', 'ONTVANKELIJK_VERKLAREN',
      'PLAATSING_REGISTREREN', 'TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'WEGING_VASTLEGGEN', 'WONING_AANBIEDEN',
    ]);
  });

  it.each(ZAAK_EVENT_TYPES)('%s has a Dutch label and at least one known role', (type) => {
    const meta = ZAAK_EVENT_META[type];
    expect(meta.label.trim()).not.toBe('');
    expect(meta.label).not.toBe(type);
    expect(meta.label).not.toMatch(/_/);
    expect(meta.label[0]).toBe(meta.label[0].toUpperCase());
    expect(meta.rollen.length).toBeGreaterThan(0);
    for (const rol of meta.rollen) expect(ROLLEN).toContain(rol);
  });

  it.each(ZAAK_EVENT_TYPES)('%s asks for exactly its required payload fields', (type) => {
    const verplicht = ZAAK_EVENT_META[type].velden.filter((v) => v.verplicht).map((v) => v.naam);
    expect([...verplicht].sort()).toEqual([...VERPLICHT[type]].sort());
  });

  it.each(ZAAK_EVENT_TYPES)('%s has only fields that exist on the event, each with a label', (type) => {
    for (const veld of ZAAK_EVENT_META[type].velden) {
      expect(VELDEN[type] as readonly string[]).toContain(veld.naam);
      expect(veld.label.trim()).not.toBe('');
    }
  });

  it.each(ZAAK_EVENT_TYPES)('the sample %s carries every required field', (type) => {
    const event = VOORBEELD_EVENT[type] as unknown as Record<string, unknown>;
    expect(event.type).toBe(type);
    for (const naam of VERPLICHT[type]) expect(typeof event[naam]).toBe('string');
  });

  it.each([
    ['HERKOMST_VASTSTELLEN', 'gemeenteCbs', 'gemeente'],
    ['WEGING_VASTLEGGEN', 'gemeenteCbs', 'gemeente'],
    ['WONING_AANBIEDEN', 'woningId', 'woning'],
    ['PLAATSING_REGISTREREN', 'ingangsdatum', 'datum'],
    ['AFWIJZEN', 'motivering', 'tekst'],
  ] as const)('%s.%s is a %s field', (type, naam, veldType) => {
    expect(ZAAK_EVENT_META[type].velden.find((v) => v.naam === naam)?.type).toBe(veldType);
  });

  it('only GEGEVENS_WIJZIGEN is edited in the application form, and it has no inline fields', () => {
    const metFormulier = ZAAK_EVENT_TYPES.filter((t) => ZAAK_EVENT_META[t].formulier);
    expect(metFormulier).toEqual(['GEGEVENS_WIJZIGEN']);
    expect(ZAAK_EVENT_META.GEGEVENS_WIJZIGEN.velden).toEqual([]);
    expect(ZAAK_EVENT_META.GEGEVENS_WIJZIGEN.rollen).toEqual(['zorgmedewerker']);
  });

  it('events that end a case without a placement are styled as gevaar', () => {
    const afsluitend = new Set(
      zaakDiagram().edges.filter((e) => ['afgewezen', 'ingetrokken', 'buitenBehandeling'].includes(e.to)).map((e) => e.event),
    );
    expect([...afsluitend].sort()).toEqual(['AFWIJZEN', 'BUITEN_BEHANDELING_STELLEN', 'INTREKKEN']);
    for (const type of ZAAK_EVENT_TYPES) {
      expect(ZAAK_EVENT_META[type].soort === 'gevaar').toBe(afsluitend.has(type));
    }
  });
});
