import { GEBRUIKER } from '../testing/demo-gebruikers';
import { testOmgeving } from '../testing/test-omgeving';
import { geldigeZaak } from '../testing/zaak-fixtures';
import { PERMISSIONS_POLICY } from './beveiligingsheaders';

/** Security headers on a sample of routes, answers and refusals; bodies the api does not read. */
describe('security headers and request limits', () => {
  const omgeving = testOmgeving();
  let token: string;

  beforeAll(async () => {
    token = await omgeving.t.token(GEBRUIKER.zorgParnassia);
  });

  const zaken = async () => Number((await omgeving.db.query(`SELECT count(*) AS n FROM zaak`))[0].n);

  it.each<[string, string, string, { token?: boolean; body?: unknown; headers?: Record<string, string> }, number]>([
    ['health', 'GET', '/health', {}, 200],
    ['login methods', 'GET', '/auth/methoden', {}, 200],
    ['the work list (personal data)', 'GET', '/zaken', { token: true }, 200],
    ['not logged in', 'GET', '/users/me', {}, 401],
    ['an unknown case', 'GET', '/zaken/00000000-0000-4000-8000-000000000000', { token: true }, 404],
    ['an unknown route', 'GET', '/bestaat-niet', {}, 404],
    ['a validation error', 'POST', '/zaken', { token: true, body: { categorie: 'XX' } }, 400],
    ['invalid JSON', 'POST', '/zaken', { token: true, body: '{"categorie":', headers: { 'content-type': 'application/json' } }, 400],
    ['an oversized body', 'POST', '/zaken', { token: true, body: { ...geldigeZaak(), ondersteuningsplan: 'x'.repeat(150_000) } }, 413],
    ['the OpenAPI document', 'GET', '/docs-json', {}, 200],
  ])('%s (%s %s) carries no-store, a strict CSP and the other headers', async (_naam, method, pad, opties, status) => {
    const res = await omgeving.t.call(method, pad, { token: opties.token ? token : undefined, body: opties.body, headers: opties.headers });
    expect(res.status).toBe(status);
    const h = Object.fromEntries(['cache-control', 'pragma', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'x-frame-options', 'cross-origin-opener-policy'].map((n) => [n, res.headers.get(n)]));
    expect(h).toEqual({
      'cache-control': 'no-store', pragma: 'no-cache', 'referrer-policy': 'no-referrer', 'permissions-policy': PERMISSIONS_POLICY,
      'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'cross-origin-opener-policy': 'same-origin',
    });
    const csp = Object.fromEntries((res.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    expect(csp).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'object-src': "'none'", 'frame-ancestors': "'self'", 'base-uri': "'self'", 'form-action': "'self'" });
    expect(csp).not.toHaveProperty('upgrade-insecure-requests');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it.each([
    ['urlencoded', 'application/x-www-form-urlencoded', `categorie=BW&ondersteuningsplan=${'x'.repeat(300_000)}`],
    ['plain text', 'text/plain', 'x'.repeat(300_000)],
    ['a JSON body sent as text', 'text/plain', JSON.stringify(geldigeZaak())],
  ])('does not read a %s body (only JSON up to BODY_LIMIT): 4xx in Dutch, nothing saved', async (_naam, type, body) => {
    const voor = await zaken();
    const res = await omgeving.t.call('POST', '/zaken', { token, body, headers: { 'content-type': type } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/\b(het|de|is|moet)\b/);
    expect(await zaken()).toBe(voor);
  });
});
