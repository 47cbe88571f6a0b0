import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Recorder } from './stats.mjs';

/** The chain each client drives its own case through, with the role that sends each step. */
export function transitionChain(today) {
  return [
    { type: 'INDIENEN', as: 'zorg', payload: {} },
    { type: 'ONTVANKELIJK_VERKLAREN', as: 'commissie', payload: {} },
    { type: 'HERKOMST_VASTSTELLEN', as: 'commissie', payload: { gemeenteCbs: '0518' } },
    { type: 'WEGING_VASTLEGGEN', as: 'commissie', payload: { gemeenteCbs: '0518', motivering: 'Benchmark: netwerk en begeleiding in Den Haag.', kandidaten: [wegingDenHaag()] } },
    {
      type: 'BESLUIT_VOORSTELLEN', as: 'commissie',
      payload: { uitkomst: 'toekennen', route: 'zelfZoeken', geldigheidMaanden: 3, zoekprofiel: { gemeenten: ['0518'], woningtypen: [], maxHuur: null }, motivering: 'Benchmark: voldoet aan de criteria; zelf zoeken met urgentieverklaring.' },
    },
    // Four eyes: a second member approves.
    { type: 'BESLUIT_GOEDKEUREN', as: 'commissie2', payload: {} },
    { type: 'PLAATSING_REGISTREREN', as: 'commissie', payload: { ingangsdatum: today } },
  ];
}

export const EVENT_OPS = transitionChain('').map((s) => s.type);

/** The herkomstgemeente as the only candidate, with the five criteria (machine version 2 requires the full weighing). */
function wegingDenHaag() {
  const bevinding = (tekst, oordeel = 'voor') => ({ bevinding: tekst, oordeel });
  return {
    gemeenteCbs: '0518', bron: 'herkomst',
    criteria: {
      perspectief: bevinding('Wil in Den Haag blijven.'), netwerk: bevinding('Familie in Den Haag.'),
      werkDagbesteding: bevinding('Dagbesteding in Den Haag.'), ondersteuning: bevinding('Begeleiding in Den Haag.'),
      justitieel: bevinding('Geen maatregelen.', 'neutraal'),
    },
  };
}

function nieuweZaak(client, n) {
  return {
    categorie: 'BW',
    behandelendeGemeente: '0518',
    aanvrager: { voornamen: `Bench${client}`, achternaam: `Zaak ${n}`, geboortedatum: '1990-01-01' },
    huishouden: [],
    inschrijvingen: [
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2015-01-01', tot: '2023-12-31' },
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'instelling', van: '2024-01-01', tot: null },
    ],
    opnames: [{ instelling: 'Parnassia Groep', van: '2024-01-01', tot: null }],
    begeleidingAkkoord: true,
  };
}

/**
 * `concurrency` clients each create a case and drive it through the whole chain,
 * over and over. Only requests that start inside the measured window are recorded;
 * the window's wall time runs until the last of them has finished.
 */
export async function runTransitions(api, tokens, { concurrency, seconds, warmupSeconds, log = console.log }) {
  const rec = new Recorder();
  const today = new Date().toISOString().slice(0, 10);
  const chain = transitionChain(today);
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
    let n = 0;
    while (!stopped()) {
      n++;
      const created = await api.call('POST', '/api/zaken', { token: tokens.zorg, body: nieuweZaak(c, n) });
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
        const r = await api.call('POST', `/api/zaken/${id}/events`, { token: tokens[step.as], body: { type: step.type, rowVersion, payload: step.payload } });
        record(step.type, r);
        if (!r.ok) {
          done = false;
          if (counted) chains.aborted++;
          await sleep(50);
          break;
        }
        if (r.body?.rowVersion !== rowVersion + 1 && anomalies.length < 10) {
          anomalies.push(`${step.type} op ${id}: rowVersion ${rowVersion} -> ${r.body?.rowVersion} (verwacht/expected ${rowVersion + 1})`);
        }
        rowVersion = r.body?.rowVersion;
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

/** Deterministic PRNG (mulberry32) so the detail ids are the same for the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Read benchmark as commissielid: the work list (first page, sorted by deadline)
 * and case details for random ids taken from that list.
 */
export async function runReads(api, token, { requests, concurrency, warmup, log = console.log }) {
  // The ids the commissielid can see, paged through the same endpoint.
  const ids = [];
  let totaal = null;
  for (let pagina = 1; pagina <= 50; pagina++) {
    const r = await api.call('GET', `/api/zaken?perPagina=100&pagina=${pagina}`, { token });
    if (!r.ok) throw new Error(`Kon de zaaklijst niet ophalen / could not fetch the case list: HTTP ${r.status} ${r.text.slice(0, 300)}`);
    totaal = r.body.totaal;
    for (const z of r.body.items) ids.push(z.id);
    if (r.body.items.length < 100 || ids.length >= totaal) break;
  }
  if (ids.length === 0) throw new Error('De commissielid ziet geen zaken; het leesbenchmark kan niet draaien / no cases visible to the commissielid.');
  const rnd = prng(20261121);
  const pick = () => ids[Math.floor(rnd() * ids.length)];

  const list = () => api.call('GET', '/api/zaken?perPagina=25', { token });
  const detail = () => api.call('GET', `/api/zaken/${pick()}`, { token });

  log(`lezen / reads: ${requests} x lijst/list en ${requests} x detail, concurrency ${concurrency} (${ids.length} zichtbare zaken / visible cases) ...`);
  if (warmup > 0) await closedLoop(api, warmup, concurrency, list, 'warmup');
  const l = await closedLoop(api, requests, concurrency, list, 'LIST');
  if (warmup > 0) await closedLoop(api, warmup, concurrency, detail, 'warmup');
  const d = await closedLoop(api, requests, concurrency, detail, 'DETAIL');
  return {
    visibleCases: totaal,
    idsSampledFrom: ids.length,
    list: { wallSeconds: Math.round(l.wallMs) / 1000, ...l.rec.report(['LIST'], l.wallMs) },
    detail: { wallSeconds: Math.round(d.wallMs) / 1000, ...d.rec.report(['DETAIL'], d.wallMs) },
    errorSamples: { ...l.rec.errorEvidence(), ...d.rec.errorEvidence() },
  };
}
