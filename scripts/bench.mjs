#!/usr/bin/env node
// npm run bench: load benchmark of the Woonstart api on real PostgreSQL.
//
//   1. builds dist/api/main.js when it is missing or stale;
//   2. uses DATABASE_URL, or creates a throw-away database woonstart_bench_<timestamp> (dropped again);
//   3. starts the api (demo seed, dev-login) and logs in as zorgmedewerker and commissielid;
//   4. transitions: N clients each drive their own case through the whole chain for BENCH_SECONDS;
//   5. reads as commissielid: the work list and case details;
//   6. prints a table and writes bench/results/latest.json.
//
// There are no thresholds: the exit code is 0 when the benchmark ran, 1 when more than 1% of
// the requests of a scenario failed or the run broke off, 2 when PostgreSQL is not reachable.
// See bench/README.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureApiBuilt, startApi } from '../bench/lib/api-process.mjs';
import { loadBenchConfig } from '../bench/lib/config.mjs';
import { cpuMeter } from '../bench/lib/cpu.mjs';
import { countRows, describeDatabase, PostgresOnbereikbaar, prepareDatabase, redactUrl, startActivitySampler } from '../bench/lib/database.mjs';
import { ApiClient, devLogin } from '../bench/lib/http.mjs';
import { printReport } from '../bench/lib/report.mjs';
import { runReads, runTransitions } from '../bench/lib/scenarios.mjs';
import { runSimulatieBench } from '../bench/lib/simulatie.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench/results');
const MAX_ERROR_RATE = 0.01;

const log = (msg) => console.log(`[bench] ${msg}`);

// Everything that must be undone, newest first: the api process, then the database.
const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const { name, fn } = cleanups.pop();
      try {
        await fn();
      } catch (e) {
        console.error(`[bench] opruimen mislukt / cleanup failed (${name}): ${e.message ?? e}`);
      }
    }
  })();
  return cleaning;
}
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    interrupted = true;
    console.error(`\n[bench] ${sig} ontvangen, opruimen / received, cleaning up ...`);
    cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const cfg = loadBenchConfig();
  const loadAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  mkdirSync(resultsDir, { recursive: true });
  // The year simulation is a pure rule: timed first, on its own, before the api and database load the machine.
  const simulatie = await runSimulatieBench(root, { log });

  const build = cfg.apiEntry
    ? { built: false, reason: `BENCH_API_ENTRY=${cfg.apiEntry}` }
    : await ensureApiBuilt(root, { skip: cfg.skipBuild, log });
  const entry = cfg.apiEntry ? resolve(cfg.apiEntry) : join(root, 'dist/api/main.js');
  if (cfg.apiEntry) log(`api: ${entry} (BENCH_API_ENTRY; geen build / no build)`);

  const db = await prepareDatabase(cfg);
  if (db.created) {
    log(`database: ${db.name} aangemaakt / created (wordt na afloop verwijderd / dropped afterwards)`);
    cleanups.push({
      name: `DROP DATABASE ${db.name}`,
      fn: async () => {
        await db.drop();
        log(`database: ${db.name} verwijderd / dropped`);
      },
    });
  } else {
    log(`database: DATABASE_URL ${redactUrl(db.url)} (wordt niet verwijderd; het benchmark voegt er zaken aan toe / not dropped; the benchmark adds cases to it)`);
  }

  const apiLogFile = join(resultsDir, 'api-latest.log');
  log('api: starten / starting (migraties en demo-seed / migrations and demo seed) ...');
  const startedAt = Date.now();
  const api = await startApi(root, {
    entry,
    databaseUrl: db.url,
    poolSize: cfg.poolSize,
    logFile: apiLogFile,
    onSpawn: (handle) =>
      cleanups.push({
        name: `api pid ${handle.pid}`,
        fn: async () => {
          const e = await handle.stop();
          log(`api: gestopt / stopped (pid ${handle.pid}, ${e?.signal ?? `exit ${e?.code}`})`);
        },
      }),
  });
  log(`api: klaar op / ready on ${api.baseUrl} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${api.pid})`);

  const client = new ApiClient(api.baseUrl, { timeoutMs: cfg.requestTimeoutMs });
  // On Ctrl-C the clients stop first, so the api can shut down gracefully.
  cleanups.push({ name: 'clients', fn: async () => client.abort() });
  const zorg = await devLogin(client, 'zorg@parnassia.demo');
  const commissie = await devLogin(client, 'commissie@haaglanden.demo');
  const commissie2 = await devLogin(client, 'commissie2@haaglanden.demo');
  const tokens = { zorg: zorg.token, commissie: commissie.token, commissie2: commissie2.token };
  log(`ingelogd / logged in: ${zorg.gebruiker.naam} (${zorg.gebruiker.rol}), ${commissie.gebruiker.naam} (${commissie.gebruiker.rol})`);

  const database = await describeDatabase(db.url);
  const before = await countRows(db.url);

  const sampler = await startActivitySampler(db.url, db.name);
  cleanups.push({ name: 'pg_stat_activity sampler', fn: () => sampler.stop() });
  const cpu = cpuMeter(api.pid);
  const transitions = await runTransitions(client, tokens, { concurrency: cfg.concurrency, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds, log });
  const cpuTransitions = cpu.stop();
  const activity = await sampler.stop();
  if (api.exited) throw new Error(`De api is tijdens het benchmark gestopt / the api died during the benchmark (${JSON.stringify(api.exited)}):\n${api.tail()}`);
  if (client.aborted) throw new Error('afgebroken / aborted');

  const cpuR = cpuMeter(api.pid);
  const reads = await runReads(client, tokens.commissie, { requests: cfg.readRequests, concurrency: cfg.readConcurrency, warmup: cfg.readWarmup, log });
  const cpuReads = cpuR.stop();
  if (api.exited) throw new Error(`De api is tijdens het benchmark gestopt / the api died during the benchmark (${JSON.stringify(api.exited)}):\n${api.tail()}`);

  const after = await countRows(db.url);

  const result = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
      totalMemoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      build,
      database: { ...database, created: db.created, name: db.name, url: redactUrl(db.url) },
      poolSize: cfg.poolSize,
      requestTimeoutMs: cfg.requestTimeoutMs,
      transitions: { concurrency: cfg.concurrency, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds },
      reads: { requests: cfg.readRequests, concurrency: cfg.readConcurrency, warmup: cfg.readWarmup },
      counts: { before, after },
    },
    transitions,
    reads,
    cpu: { duringTransitions: cpuTransitions, duringReads: cpuReads },
    simulatie,
    database: { activityDuringTransitions: activity },
    apiLog: { file: relative(root, apiLogFile), ...api.logCounts },
  };

  const scenarios = { transitions: transitions.transitions, creates: transitions.creates, list: reads.list, detail: reads.detail };
  // A short window can hold no complete create (every client is mid-chain), so only the others must have requests.
  const failing = Object.entries(scenarios).filter(([k, r]) => (k !== 'creates' && r.ok === 0) || r.errorRate > MAX_ERROR_RATE);
  result.verdict = {
    maxErrorRate: MAX_ERROR_RATE,
    errorRates: Object.fromEntries(Object.entries(scenarios).map(([k, r]) => [k, Math.round(r.errorRate * 1e5) / 1e5])),
    ok: failing.length === 0,
    failing: failing.map(([k]) => k),
  };

  const json = JSON.stringify(result, null, 2) + '\n';
  writeFileSync(join(resultsDir, 'latest.json'), json);
  writeFileSync(join(resultsDir, `bench-${result.meta.date.replace(/[:.]/g, '-')}.json`), json);
  printReport(result);
  console.log(`\n[bench] simulatie (standaard regiojaar ${simulatie.jaar}): ${simulatie.zaken} zaken, ${simulatie.woningen} woningen; ${simulatie.runsMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`);
  console.log(`\n[bench] resultaten / results: ${relative(root, join(resultsDir, 'latest.json'))}`);
  if (failing.length) {
    console.error(`[bench] MEER DAN 1% FOUTEN / MORE THAN 1% ERRORS in: ${result.verdict.failing.join(', ')}`);
    return 1;
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  if (interrupted) {
    code = 130;
  } else if (e instanceof PostgresOnbereikbaar) {
    console.error(`[bench] ${e.message}`);
    code = 2;
  } else {
    console.error(`[bench] Het benchmark kon niet draaien / the benchmark could not run: ${e?.stack ?? e}`);
    code = 1;
  }
} finally {
  await cleanup();
}
process.exit(interrupted ? 130 : code);
