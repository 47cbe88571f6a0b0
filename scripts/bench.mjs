#!/usr/bin/env node
// npm run bench: Woonstart at scale, on real PostgreSQL, in one run (issue 6 §4).
//
//   1. the year simulation (a pure rule, timed first on a quiet machine);
//   2. builds dist/api/main.js when it is missing or stale;
//   3. uses DATABASE_URL, or creates a throw-away database (dropped again);
//   4. migrates and demo-seeds it (one api start), then bulk-seeds cases up to BENCH_ZAKEN
//      (default 1,000,000) with their transitions and access log (bench/lib/seed-miljoen.mjs);
//   5. starts the api and checks through it that seeded cases open, list and take events;
//   6. reads: filtered case list and case detail; the monitor for one year and for all years;
//   7. transitions through the api at each client count (16 and 50), then — api stopped — the
//      same transitions as raw SQL at the same client counts and pool size;
//   8. prints the goals table and writes bench/results/latest.json.
//
// Exit code: 0 when the benchmark ran (a missed goal is a figure, not a failure); 1 when more
// than 1% of the requests of a scenario failed, the seed check failed or the run broke off;
// 2 when PostgreSQL is not reachable; 130 when interrupted. See bench/README.md.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureApiBuilt, startApi } from '../bench/lib/api-process.mjs';
import { loadBenchConfig } from '../bench/lib/config.mjs';
import { cpuMeter } from '../bench/lib/cpu.mjs';
import { countRows, describeDatabase, PostgresOnbereikbaar, prepareDatabase, redactUrl, startActivitySampler } from '../bench/lib/database.mjs';
import { ApiClient, devLogin } from '../bench/lib/http.mjs';
import { rawKeten, ruimRawOutboxOp, runRawTransitions } from '../bench/lib/raw-transities.mjs';
import { doelen, printReport } from '../bench/lib/report.mjs';
import { BENCH_GEMEENTEN, rijversieUit, runDetail, runLijst, runMonitor, runTransitions, transitionChain } from '../bench/lib/scenarios.mjs';
import { controleerSeed, steekproefIds } from '../bench/lib/seed-controle.mjs';
import { ACHTERNAMEN, seedMiljoen, VOORNAMEN } from '../bench/lib/seed-miljoen.mjs';
import { laadWorkflow } from '../bench/lib/seed-paden.mjs';
import { runSimulatieBench } from '../bench/lib/simulatie.mjs';
import { meetInitieleJs } from './web-budget.mjs';

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

/** Starts the api and registers it for cleanup; `stop()` stops it and removes the registration. */
async function api(entry, db, cfg, logFile, healthTimeoutMs = 180_000) {
  const startedAt = Date.now();
  let entryRef = null;
  const handle = await startApi(root, {
    entry,
    databaseUrl: db.url,
    poolSize: cfg.poolSize,
    logFile,
    healthTimeoutMs,
    onSpawn: (h) => {
      entryRef = { name: `api pid ${h.pid}`, fn: async () => h.stop() };
      cleanups.push(entryRef);
    },
  });
  log(`api: klaar op / ready on ${handle.baseUrl} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${handle.pid})`);
  return {
    handle,
    async stop() {
      const e = await handle.stop();
      const i = cleanups.indexOf(entryRef);
      if (i >= 0) cleanups.splice(i, 1);
      log(`api: gestopt / stopped (pid ${handle.pid}, ${e?.signal ?? `exit ${e?.code}`})`);
    },
  };
}

function assertAlive(a) {
  if (a.handle.exited) throw new Error(`De api is tijdens het benchmark gestopt / the api died during the benchmark (${JSON.stringify(a.handle.exited)}):\n${a.handle.tail()}`);
}

/**
 * Does the api honour Prefer: return=minimal on events? Sent once to a fresh case: used when
 * the api says so (Preference-Applied) and the answer still tells the new row version.
 */
async function probeerMinimaal(client, tokens, chain) {
  const created = await client.call('POST', '/api/zaken', { token: tokens.zorg, body: { categorie: 'BW', behandelendeGemeente: '0518', aanvrager: { voornamen: 'Bench', achternaam: 'Probe', geboortedatum: '1990-01-01' }, huishouden: [], inschrijvingen: [{ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2015-01-01', tot: null }], opnames: [], begeleidingAkkoord: true } });
  if (!created.ok) return { minimaal: false, reden: `aanmaken mislukt / create failed: HTTP ${created.status}` };
  const r = await client.call('POST', `/api/zaken/${created.body.id}/events`, { token: tokens[chain[0].as], headers: { prefer: 'return=minimal' }, body: { type: chain[0].type, rowVersion: created.body.rowVersion, payload: chain[0].payload } });
  const applied = /return=minimal/i.test(r.headers?.get?.('preference-applied') ?? '');
  const rv = rijversieUit(r);
  return { minimaal: r.ok && applied && rv === created.body.rowVersion + 1, status: r.status, preferenceApplied: applied, bytes: r.text.length, rowVersion: rv };
}

async function main() {
  const cfg = loadBenchConfig();
  const loadAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  mkdirSync(resultsDir, { recursive: true });
  const simulatie = await runSimulatieBench(root, { log });

  const build = cfg.apiEntry
    ? { built: false, reason: `BENCH_API_ENTRY=${cfg.apiEntry}` }
    : await ensureApiBuilt(root, { skip: cfg.skipBuild, log });
  const entry = cfg.apiEntry ? resolve(cfg.apiEntry) : join(root, 'dist/api/main.js');

  const db = await prepareDatabase(cfg);
  if (db.created) {
    log(`database: ${db.name} aangemaakt / created (wordt na afloop verwijderd / dropped afterwards)`);
    cleanups.push({ name: `DROP DATABASE ${db.name}`, fn: async () => { await db.drop(); log(`database: ${db.name} verwijderd / dropped`); } });
  } else {
    log(`database: DATABASE_URL ${redactUrl(db.url)} (wordt niet verwijderd / not dropped)`);
  }
  const apiLogFile = join(resultsDir, 'api-latest.log');

  // Migrations and demo data come from the api itself; then the bulk seed fills up to BENCH_ZAKEN.
  log('api: starten voor migraties en demo-seed / starting for migrations and demo seed ...');
  // Migrating and demo-seeding an empty database takes a while on a busy machine.
  const eerste = await api(entry, db, cfg, join(resultsDir, 'api-migrate.log'), 600_000);
  await eerste.stop();
  const vooraf = await countRows(db.url);
  let seed = { aantal: 0, seconden: 0, reden: `al ${vooraf.zaken} zaken / already ${vooraf.zaken} cases` };
  if (vooraf.zaken < cfg.zaken) {
    log(`seed: ${cfg.zaken - vooraf.zaken} zaken toevoegen / adding cases (${vooraf.zaken} aanwezig / present) ...`);
    seed = await seedMiljoen({ root, databaseUrl: db.url, aantal: cfg.zaken - vooraf.zaken, log });
  }
  if (interrupted) throw new Error('afgebroken / aborted');

  const a = await api(entry, db, cfg, apiLogFile);
  const client = new ApiClient(a.handle.baseUrl, { timeoutMs: cfg.requestTimeoutMs });
  cleanups.push({ name: 'clients', fn: async () => client.abort() });
  const zorg = await devLogin(client, 'zorg@parnassia.demo');
  const commissie = await devLogin(client, 'commissie@haaglanden.demo');
  const commissie2 = await devLogin(client, 'commissie2@haaglanden.demo');
  const coordinator = await devLogin(client, 'coordinator@haaglanden.demo');
  const tokens = { zorg: zorg.token, commissie: commissie.token, commissie2: commissie2.token, coordinator: coordinator.token };

  const database = await describeDatabase(db.url);
  const before = await countRows(db.url);

  const seedcontrole = await controleerSeed(client, tokens, db.url, { voornamen: VOORNAMEN, achternamen: ACHTERNAMEN, log });
  assertAlive(a);

  // Reads first, on the seeded data as it is.
  const ids = await steekproefIds(db.url);
  const leesOpties = { requests: cfg.readRequests, concurrency: cfg.readConcurrency, warmup: cfg.readWarmup, log };
  const lijst = await runLijst(client, tokens.commissie, leesOpties);
  const detail = await runDetail(client, tokens.commissie, ids, leesOpties);
  assertAlive(a);
  const jaarPad = `/api/monitor?jaar=${cfg.monitorJaar}`;
  const monitorClient = new ApiClient(a.handle.baseUrl, { timeoutMs: cfg.monitorTimeoutMs });
  cleanups.push({ name: 'monitor client', fn: async () => monitorClient.abort() });
  const monitorOpties = { requests: cfg.monitorRequests, warmup: 1, maxSeconds: cfg.monitorMaxSeconds, log };
  const monitor = { jaar: { pad: jaarPad, ...(await runMonitor(monitorClient, tokens.coordinator, jaarPad, monitorOpties)) } };
  const alleJaren = await alleJarenPad(monitorClient, tokens.coordinator);
  monitor.alleJarenToelichting = alleJaren.toelichting;
  // The probe was the warm-up.
  if (alleJaren.pad) monitor.alleJaren = { pad: alleJaren.pad, ...(await runMonitor(monitorClient, tokens.coordinator, alleJaren.pad, { ...monitorOpties, warmup: 0 })) };
  assertAlive(a);

  // Transitions through the api, per client count.
  const today = new Date().toISOString().slice(0, 10);
  const chain = transitionChain(today);
  const probe = cfg.preferMinimal === 'auto' ? await probeerMinimaal(client, tokens, chain) : { minimaal: cfg.preferMinimal === '1', reden: `BENCH_PREFER_MINIMAL=${cfg.preferMinimal}` };
  const eventHeaders = probe.minimaal ? { prefer: 'return=minimal' } : {};
  log(`events: ${probe.minimaal ? 'Prefer: return=minimal' : 'volledig antwoord / full response'} (${JSON.stringify(probe)})`);
  const transities = [];
  for (const concurrency of cfg.concurrencies) {
    const sampler = await startActivitySampler(db.url, db.name);
    cleanups.push({ name: 'pg_stat_activity sampler', fn: () => sampler.stop() });
    const cpu = cpuMeter(a.handle.pid);
    const r = await runTransitions(client, tokens, { concurrency, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds, eventHeaders, log });
    transities.push({ concurrency, api: r, cpu: cpu.stop(), activity: await sampler.stop() });
    assertAlive(a);
    if (client.aborted) throw new Error('afgebroken / aborted');
  }
  const apiLog = { file: relative(root, apiLogFile), ...a.handle.logCounts };
  // Raw SQL with the api stopped: its workers would otherwise process the raw rows' outbox.
  await a.stop();
  const wf = await laadWorkflow(root);
  const actorRij = async (email) => {
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const { rows } = await c.query('SELECT id, naam, rol, organisatie_id AS "organisatieId" FROM gebruiker WHERE email = $1', [email]);
      return rows[0];
    } finally {
      await c.end();
    }
  };
  const actoren = { zorg: await actorRij('zorg@parnassia.demo'), commissie: await actorRij('commissie@haaglanden.demo'), commissie2: await actorRij('commissie2@haaglanden.demo') };
  // Midden-Delfland's demo policy has no four eyes; verrijk.ts puts that on ONTVANKELIJK_VERKLAREN.
  const ketens = Object.fromEntries(Object.keys(BENCH_GEMEENTEN).map((g) => [g, rawKeten(wf, transitionChain(today, g), actoren, { gemeente: g, vierOgen: g !== '1842' })]));
  for (const fase of transities) {
    const raw = await runRawTransitions(db.url, ketens, actoren.zorg, { concurrency: fase.concurrency, poolSize: cfg.poolSize, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds, log });
    await ruimRawOutboxOp(db.url, raw.zaken);
    delete raw.zaken;
    fase.raw = raw;
    if (interrupted) throw new Error('afgebroken / aborted');
  }
  const after = await countRows(db.url);

  let web = null;
  const webDist = process.env.BENCH_WEB_DIST || join(root, 'dist/web');
  if (existsSync(webDist)) {
    try {
      web = meetInitieleJs(webDist);
    } catch (e) {
      web = { fout: e.message };
    }
  } else {
    web = { fout: `${relative(root, webDist)} ontbreekt; bouw de web-app of zet BENCH_WEB_DIST / missing: build the web app` };
  }

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
      settings: {
        zaken: cfg.zaken, concurrencies: cfg.concurrencies, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds, readRequests: cfg.readRequests, readConcurrency: cfg.readConcurrency,
        readWarmup: cfg.readWarmup, monitorRequests: cfg.monitorRequests, monitorMaxSeconds: cfg.monitorMaxSeconds, monitorTimeoutMs: cfg.monitorTimeoutMs, monitorJaar: cfg.monitorJaar,
      },
      counts: { before, after },
    },
    seed,
    seedcontrole,
    eventsMinimaal: probe.minimaal,
    preferProbe: probe,
    lezen: { lijst, detail, detailIdsSampled: ids.length },
    monitor,
    transities,
    simulatie,
    web,
    apiLog,
  };
  result.doelen = doelen(result);

  const scenarios = {
    lijst, detail, 'monitor jaar': monitor.jaar, ...(monitor.alleJaren ? { 'monitor alle jaren': monitor.alleJaren } : {}),
    ...Object.fromEntries(transities.flatMap((f) => [[`api ${f.concurrency}`, f.api.transitions], [`raw ${f.concurrency}`, f.raw.transitions]])),
  };
  const failing = Object.entries(scenarios).filter(([, r]) => r.ok === 0 || r.errorRate > MAX_ERROR_RATE).map(([k]) => k);
  if (!seedcontrole.ok) failing.push('seedcontrole');
  result.verdict = {
    maxErrorRate: MAX_ERROR_RATE,
    errorRates: Object.fromEntries(Object.entries(scenarios).map(([k, r]) => [k, Math.round(r.errorRate * 1e5) / 1e5])),
    ok: failing.length === 0,
    failing,
  };

  const json = JSON.stringify(result, null, 2) + '\n';
  writeFileSync(join(resultsDir, 'latest.json'), json);
  writeFileSync(join(resultsDir, `bench-${result.meta.date.replace(/[:.]/g, '-')}.json`), json);
  printReport(result);
  console.log(`\n[bench] resultaten / results: ${relative(root, join(resultsDir, 'latest.json'))}`);
  if (failing.length) {
    console.error(`[bench] MISLUKT / FAILED: ${failing.join(', ')}`);
    return 1;
  }
  return 0;
}

/**
 * The monitor over all years, if the api offers it: `jaar=alle` (MONITOR_ALLE_JAREN). An api
 * without it refuses the value with 400; any other answer (also an error) is measured.
 */
async function alleJarenPad(client, token) {
  const pad = '/api/monitor?jaar=alle';
  const r = await client.call('GET', pad, { token });
  if (r.status === 400) return { pad: null, toelichting: `GET ${pad} gaf HTTP 400: de api kent geen monitor over alle jaren / the api has no all-years monitor (${r.text.slice(0, 200)})` };
  return { pad, toelichting: r.ok ? null : `eerste verzoek / first request: HTTP ${r.status}` };
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
