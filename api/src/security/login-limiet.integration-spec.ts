import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * The login limit at its default of 10 attempts per minute. TRUST_PROXY=loopback lets the test
 * play clients at different addresses (X-Forwarded-For from 127.0.0.1), as a load balancer would.
 */
describe('login rate limit (10 attempts per minute per address and per account, in PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let adres = 0;
  /** An address no other test used, so each test starts with empty counters. */
  const nieuwAdres = () => `203.0.113.${++adres}`;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_LIMIET: '10', TRUST_PROXY: 'loopback' } });
    db = t.running.app.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await t?.close();
  });

  // Each test starts with no counters: an account used by an earlier test in the same clock minute
  // would otherwise already have attempts counted (the per-account limit spans addresses).
  beforeEach(async () => {
    await db.query(`DELETE FROM inlogpoging`);
  });

  /**
   * Counts are kept per clock minute. A burst of attempts must fall inside one minute for the
   * 11th to be refused, so a test starting in the last 15 s of a minute first waits for the next.
   */
  async function beginVanMinuut(): Promise<void> {
    const [{ seconde }] = await db.query(`SELECT extract(second FROM clock_timestamp())::float AS seconde`);
    if (seconde > 45) await new Promise((r) => setTimeout(r, (60.5 - seconde) * 1000));
  }

  const devLogin = (ip: string, email: string) => t.call('POST', '/auth/dev-login', { body: { email }, headers: { 'x-forwarded-for': ip } });

  it('refuses the 11th login from one address within a minute with 429, Retry-After and a Dutch problem', async () => {
    await beginVanMinuut();
    const ip = nieuwAdres();
    const emails = Object.values(GEBRUIKER);
    const statussen: number[] = [];
    for (let i = 0; i < 10; i++) statussen.push((await devLogin(ip, emails[i % emails.length]!)).status);
    expect(statussen).toEqual(Array(10).fill(200));

    const res = await devLogin(ip, GEBRUIKER.coordinator);
    verwachtProbleem(res, 429, /Te veel inlogpogingen\. Wacht \d+ seconden? en probeer het dan opnieuw\./);
    const wacht = Number(res.headers.get('retry-after'));
    expect(wacht).toBeGreaterThanOrEqual(1);
    expect(wacht).toBeLessThanOrEqual(60);
    expect(res.headers.get('set-cookie')).toBeNull();

    // Another address is not affected.
    expect((await devLogin(nieuwAdres(), GEBRUIKER.coordinator)).status).toBe(200);
  });

  it('refuses the 11th attempt on one account even from ever new addresses; failed attempts count too', async () => {
    await beginVanMinuut();
    const statussen: number[] = [];
    for (let i = 0; i < 10; i++) statussen.push((await devLogin(nieuwAdres(), i % 2 ? GEBRUIKER.beheerder : ' BEHEER@haaglanden.demo ')).status);
    // Odd attempts are a valid login, even ones a malformed e-mail (400) of the same account.
    expect(statussen).toEqual([400, 200, 400, 200, 400, 200, 400, 200, 400, 200]);
    verwachtProbleem(await devLogin(nieuwAdres(), GEBRUIKER.beheerder), 429, /Te veel inlogpogingen/);
    expect((await devLogin(nieuwAdres(), GEBRUIKER.zorgKessler)).status).toBe(200);
  });

  it('limits the OIDC routes per address as well, with a Dutch page (they are browser navigations)', async () => {
    await beginVanMinuut();
    const ip = nieuwAdres();
    const antwoorden: Array<string | null> = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${t.baseUrl}/auth/oidc/login`, { redirect: 'manual', headers: { 'x-forwarded-for': ip } });
      antwoorden.push(`${res.status} ${res.headers.get('location')}`);
    }
    // OIDC is not configured in this app: the login page explains that.
    expect(antwoorden).toEqual(Array(10).fill('303 /inloggen?fout=uit'));
    const res = await fetch(`${t.baseUrl}/auth/oidc/callback?code=x&state=y`, { redirect: 'manual', headers: { 'x-forwarded-for': ip } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/<h1>Te veel inlogpogingen<\/h1>[\s\S]*Wacht \d+ seconden? en probeer het dan opnieuw/);
  });

  it('keeps no address or e-mail in the counter table, only keyed hashes', async () => {
    expect((await devLogin(nieuwAdres(), GEBRUIKER.coordinator)).status).toBe(200);
    const rijen: Array<{ sleutel: string }> = await db.query(`SELECT sleutel FROM inlogpoging`);
    expect(rijen.length).toBeGreaterThan(0);
    for (const { sleutel } of rijen) expect(sleutel).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  // Two replicas share the counters only through a shared PostgreSQL (the embedded one is per process).
  (process.env['DATABASE_URL'] ? it : it.skip)('counts across two api replicas on one database', async () => {
    const tweede = await startTestApp({ env: { LOGIN_LIMIET: '10', TRUST_PROXY: 'loopback' } });
    try {
      await beginVanMinuut();
      const ip = nieuwAdres();
      const emails = Object.values(GEBRUIKER);
      const statussen: number[] = [];
      for (let i = 0; i < 10; i++) {
        const replica = i % 2 ? tweede : t;
        statussen.push((await replica.call('POST', '/auth/dev-login', { body: { email: emails[i]! }, headers: { 'x-forwarded-for': ip } })).status);
      }
      expect(statussen).toEqual(Array(10).fill(200));
      verwachtProbleem(await tweede.call('POST', '/auth/dev-login', { body: { email: GEBRUIKER.coordinator }, headers: { 'x-forwarded-for': ip } }), 429);
    } finally {
      await tweede.close();
    }
  });

  it('says the OIDC login is off and the dev login on', async () => {
    expect((await t.call('GET', '/auth/methoden')).body).toEqual({ ontwikkelLogin: true, oidc: false });
  });
});

describe('dev login switched off (as outside embedded/development mode)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { DEV_LOGIN: 'false' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses the dev login and its user list with 404, sets no cookie, and says it is off', async () => {
    const login = await t.call('POST', '/auth/dev-login', { body: { email: GEBRUIKER.beheerder } });
    verwachtProbleem(login, 404, /De ontwikkel-login staat uit/);
    expect(login.headers.get('set-cookie')).toBeNull();
    verwachtProbleem(await t.call('GET', '/auth/dev-gebruikers'), 404, /De ontwikkel-login staat uit/);
    expect((await t.call('GET', '/auth/methoden')).body).toEqual({ ontwikkelLogin: false, oidc: false });
  });
});
