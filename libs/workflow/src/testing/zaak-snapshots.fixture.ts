/**
 * How the persisted-snapshot fixtures (zaak-snapshots.v<N>.json) are made: for every leaf
 * state of a version, the persisted snapshot of a new case of that version driven there
 * along its canonical path (zaak-paden.v<N>.ts) through applyZaakEvent, as JSON with two
 * spaces and a final newline. A fixture is recorded once, when its version is released,
 * and never again: zaak-snapshots.spec.ts checks that every fixture is still exactly what
 * this produces, and records the current version's when asked:
 *
 *   ZAAK_SNAPSHOTS_OPNEMEN=3 npx jest -c libs/workflow/jest.config.cjs zaak-snapshots
 */
import type { PersistedZaak } from '../lib/zaak.runtime';
import { LEAF_STATES_V1, bereikZaakV1 } from './zaak-paden.v1';
import { LEAF_STATES_V2, bereikZaakV2 } from './zaak-paden.v2';
import { LEAF_STATES_V3, bereikZaakV3 } from './zaak-paden.v3';

export interface ZaakSnapshotFixture {
  readonly machineVersion: number;
  readonly snapshots: Readonly<Record<string, PersistedZaak>>;
}

const PER_VERSIE: Readonly<Record<number, { leaves: readonly string[]; bereik: (state: string) => PersistedZaak }>> = {
  1: { leaves: LEAF_STATES_V1, bereik: (state) => bereikZaakV1(state as (typeof LEAF_STATES_V1)[number]) },
  2: { leaves: LEAF_STATES_V2, bereik: (state) => bereikZaakV2(state as (typeof LEAF_STATES_V2)[number]) },
  3: { leaves: LEAF_STATES_V3, bereik: (state) => bereikZaakV3(state as (typeof LEAF_STATES_V3)[number]) },
};

/** The versions that have a fixture. */
export const FIXTURE_VERSIES: readonly number[] = Object.keys(PER_VERSIE).map(Number);

/** File name of a version's fixture, in this folder. */
export function fixtureBestand(version: number): string {
  return `zaak-snapshots.v${version}.json`;
}

/** The fixture of a version: one persisted snapshot per leaf state, in the order of its LEAF_STATES list. */
export function maakSnapshotFixture(version: number): ZaakSnapshotFixture {
  const versie = PER_VERSIE[version];
  if (!versie) throw new Error(`Geen paden voor versie ${version}`);
  return { machineVersion: version, snapshots: Object.fromEntries(versie.leaves.map((state) => [state, versie.bereik(state)])) };
}

/** The text of the fixture file. */
export function fixtureAlsJson(fixture: ZaakSnapshotFixture): string {
  return `${JSON.stringify(fixture, null, 2)}\n`;
}
