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
});
