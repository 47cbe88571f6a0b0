// Chaos settings, read once from the environment. Defaults give the full run of issue 6 §1;
// CHAOS_TRANSITIES=1000 (and the other counts scaled down with it) is the quick mode.

function geheel(naam, standaard, min, max) {
  const ruw = process.env[naam];
  if (ruw === undefined || ruw === '') return standaard;
  const n = Number(ruw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${naam} moet een geheel getal tussen ${min} en ${max} zijn / must be an integer between ${min} and ${max} (nu/now: '${ruw}')`);
  }
  return n;
}

export function loadChaosConfig() {
  const transities = geheel('CHAOS_TRANSITIES', 10_000, 50, 1_000_000);
  // Quick mode scales the other parts with the transitions, so a development run takes about a minute.
  const schaal = Math.min(1, transities / 10_000);
  const databaseUrl = process.env.CHAOS_DATABASE_URL || null;
  const pgRestartCmd = process.env.CHAOS_PG_RESTART_CMD || null;
  if (databaseUrl && !pgRestartCmd) {
    throw new Error('Met CHAOS_DATABASE_URL hoort CHAOS_PG_RESTART_CMD (een shell-opdracht die die PostgreSQL herstart) / CHAOS_DATABASE_URL needs CHAOS_PG_RESTART_CMD.');
  }
  return {
    transities,
    clients: geheel('CHAOS_CLIENTS', 32, 1, 512),
    /** A replica is SIGKILLed this often during the crash test (once the other one is up). */
    killIntervalMs: geheel('CHAOS_KILL_INTERVAL_MS', 4000, 500, 600_000),
    minKills: geheel('CHAOS_MIN_KILLS', transities >= 10_000 ? 20 : 1, 0, 10_000),
    conflictRondes: geheel('CHAOS_CONFLICT_RONDES', Math.max(20, Math.round(1000 * schaal)), 0, 100_000),
    termijnen: geheel('CHAOS_TERMIJNEN', Math.max(50, Math.round(1000 * schaal)), 0, 100_000),
    /** Deadlines come due spread over this window (seconds from the moment they are set). */
    termijnVensterS: geheel('CHAOS_TERMIJN_VENSTER_S', transities >= 10_000 ? 60 : 20, 5, 3600),
    /** Ports of the two api replicas and the throw-away PostgreSQL (helper A's range 4100-4199). */
    poorten: [geheel('CHAOS_API_PORT_A', 4101, 1, 65535), geheel('CHAOS_API_PORT_B', 4102, 1, 65535)],
    pgPoort: geheel('CHAOS_PG_PORT', 4150, 1, 65535),
    pgBin: process.env.CHAOS_PG_BIN || '/usr/lib/postgresql/15/bin',
    databaseUrl,
    pgRestartCmd,
    poolSize: geheel('CHAOS_DB_POOL_SIZE', 10, 1, 100),
    takenIntervalMs: geheel('CHAOS_TAKEN_INTERVAL_MS', 250, 10, 60_000),
    requestTimeoutMs: geheel('CHAOS_REQUEST_TIMEOUT_MS', 20_000, 1000, 600_000),
    /** A client gives up on one request after this long (counted, and a violation: nothing may stay unanswered). */
    opgevenNaMs: geheel('CHAOS_OPGEVEN_NA_MS', 120_000, 1000, 3_600_000),
    skipBuild: process.env.CHAOS_SKIP_BUILD === '1',
    apiEntry: process.env.CHAOS_API_ENTRY || null,
  };
}
