import { zaakMachine, type ZaakTag } from '@woonstart/workflow';

interface Toestandsknoop { readonly tags?: readonly string[]; readonly states?: Readonly<Record<string, Toestandsknoop>> }

/**
 * Whether the machine tags a (possibly nested) state path such as
 * 'ingediend.aanvullen'. Like a snapshot's tags, the tags of every state on the
 * path count. `statusHeeftTag` of @woonstart/workflow only looks at the top level.
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
