// Latency bookkeeping: every request is recorded with its operation, status and duration.

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

/** Summary of durations in ms: count, mean and p50/p95/p99/max. */
export function summarize(durations) {
  const sorted = Float64Array.from(durations).sort();
  const n = sorted.length;
  let sum = 0;
  for (const d of sorted) sum += d;
  return {
    count: n,
    mean: n ? round(sum / n) : null,
    min: n ? round(sorted[0]) : null,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: n ? round(sorted[n - 1]) : null,
  };
}

export class Recorder {
  constructor() {
    /** @type {Array<{op: string, ok: boolean, status: number|string, ms: number, start: number, end: number}>} */
    this.samples = [];
    /** Up to a few response bodies per (op, status) of failed requests, as evidence. */
    this.errorSamples = new Map();
  }

  add(sample, body) {
    this.samples.push(sample);
    if (!sample.ok) {
      const key = `${sample.op} ${sample.status}`;
      const list = this.errorSamples.get(key) ?? [];
      if (list.length < 3) {
        list.push(typeof body === 'string' ? body.slice(0, 600) : String(body ?? ''));
        this.errorSamples.set(key, list);
      }
    }
  }

  /** Successful and failed requests of the given ops, summarised. */
  report(ops, wallMs) {
    const set = new Set(ops);
    const picked = this.samples.filter((s) => set.has(s.op));
    const ok = picked.filter((s) => s.ok);
    const errorsByStatus = {};
    for (const s of picked) if (!s.ok) errorsByStatus[s.status] = (errorsByStatus[s.status] ?? 0) + 1;
    const errors = picked.length - ok.length;
    return {
      requests: picked.length,
      ok: ok.length,
      errors,
      errorRate: picked.length ? errors / picked.length : 0,
      errorsByStatus,
      perSecond: wallMs > 0 ? Math.round((ok.length / (wallMs / 1000)) * 10) / 10 : null,
      latencyMs: summarize(ok.map((s) => s.ms)),
    };
  }

  errorEvidence() {
    return Object.fromEntries(this.errorSamples);
  }
}
