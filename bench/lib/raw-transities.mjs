// The same case transitions as the api benchmark, done as raw SQL: the floor of what the
// database work costs, so the api's figure can be read as a share of it.
//
// Per transition, in one transaction on a pooled connection (the same pool size as the api's):
// lock the case row, update snapshot/state/status/copies/row_version, insert the transition
// and the outbox row — what applyZaakCommand writes. The snapshots and stored payloads are the
// machine's own for the benchmark's chain (played through the workflow library), so the rows
// are as large as the api's. Creating the case is done the same way and not counted, as in the
// api benchmark.

import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { gemeenteVanClient } from './scenarios.mjs';
import { speel } from './seed-paden.mjs';
import { Recorder } from './stats.mjs';

/**
 * The benchmark chain (scenarios.transitionChain) as the command path stores it: with what
 * verrijk.ts adds (vierOgen of Den Haag's policy, the actor on four-eyes events), played
 * through the machine for every step's snapshot.
 */
export function rawKeten(wf, chain, actoren, { gemeente = '0518', vierOgen = true } = {}) {
  const verrijk = (step) => {
    switch (step.type) {
      case 'ONTVANKELIJK_VERKLAREN': return { ...step.payload, vierOgen, medischAdviesNodig: false };
      case 'BESLUIT_VOORSTELLEN': return { ...step.payload, actorId: actoren[step.as].id, zienswijzeNodig: false };
      case 'BESLUIT_GOEDKEUREN': return { ...step.payload, actorId: actoren[step.as].id };
      default: return step.payload;
    }
  };
  const events = chain.map((s) => ({ type: s.type, payload: verrijk(s), actor: s.as }));
  const gespeeld = speel(wf, events, 'bench-keten');
  let snapshot = gespeeld.initial.snapshot;
  const stappen = [];
  // speel() returns only the rows and the last snapshot: play again step by step for each snapshot.
  for (const [i, ev] of events.entries()) {
    const o = wf.applyZaakEvent(gespeeld.version, snapshot, { type: ev.type, ...ev.payload });
    if (!o) throw new Error(`raw: de machine weigert ${ev.type}`);
    snapshot = o.snapshot;
    const c = o.snapshot.context;
    stappen.push({
      event: ev.type, payload: gespeeld.rijen[i].payload, reden: gespeeld.rijen[i].reden, van: o.van, naar: o.naar, status: o.status,
      snapshot: JSON.stringify(o.snapshot), herkomst: c.herkomstgemeenteCbs, woonstart: c.woonstartgemeenteCbs, route: c.route, actor: actoren[ev.actor],
    });
  }
  return { gemeente, version: gespeeld.version, initial: gespeeld.initial, stappen };
}

async function maakZaak(pool, keten, zorg, n) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const { rows } = await c.query(
      `INSERT INTO zaak (zaaknummer, categorie, status, state, machine_version, snapshot, indienende_organisatie_id, aangemaakt_door, behandelende_gemeente,
                         aanvrager_voornamen, aanvrager_achternaam, aanvrager_geboortedatum, begeleiding_akkoord)
       VALUES ('WS-' || extract(year FROM now())::int || '-' || (SELECT lpad(v, greatest(5, length(v)), '0') FROM (SELECT nextval('zaaknummer_seq')::text AS v) n), 'BW', $1, $2, $3, $4, $5, $6, $8, 'Raw', $7, '1990-01-01', true)
       RETURNING id, row_version`,
      [keten.initial.status, keten.initial.state, keten.version, JSON.stringify(keten.initial.snapshot), zorg.organisatieId, zorg.id, `Zaak ${n}`, keten.gemeente],
    );
    await c.query(
      `INSERT INTO zaak_transitie (zaak_id, event, payload, actor_id, actor_naam, actor_rol, van_state, naar_state, machine_version, reden, tijdstip)
       VALUES ($1, 'AANMAKEN', '{}', $2, $3, $4, '', $5, $6, NULL, now())`,
      [rows[0].id, zorg.id, zorg.naam, zorg.rol, keten.initial.state, keten.version],
    );
    await c.query('COMMIT');
    return { id: rows[0].id, rowVersion: rows[0].row_version };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/** One transition: the database work of applyZaakCommand, in one transaction. */
async function transitie(pool, keten, stap, zaak) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const { rows } = await c.query('SELECT row_version, snapshot, machine_version FROM zaak WHERE id = $1 FOR UPDATE', [zaak.id]);
    if (rows[0]?.row_version !== zaak.rowVersion) throw new Error(`raw: rijversie ${rows[0]?.row_version} in plaats van ${zaak.rowVersion}`);
    const upd = await c.query(
      `UPDATE zaak SET snapshot = $2, status = $3, state = $4, herkomstgemeente = $5, woonstartgemeente = $6, route = $7,
              row_version = row_version + 1, gewijzigd_op = now()
        WHERE id = $1 AND row_version = $8`,
      [zaak.id, stap.snapshot, stap.status, stap.naar, stap.herkomst, stap.woonstart, stap.route, zaak.rowVersion],
    );
    if (upd.rowCount !== 1) throw new Error('raw: conflict');
    await c.query(
      `INSERT INTO zaak_transitie (zaak_id, event, payload, actor_id, actor_naam, actor_rol, van_state, naar_state, machine_version, reden, tijdstip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
      [zaak.id, stap.event, JSON.stringify(stap.payload), stap.actor.id, stap.actor.naam, stap.actor.rol, stap.van, stap.naar, keten.version, stap.reden],
    );
    await c.query(
      `INSERT INTO outbox (zaak_id, soort, payload, aangemaakt_op, verwerkt_op) VALUES ($1, 'statuswijziging', $2, now(), NULL)`,
      [zaak.id, JSON.stringify({ event: stap.event, van: stap.van, naar: stap.naar })],
    );
    await c.query('COMMIT');
    zaak.rowVersion += 1;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/**
 * `concurrency` workers each create a case and drive it through the chain, over and over, on a
 * pool of `poolSize` connections, for `seconds` after `warmupSeconds`; as runTransitions, and
 * worker c in the same gemeente as the api benchmark's client c (`ketens` by gemeente).
 * Returns the same report shape, plus the ids of the cases it made (for cleaning up).
 */
export async function runRawTransitions(databaseUrl, ketens, zorg, { concurrency, poolSize, seconds, warmupSeconds, log = console.log }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => {});
  const rec = new Recorder();
  const zaken = [];
  const t0 = performance.now();
  const measureStart = t0 + warmupSeconds * 1000;
  const measureEnd = measureStart + seconds * 1000;
  let lastEnd = measureStart;
  const stopped = () => performance.now() >= measureEnd;
  const record = (op, start, ok, text) => {
    const end = performance.now();
    if (start < measureStart || start >= measureEnd) return;
    rec.add({ op, ok, status: ok ? 200 : 'sql', ms: end - start, start, end }, text);
    if (end > lastEnd) lastEnd = end;
  };
  let n = 0;
  async function worker(_, c) {
    const keten = ketens[gemeenteVanClient(c)];
    while (!stopped()) {
      const zaak = await maakZaak(pool, keten, zorg, ++n);
      zaken.push(zaak.id);
      for (const stap of keten.stappen) {
        if (stopped()) break;
        const start = performance.now();
        try {
          await transitie(pool, keten, stap, zaak);
          record('RAW', start, true);
        } catch (e) {
          record('RAW', start, false, e.message);
          break;
        }
      }
    }
  }
  log(`raw SQL: ${concurrency} clients, pool ${poolSize}, warm-up ${warmupSeconds} s, meten / measuring ${seconds} s ...`);
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await pool.end();
  }
  const wallMs = lastEnd - measureStart;
  return { wallSeconds: Math.round(wallMs) / 1000, transitions: rec.report(['RAW'], wallMs), errorSamples: rec.errorEvidence(), zaken };
}

/** The raw cases' outbox rows are marked done, so a later api start does not notify about benchmark rows. */
export async function ruimRawOutboxOp(databaseUrl, zaakIds) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`UPDATE outbox SET verwerkt_op = now() WHERE verwerkt_op IS NULL AND zaak_id = ANY($1::uuid[])`, [zaakIds]);
  } finally {
    await c.end();
  }
}
