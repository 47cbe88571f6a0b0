import { zaakMachine } from './zaak.machine';
import type { ZaakStatus } from './zaak-status.model';

/**
 * Tags the machine puts on its states, so other code asks the machine instead of
 * keeping its own status lists: 'beslistermijnLoopt' (the Awb decision term runs),
 * 'opgeschort' (suspended for completion), 'bezwaarLoopt' (objection being
 * reconsidered), 'afgerond' (housed), 'beeindigd' (closed without placement).
 */
export type ZaakTag = 'beslistermijnLoopt' | 'opgeschort' | 'bezwaarLoopt' | 'afgerond' | 'beeindigd';

export function statusTags(status: ZaakStatus): readonly ZaakTag[] {
  const node = zaakMachine.states[status] as { tags?: readonly string[] } | undefined;
  return (node?.tags ?? []) as readonly ZaakTag[];
}

export function statusHeeftTag(status: ZaakStatus, tag: ZaakTag): boolean {
  return statusTags(status).includes(tag);
}
