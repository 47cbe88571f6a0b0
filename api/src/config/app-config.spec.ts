import { ConfigFout, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for the demo: embedded database, dev login, port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, devLogin: true, seedDemo: true, bodyLimit: '100kb', poolSize: 10, sessionHours: 8 });
    expect(c.dataDir).toMatch(/\.data[/\\]pglite$/);
  });

  it('uses DATABASE_URL and then keeps no embedded data folder', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ws' });
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/ws');
    expect(c.dataDir).toBeNull();
  });

  it("keeps the embedded database in memory with DATA_DIR=memory", () => {
    expect(loadConfig({ DATA_DIR: 'memory' }).dataDir).toBeNull();
  });

  it.each([
    [{ PORT: 'abc' }, /PORT moet een geheel getal/],
    [{ PORT: '70000' }, /PORT moet een geheel getal tussen 1 en 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL moet met postgres/],
    [{ DEV_LOGIN: 'misschien' }, /DEV_LOGIN moet 'true' of 'false'/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET moet minstens 16 tekens/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DEV_LOGIN: 'true' }, /DEV_LOGIN=true is niet toegestaan/],
    [{ SESSION_HOURS: '48' }, /SESSION_HOURS moet een geheel getal tussen 1 en 24/],
  ])('refuses %j with a Dutch message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigFout);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('turns dev login off by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(32) }).devLogin).toBe(false);
  });

  describe('retention (BEWAARTERMIJN_MAANDEN, ANONIMISERING_INTERVAL_MS)', () => {
    it('anonymises 24 months after closing, hourly, and not at all when the job worker is off', () => {
      expect(loadConfig({})).toMatchObject({ bewaartermijnMaanden: 24, anonimiseringIntervalMs: 3_600_000 });
      expect(loadConfig({ TAKEN_INTERVAL_MS: '0' }).anonimiseringIntervalMs).toBe(0);
      expect(loadConfig({ TAKEN_INTERVAL_MS: '0', ANONIMISERING_INTERVAL_MS: '60000' }).anonimiseringIntervalMs).toBe(60_000);
      expect(loadConfig({ BEWAARTERMIJN_MAANDEN: '84' }).bewaartermijnMaanden).toBe(84);
    });

    it.each(['0', '-1', 'twee jaar', '2.5'])('refuses BEWAARTERMIJN_MAANDEN=%s with a message', (waarde) => {
      expect(() => loadConfig({ BEWAARTERMIJN_MAANDEN: waarde })).toThrow(/BEWAARTERMIJN_MAANDEN moet een geheel getal tussen 1 en 1200/);
    });
  });

  describe('mail (SMTP_*) and the notification worker', () => {
    it('keeps mail in the app without SMTP_HOST, and follows the job interval unless told otherwise', () => {
      expect(loadConfig({})).toMatchObject({ smtp: null, meldingenIntervalMs: 30_000 });
      expect(loadConfig({ TAKEN_INTERVAL_MS: '0' }).meldingenIntervalMs).toBe(0);
      expect(loadConfig({ TAKEN_INTERVAL_MS: '0', MELDINGEN_INTERVAL_MS: '5000' }).meldingenIntervalMs).toBe(5000);
    });

    it.each([
      [{ SMTP_HOST: 'smtp.gemeente.nl', SMTP_FROM: 'woonstart@gemeente.nl' }, { host: 'smtp.gemeente.nl', port: 587, secure: false, user: null, password: null, from: 'woonstart@gemeente.nl' }],
      [{ SMTP_HOST: 'smtp.gemeente.nl', SMTP_PORT: '465', SMTP_FROM: 'Woonstart <woonstart@gemeente.nl>', SMTP_USER: 'ws', SMTP_PASSWORD: 'geheim' },
        { host: 'smtp.gemeente.nl', port: 465, secure: true, user: 'ws', password: 'geheim', from: 'Woonstart <woonstart@gemeente.nl>' }],
      [{ SMTP_HOST: '10.0.0.5', SMTP_SECURE: 'true', SMTP_FROM: 'a@b.nl' }, { host: '10.0.0.5', port: 465, secure: true }],
      [{ SMTP_HOST: 'localhost', SMTP_PORT: '2525', SMTP_SECURE: 'false', SMTP_FROM: 'a@b.nl' }, { host: 'localhost', port: 2525, secure: false }],
    ])('reads the mail server from %j', (env, smtp) => {
      expect(loadConfig(env).smtp).toMatchObject(smtp);
    });

    it.each([
      [{ SMTP_USER: 'ws', SMTP_PASSWORD: 'x' }, /SMTP_USER en SMTP_PASSWORD werken alleen met SMTP_HOST/],
      [{ SMTP_HOST: 'smtp.gemeente.nl' }, /SMTP_FROM moet een afzender zijn/],
      [{ SMTP_HOST: 'smtp.gemeente.nl', SMTP_FROM: 'geen adres' }, /SMTP_FROM moet een afzender zijn/],
      [{ SMTP_HOST: 'smtp://gemeente.nl', SMTP_FROM: 'a@b.nl' }, /SMTP_HOST moet een hostnaam/],
      [{ SMTP_HOST: 'smtp.gemeente.nl', SMTP_FROM: 'a@b.nl', SMTP_PORT: '0' }, /SMTP_PORT moet een geheel getal tussen 1 en 65535/],
      [{ SMTP_HOST: 'smtp.gemeente.nl', SMTP_FROM: 'a@b.nl', SMTP_SECURE: 'ja' }, /SMTP_SECURE moet 'true' of 'false'/],
      [{ SMTP_HOST: 'smtp.gemeente.nl', SMTP_FROM: 'a@b.nl', SMTP_USER: 'ws' }, /SMTP_USER en SMTP_PASSWORD allebei/],
      [{ MELDINGEN_INTERVAL_MS: '-1' }, /MELDINGEN_INTERVAL_MS moet een geheel getal/],
    ])('refuses %j with a Dutch message', (env, message) => {
      expect(() => loadConfig(env)).toThrow(ConfigFout);
      expect(() => loadConfig(env)).toThrow(message);
    });
  });
});
