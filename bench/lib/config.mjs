// Benchmark settings, read once from the environment. Every value has a default so
// `npm run bench` works without configuration; a wrong value stops the run early.

function int(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} moet een geheel getal tussen ${min} en ${max} zijn / must be an integer between ${min} and ${max} (nu/now: '${raw}')`);
  }
  return n;
}

export function loadBenchConfig() {
  return {
    /** Measured duration of the transitions benchmark, in seconds. */
    seconds: int('BENCH_SECONDS', 20, 1, 3600),
    /** Warm-up before measuring starts (requests in it are not recorded). */
    warmupSeconds: int('BENCH_WARMUP_SECONDS', 3, 0, 600),
    /** Concurrent clients in the transitions benchmark. */
    concurrency: int('BENCH_CONCURRENCY', 50, 1, 1000),
    /** Requests per read scenario (list, detail) and their concurrency. */
    readRequests: int('BENCH_READ_REQUESTS', 500, 1, 1_000_000),
    readConcurrency: int('BENCH_READ_CONCURRENCY', 50, 1, 1000),
    /** Unrecorded warm-up requests before each read scenario. */
    readWarmup: int('BENCH_READ_WARMUP', 50, 0, 100_000),
    /** Pool size given to the api (DB_POOL_SIZE). */
    poolSize: int('BENCH_DB_POOL_SIZE', 20, 1, 100),
    /** Per-request timeout; a request that takes longer counts as an error ('timeout'). */
    requestTimeoutMs: int('BENCH_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    /** Use an existing database instead of creating a throw-away one. */
    databaseUrl: process.env.DATABASE_URL || null,
    /** Server on which the throw-away database is created (and dropped). */
    adminUrl: process.env.BENCH_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    /** Skip the freshness check and use dist/api/main.js as it is. */
    skipBuild: process.env.BENCH_SKIP_BUILD === '1' || process.env.BENCH_SKIP_BUILD === 'true',
    /** Another api bundle to run instead of dist/api/main.js (no build); e.g. to compare two builds. */
    apiEntry: process.env.BENCH_API_ENTRY || null,
  };
}
