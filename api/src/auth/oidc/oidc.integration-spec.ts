import { randomUUID } from 'node:crypto';
import type { Response as ExpressResponse } from 'express';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { GEBRUIKER } from '../../testing/demo-gebruikers';
import { startOidcTestprovider, vrijePoort, type OidcTestprovider } from '../../testing/oidc-testprovider';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OIDC_COOKIE, OidcTransactieCookie, type OidcCookieInhoud } from './oidc-transactie.cookie';

/**
 * The whole authorisation code flow against a real OpenID provider (oidc-provider in its own
 * process) with PKCE required: a browser's redirects and cookies are followed by hand, so each
 * check (state, nonce, verifier, signature) can be broken on its own.
 */

/** Cookies for 127.0.0.1, shared by every port as in a browser; follows nothing by itself. */
class Browser {
  private readonly koekjes = new Map<string, string>();

  koekje(naam: string): string | undefined {
    return this.koekjes.get(naam);
  }

  zetKoekje(naam: string, waarde: string): void {
    this.koekjes.set(naam, waarde);
  }

  async haal(url: string, verzoek: { method?: string; body?: string; type?: string } = {}): Promise<Response> {
    const cookie = [...this.koekjes].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(verzoek.type ? { 'content-type': verzoek.type } : {}) };
    const res = await fetch(url, { redirect: 'manual', method: verzoek.method ?? 'GET', body: verzoek.body, headers });
    for (const regel of res.headers.getSetCookie()) {
      const [paar = '', ...attributen] = regel.split(';').map((d) => d.trim());
      const naam = paar.slice(0, paar.indexOf('='));
      const waarde = paar.slice(paar.indexOf('=') + 1);
      const weg = waarde === '' || attributen.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now()));
      if (weg) this.koekjes.delete(naam);
      else this.koekjes.set(naam, waarde);
    }
    return res;
  }
}

describe('OIDC login (authorisation code flow with PKCE) against a real provider', () => {
  let t: TestApp;
  let idp: OidcTestprovider;
  let redirectUri: string;
  let db: DataSource;
  let organisatieId: string;

  beforeAll(async () => {
    const poort = await vrijePoort();
    redirectUri = `http://127.0.0.1:${poort}/api/auth/oidc/callback`;
    idp = await startOidcTestprovider(redirectUri);
    t = await startTestApp({ port: poort, env: { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'woonstart-test', OIDC_REDIRECT_URI: redirectUri } });
    db = t.running.app.get<DataSource>(getDataSourceToken());
    [{ organisatie_id: organisatieId }] = await db.query(`SELECT organisatie_id FROM gebruiker WHERE email = $1`, [GEBRUIKER.intakeDenHaag]);
  });

  afterAll(async () => {
    await t?.close();
    await idp?.stop();
  });

  /** A fresh Woonstart user of gemeente Den Haag, so linking never touches the seeded demo users. */
  async function nieuweGebruiker(actief = true): Promise<{ id: string; email: string }> {
    const email = `oidc-${randomUUID().slice(0, 8)}@denhaag.demo`;
    const [{ id }] = await db.query(`INSERT INTO gebruiker (email, naam, rol, organisatie_id, actief) VALUES ($1, 'OIDC Testgebruiker', 'gemeentemedewerker', $2, $3) RETURNING id`, [email, organisatieId, actief]);
    return { id, email };
  }

  /** Login at the api, through the provider, up to (not including) the callback: returns the callback URL. */
  async function totCallback(b: Browser, terug = '/zaken'): Promise<string> {
    let url = `${t.baseUrl}/auth/oidc/login?terug=${encodeURIComponent(terug)}`;
    for (let stap = 0; stap < 10; stap++) {
      const res = await b.haal(url);
      const locatie = res.headers.get('location');
      if (!locatie) throw new Error(`Geen doorverwijzing van ${url}: ${res.status} ${await res.text()}`);
      url = new URL(locatie, url).href;
      if (url.startsWith(redirectUri)) return url;
    }
    throw new Error('De provider kwam niet terug bij de callback');
  }

  /** A fresh user (e-mail verified at the IdP) and a browser that went through the IdP up to the callback. */
  async function nieuweLoginTotCallback(terug = '/zaken'): Promise<{ g: { id: string; email: string }; b: Browser; callback: string }> {
    const g = await nieuweGebruiker();
    await idp.zetAccount({ sub: `kc-${g.id}`, email: g.email, email_verified: true });
    const b = new Browser();
    return { g, b, callback: await totCallback(b, terug) };
  }

  /** The transaction cookie the api would set for this content (signed by the app's own code). */
  async function transactieCookie(inhoud: OidcCookieInhoud): Promise<string> {
    let waarde = '';
    const res = { cookie: (_naam: string, w: string) => (waarde = w) } as unknown as ExpressResponse;
    await t.running.app.get(OidcTransactieCookie).zet(res, inhoud);
    return waarde;
  }

  function inhoudVan(b: Browser): OidcCookieInhoud {
    return JSON.parse(Buffer.from(b.koekje(OIDC_COOKIE)!.split('.')[1]!, 'base64url').toString()) as OidcCookieInhoud;
  }

  async function ik(b: Browser): Promise<{ status: number; email?: string; id?: string }> {
    const res = await b.haal(`${t.baseUrl}/users/me`);
    return { status: res.status, ...(res.status === 200 ? ((await res.json()) as { email: string; id: string }) : {}) };
  }

  /** A refused login: back to the login page with the reason, no session. */
  async function verwachtGeweigerd(b: Browser, res: Response, fout: string): Promise<void> {
    expect({ status: res.status, locatie: res.headers.get('location') }).toEqual({ status: 303, locatie: `/inloggen?fout=${fout}` });
    expect(b.koekje('woonstart_sessie')).toBeUndefined();
    expect(b.koekje(OIDC_COOKIE)).toBeUndefined();
    expect((await ik(b)).status).toBe(401);
  }

  it('says OIDC is on next to the dev login', async () => {
    expect((await t.call('GET', '/auth/methoden')).body).toEqual({ ontwikkelLogin: true, oidc: true });
  });

  it('sends the browser to the IdP with PKCE S256, state and nonce, and keeps the transaction in a short-lived signed httpOnly cookie', async () => {
    const b = new Browser();
    const res = await b.haal(`${t.baseUrl}/auth/oidc/login`);
    expect(res.status).toBe(302);
    const naar = new URL(res.headers.get('location')!);
    expect(`${naar.origin}${naar.pathname}`).toBe(`${idp.issuer}/auth`);
    const p = Object.fromEntries(naar.searchParams);
    expect(p).toMatchObject({ client_id: 'woonstart-test', redirect_uri: redirectUri, response_type: 'code', scope: 'openid email profile', code_challenge_method: 'S256' });
    expect(p['code_challenge']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p['state']).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(p['nonce']).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(p).not.toHaveProperty('code_verifier');

    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${OIDC_COOKIE}=`))!;
    expect(cookie).toMatch(/; Max-Age=600;/);
    expect(cookie).toMatch(/; Path=\/api\/auth\/oidc/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    const inhoud = inhoudVan(b);
    expect(inhoud).toMatchObject({ state: p['state'], nonce: p['nonce'], terug: '/' });
    expect(inhoud.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
  });

  it('runs the whole flow: links the user by verified e-mail, sets the session cookie, audits, and the session works', async () => {
    const g = await nieuweGebruiker();
    await idp.zetAccount({ sub: `kc-${g.id}`, email: g.email.toUpperCase(), email_verified: true });
    const b = new Browser();
    const res = await b.haal(await totCallback(b, '/zaken'));

    expect({ status: res.status, locatie: res.headers.get('location') }).toEqual({ status: 303, locatie: '/zaken' });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('woonstart_sessie='))).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    expect(b.koekje(OIDC_COOKIE)).toBeUndefined();
    expect(await ik(b)).toMatchObject({ status: 200, id: g.id, email: g.email });
    expect((await b.haal(`${t.baseUrl}/zaken`)).status).toBe(200);

    expect(await db.query(`SELECT oidc_sub FROM gebruiker WHERE id = $1`, [g.id])).toEqual([{ oidc_sub: `kc-${g.id}` }]);
    const audit: Array<{ actie: string; actor_id: string; gegevens: unknown }> = await db.query(`SELECT actie, actor_id, gegevens FROM auditlog WHERE onderwerp = 'gebruiker' AND onderwerp_id = $1 ORDER BY id`, [g.id]);
    expect(audit).toEqual([
      { actie: 'oidc-gekoppeld', actor_id: g.id, gegevens: { methode: 'oidc' } },
      { actie: 'ingelogd', actor_id: g.id, gegevens: { methode: 'oidc' } },
    ]);
  });

  it('finds a linked user by sub on later logins, even when the IdP changed the e-mail', async () => {
    const g = await nieuweGebruiker();
    await idp.zetAccount({ sub: `kc-${g.id}`, email: g.email, email_verified: true });
    const eerste = new Browser();
    await eerste.haal(await totCallback(eerste));

    await idp.zetAccount({ sub: `kc-${g.id}`, email: `nieuw-${g.email}`, email_verified: false });
    const b = new Browser();
    const res = await b.haal(await totCallback(b, '/'));
    expect(res.headers.get('location')).toBe('/');
    expect(await ik(b)).toMatchObject({ status: 200, id: g.id });
  });

  it('refuses a callback whose state belongs to another login (login CSRF)', async () => {
    const { callback: callbackVanAanvaller } = await nieuweLoginTotCallback();
    const slachtoffer = new Browser();
    await slachtoffer.haal(`${t.baseUrl}/auth/oidc/login`);
    await verwachtGeweigerd(slachtoffer, await slachtoffer.haal(callbackVanAanvaller), 'mislukt');
  });

  it('refuses an id_token whose nonce does not match the transaction', async () => {
    const { g, b, callback } = await nieuweLoginTotCallback();
    b.zetKoekje(OIDC_COOKIE, await transactieCookie({ ...inhoudVan(b), nonce: 'een-andere-nonce-dan-de-idp-kreeg-0123456789' }));
    await verwachtGeweigerd(b, await b.haal(callback), 'mislukt');
    expect(await db.query(`SELECT oidc_sub FROM gebruiker WHERE id = $1`, [g.id])).toEqual([{ oidc_sub: null }]);
  });

  it('refuses when the PKCE verifier does not match the challenge (the IdP will not hand out tokens)', async () => {
    const { b, callback } = await nieuweLoginTotCallback();
    b.zetKoekje(OIDC_COOKIE, await transactieCookie({ ...inhoudVan(b), verifier: 'x'.repeat(43) }));
    await verwachtGeweigerd(b, await b.haal(callback), 'mislukt');
  });

  it('refuses an id_token with a broken signature', async () => {
    const { b, callback } = await nieuweLoginTotCallback();
    await idp.knoeiMetHandtekening();
    await verwachtGeweigerd(b, await b.haal(callback), 'mislukt');
  });

  it('refuses a callback without the transaction cookie, a forged cookie, and a code used twice', async () => {
    const { b, callback } = await nieuweLoginTotCallback();
    const cookie = b.koekje(OIDC_COOKIE)!;

    const zonder = new Browser();
    await verwachtGeweigerd(zonder, await zonder.haal(callback), 'mislukt');

    const vervalst = new Browser();
    const [kop, inhoud] = cookie.split('.');
    vervalst.zetKoekje(OIDC_COOKIE, `${kop}.${inhoud}.${'A'.repeat(43)}`);
    await verwachtGeweigerd(vervalst, await vervalst.haal(callback), 'mislukt');

    expect((await b.haal(callback)).headers.get('location')).toBe('/zaken');
    const nogmaals = new Browser();
    nogmaals.zetKoekje(OIDC_COOKIE, cookie);
    await verwachtGeweigerd(nogmaals, await nogmaals.haal(callback), 'mislukt');
  });

  it.each([
    ['an unknown e-mail', async () => ({ sub: `kc-${randomUUID()}`, email: `niemand-${randomUUID().slice(0, 8)}@elders.nl`, email_verified: true }), 'onbekend'],
    ['a blocked user', async () => { const g = await nieuweGebruiker(false); return { sub: `kc-${g.id}`, email: g.email, email_verified: true }; }, 'geblokkeerd'],
    ['an e-mail the IdP did not verify', async () => { const g = await nieuweGebruiker(); return { sub: `kc-${g.id}`, email: g.email, email_verified: false }; }, 'email-niet-bevestigd'],
  ])('sends %s back to the login page with a reason, not a session or a 500', async (_naam, account, fout) => {
    await idp.zetAccount(await account());
    const b = new Browser();
    await verwachtGeweigerd(b, await b.haal(await totCallback(b)), fout);
  });

  it('reports a refusal at the IdP (access_denied) as geweigerd', async () => {
    await idp.zetAccount(null);
    const b = new Browser();
    await verwachtGeweigerd(b, await b.haal(await totCallback(b)), 'geweigerd');
  });

  it.each(['//elders.nl/pad', 'https://elders.nl/', '/\\elders.nl'])('never redirects off-site after login (terug=%s)', async (terug) => {
    const { b, callback } = await nieuweLoginTotCallback(terug);
    expect((await b.haal(callback)).headers.get('location')).toBe('/');
  });

  it('logging out ends the session at the IdP too (RP-initiated logout with id_token_hint), and back at the login page', async () => {
    const { g, b, callback } = await nieuweLoginTotCallback();
    await b.haal(callback);
    expect(await ik(b)).toMatchObject({ status: 200, id: g.id });
    const idToken = b.koekje('woonstart_idp')!;
    expect(JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString())).toMatchObject({ sub: `kc-${g.id}`, aud: 'woonstart-test' });

    const res = await b.haal(`${t.baseUrl}/auth/logout`, { method: 'POST', body: '{}', type: 'application/json' });
    expect(res.status).toBe(200);
    const naar = new URL(((await res.json()) as { doorsturen: string }).doorsturen);
    expect(`${naar.origin}${naar.pathname}`).toBe(`${idp.issuer}/session/end`);
    const inloggen = `${new URL(redirectUri).origin}/inloggen`;
    expect(Object.fromEntries(naar.searchParams)).toMatchObject({ id_token_hint: idToken, post_logout_redirect_uri: inloggen });
    // Woonstart's own session is gone at once, whatever the browser does next.
    expect(b.koekje('woonstart_sessie')).toBeUndefined();
    expect(b.koekje('woonstart_idp')).toBeUndefined();
    expect((await ik(b)).status).toBe(401);

    // The IdP accepts the hint and the return address (it answers 400 to either when wrong), asks to confirm, and sends the browser back.
    const bevestigen = await b.haal(naar.href);
    expect(bevestigen.status).toBe(200);
    const html = await bevestigen.text();
    const actie = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(actie && xsrf).toBeTruthy();
    const terug = await b.haal(new URL(actie!, idp.issuer).href, { method: 'POST', body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }).toString(), type: 'application/x-www-form-urlencoded' });
    expect(terug.status).toBe(303);
    expect(terug.headers.get('location')).toBe(inloggen);
  });

  it('logging out after the dev login has nothing to do at the IdP: 204', async () => {
    const res = await t.call('POST', '/auth/logout');
    expect(res.status).toBe(204);
  });
});
