// `npm test`: everything CI runs — lint and types, unit tests, api integration tests on PostgreSQL,
// and the browser journey in Chromium. DATABASE_URL selects a real PostgreSQL; without it the
// integration and browser tests run on the embedded PostgreSQL (PGlite) in memory.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build, ensureDependencies, log, run } from './lib.mjs';

const started = Date.now();
ensureDependencies();

if (!existsSync('/usr/bin/chromium')) {
  log('Chromium ontbreekt: installeren met apt-get (nodig voor de browsertests)');
  const res = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('✖ Chromium kon niet worden geïnstalleerd. Installeer het met: sudo apt-get install -y chromium');
    process.exit(1);
  }
}

console.log(`Database voor integratie- en browsertests: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'ingebouwde PostgreSQL (PGlite, in geheugen)'}`);

log('Lint (inclusief module-grenzen) en typecontrole');
run('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--output-style=stream']);

log('Unittests (domeinregels, workflow, api, werkruimteregels)');
run('npx', ['nx', 'run-many', '-t', 'test', '--output-style=stream']);

log('Integratietests van de api tegen PostgreSQL');
run('npx', ['nx', 'run', 'api:integration', '--output-style=stream', '--skip-nx-cache']);

build();

log('Webbudget: initiële JavaScript ≤ 400 kB gzip');
run('node', ['scripts/web-budget.mjs', 'dist/web']);

log('Browsertests in Chromium (playwright-core)');
run('npx', ['nx', 'run', 'e2e:e2e', '--output-style=stream', '--skip-nx-cache']);

console.log(`\n✔ Alle tests geslaagd in ${Math.round((Date.now() - started) / 1000)} s`);
