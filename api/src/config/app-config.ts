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
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
