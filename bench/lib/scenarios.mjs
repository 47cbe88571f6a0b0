import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Recorder } from './stats.mjs';

/** The nine gemeenten with their names (the bench's cases live in all of them). */
export const BENCH_GEMEENTEN = {
  '0518': 'Den Haag', '0503': 'Delft', '0637': 'Zoetermeer', '1916': 'Leidschendam-Voorburg', '0603': 'Rijswijk',
  '1783': 'Westland', '1926': 'Pijnacker-Nootdorp', '1842': 'Midden-Delfland', '0629': 'Wassenaar',
};
/**
 * Which gemeente client c works in: 20 slots roughly after the gemeenten's share of social
 * lettings (Den Haag half), so placements spread over the caps as in the region, instead of all
 * queueing for Den Haag's cap lock.
 */
const SLOTS = ['0518', '0503', '0518', '0637', '0518', '1916', '0518', '0603', '0518', '1783', '0518', '0503', '0518', '0637', '0518', '1926', '0518', '1842', '0518', '0629'];
export function gemeenteVanClient(c) {
  return SLOTS[c % SLOTS.length];
}

/** The chain each client drives its own case through, with the role that sends each step. */
export function transitionChain(today, gemeente = '0518') {
  const naam = BENCH_GEMEENTEN[gemeente];
  return [
    { type: 'INDIENEN', as: 'zorg', payload: {} },
    { type: 'ONTVANKELIJK_VERKLAREN', as: 'commissie', payload: {} },
    { type: 'HERKOMST_VASTSTELLEN', as: 'commissie', payload: { gemeenteCbs: gemeente } },
    { type: 'WEGING_VASTLEGGEN', as: 'commissie', payload: { gemeenteCbs: gemeente, motivering: `Benchmark: netwerk en begeleiding in ${naam}.`, kandidaten: [wegingHerkomst(gemeente)] } },
    {
      type: 'BESLUIT_VOORSTELLEN', as: 'commissie',
      payload: { uitkomst: 'toekennen', route: 'zelfZoeken', geldigheidMaanden: 3, zoekprofiel: { gemeenten: [gemeente], woningtypen: [], maxHuur: null }, motivering: 'Benchmark: voldoet aan de criteria; zelf zoeken met urgentieverklaring.' },
    },
    // Four eyes: a second member approves.
    { type: 'BESLUIT_GOEDKEUREN', as: 'commissie2', payload: {} },
    {
      type: 'PLAATSING_REGISTREREN', as: 'commissie',
      payload: {
        ingangsdatum: today, vorm: 'huur', begeleidingAkkoord: true, begeleidingsafspraak: 'Benchmark: wekelijks huisbezoek door de ambulant begeleider.',
        gemeenteCbs: gemeente, adres: `Benchmarkstraat 1, ${naam}`, huurprijs: 712.5,
      },
    },
  ];
}

export const EVENT_OPS = transitionChain('').map((s) => s.type);

/** The herkomstgemeente as the only candidate, with the five criteria (machine version 2 requires the full weighing). */
function wegingHerkomst(gemeente) {
  const naam = BENCH_GEMEENTEN[gemeente];
  const bevinding = (tekst, oordeel = 'voor') => ({ bevinding: tekst, oordeel });
  return {
    gemeenteCbs: gemeente, bron: 'herkomst',
    criteria: {
      perspectief: bevinding(`Wil in ${naam} blijven.`), netwerk: bevinding(`Familie in ${naam}.`),
      werkDagbesteding: bevinding(`Dagbesteding in ${naam}.`), ondersteuning: bevinding(`Begeleiding in ${naam}.`),
      justitieel: bevinding('Geen maatregelen.', 'neutraal'),
    },
  };
}

/** A new BW case of a zorginstelling's client from `gemeente` (default Den Haag; also used by scripts/chaos.mjs). */
export function nieuweZaak(client, n, gemeente = '0518') {
  const naam = BENCH_GEMEENTEN[gemeente];
  return {
    categorie: 'BW',
    behandelendeGemeente: gemeente,
    aanvrager: { voornamen: `Bench${client}`, achternaam: `Zaak ${n}`, geboortedatum: '1990-01-01' },
    huishouden: [],
    inschrijvingen: [
      { gemeenteCbs: gemeente, gemeenteNaam: naam, adrestype: 'woonadres', van: '2015-01-01', tot: '2023-12-31' },
      { gemeenteCbs: gemeente, gemeenteNaam: naam, adrestype: 'instelling', van: '2024-01-01', tot: null },
    ],
    opnames: [{ instelling: 'Parnassia Groep', van: '2024-01-01', tot: null }],
    begeleidingAkkoord: true,
  };
}

/**
 * The case's row version after an event: from the body (full or minimal answer), else from
 * an ETag of the form "<n>" or W/"<n>".
 */
export function rijversieUit(r) {
  if (Number.isInteger(r.body?.rowVersion)) return r.body.rowVersion;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(r.headers?.get?.('etag') ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * `concurrency` clients each create a case and drive it through the whole chain,
 * over and over. Only requests that start inside the measured window are recorded;
 * the window's wall time runs until the last of them has finished.
 */
export async function runTransitions(api, tokens, { concurrency, seconds, warmupSeconds, eventHeaders = {}, log = console.log }) {
  const rec = new Recorder();
  const today = new Date().toISOString().slice(0, 10);
  const t0 = performance.now();
  const measureStart = t0 + warmupSeconds * 1000;
  const measureEnd = measureStart + seconds * 1000;
  let lastRecordedEnd = measureStart;
  const chains = { started: 0, completed: 0, aborted: 0 };
  const anomalies = [];

  const record = (op, r) => {
    if (r.start < measureStart || r.start >= measureEnd) return;
    rec.add({ op, ok: r.ok, status: r.status, ms: r.ms, start: r.start, end: r.end }, r.text);
    if (r.end > lastRecordedEnd) lastRecordedEnd = r.end;
  };
  const stopped = () => api.aborted || performance.now() >= measureEnd;

  async function client(c) {
    const gemeente = gemeenteVanClient(c);
    const chain = transitionChain(today, gemeente);
    let n = 0;
    while (!stopped()) {
      n++;
      const created = await api.call('POST', '/api/zaken', { token: tokens.zorg, body: nieuweZaak(c, n, gemeente) });
      record('CREATE', created);
      if (!created.ok) {
        await sleep(50); // do not spin on a failing api
        continue;
      }
      const counted = performance.now() >= measureStart;
      if (counted) chains.started++;
      const id = created.body.id;
      let rowVersion = created.body.rowVersion;
      let done = true;
      for (const step of chain) {
        if (stopped()) {
          done = false;
          break;
        }
        const r = await api.call('POST', `/api/zaken/${id}/events`, { token: tokens[step.as], headers: eventHeaders, body: { type: step.type, rowVersion, payload: step.payload } });
        record(step.type, r);
        if (!r.ok) {
          done = false;
          if (counted) chains.aborted++;
          await sleep(50);
          break;
        }
        const volgende = rijversieUit(r);
        if (volgende !== rowVersion + 1 && anomalies.length < 10) {
          anomalies.push(`${step.type} op ${id}: rowVersion ${rowVersion} -> ${volgende} (verwacht/expected ${rowVersion + 1})`);
        }
        rowVersion = volgende;
      }
      if (done && counted) {
        chains.completed++;
      }
    }
  }

  log(`transities / transitions: ${concurrency} clients, warm-up ${warmupSeconds} s, meten / measuring ${seconds} s ...`);
  await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
  const wallMs = lastRecordedEnd - measureStart;
  const perEvent = {};
  for (const op of EVENT_OPS) perEvent[op] = rec.report([op], wallMs);
  return {
    wallSeconds: Math.round(wallMs) / 1000,
    transitions: rec.report(EVENT_OPS, wallMs),
    creates: rec.report(['CREATE'], wallMs),
    perEvent,
    chains,
    anomalies,
    errorSamples: rec.errorEvidence(),
  };
}

/** Runs `total` calls of fn with at most `concurrency` in flight; returns the recorder and wall time. */
async function closedLoop(api, total, concurrency, fn, op) {
  const rec = new Recorder();
  let next = 0;
  const start = performance.now();
  let end = start;
  const worker = async () => {
    while (next < total && !api.aborted) {
      const i = next++;
      const r = await fn(i);
      rec.add({ op, ok: r.ok, status: r.status, ms: r.ms, start: r.start, end: r.end }, r.text);
      if (r.end > end) end = r.end;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { rec, wallMs: end - start };
}

/** Deterministic PRNG (mulberry32) so the requests are the same for the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `requests` recorded calls of `fn` after `warmup` unrecorded ones, at `concurrency`. */
async function meet(api, fn, op, { requests, concurrency, warmup }) {
  if (warmup > 0) await closedLoop(api, warmup, concurrency, fn, 'warmup');
  const r = await closedLoop(api, requests, concurrency, fn, op);
  return { wallSeconds: Math.round(r.wallMs) / 1000, concurrency, ...r.rec.report([op], r.wallMs), errorSamples: r.rec.errorEvidence() };
}

const GEMEENTEN = ['0518', '0503', '0637', '1916', '0603', '1783', '1926', '1842', '0629'];
/** The statuses a commissielid sees in the seeded data (concept is the filing organisation's own). */
const LIJST_STATUSSEN = ['ingediend', 'toetsingHerkomst', 'wegingWoonstart', 'besluitvorming', 'toegekend', 'bezwaar', 'geplaatst', 'afgewezen', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling', 'urgentieVervallen'];

/**
 * The work list as commissielid, filtered by gemeente and status (a page of 50, one of the
 * first three pages, sorted by deadline as the api does by default): the query a committee
 * member runs all day. Filters are drawn with a fixed seed.
 */
export async function runLijst(api, token, { requests, concurrency, warmup, log = console.log }) {
  const rnd = prng(20261121);
  const pad = () => {
    const g = GEMEENTEN[Math.floor(rnd() * GEMEENTEN.length)];
    const st = LIJST_STATUSSEN[Math.floor(rnd() * LIJST_STATUSSEN.length)];
    return `/api/zaken?gemeente=${g}&status=${st}&perPagina=50&pagina=${1 + Math.floor(rnd() * 3)}`;
  };
  log(`lijst / list: ${requests} x GET /api/zaken?gemeente=…&status=…&perPagina=50, concurrency ${concurrency} ...`);
  return meet(api, () => api.call('GET', pad(), { token }), 'LIJST', { requests, concurrency, warmup });
}

/** Case details as commissielid for ids drawn (fixed seed) from `ids`; every read also writes an access-log row. */
export async function runDetail(api, token, ids, { requests, concurrency, warmup, log = console.log }) {
  if (ids.length === 0) throw new Error('Geen zaken om te openen / no cases to open.');
  const rnd = prng(20261122);
  log(`detail: ${requests} x GET /api/zaken/:id uit ${ids.length} zaken, concurrency ${concurrency} ...`);
  return meet(api, () => api.call('GET', `/api/zaken/${ids[Math.floor(rnd() * ids.length)]}`, { token }), 'DETAIL', { requests, concurrency, warmup });
}

/**
 * One monitor view, asked one request after the other (a single user) after `warmup` calls:
 * `requests` times, but stopping after `maxSeconds` once at least three were recorded, so a
 * slow view still gives a figure in reasonable time.
 */
export async function runMonitor(api, token, pad, { requests, warmup, maxSeconds, log = console.log }) {
  log(`monitor: tot / up to ${requests} x GET ${pad} (max ${maxSeconds} s) ...`);
  for (let i = 0; i < warmup; i++) await api.call('GET', pad, { token });
  const rec = new Recorder();
  const start = performance.now();
  let end = start;
  for (let i = 0; i < requests && !api.aborted; i++) {
    if (i >= 3 && performance.now() - start > maxSeconds * 1000) break;
    const r = await api.call('GET', pad, { token });
    rec.add({ op: 'MONITOR', ok: r.ok, status: r.status, ms: r.ms, start: r.start, end: r.end }, r.text);
    end = r.end;
  }
  return { wallSeconds: Math.round(end - start) / 1000, concurrency: 1, ...rec.report(['MONITOR'], end - start), errorSamples: rec.errorEvidence() };
}
