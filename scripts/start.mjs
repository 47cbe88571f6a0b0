// `npm start`: installs what is missing, builds, and runs Woonstart on the embedded database with demo data.
import { spawn } from 'node:child_process';
import { build, ensureDependencies, log, root } from './lib.mjs';

ensureDependencies();
build();
const port = process.env.PORT ?? '3000';
log(process.env.DATABASE_URL ? 'Woonstart starten op DATABASE_URL' : 'Woonstart starten op de ingebouwde PostgreSQL (PGlite, map .data/pglite)');
// Mirrors the api's rule (api/src/config/app-config.ts): the dev login only on the embedded database or with NODE_ENV=development/test.
const devLogin = process.env.DEV_LOGIN !== 'false' && process.env.NODE_ENV !== 'production'
  && (!process.env.DATABASE_URL || ['development', 'test'].includes(process.env.NODE_ENV ?? ''));
if (!devLogin) console.log(`
  Open http://localhost:${port} en log in met het account van uw organisatie (OIDC_* in .env.example).
  De demo-login staat uit: die kan alleen met de ingebouwde database of met NODE_ENV=development.
  API-documentatie: http://localhost:${port}/api/docs   ·   stoppen: Ctrl+C
`);
else console.log(`
  Open http://localhost:${port} en log in als een van de demogebruikers, bijvoorbeeld:
    zorg@parnassia.demo          medewerker zorginstelling (nieuw uitstroomverzoek)
    intake@denhaag.demo          medewerker gemeente (aanvraag van een inwoner, met documenten)
    commissie@haaglanden.demo    lid toetsingscommissie (toetsen en besluiten)
    corporatie@staedion.demo     medewerker woningcorporatie (Den Haag, Wassenaar)
    arts@haaglanden.demo         medisch adviseur
    coordinator@haaglanden.demo  regiocoördinator (monitor)
  API-documentatie: http://localhost:${port}/api/docs   ·   stoppen: Ctrl+C
`);
const child = spawn(process.execPath, ['dist/api/main.js'], { cwd: root, stdio: 'inherit', env: { LOG_LEVEL: 'warn', ...process.env, PORT: port } });
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
