import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Newest modification time (ms) of the files the api bundle is built from (sources, not tests). */
function newestSource(root) {
  const dirs = ['api/src', 'db/src', 'libs'];
  const files = ['api/webpack.config.cjs', 'api/tsconfig.app.json', 'api/tsconfig.json', 'tsconfig.base.json'];
  let newest = 0;
  let newestPath = '';
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules') visit(join(p, e));
    } else if ((files.some((f) => p.endsWith(f)) || (/\.ts$/.test(p) && !/\.(spec|integration-spec)\.ts$/.test(p) && !/[\\/]testing[\\/]/.test(p))) && st.mtimeMs > newest) {
      newest = st.mtimeMs;
      newestPath = p;
    }
  };
  for (const d of dirs) visit(join(root, d));
  for (const f of files) visit(join(root, f));
  return { newest, newestPath };
}

/**
 * Builds dist/api/main.js when it is missing or older than its sources. `outDir` builds a
 * private copy elsewhere (the chaos test restarts the api from it while others rebuild dist/api).
 */
export async function ensureApiBuilt(root, { skip = false, log = console.log, outDir = 'dist/api' } = {}) {
  const main = join(root, outDir, 'main.js');
  if (skip) {
    if (!existsSync(main)) throw new Error('BENCH_SKIP_BUILD is gezet maar dist/api/main.js ontbreekt / is set but dist/api/main.js is missing.');
    log('api: build overgeslagen (BENCH_SKIP_BUILD) / build skipped');
    return { built: false, reason: 'skipped' };
  }
  const { newest, newestPath } = newestSource(root);
  if (existsSync(main) && statSync(main).mtimeMs >= newest) {
    log('api: dist/api/main.js is actueel / up to date');
    return { built: false, reason: 'up-to-date' };
  }
  const reason = existsSync(main) ? `ouder dan / older than ${newestPath.slice(root.length + 1)}` : 'ontbreekt / missing';
  log(`api: bouwen / building (dist/api/main.js ${reason}) ...`);
  const started = Date.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/webpack-cli/bin/cli.js'), 'build', '--config', 'api/webpack.config.cjs', '--output-path', join(root, outDir)], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (c, sig) => resolve(sig ? 1 : c));
  });
  if (code !== 0 || !existsSync(main)) throw new Error(`De api-build is mislukt / the api build failed (exit ${code}).`);
  log(`api: gebouwd in / built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { built: true, reason, seconds: (Date.now() - started) / 1000 };
}

function tryPort(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', () => resolve(null));
    srv.listen(port, '127.0.0.1', () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
}

/**
 * A free port: the first free one of BENCH_PORTS ("4400-4449"), so the benchmark keeps to a
 * known range on a shared machine, or any free port when BENCH_PORTS is not set.
 */
export async function freePort(range = process.env.BENCH_PORTS) {
  const m = /^(\d+)-(\d+)$/.exec(range ?? '');
  if (m) {
    for (let p = Number(m[1]); p <= Number(m[2]); p++) {
      const got = await tryPort(p);
      if (got) return got;
    }
    throw new Error(`Geen vrije poort in BENCH_PORTS=${range} / no free port in range`);
  }
  const got = await tryPort(0);
  if (!got) throw new Error('Geen vrije poort / no free port');
  return got;
}

/**
 * Starts `node dist/api/main.js` (or `entry`) with the benchmark environment, waits for
 * GET /api/health = 200 and returns a handle to stop it. Its output goes to logFile.
 */
export async function startApi(root, { entry = join(root, 'dist/api/main.js'), databaseUrl, poolSize, logFile, healthTimeoutMs = 180_000, onSpawn = () => {} }) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    WEB_DIST: '',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    DEV_LOGIN: 'true',
    DB_POOL_SIZE: String(poolSize),
  };
  // The dev login is only allowed in embedded mode or with NODE_ENV=development/test; the
  // benchmark logs in with it on a real PostgreSQL, so it runs the api in development mode.
  env.NODE_ENV = 'development';
  const out = createWriteStream(logFile);
  const tail = [];
  const counts = { lines: 0, warn: 0, error: 0, fatal: 0 };
  const onData = (chunk) => {
    out.write(chunk);
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      counts.lines++;
      const m = /"level":(\d+)/.exec(line);
      if (m) {
        const lvl = Number(m[1]);
        if (lvl >= 60) counts.fatal++;
        else if (lvl >= 50) counts.error++;
        else if (lvl >= 40) counts.warn++;
      }
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const handle = {
    pid: child.pid,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    logCounts: counts,
    tail: () => tail.join('\n'),
    get exited() {
      return exited;
    },
    /** SIGTERM (the api closes its pool), SIGKILL after 10 s. Safe to call more than once. */
    stop() {
      stopping ??= (async () => {
        if (!exited) {
          child.kill('SIGTERM');
          const t = await Promise.race([exitPromise, sleep(10_000).then(() => null)]);
          if (!t) {
            child.kill('SIGKILL');
            await exitPromise;
          }
        }
        await new Promise((r) => out.end(r));
        return exited;
      })();
      return stopping;
    },
  };
  let stopping = null;
  // Registered for cleanup before the health wait, so an interrupt during start-up still stops it.
  onSpawn(handle);

  const deadline = Date.now() + healthTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      await handle.stop();
      throw new Error(`De api stopte tijdens het starten / the api exited during start-up (code ${exited.code}, signal ${exited.signal}). Laatste uitvoer / last output:\n${handle.tail()}`);
    }
    try {
      const res = await fetch(`${handle.baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return handle;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await handle.stop();
  throw new Error(`GET /api/health gaf binnen ${healthTimeoutMs / 1000} s geen 200 / did not return 200 within ${healthTimeoutMs / 1000} s. Laatste uitvoer / last output:\n${handle.tail()}`);
}
