import { zaakMachine } from './zaak.machine';
import type { ZaakStatus } from './zaak-status.model';

/**
 * Tags the machine puts on its states, so other code asks the machine instead of
 * keeping its own status lists: 'beslistermijnLoopt' (the Awb decision term runs),
 * 'opgeschort' (suspended for completion), 'bezwaarLoopt' (objection being
 * reconsidered), 'afgerond' (housed), 'beeindigd' (closed without placement, or an
 * intermediaire verhuur that ended), 'geplaatst' (a placement was registered).
 */
export type ZaakTag = 'beslistermijnLoopt' | 'opgeschort' | 'bezwaarLoopt' | 'afgerond' | 'beeindigd' | 'geplaatst';

export function statusTags(status: ZaakStatus): readonly ZaakTag[] {
  const node = zaakMachine.states[status] as { tags?: readonly string[] } | undefined;
  return (node?.tags ?? []) as readonly ZaakTag[];
}

export function statusHeeftTag(status: ZaakStatus, tag: ZaakTag): boolean {
  return statusTags(status).includes(tag);
}

interface Toestandsknoop { readonly tags?: readonly string[]; readonly states?: Readonly<Record<string, Toestandsknoop>> }

/**
 * Whether the machine tags a (possibly nested) state path such as
 * 'ingediend.aanvullen'. Like a snapshot's tags, the tags of every state on the
 * path count; `statusHeeftTag` looks at the top-level status only.
 */
export function stateHeeftTag(state: string, tag: ZaakTag): boolean {
  let knoop: Toestandsknoop | undefined = { states: zaakMachine.states as unknown as Record<string, Toestandsknoop> };
  for (const deel of state.split('.')) {
    knoop = knoop?.states?.[deel];
    if (!knoop) return false;
    if (knoop.tags?.includes(tag)) return true;
  }
  return false;
}
