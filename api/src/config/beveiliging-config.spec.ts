import { ConfigFout, loadConfig } from './app-config';

const PG = 'postgres://postgres@127.0.0.1:5432/ws';
const GEHEIM = 'z'.repeat(32);

describe('loadConfig: dev login only on the embedded database or in development/test', () => {
  it.each([
    ['embedded, no NODE_ENV', {}, true],
    ['embedded, NODE_ENV=development', { NODE_ENV: 'development' }, true],
    ['DATABASE_URL with NODE_ENV=development', { DATABASE_URL: PG, NODE_ENV: 'development' }, true],
    ['DATABASE_URL with NODE_ENV=test', { DATABASE_URL: PG, NODE_ENV: 'test' }, true],
    ['DATABASE_URL without NODE_ENV', { DATABASE_URL: PG }, false],
    ['DATABASE_URL with NODE_ENV=staging', { DATABASE_URL: PG, NODE_ENV: 'staging' }, false],
    ['production, embedded', { NODE_ENV: 'production', JWT_SECRET: GEHEIM }, false],
    ['production on DATABASE_URL', { NODE_ENV: 'production', JWT_SECRET: GEHEIM, DATABASE_URL: PG }, false],
  ])('defaults to %s → %s', (_naam, env, verwacht) => {
    expect(loadConfig(env).devLogin).toBe(verwacht);
  });

  it.each([
    [{ DATABASE_URL: PG, DEV_LOGIN: 'true' }, /DEV_LOGIN=true mag alleen met de ingebouwde database .* NODE_ENV=development of test \(nu: NODE_ENV='' met DATABASE_URL\)/],
    [{ DATABASE_URL: PG, DEV_LOGIN: 'true', NODE_ENV: 'acceptatie' }, /NODE_ENV='acceptatie'/],
    [{ DEV_LOGIN: 'true', NODE_ENV: 'production', JWT_SECRET: GEHEIM }, /DEV_LOGIN=true is niet toegestaan met NODE_ENV=production/],
  ])('refuses to start with %j', (env, melding) => {
    expect(() => loadConfig(env)).toThrow(ConfigFout);
    expect(() => loadConfig(env)).toThrow(melding);
  });

  it('accepts an explicit DEV_LOGIN=false anywhere', () => {
    expect(loadConfig({ DATABASE_URL: PG, DEV_LOGIN: 'false' }).devLogin).toBe(false);
  });
});

describe('loadConfig: OIDC', () => {
  const keycloak = { OIDC_ISSUER: 'https://sso.gemeente.nl/realms/woonstart/', OIDC_CLIENT_ID: 'woonstart', OIDC_REDIRECT_URI: 'https://woonstart.gemeente.nl/api/auth/oidc/callback' };

  it('is off without OIDC_ISSUER', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('reads a Keycloak realm as a public client with the default scopes', () => {
    expect(loadConfig(keycloak).oidc).toEqual({
      issuer: 'https://sso.gemeente.nl/realms/woonstart', clientId: 'woonstart', clientSecret: null,
      redirectUri: 'https://woonstart.gemeente.nl/api/auth/oidc/callback', scopes: 'openid email profile',
      postLogoutRedirectUri: 'https://woonstart.gemeente.nl/inloggen',
    });
  });

  it('takes a client secret and scopes, and http on localhost', () => {
    const c = loadConfig({ OIDC_ISSUER: 'http://localhost:8080/realms/woonstart', OIDC_CLIENT_ID: 'ws', OIDC_CLIENT_SECRET: 'geheim', OIDC_REDIRECT_URI: 'http://127.0.0.1:3000/api/auth/oidc/callback', OIDC_SCOPES: 'openid  email' });
    expect(c.oidc).toMatchObject({ issuer: 'http://localhost:8080/realms/woonstart', clientSecret: 'geheim', scopes: 'openid email' });
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'woonstart' }, /OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_REDIRECT_URI samen nodig; OIDC_ISSUER en OIDC_REDIRECT_URI ontbreekt/],
    [{ ...keycloak, OIDC_REDIRECT_URI: '' }, /OIDC_REDIRECT_URI ontbreekt/],
    [{ ...keycloak, OIDC_ISSUER: 'sso.gemeente.nl' }, /OIDC_ISSUER moet een volledig adres zijn/],
    [{ ...keycloak, OIDC_ISSUER: 'http://sso.gemeente.nl/realms/woonstart' }, /OIDC_ISSUER moet met https:\/\/ beginnen; http:\/\/ mag alleen voor localhost/],
    [{ ...keycloak, OIDC_REDIRECT_URI: 'https://woonstart.gemeente.nl/callback' }, /OIDC_REDIRECT_URI moet eindigen op \/api\/auth\/oidc\/callback/],
    [{ ...keycloak, OIDC_CLIENT_ID: 'woon start' }, /OIDC_CLIENT_ID mag geen spaties/],
    [{ ...keycloak, OIDC_SCOPES: 'email profile' }, /OIDC_SCOPES moet 'openid' bevatten/],
  ])('refuses %j with a Dutch message', (env, melding) => {
    expect(() => loadConfig(env)).toThrow(ConfigFout);
    expect(() => loadConfig(env)).toThrow(melding);
  });
});

describe('loadConfig: login limit and proxies', () => {
  it('limits to 10 login attempts a minute and trusts no proxy by default', () => {
    expect(loadConfig({})).toMatchObject({ loginLimiet: 10, trustProxy: false });
  });

  it.each([
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
    ['false', false],
  ])('reads TRUST_PROXY=%s', (raw, verwacht) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(verwacht);
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY moet het aantal proxies .*'true' is niet toegestaan/],
    [{ TRUST_PROXY: 'proxy.intern' }, /TRUST_PROXY moet/],
    [{ LOGIN_LIMIET: '0' }, /LOGIN_LIMIET moet een geheel getal tussen 1 en 100000/],
  ])('refuses %j', (env, melding) => {
    expect(() => loadConfig(env)).toThrow(melding);
  });
});
