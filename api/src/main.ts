import 'reflect-metadata';
import { createApp } from './app/create-app';
import { ConfigFout, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigFout) {
      console.error(`Woonstart start niet: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const running = await createApp(config);
  await running.app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  const db = config.databaseUrl ? 'PostgreSQL via DATABASE_URL' : `ingebouwde PostgreSQL (PGlite) in ${config.dataDir ?? 'geheugen'}`;
  console.log(`\nWoonstart draait op ${url}  (API-documentatie: ${url}/api/docs; database: ${db})\n`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  console.error('Woonstart kon niet starten:', e);
  process.exit(1);
});
