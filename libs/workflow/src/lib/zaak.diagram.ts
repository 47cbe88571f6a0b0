import { machineForVersion } from './zaak.runtime';
import { ZAAK_MACHINE_VERSION } from './zaak.machine';
import { stateLabel } from './zaak-status.model';

export interface DiagramNode {
  readonly path: string;
  readonly label: string;
  readonly depth: number;
  readonly final: boolean;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly event: string;
}

interface NodeLike {
  key: string;
  type: string;
  states: Record<string, NodeLike>;
  transitions: Map<string, Array<{ target?: ReadonlyArray<{ path: string[] }> }>>;
  path: string[];
}

/**
 * Nodes and edges read from the machine definition of a version itself, so the diagram in the
 * UI can never drift from the workflow that actually runs.
 */
export function zaakDiagram(version: number = ZAAK_MACHINE_VERSION): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const walk = (node: NodeLike, depth: number) => {
    for (const child of Object.values(node.states)) {
      const path = child.path.join('.');
      nodes.push({ path, label: stateLabel(path), depth, final: child.type === 'final' });
      for (const [event, list] of child.transitions) {
        for (const t of list) {
          for (const target of t.target ?? []) edges.push({ from: path, to: target.path.join('.'), event });
        }
      }
      walk(child, depth + 1);
    }
  };
  walk(machineForVersion(version).root as unknown as NodeLike, 0);
  return { nodes, edges };
}
