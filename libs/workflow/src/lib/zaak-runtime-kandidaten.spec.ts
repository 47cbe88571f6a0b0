import { ROLLEN } from '@woonstart/domain';
import type { AnyStateNode } from 'xstate';
import { LID_A, LID_B, LID_C } from '../testing/zaak-paden';
import { LEAF_STATES_V1, V1, bereikZaakV1 } from '../testing/zaak-paden.v1';
import { LEAF_STATES_V2, SITUATIE_NAMEN, V2, bereikSituatieV2, bereikZaakV2 } from '../testing/zaak-paden.v2';
import { LEAF_STATES_V3, SITUATIE_NAMEN_V3, V3, bereikSituatieV3, bereikZaakV3 } from '../testing/zaak-paden.v3';
import { ZAAK_EVENT_TYPES, type ZaakEvent } from './zaak-events.model';
import { MACHINE_VERSIES, allowedEvents, kanZaakEvent, machineForVersion, mayRolSend, possibleEvents, restoreZaak, type PersistedZaak } from './zaak.runtime';

/**
 * allowedEvents and possibleEvents ask `can` only for the events the active
 * state nodes have a transition for. These specs hold them to the plain
 * definition (ask `can` for every event type) on every snapshot the paths reach.
 */
const SNAPSHOTS: Array<[string, number, PersistedZaak]> = [
  ...LEAF_STATES_V1.map((s): [string, number, PersistedZaak] => [`v1 ${s}`, V1, bereikZaakV1(s)]),
  ...LEAF_STATES_V2.map((s): [string, number, PersistedZaak] => [`v2 ${s}`, V2, bereikZaakV2(s)]),
  ...SITUATIE_NAMEN.map((n): [string, number, PersistedZaak] => [`v2 ${n}`, V2, bereikSituatieV2(n)]),
  ...LEAF_STATES_V3.map((s): [string, number, PersistedZaak] => [`v3 ${s}`, V3, bereikZaakV3(s)]),
  ...SITUATIE_NAMEN_V3.map((n): [string, number, PersistedZaak] => [`v3 ${n}`, V3, bereikSituatieV3(n)]),
];

function alleNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((kind) => alleNodes(kind as AnyStateNode))];
}

describe('allowedEvents and possibleEvents ask the machine only what it can answer yes to', () => {
  it('no machine version uses a wildcard event (the candidate list relies on exact event names)', () => {
    for (const versie of MACHINE_VERSIES) {
      const descriptors = alleNodes(machineForVersion(versie).root).flatMap((n) => [...n.transitions.keys()]);
      expect(descriptors.length).toBeGreaterThan(0);
      expect(descriptors.filter((d) => d.includes('*'))).toEqual([]);
    }
  });

  it.each(SNAPSHOTS)('%s: the same lists as asking can() for every event type, for every role and actor', (_naam, versie, persisted) => {
    const snapshot = restoreZaak(versie, persisted);
    for (const actorId of [LID_A, LID_B, LID_C, undefined]) {
      for (const rol of ROLLEN) {
        const verwacht = ZAAK_EVENT_TYPES.filter((type) => mayRolSend(rol, type) && snapshot.can({ type, actorId } as ZaakEvent));
        expect(allowedEvents(versie, persisted, rol, actorId)).toEqual(verwacht);
      }
    }
    expect(possibleEvents(versie, persisted)).toEqual(ZAAK_EVENT_TYPES.filter((type) => snapshot.can({ type } as ZaakEvent)));
  });

  it.each(SNAPSHOTS)('%s: kanZaakEvent is can() of the restored snapshot', (_naam, versie, persisted) => {
    const snapshot = restoreZaak(versie, persisted);
    for (const type of ZAAK_EVENT_TYPES) {
      for (const actorId of [LID_A, LID_B, undefined]) {
        expect(kanZaakEvent(versie, persisted, { type, actorId } as ZaakEvent)).toBe(snapshot.can({ type, actorId } as ZaakEvent));
      }
    }
  });
});
