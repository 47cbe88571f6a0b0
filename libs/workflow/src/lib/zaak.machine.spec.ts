import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { LEAF_STATES, VOORBEELD_EVENT, bereikZaak, speelAf, type LeafState } from '../testing/zaak-paden';
import { zaakDiagram } from './zaak.diagram';
import { ZAAK_EVENT_TYPES, type ZaakEvent, type ZaakEventType } from './zaak-events.model';
import { INITIAL_ZAAK_CONTEXT, ZAAK_MACHINE_VERSION, zaakMachine } from './zaak.machine';
import { applyZaakEvent, initialZaak, statePath, type PersistedZaak } from './zaak.runtime';

const V = ZAAK_MACHINE_VERSION;

/**
 * The whole behaviour of machine version 1, written out by hand: for every leaf
 * state and every event, the leaf state the case ends in, or null when the
 * machine refuses the event. Any change to the machine must change this table.
 */
const OVERGANGEN: { readonly [S in LeafState]: { readonly [E in ZaakEventType]: LeafState | null } } = {
  concept: {
    GEGEVENS_WIJZIGEN: 'concept',
    INDIENEN: 'ingediend.ontvankelijkheid', ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  'ingediend.ontvankelijkheid': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: 'toetsingHerkomst', AANVULLING_VRAGEN: 'ingediend.aanvullen', AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  'ingediend.aanvullen': {
    GEGEVENS_WIJZIGEN: 'ingediend.aanvullen',
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: 'ingediend.ontvankelijkheid', BUITEN_BEHANDELING_STELLEN: 'buitenBehandeling',
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  toetsingHerkomst: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: 'wegingWoonstart', WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  wegingWoonstart: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: 'besluitvorming', TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  besluitvorming: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: 'toegekend.bemiddeling.zoeken', TOEKENNEN_ZELF_ZOEKEN: 'toegekend.zelfZoeken', AFWIJZEN: 'afgewezen',
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  'toegekend.bemiddeling.zoeken': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: 'toegekend.bemiddeling.aanbieding', AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  'toegekend.bemiddeling.aanbieding': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: 'toegekend.bemiddeling.geaccepteerd', AANBIEDING_WEIGEREN: 'toegekend.bemiddeling.zoeken', PLAATSING_REGISTREREN: null, INTREKKEN: 'ingetrokken',
  },
  'toegekend.bemiddeling.geaccepteerd': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst', INTREKKEN: 'ingetrokken',
  },
  'toegekend.zelfZoeken': {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: 'geplaatst', INTREKKEN: 'ingetrokken',
  },
  geplaatst: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
  },
  afgewezen: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
  },
  ingetrokken: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
  },
  buitenBehandeling: {
    GEGEVENS_WIJZIGEN: null,
    INDIENEN: null, ONTVANKELIJK_VERKLAREN: null, AANVULLING_VRAGEN: null, AANVULLING_INDIENEN: null, BUITEN_BEHANDELING_STELLEN: null,
    HERKOMST_VASTSTELLEN: null, WEGING_VASTLEGGEN: null, TOEKENNEN_BEMIDDELING: null, TOEKENNEN_ZELF_ZOEKEN: null, AFWIJZEN: null,
    WONING_AANBIEDEN: null, AANBIEDING_ACCEPTEREN: null, AANBIEDING_WEIGEREN: null, PLAATSING_REGISTREREN: null, INTREKKEN: null,
  },
};

const snapshotIn: Record<LeafState, PersistedZaak> = Object.fromEntries(
  LEAF_STATES.map((state) => [state, bereikZaak(state)]),
) as Record<LeafState, PersistedZaak>;

const rows: Array<[LeafState, ZaakEventType, LeafState | null]> = LEAF_STATES.flatMap((state) =>
  ZAAK_EVENT_TYPES.map((event): [LeafState, ZaakEventType, LeafState | null] => [state, event, OVERGANGEN[state][event]]),
);

/** Same snapshot with some context replaced, as a stored case might hold it. */
function metContext(state: LeafState, context: Partial<PersistedZaak['context']>): PersistedZaak {
  const persisted = snapshotIn[state];
  return { ...persisted, context: { ...persisted.context, ...context } };
}

describe('zaakMachine', () => {
  it('is version 1, starts in concept with an empty context', () => {
    expect(ZAAK_MACHINE_VERSION).toBe(1);
    expect(zaakMachine.version).toBe('1');
    expect(initialZaak().state).toBe('concept');
    expect(initialZaak().snapshot.context).toEqual({
      herkomstgemeenteCbs: null, woonstartgemeenteCbs: null, route: null, aangebodenWoningId: null, geplaatstOp: null, aantalWeigeringen: 0,
    });
  });

  it('the transition table covers every event type the library declares', () => {
    for (const state of LEAF_STATES) expect(Object.keys(OVERGANGEN[state]).sort()).toEqual([...ZAAK_EVENT_TYPES].sort());
  });

  it.each(LEAF_STATES)('the path helper really brings a case into %s', (state) => {
    expect(statePath(snapshotIn[state].value)).toBe(state);
  });

  describe('every (state, event) pair', () => {
    it.each(rows)('%s + %s → %s', (state, event, expected) => {
      const overgang = applyZaakEvent(V, snapshotIn[state], VOORBEELD_EVENT[event]);
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

  describe('context effects', () => {
    it('HERKOMST_VASTSTELLEN stores the chosen gemeente, also one outside the region', () => {
      const overgang = applyZaakEvent(V, snapshotIn.toetsingHerkomst, { type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: '0599', motivering: 'Woonadres in Rotterdam vóór opname.' });
      expect(overgang!.snapshot.context).toEqual({ ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0599' });
      expect(overgang!.status).toBe('wegingWoonstart');
    });

    it('WEGING_VASTLEGGEN stores the woonstartgemeente and keeps the herkomst', () => {
      const overgang = applyZaakEvent(V, snapshotIn.wegingWoonstart, { type: 'WEGING_VASTLEGGEN', gemeenteCbs: '1783', motivering: 'Werk in het Westland.' });
      expect(overgang!.snapshot.context).toEqual({ ...INITIAL_ZAAK_CONTEXT, herkomstgemeenteCbs: '0518', woonstartgemeenteCbs: '1783' });
    });

    it.each([
      ['TOEKENNEN_BEMIDDELING', 'bemiddeling', 'toegekend'],
      ['TOEKENNEN_ZELF_ZOEKEN', 'zelfZoeken', 'toegekend'],
    ] as const)('%s sets route %s and status %s', (type, route, status) => {
      const overgang = applyZaakEvent(V, snapshotIn.besluitvorming, VOORBEELD_EVENT[type]);
      expect(overgang!.snapshot.context.route).toBe(route);
      expect(overgang!.snapshot.context.woonstartgemeenteCbs).toBe('0503');
      expect(overgang!.status).toBe(status);
    });

    it('AFWIJZEN leaves the route empty', () => {
      expect(applyZaakEvent(V, snapshotIn.besluitvorming, VOORBEELD_EVENT.AFWIJZEN)!.snapshot.context.route).toBeNull();
    });

    it('WONING_AANBIEDEN stores the offered dwelling', () => {
      const overgang = applyZaakEvent(V, snapshotIn['toegekend.bemiddeling.zoeken'], { type: 'WONING_AANBIEDEN', woningId: 'vidomes-4411', toelichting: 'Benedenwoning' });
      expect(overgang!.snapshot.context.aangebodenWoningId).toBe('vidomes-4411');
      expect(overgang!.snapshot.context.aantalWeigeringen).toBe(0);
    });

    it('AANBIEDING_WEIGEREN clears the offer and counts the refusal, every time', () => {
      const eerste = applyZaakEvent(V, snapshotIn['toegekend.bemiddeling.aanbieding'], VOORBEELD_EVENT.AANBIEDING_WEIGEREN)!;
      expect(eerste.naar).toBe('toegekend.bemiddeling.zoeken');
      expect(eerste.snapshot.context.aangebodenWoningId).toBeNull();
      expect(eerste.snapshot.context.aantalWeigeringen).toBe(1);

      const tweede = speelAf([{ type: 'WONING_AANBIEDEN', woningId: 'woning-2' }, VOORBEELD_EVENT.AANBIEDING_WEIGEREN], eerste.snapshot);
      expect(tweede.context.aangebodenWoningId).toBeNull();
      expect(tweede.context.aantalWeigeringen).toBe(2);

      const geaccepteerd = speelAf([{ type: 'WONING_AANBIEDEN', woningId: 'woning-3' }, VOORBEELD_EVENT.AANBIEDING_ACCEPTEREN], tweede);
      expect(geaccepteerd.context).toMatchObject({ aangebodenWoningId: 'woning-3', aantalWeigeringen: 2 });
    });

    it.each(['toegekend.bemiddeling.geaccepteerd', 'toegekend.zelfZoeken'] as const)('PLAATSING_REGISTREREN from %s stores the ingangsdatum', (state) => {
      const overgang = applyZaakEvent(V, snapshotIn[state], { type: 'PLAATSING_REGISTREREN', ingangsdatum: '2026-01-15', adres: 'Laan 1, Delft' });
      expect(overgang!.snapshot.context.geplaatstOp).toBe('2026-01-15');
      expect(overgang!.status).toBe('geplaatst');
      expect(overgang!.snapshot.status).toBe('done');
    });

    it.each([
      ['concept', 'INDIENEN'],
      ['ingediend.ontvankelijkheid', 'AANVULLING_VRAGEN'],
      ['ingediend.aanvullen', 'AANVULLING_INDIENEN'],
      ['ingediend.ontvankelijkheid', 'ONTVANKELIJK_VERKLAREN'],
      ['besluitvorming', 'AFWIJZEN'],
      ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN'],
      ['toegekend.zelfZoeken', 'INTREKKEN'],
    ] as const)('%s + %s leaves the context unchanged', (state, type) => {
      const overgang = applyZaakEvent(V, snapshotIn[state], VOORBEELD_EVENT[type]);
      expect(overgang!.snapshot.context).toEqual(snapshotIn[state].context);
    });
  });

  describe('guards read the context of a stored case', () => {
    it.each([
      ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'WEGING_VASTLEGGEN', null],
      ['wegingWoonstart', { herkomstgemeenteCbs: null }, 'INTREKKEN', 'ingetrokken'],
      ['besluitvorming', { woonstartgemeenteCbs: null }, 'TOEKENNEN_BEMIDDELING', null],
      ['besluitvorming', { woonstartgemeenteCbs: null }, 'TOEKENNEN_ZELF_ZOEKEN', null],
      ['besluitvorming', { woonstartgemeenteCbs: null }, 'AFWIJZEN', 'afgewezen'],
      ['toegekend.bemiddeling.aanbieding', { aangebodenWoningId: null }, 'AANBIEDING_ACCEPTEREN', null],
      ['toegekend.bemiddeling.aanbieding', { aangebodenWoningId: null }, 'AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.zoeken'],
    ] as const)('%s with %j: %s → %s', (state, context, type, expected) => {
      const overgang = applyZaakEvent(V, metContext(state, context), VOORBEELD_EVENT[type]);
      expect(overgang?.naar ?? null).toBe(expected);
    });
  });

  describe('graph coverage (xstate/graph)', () => {
    type ZaakSnapshot = SnapshotFrom<typeof zaakMachine>;
    const events: ZaakEvent[] = ZAAK_EVENT_TYPES.map((type) => VOORBEELD_EVENT[type]);
    // Refusals only count up; capping keeps the state space finite while still
    // telling "before" from "after a refusal".
    const serializeState = (s: ZaakSnapshot) =>
      JSON.stringify({ value: s.value, context: { ...s.context, aantalWeigeringen: Math.min(s.context.aantalWeigeringen, 1) } });
    const options = { events, serializeState, filterEvents: (s: ZaakSnapshot, e: ZaakEvent) => s.can(e) };

    // Paths start with XState's own init step, which is not a case event.
    const isZaakEvent = (e: { type: string }): e is ZaakEvent => (ZAAK_EVENT_TYPES as string[]).includes(e.type);

    const shortest = getShortestPaths(zaakMachine, options);
    const shortestByKey = new Map(shortest.map((p) => [serializeState(p.state), p]));
    const adjacency = getAdjacencyMap(zaakMachine, options);

    /** One path per (reachable state, accepted event): the shortest path to the state plus that step. */
    const vertices = Object.values(adjacency) as Array<AdjacencyValue<ZaakSnapshot, ZaakEvent>>;
    const transitionPaths = vertices.flatMap((vertex) =>
      (Object.values(vertex.transitions) as Array<{ event: ZaakEvent; state: ZaakSnapshot }>).map(({ event, state: next }) => {
        const head = shortestByKey.get(serializeState(vertex.state));
        if (!head) throw new Error(`no shortest path to ${serializeState(vertex.state)}`);
        return { from: statePath(vertex.state.value), event, to: statePath(next.value), events: [...head.steps.map((s) => s.event).filter(isZaakEvent), event] };
      }),
    );

    it('reaches exactly the leaf states', () => {
      const reached = new Set(shortest.map((p) => statePath(p.state.value)));
      expect([...reached].sort()).toEqual([...LEAF_STATES].sort());
    });

    it('reaches every state node of the diagram, compound ones included', () => {
      const reached = shortest.map((p) => statePath(p.state.value));
      for (const node of zaakDiagram().nodes) {
        expect(reached.some((leaf) => leaf === node.path || leaf.startsWith(`${node.path}.`))).toBe(true);
      }
    });

    it('exercises every (source, event) edge of the diagram', () => {
      const uncovered = zaakDiagram().edges.filter(
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

    it('every generated path replays through applyZaakEvent to the same state', () => {
      expect(transitionPaths.length).toBeGreaterThanOrEqual(zaakDiagram().edges.length);
      for (const path of transitionPaths) {
        expect(statePath(speelAf(path.events).value)).toBe(path.to);
      }
    });

    it('finds exactly the transitions of the hand-written table', () => {
      const fromGraph = new Set(transitionPaths.map((p) => `${p.from} ${p.event.type} ${p.to}`));
      const fromTable = new Set(rows.filter(([, , to]) => to !== null).map(([from, event, to]) => `${from} ${event} ${to}`));
      expect([...fromGraph].sort()).toEqual([...fromTable].sort());
    });
  });
});
