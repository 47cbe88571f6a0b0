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
  readonly seedDemo: boolean;
  readonly webDist: string | null;
  readonly logLevel: string;
  readonly bodyLimit: string;
  readonly poolSize: number;
  /** How often the durable-job worker looks for due jobs; 0 switches it off (tests drive it directly). */
  readonly takenIntervalMs: number;
  /** How often the outbox is turned into meldingen and e-mail is sent; 0 switches it off. Default: TAKEN_INTERVAL_MS. */
  readonly meldingenIntervalMs: number;
  /** Mail server; null (no SMTP_HOST) keeps e-mail in the app's mailbox with status 'bewaard' (embedded/development). */
  readonly smtp: SmtpConfig | null;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigFout(`DATABASE_URL moet met postgres:// of postgresql:// beginnen (nu: '${databaseUrl}').`);
  }
  const production = env['NODE_ENV'] === 'production';
  const jwtSecret = env['JWT_SECRET'] || (production ? '' : 'woonstart-ontwikkelsleutel-niet-voor-productie');
  if (jwtSecret.length < 16) throw new ConfigFout('JWT_SECRET moet minstens 16 tekens lang zijn (verplicht als NODE_ENV=production).');
  const devLogin = bool('DEV_LOGIN', env['DEV_LOGIN'], !production);
  if (devLogin && production) throw new ConfigFout('DEV_LOGIN=true is niet toegestaan met NODE_ENV=production.');
  const webDist = env['WEB_DIST'] === '' ? null : resolve(env['WEB_DIST'] ?? 'dist/web/browser');
  return {
    port: int('PORT', env['PORT'], 3000, 1, 65535),
    databaseUrl,
    dataDir: databaseUrl ? null : env['DATA_DIR'] === 'memory' ? null : resolve(env['DATA_DIR'] ?? '.data/pglite'),
    jwtSecret,
    sessionHours: int('SESSION_HOURS', env['SESSION_HOURS'], 8, 1, 24),
    devLogin,
    seedDemo: bool('SEED_DEMO', env['SEED_DEMO'], true),
    webDist,
    logLevel: env['LOG_LEVEL'] || 'info',
    bodyLimit: env['BODY_LIMIT'] || '100kb',
    poolSize: int('DB_POOL_SIZE', env['DB_POOL_SIZE'], 10, 1, 100),
    takenIntervalMs: int('TAKEN_INTERVAL_MS', env['TAKEN_INTERVAL_MS'], 30_000, 0, 3_600_000),
    // Follows the job worker by default, so TAKEN_INTERVAL_MS=0 (the tests) stops all background work.
    meldingenIntervalMs: int('MELDINGEN_INTERVAL_MS', env['MELDINGEN_INTERVAL_MS'], int('TAKEN_INTERVAL_MS', env['TAKEN_INTERVAL_MS'], 30_000, 0, 3_600_000), 0, 3_600_000),
    smtp: smtpConfig(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
