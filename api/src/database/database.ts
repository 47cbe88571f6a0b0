import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, seedDemoData, startEmbeddedPostgres, type EmbeddedPostgres } from '@woonstart/db';
import type { AppConfig } from '../config/app-config';

export interface Database {
  readonly dataSource: DataSource;
  readonly embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/**
 * Opens the database the config names (or the embedded one), runs pending
 * migrations and, when asked, loads the demo data once. Runs before Nest starts
 * so a broken database stops the app with a clear message instead of half-starting.
 */
export async function openDatabase(config: AppConfig): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  const poolSize = embedded ? Math.min(config.poolSize, embedded.maxConnections) : config.poolSize;
  const dataSource = new DataSource(dataSourceOptions(url, poolSize));
  await dataSource.initialize();
  // Several api replicas may start at once: one migrates and seeds, the others wait.
  const lock = dataSource.createQueryRunner();
  await lock.query('SELECT pg_advisory_lock(20261121)');
  try {
    await dataSource.runMigrations();
    if (config.seedDemo) await seedDemoData(dataSource);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(20261121)');
    await lock.release();
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (embedded) await embedded.stop();
    },
  };
}
