import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { nieuweZaak } from '../../bench/lib/scenarios.mjs';
import { ChaosClient, MINIMAAL } from './client.mjs';
import { verbind } from './postgres.mjs';

/**
 * Durable deadlines: `termijnen` cases are asked for more information (AANVULLING_VRAGEN
 * plans the durable job HERSTELTERMIJN_VERSTREKEN), their jobs are then set to come due
 * spread over the next `termijnVensterS` seconds. Both replicas run the job worker. While
 * the jobs come due, each replica is SIGKILLed and PostgreSQL is restarted. Afterwards
 * every job has run exactly once (one transition per case, by the system) and none is lost.
 */
export async function termijnenTest({ cfg, replicas, postgres, tokens, databaseUrl, runId, log }) {
  const client = new ChaosClient(replicas, { timeoutMs: cfg.requestTimeoutMs, opgevenNaMs: cfg.opgevenNaMs });
  const ids = [];
  let volgende = 0;
  const fouten = [];
  // Setup through the api, with the crash-test clients: create, submit, ask for more information.
  await Promise.all(Array.from({ length: cfg.clients }, async (_, c) => {
    while (volgende < cfg.termijnen) {
      const n = volgende++;
      const body = nieuweZaak(c, n);
      body.aanvrager = { ...body.aanvrager, achternaam: `Termijn-${runId} ${n}` };
      const zaak = await client.verstuur('POST', '/api/zaken', { token: tokens.zorg, body });
      const ingediend = zaak.ok && await client.verstuur('POST', `/api/zaken/${zaak.body.id}/events`, { token: tokens.zorg, body: { type: 'INDIENEN', rowVersion: zaak.body.rowVersion }, headers: MINIMAAL });
      const aanvullen = ingediend?.ok && await client.verstuur('POST', `/api/zaken/${zaak.body.id}/events`, {
        token: tokens.commissie, body: { type: 'AANVULLING_VRAGEN', rowVersion: ingediend.body.rowVersion, payload: { toelichting: 'Chaostest: het ondersteuningsplan ontbreekt.' } }, headers: MINIMAAL,
      });
      if (!aanvullen?.ok) fouten.push(`opzet zaak ${n}: ${[zaak, ingediend, aanvullen].find((r) => r && !r.ok)?.status}`);
      else ids.push(zaak.body.id);
    }
  }));
  if (fouten.length) throw new Error(`Termijnentest: opzet mislukt / setup failed: ${fouten.slice(0, 5).join('; ')}`);

  const c = await verbind(databaseUrl);
  const { rows: gezet } = await c.query(
    `UPDATE taak SET uitvoeren_op = now() + (1 + random() * $2) * interval '1 second'
      WHERE zaak_id = ANY($1::uuid[]) AND soort = 'HERSTELTERMIJN_VERSTREKEN' AND status = 'gepland' RETURNING id::text, uitvoeren_op`, [ids, cfg.termijnVensterS - 1]);
  await c.end();
  if (gezet.length !== ids.length) throw new Error(`Termijnentest: ${gezet.length} hersteltermijnen gevonden bij ${ids.length} zaken / deadlines found for cases`);
  log(`${ids.length} termijnen vallen binnen ${cfg.termijnVensterS} s / deadlines come due within ${cfg.termijnVensterS} s; replicas en PostgreSQL worden intussen onderbroken / interrupted meanwhile`);
  const t0 = performance.now();

  // Who polls for jobs: both replicas' workers should be seen at it, each under its own application_name.
  const gezien = new Set();
  const sampler = await verbind(databaseUrl);
  let samplen = true;
  const bemonster = (async () => {
    while (samplen) {
      try {
        const { rows } = await sampler.query(`SELECT DISTINCT application_name FROM pg_stat_activity WHERE query ILIKE '%skip locked%' AND query ILIKE '%taak%' AND application_name LIKE 'chaos-%'`);
        for (const r of rows) gezien.add(r.application_name);
      } catch {
        // during the database restart
      }
      await sleep(25);
    }
  })();

  // While the jobs come due: kill each replica, restart PostgreSQL, kill again.
  const venster = cfg.termijnVensterS * 1000;
  const onderbrekingen = [];
  const plan = [
    { bij: 0.2, wat: 'kill', replica: 0 }, { bij: 0.35, wat: 'kill', replica: 1 }, { bij: 0.5, wat: 'postgres' },
    { bij: 0.7, wat: 'kill', replica: 0 }, { bij: 0.85, wat: 'kill', replica: 1 },
  ];
  for (const stap of plan) {
    const wacht = stap.bij * venster - (performance.now() - t0);
    if (wacht > 0) await sleep(wacht);
    if (stap.wat === 'postgres') {
      const seconden = await postgres.herstart();
      onderbrekingen.push({ wat: 'PostgreSQL herstart (immediate)', naSeconden: Math.round((performance.now() - t0) / 100) / 10, seconden: Math.round(seconden * 100) / 100 });
    } else {
      const r = replicas[stap.replica];
      while (!r.up) await sleep(50);
      await r.kill();
      onderbrekingen.push({ wat: `SIGKILL ${r.naam}`, naSeconden: Math.round((performance.now() - t0) / 100) / 10 });
      r.start().catch((e) => r.gestopt || log(`${r.naam}: herstart mislukt / restart failed: ${e.message}`));
    }
    log(`  termijnen: ${onderbrekingen.at(-1).wat} na / after ${onderbrekingen.at(-1).naSeconden} s`);
  }

  // Wait until every job has run (a job that failed on the restart retries after a minute's back-off).
  const db = await verbind(databaseUrl);
  const eind = Date.now() + venster + 240_000;
  let open = ids.length;
  while (Date.now() < eind) {
    try {
      ({ rows: [{ open }] } = await db.query(`SELECT count(*)::int AS open FROM taak WHERE id = ANY($1::bigint[]) AND status = 'gepland'`, [gezet.map((r) => r.id)]));
    } catch {
      // reconnecting
    }
    if (open === 0) break;
    await sleep(500);
  }
  samplen = false;
  await bemonster;
  await sampler.end();
  const klaarNa = (performance.now() - t0) / 1000;

  const schendingen = [];
  try {
    const { rows: taken } = await db.query(`SELECT id::text, status, pogingen, uitgevoerd_op FROM taak WHERE id = ANY($1::bigint[])`, [gezet.map((r) => r.id)]);
    const perStatus = {};
    for (const t of taken) perStatus[t.status] = (perStatus[t.status] ?? 0) + 1;
    // Lateness against the time each job was due, also for a job that was retried after a failure.
    const due = new Map(gezet.map((r) => [r.id, new Date(r.uitvoeren_op).getTime()]));
    const teLaat = taken.filter((t) => t.uitgevoerd_op).map((t) => (new Date(t.uitgevoerd_op).getTime() - due.get(t.id)) / 1000).sort((a, b) => a - b);
    if ((perStatus.uitgevoerd ?? 0) !== ids.length) schendingen.push(`taken per status / jobs per status: ${JSON.stringify(perStatus)} (verwacht alle ${ids.length} uitgevoerd)`);
    const { rows: gevuurd } = await db.query(
      `SELECT z.id, z.row_version,
              (SELECT count(*)::int FROM zaak_transitie t WHERE t.zaak_id = z.id AND t.event = 'HERSTELTERMIJN_VERSTREKEN') AS n,
              (SELECT count(*)::int FROM zaak_transitie t WHERE t.zaak_id = z.id AND t.event = 'HERSTELTERMIJN_VERSTREKEN' AND t.actor_rol = 'systeem') AS systeem,
              (SELECT count(*)::int FROM zaak_transitie t WHERE t.zaak_id = z.id) AS transities
         FROM zaak z WHERE z.id = ANY($1::uuid[])`, [ids]);
    const verdeling = {};
    for (const r of gevuurd) {
      verdeling[r.n] = (verdeling[r.n] ?? 0) + 1;
      if (r.n !== 1 || r.systeem !== 1) schendingen.push(`zaak ${r.id}: hersteltermijn ${r.n}x gevuurd / fired ${r.n} times`);
      if (r.transities !== r.row_version) schendingen.push(`zaak ${r.id}: ${r.transities} transities bij row_version ${r.row_version}`);
    }
    return {
      termijnen: ids.length, vensterSeconden: cfg.termijnVensterS, klaarNaSeconden: Math.round(klaarNa * 10) / 10, onderbrekingen,
      takenPerStatus: perStatus, keerGevuurdPerZaak: verdeling,
      pogingen: taken.reduce((v, t) => ({ ...v, [t.pogingen]: (v[t.pogingen] ?? 0) + 1 }), {}),
      teLaatSeconden: teLaat.length ? { mediaan: Math.round(teLaat[Math.floor(teLaat.length / 2)] * 10) / 10, max: Math.round(teLaat.at(-1) * 10) / 10 } : null,
      workersGezien: [...gezien].sort(), schendingen: schendingen.slice(0, 100),
    };
  } finally {
    await db.end();
  }
}
