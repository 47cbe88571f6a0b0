import { LEAF_STATES_V1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2 } from '../testing/zaak-paden.v2';
import { LEAF_STATES_V3 } from '../testing/zaak-paden.v3';
import { zaakDiagram } from './zaak.diagram';
import { UnknownMachineVersionError } from './zaak.runtime';
import { stateLabel } from './zaak-status.model';

type Node = [path: string, depth: number, final: boolean];
type Edge = [from: string, event: string, to: string];

/** Every state node of version 1 in definition order: [path, depth, final]. */
const NODES_V1: readonly Node[] = [
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

/** Every transition of version 1 as declared in the machine: [from, event, to]. Inherited ones sit on the parent. */
const EDGES_V1: readonly Edge[] = [
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

/** Every state node of version 2 in definition order. afgewezen is no longer final: bezwaar can follow. */
const NODES_V2: readonly Node[] = [
  ['concept', 0, false],
  ['ingediend', 0, false],
  ['ingediend.ontvankelijkheid', 1, false],
  ['ingediend.aanvullen', 1, false],
  ['toetsingHerkomst', 0, false],
  ['wegingWoonstart', 0, false],
  ['besluitvorming', 0, false],
  ['besluitvorming.beraad', 1, false],
  ['besluitvorming.voorgesteld', 1, false],
  ['besluitvorming.zienswijze', 1, false],
  ['toegekend', 0, false],
  ['toegekend.bemiddeling', 1, false],
  ['toegekend.bemiddeling.zoeken', 2, false],
  ['toegekend.bemiddeling.aanbieding', 2, false],
  ['toegekend.bemiddeling.geaccepteerd', 2, false],
  ['toegekend.zelfZoeken', 1, false],
  ['geplaatst', 0, true],
  ['afgewezen', 0, false],
  ['bezwaar', 0, false],
  ['definitiefAfgewezen', 0, true],
  ['ingetrokken', 0, true],
  ['buitenBehandeling', 0, true],
];

/**
 * Every transition of version 2 with a target. The targetless ones (VERDAGEN,
 * MEDISCH_ADVIES_VRAGEN/UITBRENGEN, HERSTELTERMIJN_VERSTREKEN and the deadline
 * signals BESLISTERMIJN_HERINNERING/_VERSTREKEN) change only the context and are
 * no edges; the machine spec's table covers them.
 */
const EDGES_V2: readonly Edge[] = [
  ['concept', 'GEGEVENS_WIJZIGEN', 'concept'],
  ['concept', 'INDIENEN', 'ingediend'],
  ['concept', 'INTREKKEN', 'ingetrokken'],
  ['ingediend', 'INTREKKEN', 'ingetrokken'],
  ['ingediend.ontvankelijkheid', 'ONTVANKELIJK_VERKLAREN', 'toetsingHerkomst'],
  ['ingediend.ontvankelijkheid', 'AANVULLING_VRAGEN', 'ingediend.aanvullen'],
  ['ingediend.aanvullen', 'GEGEVENS_WIJZIGEN', 'ingediend.aanvullen'],
  ['ingediend.aanvullen', 'AANVULLING_INDIENEN', 'ingediend.ontvankelijkheid'],
  ['ingediend.aanvullen', 'BUITEN_BEHANDELING_STELLEN', 'buitenBehandeling'],
  ['toetsingHerkomst', 'INTREKKEN', 'ingetrokken'],
  ['toetsingHerkomst', 'HERKOMST_VASTSTELLEN', 'wegingWoonstart'],
  ['wegingWoonstart', 'INTREKKEN', 'ingetrokken'],
  ['wegingWoonstart', 'WEGING_VASTLEGGEN', 'besluitvorming'],
  ['wegingWoonstart', 'ZAAK_OVERDRAGEN', 'wegingWoonstart'],
  ['besluitvorming', 'INTREKKEN', 'ingetrokken'],
  ['besluitvorming.beraad', 'WEGING_VASTLEGGEN', 'besluitvorming.beraad'],
  ['besluitvorming.beraad', 'ZAAK_OVERDRAGEN', 'besluitvorming.beraad'],
  ['besluitvorming.beraad', 'BESLUIT_VOORSTELLEN', 'besluitvorming.voorgesteld'],
  ['besluitvorming.voorgesteld', 'BESLUIT_TERUGSTUREN', 'besluitvorming.beraad'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'toegekend.bemiddeling'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'toegekend.zelfZoeken'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'besluitvorming.zienswijze'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'afgewezen'],
  ['besluitvorming.zienswijze', 'ZIENSWIJZE_ONTVANGEN', 'besluitvorming.beraad'],
  ['besluitvorming.zienswijze', 'ZIENSWIJZETERMIJN_VERSTREKEN', 'besluitvorming.beraad'],
  ['toegekend', 'INTREKKEN', 'ingetrokken'],
  ['toegekend.bemiddeling.zoeken', 'WONING_AANBIEDEN', 'toegekend.bemiddeling.aanbieding'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN', 'toegekend.bemiddeling.geaccepteerd'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.zoeken'],
  ['toegekend.bemiddeling.geaccepteerd', 'PLAATSING_REGISTREREN', 'geplaatst'],
  ['toegekend.zelfZoeken', 'PLAATSING_REGISTREREN', 'geplaatst'],
  ['afgewezen', 'BEZWAAR_INDIENEN', 'bezwaar'],
  ['bezwaar', 'BEZWAAR_GEGROND', 'besluitvorming'],
  ['bezwaar', 'BEZWAAR_ONGEGROND', 'definitiefAfgewezen'],
  ['bezwaar', 'BEZWAAR_NIET_ONTVANKELIJK', 'definitiefAfgewezen'],
];

/** Every state node of version 3 in definition order: zelf zoeken became compound, four states came after the decision. */
const NODES_V3: readonly Node[] = [
  ['concept', 0, false],
  ['ingediend', 0, false],
  ['ingediend.ontvankelijkheid', 1, false],
  ['ingediend.aanvullen', 1, false],
  ['toetsingHerkomst', 0, false],
  ['wegingWoonstart', 0, false],
  ['besluitvorming', 0, false],
  ['besluitvorming.beraad', 1, false],
  ['besluitvorming.voorgesteld', 1, false],
  ['besluitvorming.zienswijze', 1, false],
  ['toegekend', 0, false],
  ['toegekend.bemiddeling', 1, false],
  ['toegekend.bemiddeling.zoeken', 2, false],
  ['toegekend.bemiddeling.aanbieding', 2, false],
  ['toegekend.bemiddeling.geaccepteerd', 2, false],
  ['toegekend.zelfZoeken', 1, false],
  ['toegekend.zelfZoeken.zoekend', 2, false],
  ['toegekend.zelfZoeken.verlopen', 2, false],
  ['toegekend.zelfZoeken.verlengingAangevraagd', 2, false],
  ['intermediaireVerhuur', 0, false],
  ['geplaatst', 0, true],
  ['urgentieVervallen', 0, true],
  ['plaatsingBeeindigd', 0, true],
  ['afgewezen', 0, false],
  ['bezwaar', 0, false],
  ['definitiefAfgewezen', 0, true],
  ['ingetrokken', 0, true],
  ['buitenBehandeling', 0, true],
];

/**
 * Every transition of version 3 with a target. Besides those of version 2, the
 * targetless PLAATSINGSPROFIEL_VASTLEGGEN, WOONEVALUATIE_* and URGENTIEVERKLARING_VERLOPEN
 * during a verlengingsaanvraag are no edges.
 */
const EDGES_V3: readonly Edge[] = [
  ['concept', 'GEGEVENS_WIJZIGEN', 'concept'],
  ['concept', 'INDIENEN', 'ingediend'],
  ['concept', 'INTREKKEN', 'ingetrokken'],
  ['ingediend', 'INTREKKEN', 'ingetrokken'],
  ['ingediend.ontvankelijkheid', 'ONTVANKELIJK_VERKLAREN', 'toetsingHerkomst'],
  ['ingediend.ontvankelijkheid', 'AANVULLING_VRAGEN', 'ingediend.aanvullen'],
  ['ingediend.aanvullen', 'GEGEVENS_WIJZIGEN', 'ingediend.aanvullen'],
  ['ingediend.aanvullen', 'AANVULLING_INDIENEN', 'ingediend.ontvankelijkheid'],
  ['ingediend.aanvullen', 'BUITEN_BEHANDELING_STELLEN', 'buitenBehandeling'],
  ['toetsingHerkomst', 'INTREKKEN', 'ingetrokken'],
  ['toetsingHerkomst', 'HERKOMST_VASTSTELLEN', 'wegingWoonstart'],
  ['wegingWoonstart', 'INTREKKEN', 'ingetrokken'],
  ['wegingWoonstart', 'WEGING_VASTLEGGEN', 'besluitvorming'],
  ['wegingWoonstart', 'ZAAK_OVERDRAGEN', 'wegingWoonstart'],
  ['besluitvorming', 'INTREKKEN', 'ingetrokken'],
  ['besluitvorming.beraad', 'WEGING_VASTLEGGEN', 'besluitvorming.beraad'],
  ['besluitvorming.beraad', 'ZAAK_OVERDRAGEN', 'besluitvorming.beraad'],
  ['besluitvorming.beraad', 'BESLUIT_VOORSTELLEN', 'besluitvorming.voorgesteld'],
  ['besluitvorming.voorgesteld', 'BESLUIT_TERUGSTUREN', 'besluitvorming.beraad'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'toegekend.bemiddeling'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'toegekend.zelfZoeken'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'besluitvorming.zienswijze'],
  ['besluitvorming.voorgesteld', 'BESLUIT_GOEDKEUREN', 'afgewezen'],
  ['besluitvorming.zienswijze', 'ZIENSWIJZE_ONTVANGEN', 'besluitvorming.beraad'],
  ['besluitvorming.zienswijze', 'ZIENSWIJZETERMIJN_VERSTREKEN', 'besluitvorming.beraad'],
  ['toegekend', 'INTREKKEN', 'ingetrokken'],
  ['toegekend.bemiddeling.zoeken', 'WONING_AANBIEDEN', 'toegekend.bemiddeling.aanbieding'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_ACCEPTEREN', 'toegekend.bemiddeling.geaccepteerd'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_WEIGEREN', 'urgentieVervallen'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.zoeken'],
  ['toegekend.bemiddeling.aanbieding', 'AANBIEDING_INTREKKEN', 'toegekend.bemiddeling.zoeken'],
  ['toegekend.bemiddeling.aanbieding', 'REACTIETERMIJN_VERSTREKEN', 'toegekend.bemiddeling.zoeken'],
  ['toegekend.bemiddeling.geaccepteerd', 'PLAATSING_REGISTREREN', 'intermediaireVerhuur'],
  ['toegekend.bemiddeling.geaccepteerd', 'PLAATSING_REGISTREREN', 'geplaatst'],
  ['toegekend.bemiddeling.geaccepteerd', 'AANBIEDING_INTREKKEN', 'toegekend.bemiddeling.zoeken'],
  ['toegekend.zelfZoeken.zoekend', 'PLAATSING_REGISTREREN', 'intermediaireVerhuur'],
  ['toegekend.zelfZoeken.zoekend', 'PLAATSING_REGISTREREN', 'geplaatst'],
  ['toegekend.zelfZoeken.zoekend', 'URGENTIEVERKLARING_VERLOPEN', 'toegekend.zelfZoeken.verlopen'],
  ['toegekend.zelfZoeken.zoekend', 'VERLENGING_AANVRAGEN', 'toegekend.zelfZoeken.verlengingAangevraagd'],
  ['toegekend.zelfZoeken.verlopen', 'VERLENGING_AANVRAGEN', 'toegekend.zelfZoeken.verlengingAangevraagd'],
  ['toegekend.zelfZoeken.verlopen', 'VERLENGINGSTERMIJN_VERSTREKEN', 'urgentieVervallen'],
  ['toegekend.zelfZoeken.verlengingAangevraagd', 'VERLENGING_TOEKENNEN', 'toegekend.zelfZoeken.zoekend'],
  ['toegekend.zelfZoeken.verlengingAangevraagd', 'VERLENGING_AFWIJZEN', 'urgentieVervallen'],
  ['intermediaireVerhuur', 'OMKLAP_REGISTREREN', 'geplaatst'],
  ['intermediaireVerhuur', 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN', 'plaatsingBeeindigd'],
  ['afgewezen', 'BEZWAAR_INDIENEN', 'bezwaar'],
  ['bezwaar', 'BEZWAAR_GEGROND', 'besluitvorming'],
  ['bezwaar', 'BEZWAAR_ONGEGROND', 'definitiefAfgewezen'],
  ['bezwaar', 'BEZWAAR_NIET_ONTVANKELIJK', 'definitiefAfgewezen'],
];

const key = (from: string, event: string, to: string) => `${from} --${event}--> ${to}`;

const VERSIES = [
  { version: 1, NODES: NODES_V1, EDGES: EDGES_V1, LEAVES: LEAF_STATES_V1 as readonly string[] },
  { version: 2, NODES: NODES_V2, EDGES: EDGES_V2, LEAVES: LEAF_STATES_V2 as readonly string[] },
  { version: 3, NODES: NODES_V3, EDGES: EDGES_V3, LEAVES: LEAF_STATES_V3 as readonly string[] },
];

describe('zaakDiagram', () => {
  it('defaults to the current version, 3', () => {
    expect(zaakDiagram()).toEqual(zaakDiagram(3));
    expect(zaakDiagram()).not.toEqual(zaakDiagram(2));
    expect(zaakDiagram()).not.toEqual(zaakDiagram(1));
  });

  it.each([0, 4])('refuses an unknown version (%i)', (version) => {
    expect(() => zaakDiagram(version)).toThrow(UnknownMachineVersionError);
  });

  describe.each(VERSIES)('version $version', ({ version, NODES, EDGES, LEAVES }) => {
    const { nodes, edges } = zaakDiagram(version);
    const paths = nodes.map((n) => n.path);

    it('returns every state node with its depth and whether it is final', () => {
      expect(nodes.map((n): Node => [n.path, n.depth, n.final])).toEqual(NODES);
    });

    it('labels each node with its Dutch state label', () => {
      for (const node of nodes) {
        expect(node.label).toBe(stateLabel(node.path));
        expect(node.label).not.toBe(node.path);
      }
    });

    it('the leaf nodes are exactly the leaf states', () => {
      const leaves = paths.filter((p) => !paths.some((other) => other.startsWith(`${p}.`)));
      expect(leaves.sort()).toEqual([...LEAVES].sort());
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

  it('version 2 keeps every state of version 1 but makes besluitvorming compound and afgewezen non-final', () => {
    const v1 = zaakDiagram(1).nodes;
    const v2 = zaakDiagram(2).nodes.map((n) => n.path);
    for (const node of v1) expect(v2).toContain(node.path);
    expect(zaakDiagram(2).nodes.find((n) => n.path === 'afgewezen')!.final).toBe(false);
    expect(v1.find((n) => n.path === 'afgewezen')!.final).toBe(true);
  });

  it('version 3 keeps every state of version 2 and makes toegekend.zelfZoeken compound', () => {
    const v2 = zaakDiagram(2).nodes;
    const v3 = zaakDiagram(3).nodes;
    for (const node of v2) expect(v3.map((n) => n.path)).toContain(node.path);
    const leaves = (nodes: typeof v3) => nodes.filter((n) => !nodes.some((o) => o.path.startsWith(`${n.path}.`))).map((n) => n.path);
    expect(leaves(v2)).toContain('toegekend.zelfZoeken');
    expect(leaves(v3)).not.toContain('toegekend.zelfZoeken');
    // Geplaatst stays final; the version-2 states keep their finality.
    for (const node of v2) expect([node.path, v3.find((n) => n.path === node.path)!.final]).toEqual([node.path, node.final]);
  });

  it('version 3 draws the same edges as version 2 up to the decision', () => {
    const totBesluit = (version: number) =>
      zaakDiagram(version)
        .edges.filter((e) => !e.from.startsWith('toegekend') && e.from !== 'intermediaireVerhuur')
        .map((e) => key(e.from, e.event, e.to))
        .sort();
    expect(totBesluit(3)).toEqual(totBesluit(2));
  });

  it.each([2, 3])('targetless transitions are not drawn as edges (version %i)', (version) => {
    const events = new Set(zaakDiagram(version).edges.map((e) => e.event));
    for (const event of ['VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'MEDISCH_ADVIES_UITBRENGEN', 'HERSTELTERMIJN_VERSTREKEN', 'BESLISTERMIJN_HERINNERING', 'BESLISTERMIJN_VERSTREKEN']) {
      expect(events.has(event)).toBe(false);
    }
  });

  it('the targetless transitions of version 3 are not drawn as edges either', () => {
    const { edges } = zaakDiagram(3);
    const events = new Set(edges.map((e) => e.event));
    for (const event of ['PLAATSINGSPROFIEL_VASTLEGGEN', 'WOONEVALUATIE_VASTLEGGEN', 'WOONEVALUATIE_AFTEKENEN', 'WOONEVALUATIE_HERINNERING']) {
      expect(events.has(event)).toBe(false);
    }
    // URGENTIEVERKLARING_VERLOPEN is an edge from zoekend, but not from verlengingAangevraagd.
    expect(edges.filter((e) => e.event === 'URGENTIEVERKLARING_VERLOPEN').map((e) => e.from)).toEqual(['toegekend.zelfZoeken.zoekend']);
  });
});
