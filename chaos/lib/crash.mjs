import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { nieuweZaak, rijversieUit, transitionChain } from '../../bench/lib/scenarios.mjs';
import { ChaosClient, MINIMAAL } from './client.mjs';

/**
 * The crash test: `clients` clients drive their own cases through the transition chain
 * (create, then seven events) over both replicas, until `transities` events have been
 * sent. Meanwhile a replica is SIGKILLed and restarted every few seconds, and PostgreSQL
 * is restarted once halfway. Returns what the clients saw:
 * every acknowledged answer, per case, for the database check afterwards.
 */
export async function crashTest({ cfg, replicas, postgres, tokens, runId, log }) {
  const client = new ChaosClient(replicas, { timeoutMs: cfg.requestTimeoutMs, opgevenNaMs: cfg.opgevenNaMs });
  const keten = transitionChain(new Date().toISOString().slice(0, 10));
  const zaken = new Map();
  const afwijkingen = [];
  let gestart = 0;
  let bevestigd = 0;
  const t0 = performance.now();

  const pgPunt = Math.floor(cfg.transities / 2);
  const kills = [];
  let pgHerstart = null;
  let klaar = false;

  async function werker(c) {
    let n = 0;
    while (gestart < cfg.transities) {
      n++;
      const body = nieuweZaak(c, n);
      body.aanvrager = { ...body.aanvrager, voornamen: `Chaos${c}`, achternaam: `Chaos-${runId} ${c}-${n}` };
      const aangemaakt = await client.verstuur('POST', '/api/zaken', { token: tokens.zorg, body });
      if (!aangemaakt.ok) {
        afwijkingen.push(`aanmaken gaf ${aangemaakt.status}${aangemaakt.opgegeven ? ' (opgegeven)' : ''}: ${aangemaakt.text?.slice(0, 200)}`);
        await sleep(100);
        continue;
      }
      const zaak = { id: aangemaakt.body.id, aangemaaktVersie: aangemaakt.body.rowVersion, acks: [], openstaand: null, client: c };
      zaken.set(zaak.id, zaak);
      let rowVersion = aangemaakt.body.rowVersion;
      for (const stap of keten) {
        if (gestart >= cfg.transities) break;
        gestart++;
        const r = await client.verstuur('POST', `/api/zaken/${zaak.id}/events`, { token: tokens[stap.as], body: { type: stap.type, rowVersion, payload: stap.payload }, headers: MINIMAAL });
        if (!r.ok) {
          // Unanswered (given up) may or may not be stored; anything else is a refusal that should not happen on one's own case.
          zaak.openstaand = { type: stap.type, status: r.status, opgegeven: !!r.opgegeven };
          afwijkingen.push(`${stap.type} op ${zaak.id} gaf ${r.status}${r.opgegeven ? ' (opgegeven)' : ''}: ${r.text?.slice(0, 300)}`);
          break;
        }
        bevestigd++;
        // A full answer carries state and status too; a minimal one (Prefer: return=minimal) only the row version.
        zaak.acks.push({ type: stap.type, rowVersion: rijversieUit(r), state: r.body?.state, status: r.body?.status, sleutel: r.sleutel, pogingen: r.pogingen });
        rowVersion = rijversieUit(r);
      }
    }
  }

  /**
   * Every killIntervalMs: SIGKILL the replica whose turn it is and restart it; once, halfway
   * through, restart PostgreSQL instead. One replica stays up while the other starts, as
   * behind a load balancer with N replicas.
   */
  async function chaos() {
    let volgende = Date.now() + cfg.killIntervalMs;
    while (!klaar) {
      await sleep(50);
      if (!pgHerstart && bevestigd >= pgPunt) {
        log(`PostgreSQL herstarten (immediate) bij / restarting at ${bevestigd} bevestigde transities / acknowledged transitions ...`);
        const bij = bevestigd;
        const seconden = await postgres.herstart();
        pgHerstart = { bijTransitie: bij, seconden: Math.round(seconden * 100) / 100, naSeconden: Math.round((performance.now() - t0) / 100) / 10 };
        log(`PostgreSQL weer bereikbaar na / reachable again after ${pgHerstart.seconden} s`);
        continue;
      }
      const doel = replicas[kills.length % replicas.length];
      if (Date.now() < volgende || !replicas.every((r) => r.up)) continue;
      const inVlucht = client.inVlucht.get(doel.baseUrl);
      const bij = bevestigd;
      await doel.kill();
      kills.push({ replica: doel.naam, bijTransitie: bij, naSeconden: Math.round((performance.now() - t0) / 100) / 10, verzoekenInVlucht: inVlucht });
      log(`SIGKILL ${kills.length}: ${doel.naam} bij / at ${bij} (${inVlucht} verzoeken in vlucht / requests in flight)`);
      doel.start().catch((e) => doel.gestopt || log(`${doel.naam}: herstart mislukt / restart failed: ${e.message}`));
      volgende = Date.now() + cfg.killIntervalMs;
    }
  }

  const voortgang = setInterval(() => log(`  ${bevestigd}/${cfg.transities} bevestigd / acknowledged, ${client.cijfers.pogingen} herhalingen / retries, ${kills.length} kills`), 10_000);
  const chaosKlaar = chaos();
  try {
    await Promise.all(Array.from({ length: cfg.clients }, (_, c) => werker(c)));
  } finally {
    klaar = true;
    clearInterval(voortgang);
    await chaosKlaar;
  }
  // Let restarts finish so the next phase starts with both replicas up.
  await Promise.all(replicas.map((r) => (r.up ? null : r.start())));
  const duur = (performance.now() - t0) / 1000;
  return { zaken, afwijkingen, kills, pgHerstart, cijfers: client.cijfers, bevestigd, duurSeconden: Math.round(duur * 10) / 10 };
}
