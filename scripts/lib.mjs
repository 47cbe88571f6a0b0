// Helpers shared by the start, test and bench scripts: Node built-ins only, so they run before `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function log(message) {
  console.log(`\n\x1b[1m▶ ${message}\x1b[0m`);
}

/** Runs a command in the repo root, inheriting stdio; exits the script when it fails. */
export function run(command, args, env = {}) {
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', ...env } });
  if (res.status !== 0) {
    console.error(`\n✖ Mislukt: ${command} ${args.join(' ')} (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

/** Installs dependencies on a fresh clone, or when package.json changed since the last install. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const stale = !existsSync(marker) || statSync(join(root, 'package.json')).mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    log('Afhankelijkheden installeren (npm install)');
    // `npm install`, not `npm ci`: this registry lacks some optional platform packages a lockfile may name.
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
}

export function build() {
  log('Web en api bouwen');
  run('npx', ['nx', 'run-many', '-t', 'build', '--projects=web,api', '--output-style=stream']);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the built api and resolves once /api/health answers. */
export async function startApi(env, { quiet = true, timeoutMs = 90_000 } = {}) {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, ['dist/api/main.js'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: port },
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`De api stopte tijdens het starten (exit ${child.exitCode}).`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { child, url, port };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGTERM');
  throw new Error('De api kwam niet op binnen de tijd.');
}
