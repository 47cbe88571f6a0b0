import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { VeiligeDatabaseLogger } from './database-logger';

/** One definition for the api, the CLI scripts and the tests. Never `synchronize`: migrations only. */
export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // Never the parameters of a failed query (personal data) in the logs.
    logger: new VeiligeDatabaseLogger(),
    // No JIT compilation: every query here reads a few rows by index or counts a small table, and on a large
    // database PostgreSQL's cost estimates make it compile queries for hundreds of milliseconds that then run in one.
    extra: { max: poolSize, options: '-c jit=off' },
  };
}
