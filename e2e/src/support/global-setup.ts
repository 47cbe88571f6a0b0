import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { SERVER_FILE } from './server-file';

const root = join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the built app (api + web on one origin) with fresh demo data. */
export default async function globalSetup(): Promise<void> {
  // E2E_DIST lets a run use its own build (e.g. tmp/mijn-dist) while someone else rebuilds dist/.
  const dist = resolve(root, process.env['E2E_DIST'] ?? 'dist');
  if (!existsSync(join(dist, 'api/main.js')) || !existsSync(join(dist, 'web/browser/index.html'))) {
    throw new Error('Bouw eerst web en api: npx nx run-many -t build --projects=web,api');
  }
  const port = await freePort();
  const child = spawn(process.execPath, [join(dist, 'api/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: 'memory', LOG_LEVEL: 'warn', DEV_LOGIN: 'true', SEED_DEMO: 'true', WEB_DIST: join(dist, 'web/browser'),
      // Deadline jobs are covered by the api's integration tests; here they would change seeded cases mid-test.
      TAKEN_INTERVAL_MS: '0',
      // With DATABASE_URL (CI) the dev login needs NODE_ENV=test; every spec logs in from 127.0.0.1, past the default limit of 10 a minute.
      NODE_ENV: 'test', LOGIN_LIMIET: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: false,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De app stopte tijdens het starten (exit ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('De app kwam niet op binnen twee minuten');
    await new Promise((r) => setTimeout(r, 300));
  }
  writeFileSync(SERVER_FILE, JSON.stringify({ url, pid: child.pid }));
  child.unref();
}
