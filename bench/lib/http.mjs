import { performance } from 'node:perf_hooks';

/**
 * A small JSON client on global fetch. Every call is timed from just before the
 * request until the whole response body has been read, and can be recorded.
 */
export class ApiClient {
  constructor(baseUrl, { timeoutMs = 30_000 } = {}) {
    this.baseUrl = baseUrl;
    this.timeoutMs = timeoutMs;
    this.controller = new AbortController();
  }

  /** Stops the run: requests in flight are aborted, new ones are not sent. */
  abort() {
    this.controller.abort();
  }

  get aborted() {
    return this.controller.signal.aborted;
  }

  /**
   * @returns {Promise<{ok: boolean, status: number|string, body: any, text: string, ms: number, start: number, end: number}>}
   * status is the HTTP status, or 'timeout' / 'network' when no response arrived ('aborted' after abort()).
   */
  async call(method, path, { token, body, headers: extra = {} } = {}) {
    const headers = { accept: 'application/json', ...extra };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const start = performance.now();
    if (this.aborted) return { ok: false, status: 'aborted', body: null, text: 'aborted', ms: 0, start, end: start };
    try {
      const res = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.any([this.controller.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      const text = await res.text();
      const end = performance.now();
      let parsed = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return { ok: res.status >= 200 && res.status < 300, status: res.status, body: parsed, text, headers: res.headers, ms: end - start, start, end };
    } catch (e) {
      const end = performance.now();
      const status = this.aborted ? 'aborted' : e?.name === 'TimeoutError' || e?.name === 'AbortError' ? 'timeout' : 'network';
      const text = `${e?.name ?? 'Error'}: ${e?.message ?? e}${e?.cause ? ` (${e.cause.code ?? e.cause.message ?? e.cause})` : ''}`;
      return { ok: false, status, body: null, text, ms: end - start, start, end };
    }
  }
}

/** POST /api/auth/dev-login; returns the bearer token or throws with the api's answer. */
export async function devLogin(client, email) {
  const r = await client.call('POST', '/api/auth/dev-login', { body: { email } });
  if (!r.ok || !r.body?.token) throw new Error(`Inloggen als ${email} mislukt / login failed: HTTP ${r.status} ${r.text.slice(0, 300)}`);
  return { token: r.body.token, gebruiker: r.body.gebruiker };
}
