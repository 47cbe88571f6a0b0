#!/usr/bin/env node
// npm run chaos: nothing lost, nothing doubled (issue 6 §1), against a real PostgreSQL.
//
//   1. builds the api into tmp/chaos-api (a private bundle: other work may rebuild dist/api meanwhile);
//   2. starts a throw-away PostgreSQL cluster under /tmp on its own port (or CHAOS_DATABASE_URL);
//   3. starts two api replicas on one database (ports 4101 and 4102), sharing only the JWT secret;
//   4. checks that a login on one replica is valid on the other;
//   5. crash test: CHAOS_TRANSITIES case transitions from CHAOS_CLIENTS clients over both replicas,
//      a replica SIGKILLed and restarted every CHAOS_KILL_INTERVAL_MS, PostgreSQL restarted once; then the
//      database is checked: every acknowledged transition exactly once, nothing half-written;
//   6. conflict test: the clients race for one case, CHAOS_CONFLICT_RONDES rounds: one winner each;
//   7. durable deadlines: CHAOS_TERMIJNEN jobs come due while the replicas (both running the job
//      worker) are killed and PostgreSQL restarts: each fires exactly once;
//   8. prints the figures and writes chaos/results/latest.json.
//
// Exit code: 0 all checks held; 1 a violation (listed) or the run broke off; 130 interrupted.
// Quick mode for development: CHAOS_TRANSITIES=1000 npm run chaos. See chaos/README.md.

import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureApiBuilt } from '../bench/lib/api-process.mjs';
import { ApiClient, devLogin } from '../bench/lib/http.mjs';
import { loadChaosConfig } from '../chaos/lib/config.mjs';
import { conflictTest } from '../chaos/lib/conflict.mjs';
import { controleerCrash } from '../chaos/lib/controle.mjs';
import { crashTest } from '../chaos/lib/crash.mjs';
import { startPostgres } from '../chaos/lib/postgres.mjs';
import { Replica } from '../chaos/lib/replica.mjs';
import { termijnenTest } from '../chaos/lib/termijnen.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'chaos/results');
const log = (msg) => console.log(`[chaos] ${msg}`);

const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const { naam, fn } = cleanups.pop();
      try {
        await fn();
      } catch (e) {
        console.error(`[chaos] opruimen mislukt / cleanup failed (${naam}): ${e.message ?? e}`);
      }
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    console.error(`\n[chaos] ${sig}: opruimen / cleaning up ...`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Logs in on one replica and uses the token on the other: sessions are JWTs with a shared secret, nothing in process memory. */
async function inloggen(replicas) {
  const [a, b] = replicas.map((r) => new ApiClient(r.baseUrl, { timeoutMs: 20_000 }));
  const emails = { zorg: 'zorg@parnassia.demo', commissie: 'commissie@haaglanden.demo', commissie2: 'commissie2@haaglanden.demo', coordinator: 'coordinator@haaglanden.demo' };
  const tokens = {};
  for (const [rol, email] of Object.entries(emails)) tokens[rol] = (await devLogin(a, email)).token;
  const opB = await b.call('GET', '/api/users/me', { token: tokens.zorg });
  const vanB = await devLogin(b, emails.commissie);
  const opA = await a.call('GET', '/api/users/me', { token: vanB.token });
  const controle = {
    loginOpAGeldigOpB: opB.status === 200 && opB.body?.email === emails.zorg,
    loginOpBGeldigOpA: opA.status === 200 && opA.body?.email === emails.commissie,
  };
  if (!controle.loginOpAGeldigOpB || !controle.loginOpBGeldigOpA) throw new Error(`Login geldt niet op de andere replica / login not valid on the other replica: ${opB.status} ${opA.status}`);
  return { tokens, controle };
}

async function main() {
  const cfg = loadChaosConfig();
  const runId = `${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 12)}${randomBytes(2).toString('hex')}`;
  mkdirSync(resultsDir, { recursive: true });
  const t0 = Date.now();
  log(`run ${runId}: ${cfg.transities} transities / transitions, ${cfg.clients} clients, kill elke / every ${cfg.killIntervalMs} ms, ${cfg.conflictRondes} conflictrondes, ${cfg.termijnen} termijnen`);

  const entry = cfg.apiEntry ? resolve(cfg.apiEntry) : join(root, 'tmp/chaos-api/main.js');
  const build = cfg.apiEntry ? { built: false, reason: 'CHAOS_API_ENTRY' } : await ensureApiBuilt(root, { skip: cfg.skipBuild, log, outDir: 'tmp/chaos-api' });

  const postgres = await startPostgres(cfg, log);
  if (!process.env.CHAOS_KEEP_PG) cleanups.push({ naam: 'postgres', fn: () => postgres.stop() });

  // One secret for all replicas: a token signed by one is valid on every other.
  const jwtSecret = randomBytes(32).toString('hex');
  const replicas = cfg.poorten.map((poort, i) => {
    const naam = `api-${'ab'[i]}`;
    const url = new URL(postgres.url);
    url.searchParams.set('application_name', `chaos-${naam}`);
    return new Replica({
      naam, poort, entry, cwd: root, log, logPad: join(resultsDir, `${naam}.log`),
      env: {
        ...process.env, DATABASE_URL: url.toString(), JWT_SECRET: jwtSecret, NODE_ENV: 'development', DEV_LOGIN: 'true', SEED_DEMO: 'true',
        WEB_DIST: '', LOG_LEVEL: 'error', DB_POOL_SIZE: String(cfg.poolSize), TAKEN_INTERVAL_MS: String(cfg.takenIntervalMs), MELDINGEN_INTERVAL_MS: '2000',
      },
    });
  });
  for (const r of replicas) cleanups.push({ naam: r.naam, fn: () => r.stop() });
  // The first migrates and seeds; the second finds that done (they take an advisory lock for it).
  for (const r of replicas) {
    await r.start();
    log(`${r.naam} draait op / runs on ${r.baseUrl} (${r.startSeconden.at(-1).toFixed(1)} s)`);
  }

  const { tokens, controle: login } = await inloggen(replicas);
  log('login op de ene replica is geldig op de andere / a login on one replica is valid on the other: ja/yes');
  // Room under the cap for every placement of the run (the chain ends with a placement in Den Haag).
  const jaar = new Date().getFullYear();
  const plafond = await new ApiClient(replicas[0].baseUrl).call('PUT', `/api/plaatsingsruimte/0518/${jaar}`, {
    token: tokens.coordinator,
    body: { verwachteMutaties: 100000, verwachteMutatiesOnderAftopping: 100000, aandeel: 1, basis: 'sociaal', uitzonderingen: [], motivering: 'Chaostest: ruimte voor alle plaatsingen.' },
  });
  if (!plafond.ok) throw new Error(`Plafond zetten mislukt / setting the cap failed: ${plafond.status} ${plafond.text.slice(0, 300)}`);

  log(`crashtest: ${cfg.transities} transities / transitions ...`);
  const crash = await crashTest({ cfg, replicas, postgres, tokens, runId, log });
  const crashControle = await controleerCrash(postgres.url, crash, runId);
  const crashSchendingen = [...crashControle.schendingen, ...crash.afwijkingen.map((a) => `niet bevestigd / not acknowledged: ${a}`)];
  if (crash.kills.length < cfg.minKills) crashSchendingen.push(`${crash.kills.length} kills, minder dan / fewer than ${cfg.minKills}`);
  if (!crash.pgHerstart) crashSchendingen.push('PostgreSQL is niet herstart / was not restarted');
  log(`crashtest klaar / done in ${crash.duurSeconden} s: ${crashSchendingen.length} schendingen / violations`);

  log(`conflicttest: ${cfg.conflictRondes} rondes / rounds x ${cfg.clients} clients ...`);
  const conflict = await conflictTest({ cfg, replicas, tokens, databaseUrl: postgres.url, runId, log });
  log(`conflicttest klaar / done in ${conflict.duurSeconden} s: ${conflict.schendingen.length} schendingen / violations`);

  log(`termijnen / deadlines: ${cfg.termijnen} ...`);
  const termijnen = await termijnenTest({ cfg, replicas, postgres, tokens, databaseUrl: postgres.url, runId, log });
  if (termijnen.workersGezien.length < replicas.length) termijnen.schendingen.push(`taakworkers gezien / job workers seen: ${termijnen.workersGezien.join(', ') || 'geen'} (verwacht beide replicas)`);
  log(`termijnen klaar / done: ${termijnen.schendingen.length} schendingen / violations`);

  const resultaat = {
    run: runId,
    datum: new Date().toISOString(),
    duurSeconden: Math.round((Date.now() - t0) / 1000),
    machine: { node: process.version, cpus: os.cpus().length, loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    build,
    database: postgres.beschrijving,
    instellingen: { ...cfg, databaseUrl: cfg.databaseUrl ? '(gezet)' : null },
    schaalUit: { replicas: replicas.map((r) => r.baseUrl), login },
    crash: {
      transities: cfg.transities, bevestigd: crash.bevestigd, zaken: crash.zaken.size, duurSeconden: crash.duurSeconden, client: crash.cijfers,
      kills: crash.kills.length, killMomenten: crash.kills, gemiddeldeSecondenTussenKills: crash.kills.length > 1 ? Math.round(((crash.kills.at(-1).naSeconden - crash.kills[0].naSeconden) / (crash.kills.length - 1)) * 10) / 10 : null,
      pgHerstart: crash.pgHerstart, controle: { ...crashControle, schendingen: crashSchendingen },
    },
    conflict,
    termijnen,
    replicas: replicas.map((r) => ({ naam: r.naam, ...r.cijfers() })),
  };
  const schendingen = crashSchendingen.length + conflict.schendingen.length + termijnen.schendingen.length;
  resultaat.geslaagd = schendingen === 0;
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(resultaat, null, 2)}\n`);
  printSamenvatting(resultaat, crashSchendingen);
  return resultaat.geslaagd ? 0 : 1;
}

function printSamenvatting(r, crashSchendingen) {
  const c = r.crash;
  const regels = [
    '',
    `Chaos ${r.run} — ${r.geslaagd ? 'GESLAAGD / PASSED' : 'SCHENDINGEN / VIOLATIONS'} (${r.duurSeconden} s, ${r.database})`,
    '',
    `Crashtest: ${c.bevestigd}/${c.transities} transities bevestigd / acknowledged op ${c.zaken} zaken in ${c.duurSeconden} s, ${r.instellingen.clients} clients, 2 replicas`,
    `  SIGKILLs: ${c.kills} (gemiddeld elke / every ${c.gemiddeldeSecondenTussenKills} s); PostgreSQL-herstart: ${c.pgHerstart ? `bij transitie ${c.pgHerstart.bijTransitie}, ${c.pgHerstart.seconden} s weg / down` : 'geen / none'}`,
    `  verzoeken / requests: ${c.client.verzoeken}, herhaalpogingen / retries: ${c.client.pogingen} (${Object.entries(c.client.redenen).map(([k, v]) => `${k} ${v}`).join(', ') || '-'})`,
    `  bevestigd na een herhaling / acknowledged after a retry: ${c.client.bevestigdNaPoging}; als herhaling beantwoord / answered as replay: ${c.client.herhaald}; opgegeven / given up: ${c.client.opgegeven}`,
    `  database: ${c.controle.exactEenmaalOpgeslagen}/${c.bevestigd} bevestigde transities precies één keer opgeslagen / stored exactly once; sleutels / keys ${c.controle.sleutels.opgeslagen}/${c.controle.sleutels.bevestigd} (zonder bewaard antwoord / without a stored answer: ${c.controle.sleutels.zonderBewaardAntwoord})`,
    `  schendingen / violations: ${crashSchendingen.length}`,
    `Conflicttest: ${r.conflict.rondes} rondes x ${r.conflict.clients} clients: ${r.conflict.winnaars} winnaars / winners, statussen ${JSON.stringify(r.conflict.statussen)}, database ${r.conflict.database.wijzigingen} wijzigingen, row_version ${r.conflict.database.rowVersion} (${r.conflict.duurSeconden} s); schendingen: ${r.conflict.schendingen.length}`,
    `Termijnen / deadlines: ${r.termijnen.termijnen} binnen ${r.termijnen.vensterSeconden} s; onderbrekingen: ${r.termijnen.onderbrekingen.map((o) => o.wat).join(', ')}`,
    `  taken / jobs: ${JSON.stringify(r.termijnen.takenPerStatus)}, keer gevuurd per zaak / times fired per case: ${JSON.stringify(r.termijnen.keerGevuurdPerZaak)}, pogingen ${JSON.stringify(r.termijnen.pogingen)}`,
    `  alles klaar na / all done after ${r.termijnen.klaarNaSeconden} s; te laat / late: ${JSON.stringify(r.termijnen.teLaatSeconden)}; workers gezien / seen: ${r.termijnen.workersGezien.join(', ')}; schendingen: ${r.termijnen.schendingen.length}`,
    `Replicas: ${r.replicas.map((x) => `${x.naam} ${x.starts} starts, ${x.kills} kills, ${x.onverwachtGestopt} onverwacht gestopt / unexpected exits, start ${x.startSeconden?.gemiddeld} s gem.`).join('; ')}`,
    `Login op de ene replica geldig op de andere / login valid across replicas: ${r.schaalUit.login.loginOpAGeldigOpB && r.schaalUit.login.loginOpBGeldigOpA ? 'ja / yes' : 'NEE / NO'}`,
    '',
  ];
  console.log(regels.join('\n'));
  const alle = [...crashSchendingen, ...r.conflict.schendingen, ...r.termijnen.schendingen];
  if (alle.length) console.log(`Eerste schendingen / first violations:\n  ${alle.slice(0, 20).join('\n  ')}\n`);
  console.log(`Resultaten / results: chaos/results/latest.json`);
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`[chaos] afgebroken / aborted: ${e.stack ?? e}`);
    await cleanup();
    process.exit(1);
  });
