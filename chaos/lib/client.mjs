import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiClient } from '../../bench/lib/http.mjs';

/**
 * Events ask for the short answer (id, state, status, rowVersion, allowedEvents), as an integration
 * would: the checks need no more, and the full case detail would make the run slower, not harder.
 */
export const MINIMAAL = { prefer: 'return=minimal' };

/** No answer, a server error, or "the same key is still being handled": try again with the same key. */
function opnieuwProberen(r) {
  if (r.status === 'network' || r.status === 'timeout') return r.status;
  if (typeof r.status === 'number' && r.status >= 500) return `http-${r.status}`;
  if (r.status === 409 && r.body?.code === 'idempotentie-in-behandeling') return 'sleutel-in-behandeling';
  return null;
}

/**
 * What a careful client does: every state-changing request gets an Idempotency-Key,
 * and on a network error, a timeout or a 5xx it retries with the same key — round robin
 * over the replicas that are up, as a load balancer would send it — until it gets an answer.
 */
export class ChaosClient {
  /** `replicas`: objects with `baseUrl` and `up`; like a load balancer's health check, a replica known to be down gets no new requests. */
  constructor(replicas, { timeoutMs, opgevenNaMs }) {
    this.replicas = replicas;
    this.apis = replicas.map((r) => new ApiClient(r.baseUrl, { timeoutMs }));
    const baseUrls = replicas.map((r) => r.baseUrl);
    this.opgevenNaMs = opgevenNaMs;
    this.volgende = 0;
    this.inVlucht = new Map(baseUrls.map((u) => [u, 0]));
    this.cijfers = { verzoeken: 0, bevestigd: 0, herhaald: 0, bevestigdNaPoging: 0, pogingen: 0, opgegeven: 0, redenen: {} };
  }

  /**
   * Sends until answered. Returns the last answer: 2xx (acknowledged), a definitive
   * 4xx, or the last failure when it gave up. `sleutel` and `pogingen` come along.
   */
  async verstuur(method, path, { token, body, headers = {}, sleutel = randomUUID() } = {}) {
    const begin = Date.now();
    let poging = 0;
    for (;;) {
      const op = this.apis.filter((_, i) => this.replicas[i].up);
      const kandidaten = op.length ? op : this.apis;
      const api = kandidaten[this.volgende++ % kandidaten.length];
      this.inVlucht.set(api.baseUrl, this.inVlucht.get(api.baseUrl) + 1);
      const r = await api.call(method, path, { token, body, headers: { ...headers, 'Idempotency-Key': sleutel } });
      this.inVlucht.set(api.baseUrl, this.inVlucht.get(api.baseUrl) - 1);
      this.cijfers.verzoeken++;
      r.sleutel = sleutel;
      r.pogingen = poging;
      if (r.ok) {
        this.cijfers.bevestigd++;
        if (r.headers?.get('idempotent-replayed') === 'true') this.cijfers.herhaald++;
        if (poging > 0) this.cijfers.bevestigdNaPoging++;
        return r;
      }
      const reden = opnieuwProberen(r);
      if (!reden) return r;
      this.cijfers.redenen[reden] = (this.cijfers.redenen[reden] ?? 0) + 1;
      if (Date.now() - begin > this.opgevenNaMs) {
        this.cijfers.opgegeven++;
        r.opgegeven = true;
        return r;
      }
      poging++;
      this.cijfers.pogingen++;
      // Back off a little (with jitter) so a restarting replica or database is not hammered.
      await sleep(Math.min(1000, 25 * 2 ** Math.min(poging, 6)) + Math.random() * 100);
    }
  }
}
