import { execSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

/** Runs a command to its end; throws with its output when it fails. */
function run(cmd, args, { shell = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], shell });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} -> exit ${code}\n${out.slice(-2000)}`))));
  });
}

/** As root the cluster belongs to user postgres (initdb refuses root); otherwise to the current user. */
function alsPostgres(bin, args) {
  return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args);
}

export async function verbind(url) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on('error', () => {});
  await c.connect();
  return c;
}

/** Waits until PostgreSQL accepts a query again (after a restart). */
export async function wachtOpPostgres(url, timeoutMs = 60_000) {
  const eind = Date.now() + timeoutMs;
  for (;;) {
    try {
      const c = await verbind(url);
      await c.query('SELECT 1');
      await c.end();
      return;
    } catch (e) {
      if (Date.now() > eind) throw new Error(`PostgreSQL niet bereikbaar na ${timeoutMs / 1000} s / not reachable: ${e.message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * A throw-away PostgreSQL cluster under /tmp on its own port, never the machine's server:
 * initdb, start, restart (immediate: a crash, recovered from the WAL) and remove. With
 * CHAOS_DATABASE_URL another server is used and CHAOS_PG_RESTART_CMD restarts it.
 */
export async function startPostgres(cfg, log) {
  if (cfg.databaseUrl) {
    log(`PostgreSQL: extern / external (CHAOS_DATABASE_URL), herstart met / restart with: ${cfg.pgRestartCmd}`);
    await wachtOpPostgres(cfg.databaseUrl, 10_000);
    return {
      url: cfg.databaseUrl,
      beschrijving: 'extern (CHAOS_DATABASE_URL)',
      async herstart() {
        const t0 = performance.now();
        await run(cfg.pgRestartCmd, [], { shell: true });
        await wachtOpPostgres(cfg.databaseUrl);
        return (performance.now() - t0) / 1000;
      },
      async stop() {},
    };
  }
  const bin = (naam) => join(cfg.pgBin, naam);
  const dir = mkdtempSync('/tmp/woonstart-chaos-pg-');
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const [uid, gid] = execSync('id -u postgres && id -g postgres').toString().trim().split('\n').map(Number);
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  log(`PostgreSQL: wegwerpcluster / throw-away cluster in ${dir}, poort/port ${cfg.pgPoort}`);
  await alsPostgres(bin('initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Durable as in production (fsync on): the test is that committed work survives a crash.
  const opties = [
    `-p ${cfg.pgPoort}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", '-c max_connections=200',
    '-c shared_buffers=128MB', '-c fsync=on', '-c synchronous_commit=on',
  ].join(' ');
  await alsPostgres(bin('pg_ctl'), ['-D', data, '-l', join(dir, 'postgres.log'), '-o', opties, '-w', '-t', '60', 'start']);
  const adminUrl = `postgres://postgres@127.0.0.1:${cfg.pgPoort}/postgres`;
  const admin = await verbind(adminUrl);
  await admin.query('CREATE DATABASE woonstart_chaos');
  const { server_version: version } = (await admin.query('SHOW server_version')).rows[0];
  await admin.end();
  const url = `postgres://postgres@127.0.0.1:${cfg.pgPoort}/woonstart_chaos`;
  return {
    url,
    beschrijving: `wegwerpcluster PostgreSQL ${version} (${dir}, poort ${cfg.pgPoort})`,
    /** Immediate stop (no checkpoint, like a power cut) and start: seconds until queries work again. */
    async herstart() {
      const t0 = performance.now();
      await alsPostgres(bin('pg_ctl'), ['-D', data, '-l', join(dir, 'postgres.log'), '-m', 'immediate', '-w', '-t', '60', 'restart']);
      await wachtOpPostgres(url);
      return (performance.now() - t0) / 1000;
    },
    async stop() {
      await alsPostgres(bin('pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
