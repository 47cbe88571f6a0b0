import pg from 'pg';

/** The URL without a password, for printing and for the results file. */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(ongeldige URL / invalid URL)';
  }
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export class PostgresOnbereikbaar extends Error {}

async function connect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  // A connection ended by the server (e.g. DROP DATABASE ... WITH (FORCE) during cleanup) must not crash the run.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => {});
    throw new PostgresOnbereikbaar(
      `PostgreSQL is niet bereikbaar op ${redactUrl(url)} / PostgreSQL is not reachable at ${redactUrl(url)}: ${e.message || e.code || e}\n` +
        `Start PostgreSQL (bijv./e.g. 127.0.0.1:5432, gebruiker/user postgres) of zet/or set DATABASE_URL.`,
    );
  }
  return client;
}

/**
 * The database to benchmark against: DATABASE_URL as is, or a fresh throw-away
 * database on the admin server that drop() removes again.
 */
export async function prepareDatabase({ databaseUrl, adminUrl, dbPrefix = 'woonstart_bench' }) {
  if (databaseUrl) {
    const c = await connect(databaseUrl);
    await c.end();
    return { url: databaseUrl, created: false, name: new URL(databaseUrl).pathname.slice(1), drop: async () => {} };
  }
  const admin = await connect(adminUrl);
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').replace(/\..*$/, '');
  const name = `${dbPrefix}_${stamp}_${process.pid}`;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  let dropped = false;
  return {
    url: withDatabase(adminUrl, name),
    created: true,
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      const c = await connect(adminUrl);
      try {
        try {
          await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } catch {
          // PostgreSQL < 13 has no WITH (FORCE): end the remaining sessions by hand.
          await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
          await c.query(`DROP DATABASE IF EXISTS "${name}"`);
        }
      } finally {
        await c.end();
      }
    },
  };
}

/** Server facts and table counts for the results file. */
export async function describeDatabase(url) {
  const c = await connect(url);
  try {
    const [{ server_version }] = (await c.query('SHOW server_version')).rows;
    const [{ version }] = (await c.query('SELECT version()')).rows;
    const [{ max_connections }] = (await c.query('SHOW max_connections')).rows;
    return { kind: /postgresql/i.test(version) ? 'PostgreSQL' : version.split(' ')[0], serverVersion: server_version, version, maxConnections: Number(max_connections) };
  } finally {
    await c.end();
  }
}

export async function countRows(url) {
  const c = await connect(url);
  try {
    const q = async (sql) => (await c.query(sql)).rows;
    const [{ n: zaken }] = await q('SELECT count(*)::int AS n FROM zaak');
    const perStatus = Object.fromEntries((await q('SELECT status, count(*)::int AS n FROM zaak GROUP BY status ORDER BY status')).map((r) => [r.status, r.n]));
    const [{ n: transities }] = await q('SELECT count(*)::int AS n FROM zaak_transitie');
    const [{ n: toegangslog }] = await q('SELECT count(*)::int AS n FROM toegangslog');
    const [{ n: outbox }] = await q('SELECT count(*)::int AS n FROM outbox');
    return { zaken, zakenPerStatus: perStatus, transities, toegangslog, outbox };
  } finally {
    await c.end();
  }
}

/**
 * Samples pg_stat_activity for the benchmark database twice a second: how many
 * of the api's connections are busy, idle in a transaction, or waiting on a lock.
 * A pool that is always fully busy points at pool exhaustion; lock waits at row contention.
 */
export async function startActivitySampler(url, dbName) {
  const c = await connect(url);
  const samples = [];
  let stopped = false;
  let pending = Promise.resolve();
  const tick = async () => {
    try {
      const { rows } = await c.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle_in_tx,
                count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS lock_wait
           FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [dbName],
      );
      samples.push(rows[0]);
    } catch {
      // a missed sample is fine
    }
  };
  const timer = setInterval(() => {
    if (!stopped) pending = tick();
  }, 500);
  let result = null;
  return {
    async stop() {
      if (result) return result;
      stopped = true;
      clearInterval(timer);
      await pending;
      await c.end().catch(() => {});
      const agg = (k) => (samples.length ? { mean: Math.round((samples.reduce((s, x) => s + x[k], 0) / samples.length) * 10) / 10, max: Math.max(...samples.map((x) => x[k])) } : null);
      result = { samples: samples.length, connections: agg('total'), active: agg('active'), idleInTransaction: agg('idle_in_tx'), lockWait: agg('lock_wait') };
      return result;
    },
  };
}
