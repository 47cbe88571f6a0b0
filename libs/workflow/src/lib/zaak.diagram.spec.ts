import { LEAF_STATES } from '../testing/zaak-paden';
import { zaakDiagram } from './zaak.diagram';
import { stateLabel } from './zaak-status.model';

/** Every state node of version 1 in definition order: [path, depth, final]. */
const NODES: ReadonlyArray<[string, number, boolean]> = [
  ['concept', 0, false],
  ['ingediend', 0, false],
  ['ingediend.ontvankelijkheid', 1, false],
  ['ingediend.aanvullen', 1, false],
  ['toetsingHerkomst', 0, false],
  ['wegingWoonstart', 0, false],
  ['besluitvorming', 0, false],
  ['toegekend', 0, false],
  ['toegekend.bemiddeling', 1, false],
  ['toegekend.bemiddeling.zoeken', 2, false],
  ['toegekend.bemiddeling.aanbieding', 2, false],
  ['toegekend.bemiddeling.geaccepteerd', 2, false],
  ['toegekend.zelfZoeken', 1, false],
  ['geplaatst', 0, true],
  ['afgewezen', 0, true],
  ['ingetrokken', 0, true],
  ['buitenBehandeling', 0, true],
];

/** Every transition as declared in the machine: [from, event, to]. Inherited ones sit on the parent. */
const EDGES: ReadonlyArray<[string, string, string]> = [
  ['concept', 'GEGEVENS_WIJZIGEN', 'concept'],
  ['concept', 'INDIENEN', 'ingediend'],
  ['concept', 'INTREKKEN', 'ingetrokken'],
  ['ingediend', 'INTREKKEN', 'ingetrokken'],
  ['ingediend.ontvankelijkheid', 'ONTVANKELIJK_VERKLAREN', 'toetsingHerkomst'],
  ['ingediend.ontvankelijkheid', 'AANVULLING_VRAGEN', 'ingediend.aanvullen'],
  ['ingediend.aanvullen', 'GEGEVENS_WIJZIGEN', 'ingediend.aanvullen'],
  ['ingediend.aanvullen', 'AANVULLING_INDIENEN', 'ingediend.ontvankelijkheid'],
  ['ingediend.aanvullen', 'BUITEN_BEHANDELING_STELLEN', 'buitenBehandeling'],
  ['toetsingHerkomst', 'HERKOMST_VASTSTELLEN', 'wegingWoonstart'],
  ['toetsingHerkomst', 'INTREKKEN', 'ingetrokken'],
  ['wegingWoonstart', 'WEGING_VASTLEGGEN', 'besluitvorming'],
  ['wegingWoonstart', 'INTREKKEN', 'ingetrokken'],
  ['besluitvorming', 'TOEKENNEN_BEMIDDELING', 'toegekend.bemiddeling'],
  ['besluitvorming', 'TOEKENNEN_ZELF_ZOEKEN', 'toegekend.zelfZoeken'],
  ['besluitvorming', 'AFWIJZEN', 'afgewezen'],
  ['besluitvorming', 'INTREKKEN', 'ingetrokken'],
  ['toegekend', 'INTREKKEN', 'ingetrokken'],
  ['toegekend.bemiddeling.zoeken', 'WONING_AANBIEDEN', 'toegekend.bemiddeling.aanbieding'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN', 'toegekend.bemiddeling.geaccepteerd'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.zoeken'],
  ['toegekend.bemiddeling.geaccepteerd', 'PLAATSING_REGISTREREN', 'geplaatst'],
  ['toegekend.zelfZoeken', 'PLAATSING_REGISTREREN', 'geplaatst'],
];

const key = (from: string, event: string, to: string) => `${from} --${event}--> ${to}`;

describe('zaakDiagram', () => {
  const { nodes, edges } = zaakDiagram();
  const paths = nodes.map((n) => n.path);

  it('returns every state node with its depth and whether it is final', () => {
    expect(nodes.map((n): [string, number, boolean] => [n.path, n.depth, n.final])).toEqual(NODES);
  });

  it('labels each node with its Dutch state label', () => {
    for (const node of nodes) {
      expect(node.label).toBe(stateLabel(node.path));
      expect(node.label).not.toBe(node.path);
    }
  });

  it('the leaf nodes are exactly the leaf states', () => {
    const leaves = paths.filter((p) => !paths.some((other) => other.startsWith(`${p}.`)));
    expect(leaves.sort()).toEqual([...LEAF_STATES].sort());
  });

  it('returns exactly the declared transitions', () => {
    expect(edges.map((e) => key(e.from, e.event, e.to)).sort()).toEqual(EDGES.map(([f, e, t]) => key(f, e, t)).sort());
  });

  it.each(EDGES)('edge %s --%s--> %s has a source and target among the nodes', (from, _event, to) => {
    expect(paths).toContain(from);
    expect(paths).toContain(to);
  });

  it('every edge of the diagram points at existing nodes', () => {
    for (const edge of edges) {
      expect(paths).toContain(edge.from);
      expect(paths).toContain(edge.to);
    }
  });

  it('final nodes have no outgoing edges; every other leaf has one, on itself or an ancestor', () => {
    for (const node of nodes) {
      const outgoing = edges.filter((e) => node.path === e.from || node.path.startsWith(`${e.from}.`));
      const isLeaf = !paths.some((other) => other.startsWith(`${node.path}.`));
      if (node.final) expect(outgoing).toEqual([]);
      else if (isLeaf) expect(outgoing.length).toBeGreaterThan(0);
    }
  });
});
