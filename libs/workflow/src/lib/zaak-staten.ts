import { zaakDiagram } from './zaak.diagram';
import type { ZaakEventType } from './zaak-events.model';
import { MACHINE_VERSIES } from './zaak.runtime';

/**
 * The state paths, over every released machine version, from which an event
 * leads somewhere — e.g. the cases waiting for an offer (WONING_AANBIEDEN) —
 * so a query selects them by what the machine says, not by a hand-kept list.
 * Guards still decide per case; this is the set of states to look in.
 */
export function statenMetEvent(event: ZaakEventType): readonly string[] {
  const staten = new Set<string>();
  for (const versie of MACHINE_VERSIES) {
    for (const edge of zaakDiagram(versie).edges) if (edge.event === event) staten.add(edge.from);
  }
  return [...staten].sort();
}
