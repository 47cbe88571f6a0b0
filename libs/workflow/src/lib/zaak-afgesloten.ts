import type { AnyStateMachine } from 'xstate';
import { MACHINE_VERSIES, machineForVersion } from './zaak.runtime';

interface Knoop { readonly type?: string; readonly tags?: readonly string[] }

/**
 * The top-level states in which a case on machine `version` is closed: a final
 * state, or one the machine tags 'afgerond' (housed) or 'beeindigd' (ended
 * without placement). The retention job anonymises only these, so a state
 * added to a machine is closed or open by its own definition, never by a list
 * kept elsewhere. 'afgewezen' is tagged 'beeindigd' but not final (a late
 * bezwaar may still come in): after the retention term that chance is long gone.
 */
export function afgeslotenStatussen(version: number): readonly string[] {
  const machine: AnyStateMachine = machineForVersion(version);
  return Object.entries(machine.states as unknown as Record<string, Knoop>)
    .filter(([, knoop]) => knoop.type === 'final' || (knoop.tags ?? []).some((t) => t === 'afgerond' || t === 'beeindigd'))
    .map(([naam]) => naam)
    .sort();
}

/** 'versie:status' for every released version, as the retention query matches them. */
export function afgeslotenSleutels(): readonly string[] {
  return MACHINE_VERSIES.flatMap((v) => afgeslotenStatussen(v).map((s) => `${v}:${s}`));
}
