import { createActor, transition, type AnyStateMachine, type Snapshot, type SnapshotFrom, type StateValue } from 'xstate';
import type { Rol } from '@woonstart/domain';
import { zaakMachineV1 } from './zaak-v1.machine';
import { zaakMachineV2 } from './zaak-v2.machine';
import { ZAAK_MACHINE_VERSION, zaakMachine, type ZaakMachine } from './zaak.machine';
import { ZAAK_EVENT_META, ZAAK_EVENT_TYPES, type ZaakContext, type ZaakEvent, type ZaakEventType } from './zaak-events.model';
import type { ZaakStatus } from './zaak-status.model';

export type ZaakSnapshot = SnapshotFrom<ZaakMachine>;
/** The JSON form stored in the `snapshot` jsonb column (XState's persisted snapshot). */
export interface PersistedZaak {
  readonly status: string;
  readonly value: StateValue;
  readonly context: ZaakContext;
  readonly [key: string]: unknown;
}

/**
 * Every released machine version stays here so stored cases keep running on the
 * version they started on. A new version is added beside the old one, never over it.
 */
const MACHINES: Readonly<Record<number, AnyStateMachine>> = { 1: zaakMachineV1, 2: zaakMachineV2, [ZAAK_MACHINE_VERSION]: zaakMachine };

export const MACHINE_VERSIES: readonly number[] = Object.keys(MACHINES).map(Number);

export class UnknownMachineVersionError extends Error {
  constructor(readonly version: number) {
    super(`Onbekende versie van het zaakproces: ${version}`);
  }
}

export function machineForVersion(version: number): AnyStateMachine {
  const machine = MACHINES[version];
  if (!machine) throw new UnknownMachineVersionError(version);
  return machine;
}

export function initialZaak(): { version: number; snapshot: PersistedZaak; state: string; status: ZaakStatus } {
  const snapshot = createActor(zaakMachine).getSnapshot();
  return { version: ZAAK_MACHINE_VERSION, snapshot: zaakMachine.getPersistedSnapshot(snapshot) as unknown as PersistedZaak, state: statePath(snapshot.value), status: topLevel(snapshot.value) };
}

export function restoreZaak(version: number, persisted: PersistedZaak): ZaakSnapshot {
  const machine = machineForVersion(version);
  return createActor(machine, { snapshot: persisted as unknown as Snapshot<unknown> }).getSnapshot() as ZaakSnapshot;
}

/** 'toegekend.bemiddeling.zoeken' for { toegekend: { bemiddeling: 'zoeken' } }. The machine has no parallel states. */
export function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] as [string, StateValue];
  return child === undefined ? key : `${key}.${statePath(child)}`;
}

export function topLevel(value: StateValue): ZaakStatus {
  return statePath(value).split('.')[0] as ZaakStatus;
}

export interface Overgang {
  readonly van: string;
  readonly naar: string;
  readonly status: ZaakStatus;
  readonly snapshot: PersistedZaak;
}

/**
 * Pure step: the next persisted snapshot, or null when the machine refuses the
 * event in this state. The api's one command path calls only this.
 */
/**
 * Whether the machine accepts the event in this state, without computing the
 * next snapshot: exactly the check applyZaakEvent starts with, at a fraction of
 * its cost (the api asks this before it loads what the event needs).
 */
export function kanZaakEvent(version: number, persisted: PersistedZaak, event: ZaakEvent): boolean {
  return teVragen(version, persisted).can(event);
}

/**
 * The stored snapshot as the machine's state, to ask `can` on: resolved from its
 * value and context without starting an actor. `can` reads only the active state
 * nodes and the context (guards are pure), and starting an actor per case cost
 * more than the rest of a work-list row. zaak-runtime-kandidaten.spec holds every
 * answer to the one of restoreZaak.
 */
function teVragen(version: number, persisted: PersistedZaak): ZaakSnapshot {
  return machineForVersion(version).resolveState({ value: persisted.value, context: persisted.context, status: persisted.status } as never) as ZaakSnapshot;
}

export function applyZaakEvent(version: number, persisted: PersistedZaak, event: ZaakEvent): Overgang | null {
  const machine = machineForVersion(version);
  const current = restoreZaak(version, persisted);
  if (!current.can(event)) return null;
  const [next] = transition(machine, current, event) as unknown as [ZaakSnapshot];
  return {
    van: statePath(current.value),
    naar: statePath(next.value),
    status: topLevel(next.value),
    snapshot: machine.getPersistedSnapshot(next) as unknown as PersistedZaak,
  };
}

export function mayRolSend(rol: Rol, type: ZaakEventType): boolean {
  return ZAAK_EVENT_META[type].rollen.includes(rol);
}

/**
 * Events this user may send to the case now: the machine decides what is
 * possible (with the caller's id, for the four-eyes guard), the meta who may.
 */
export function allowedEvents(version: number, persisted: PersistedZaak, rol: Rol, actorId?: string): ZaakEventType[] {
  const snapshot = teVragen(version, persisted);
  const kandidaten = eventsMetOvergang(version, snapshot);
  return ZAAK_EVENT_TYPES.filter((type) => kandidaten.has(type) && mayRolSend(rol, type) && snapshot.can({ type, actorId } as ZaakEvent));
}

/** Events possible now, for any role (used by the api to tell 403 from 409). */
export function possibleEvents(version: number, persisted: PersistedZaak): ZaakEventType[] {
  const snapshot = teVragen(version, persisted);
  const kandidaten = eventsMetOvergang(version, snapshot);
  return ZAAK_EVENT_TYPES.filter((type) => kandidaten.has(type) && snapshot.can({ type } as ZaakEvent));
}

/** Per machine version and state path: the events the active state nodes have a transition for. */
const EVENTS_PER_STATE = new Map<string, ReadonlySet<string>>();

/**
 * `can` is false for an event no active state node has a (non-inert) transition
 * for, so asking `can` only for these events gives the same answer as asking it
 * for all of them — a work list of 50 cases then asks a handful per case instead
 * of every event type. The machines use no wildcard events, which this relies on.
 * The set depends only on the machine definition and the state, hence the cache.
 */
function eventsMetOvergang(version: number, snapshot: ZaakSnapshot): ReadonlySet<string> {
  const sleutel = `${version}|${statePath(snapshot.value)}`;
  let events = EVENTS_PER_STATE.get(sleutel);
  if (!events) {
    events = new Set(snapshot._nodes.flatMap((node) => node.ownEvents));
    EVENTS_PER_STATE.set(sleutel, events);
  }
  return events;
}
