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

function lijst(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const waarden = raw.split(',').map((x) => Number(x.trim()));
  if (!waarden.length || waarden.some((n) => !Number.isInteger(n) || n < min || n > max)) {
    throw new Error(`${name} moet een lijst gehele getallen tussen ${min} en ${max} zijn, bijv. 16,50 / must be a comma-separated list of integers (nu/now: '${raw}')`);
  }
  return waarden;
}

export function loadBenchConfig() {
  return {
    /** Cases in the database before measuring; the seed adds what is missing (BENCH_ZAKEN=50000 for a quick run). */
    zaken: int('BENCH_ZAKEN', 1_000_000, 0, 20_000_000),
    /** Client counts of the transition benchmarks (api and raw SQL each run once per count). */
    concurrencies: lijst('BENCH_CONCURRENCIES', [16, 50], 1, 1000),
    /** Sequential requests per monitor view (one user), after one warm-up call ... */
    monitorRequests: int('BENCH_MONITOR_REQUESTS', 10, 1, 10_000),
    /** ... stopping after this many seconds once three were recorded. */
    monitorMaxSeconds: int('BENCH_MONITOR_MAX_SECONDS', 60, 1, 3600),
    /** Per-request timeout of the monitor (an all-years view can be slow; it should give a figure, not a timeout). */
    monitorTimeoutMs: int('BENCH_MONITOR_TIMEOUT_MS', 300_000, 1000, 3_600_000),
    /** The single year the monitor is asked for; default last year (a full year of data). */
    monitorJaar: int('BENCH_MONITOR_JAAR', new Date().getUTCFullYear() - 1, 2000, 2100),
    /**
     * Ask the api for a minimal answer to events (Prefer: return=minimal): 'auto' (default) uses
     * it when the api honours it (Preference-Applied), '1' always sends it, '0' never.
     */
    preferMinimal: ['auto', '1', '0'].includes(process.env.BENCH_PREFER_MINIMAL ?? 'auto') ? (process.env.BENCH_PREFER_MINIMAL ?? 'auto') : (() => {
      throw new Error(`BENCH_PREFER_MINIMAL moet auto, 1 of 0 zijn / must be auto, 1 or 0 (nu/now: '${process.env.BENCH_PREFER_MINIMAL}')`);
    })(),
    /** Prefix of the throw-away database's name. */
    dbPrefix: process.env.BENCH_DB_PREFIX || 'woonstart_bench',
    /** Measured duration of each transitions benchmark (api and raw SQL, per client count), in seconds. */
    seconds: int('BENCH_SECONDS', 20, 1, 3600),
    /** Warm-up before measuring starts (requests in it are not recorded). */
    warmupSeconds: int('BENCH_WARMUP_SECONDS', 3, 0, 600),
    /** Requests per read scenario (list, detail) and their concurrency. */
    readRequests: int('BENCH_READ_REQUESTS', 500, 1, 1_000_000),
    readConcurrency: int('BENCH_READ_CONCURRENCY', 16, 1, 1000),
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
