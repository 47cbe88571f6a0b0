import type { AddressInfo } from 'node:net';
import { createApp, type RunningApp } from '../app/create-app';
import { loadConfig } from '../config/app-config';
import type { DestinationStream } from 'pino';

export interface TestApp {
  readonly running: RunningApp;
  readonly baseUrl: string;
  /** Logs in as a seeded demo user and returns the bearer token. */
  token(email: string): Promise<string>;
  /** fetch against the api with an optional token; JSON body when given. */
  call(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/**
 * Starts the whole app on a free port: on DATABASE_URL when set (CI creates a
 * fresh database per run), otherwise on an in-memory embedded PostgreSQL.
 */
export async function startTestApp(options: { env?: Record<string, string>; port?: number; /** Request and app logs at level info go here. */ logStream?: DestinationStream } = {}): Promise<TestApp> {
  // NODE_ENV=test keeps the dev login allowed on DATABASE_URL. The login limit is high because a
  // whole suite logs in from 127.0.0.1; the limit's own test passes a low LOGIN_LIMIET in env.
  const config = loadConfig({ ...process.env, PORT: '3999', DATA_DIR: 'memory', WEB_DIST: '', LOG_LEVEL: 'silent', DEV_LOGIN: 'true', SEED_DEMO: 'true', NODE_ENV: 'test', TAKEN_INTERVAL_MS: '0', LOGIN_LIMIET: '100000', ...options.env });
  const running = await createApp(options.logStream ? { ...config, logLevel: 'info' } : config, options.logStream ? { logStream: options.logStream } : { logger: false });
  await running.app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api`;
  const tokens = new Map<string, string>();
  const call: TestApp['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text */ }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    running,
    baseUrl,
    call,
    async token(email) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const res = await call('POST', '/auth/dev-login', { body: { email } });
      if (res.status !== 200) throw new Error(`Login ${email} mislukt: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(email, res.body.token);
      return res.body.token;
    },
    close: () => running.close(),
  };
}
