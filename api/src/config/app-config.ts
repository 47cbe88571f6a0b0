import { isIP } from 'node:net';
import { resolve } from 'node:path';

/**
 * Configuration read once at start-up and validated: a wrong value stops the app
 * with a message that says which variable and what is expected.
 */
export interface AppConfig {
  readonly port: number;
  readonly databaseUrl: string | null;
  readonly dataDir: string | null;
  readonly jwtSecret: string;
  readonly sessionHours: number;
  readonly devLogin: boolean;
  /** Login through the organisation's identity provider (OIDC); null when OIDC_ISSUER is not set. */
  readonly oidc: OidcConfig | null;
  /** Login attempts allowed per minute, per client address and per account (counted in PostgreSQL). */
  readonly loginLimiet: number;
  /** Express 'trust proxy': the proxies allowed to name the client's address (X-Forwarded-For). */
  readonly trustProxy: false | number | readonly string[];
  readonly seedDemo: boolean;
  readonly webDist: string | null;
  readonly logLevel: string;
  readonly bodyLimit: string;
  readonly poolSize: number;
  /** How often the durable-job worker looks for due jobs; 0 switches it off (tests drive it directly). */
  readonly takenIntervalMs: number;
  /** How often the outbox is turned into meldingen and e-mail is sent; 0 switches it off. Default: TAKEN_INTERVAL_MS. */
  readonly meldingenIntervalMs: number;
  /**
   * Months after a case closed (its last transition) before the retention job anonymises it; default 24.
   * The decision itself (besluit) is kept: its destruction follows the Archiefwet selectielijst, not this job.
   */
  readonly bewaartermijnMaanden: number;
  /** How often the retention job looks for closed cases past their term; 0 switches it off. Default: hourly, off when TAKEN_INTERVAL_MS=0. */
  readonly anonimiseringIntervalMs: number;
  /** Mail server; null (no SMTP_HOST) keeps e-mail in the app's mailbox with status 'bewaard' (embedded/development). */
  readonly smtp: SmtpConfig | null;
  /** How long an Idempotency-Key and its response are kept (hours, at least 24). */
  readonly idempotentieUren: number;
}

export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user: string | null;
  readonly password: string | null;
  readonly from: string;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  /** null: a public client (PKCE only); otherwise sent with client_secret_basic. */
  readonly clientSecret: string | null;
  readonly redirectUri: string;
  readonly scopes: string;
  /** Where the IdP sends the browser after logging out there: Woonstart's login page on the redirect URI's origin. */
  readonly postLogoutRedirectUri: string;
}

export class ConfigFout extends Error {}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigFout(`${name} moet 'true' of 'false' zijn (nu: '${raw}').`);
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigFout(`${name} moet een geheel getal tussen ${min} en ${max} zijn (nu: '${raw}').`);
  return n;
}

/** 'adres@domein' or 'Naam <adres@domein>'. */
const AFZENDER = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

function smtpConfig(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env['SMTP_HOST']?.trim() || null;
  const user = env['SMTP_USER'] || null;
  const password = env['SMTP_PASSWORD'] || null;
  if (!host) {
    if (user || password) throw new ConfigFout('SMTP_USER en SMTP_PASSWORD werken alleen met SMTP_HOST: stel de mailserver in of laat ze leeg.');
    return null;
  }
  if (/\s|\//.test(host)) throw new ConfigFout(`SMTP_HOST moet een hostnaam of IP-adres zijn, zonder spaties of schuine strepen (nu: '${host}').`);
  if (!!user !== !!password) throw new ConfigFout('Geef SMTP_USER en SMTP_PASSWORD allebei op, of geen van beide.');
  const secure = bool('SMTP_SECURE', env['SMTP_SECURE'], env['SMTP_PORT'] === '465');
  const from = env['SMTP_FROM']?.trim() ?? '';
  if (!AFZENDER.test(from)) throw new ConfigFout(`SMTP_FROM moet een afzender zijn als 'woonstart@gemeente.nl' of 'Woonstart <woonstart@gemeente.nl>' (verplicht met SMTP_HOST; nu: '${from}').`);
  return { host, port: int('SMTP_PORT', env['SMTP_PORT'], secure ? 465 : 587, 1, 65535), secure, user, password, from };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** An absolute https URL; plain http only on this machine (a local Keycloak, the tests). */
function httpsUrl(name: string, raw: string, voorbeeld: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigFout(`${name} moet een volledig adres zijn, bijvoorbeeld ${voorbeeld} (nu: '${raw}').`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new ConfigFout(`${name} moet met https:// beginnen; http:// mag alleen voor localhost (nu: '${raw}').`);
  }
  return url;
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | null {
  const waarde = (naam: string) => env[naam]?.trim() ?? '';
  const namen = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'];
  if (![...namen, 'OIDC_CLIENT_SECRET', 'OIDC_SCOPES'].some(waarde)) return null;
  const ontbreekt = namen.filter((n) => !waarde(n));
  if (ontbreekt.length > 0) throw new ConfigFout(`Voor inloggen via OIDC zijn OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_REDIRECT_URI samen nodig; ${ontbreekt.join(' en ')} ontbreekt.`);
  const issuer = httpsUrl('OIDC_ISSUER', waarde('OIDC_ISSUER'), 'https://sso.gemeente.nl/realms/woonstart');
  const redirect = httpsUrl('OIDC_REDIRECT_URI', waarde('OIDC_REDIRECT_URI'), 'https://woonstart.gemeente.nl/api/auth/oidc/callback');
  if (!redirect.pathname.endsWith('/api/auth/oidc/callback') || redirect.search || redirect.hash) {
    throw new ConfigFout(`OIDC_REDIRECT_URI moet eindigen op /api/auth/oidc/callback, zonder ? of # (nu: '${redirect.href}').`);
  }
  const clientId = waarde('OIDC_CLIENT_ID');
  if (/\s/.test(clientId)) throw new ConfigFout(`OIDC_CLIENT_ID mag geen spaties bevatten (nu: '${clientId}').`);
  const scopes = (waarde('OIDC_SCOPES') || 'openid email profile').split(/\s+/);
  if (!scopes.includes('openid') || scopes.some((s) => !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(s))) {
    throw new ConfigFout(`OIDC_SCOPES moet 'openid' bevatten, gescheiden door spaties, bijvoorbeeld 'openid email profile' (nu: '${env['OIDC_SCOPES']}').`);
  }
  // Issuer without trailing slash: the id_token's iss must match it exactly (Keycloak: https://host/realms/naam).
  return { issuer: issuer.href.replace(/\/$/, ''), clientId, clientSecret: env['OIDC_CLIENT_SECRET'] || null, redirectUri: redirect.href, scopes: scopes.join(' '), postLogoutRedirectUri: `${redirect.origin}/inloggen` };
}

const PROXY_NAMEN = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Behind a load balancer every request comes from its address, so the per-address login limit
 * needs the proxy named. 'true' (trust any X-Forwarded-For) would let a client pick its own
 * address and escape the limit, so it is refused.
 */
function trustProxy(raw: string | undefined): false | number | readonly string[] {
  const waarde = raw?.trim() ?? '';
  if (waarde === '' || waarde === 'false') return false;
  if (/^\d+$/.test(waarde) && Number(waarde) <= 10) return Number(waarde);
  const delen = waarde.split(',').map((d) => d.trim());
  const geldig = (d: string) => PROXY_NAMEN.has(d) || isIP(d.replace(/\/\d{1,3}$/, '')) !== 0;
  if (delen.every(geldig)) return delen;
  throw new ConfigFout(`TRUST_PROXY moet het aantal proxies (0-10) zijn of hun adressen, bijvoorbeeld '10.0.0.0/8' of 'loopback' ('true' is niet toegestaan; nu: '${waarde}').`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigFout(`DATABASE_URL moet met postgres:// of postgresql:// beginnen (nu: '${databaseUrl}').`);
  }
  const production = env['NODE_ENV'] === 'production';
  const jwtSecret = env['JWT_SECRET'] || (production ? '' : 'woonstart-ontwikkelsleutel-niet-voor-productie');
  if (jwtSecret.length < 16) throw new ConfigFout('JWT_SECRET moet minstens 16 tekens lang zijn (verplicht als NODE_ENV=production).');
  // The dev login lets anyone pick any user: only on the embedded demo database or in an explicit development/test mode.
  const nodeEnv = env['NODE_ENV'] ?? '';
  const devLoginMag = !production && (!databaseUrl || nodeEnv === 'development' || nodeEnv === 'test');
  const devLogin = bool('DEV_LOGIN', env['DEV_LOGIN'], devLoginMag);
  if (devLogin && production) throw new ConfigFout('DEV_LOGIN=true is niet toegestaan met NODE_ENV=production.');
  if (devLogin && !devLoginMag) {
    throw new ConfigFout(`DEV_LOGIN=true mag alleen met de ingebouwde database (zonder DATABASE_URL) of met NODE_ENV=development of test (nu: NODE_ENV='${nodeEnv}' met DATABASE_URL).`);
  }
  const webDist = env['WEB_DIST'] === '' ? null : resolve(env['WEB_DIST'] ?? 'dist/web/browser');
  return {
    port: int('PORT', env['PORT'], 3000, 1, 65535),
    databaseUrl,
    dataDir: databaseUrl ? null : env['DATA_DIR'] === 'memory' ? null : resolve(env['DATA_DIR'] ?? '.data/pglite'),
    jwtSecret,
    sessionHours: int('SESSION_HOURS', env['SESSION_HOURS'], 8, 1, 24),
    devLogin,
    oidc: oidcConfig(env),
    loginLimiet: int('LOGIN_LIMIET', env['LOGIN_LIMIET'], 10, 1, 100_000),
    trustProxy: trustProxy(env['TRUST_PROXY']),
    seedDemo: bool('SEED_DEMO', env['SEED_DEMO'], true),
    webDist,
    logLevel: env['LOG_LEVEL'] || 'info',
    bodyLimit: env['BODY_LIMIT'] || '100kb',
    poolSize: int('DB_POOL_SIZE', env['DB_POOL_SIZE'], 10, 1, 100),
    takenIntervalMs: int('TAKEN_INTERVAL_MS', env['TAKEN_INTERVAL_MS'], 30_000, 0, 3_600_000),
    // Follows the job worker by default, so TAKEN_INTERVAL_MS=0 (the tests) stops all background work.
    meldingenIntervalMs: int('MELDINGEN_INTERVAL_MS', env['MELDINGEN_INTERVAL_MS'], int('TAKEN_INTERVAL_MS', env['TAKEN_INTERVAL_MS'], 30_000, 0, 3_600_000), 0, 3_600_000),
    bewaartermijnMaanden: int('BEWAARTERMIJN_MAANDEN', env['BEWAARTERMIJN_MAANDEN'], 24, 1, 1200),
    // Hourly is plenty for a term of months; like the notifications it stops when the job worker is off (tests).
    anonimiseringIntervalMs: int('ANONIMISERING_INTERVAL_MS', env['ANONIMISERING_INTERVAL_MS'], env['TAKEN_INTERVAL_MS'] === '0' ? 0 : 3_600_000, 0, 86_400_000),
    smtp: smtpConfig(env),
    idempotentieUren: int('IDEMPOTENTIE_UREN', env['IDEMPOTENTIE_UREN'], 24, 24, 24 * 365),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
