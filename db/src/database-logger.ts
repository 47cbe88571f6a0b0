import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM's own console logger prints a failed query with its parameters, and
 * its error message can quote a value ("invalid input syntax for type uuid:
 * …"): names, dates of birth or medical text would end up in the logs. This one
 * says which statement failed and why in terms of the schema only — the
 * SQLSTATE code, table, column and constraint — and the SQL text, whose values
 * are always bound parameters.
 */
export class VeiligeDatabaseLogger implements Logger {
  logQuery(): void { /* queries are not logged */ }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const e = (typeof error === 'string' ? {} : error) as { code?: string; table?: string; column?: string; constraint?: string };
    const waar = [e.table && `tabel ${e.table}`, e.column && `kolom ${e.column}`, e.constraint && `constraint ${e.constraint}`].filter(Boolean).join(', ');
    console.error(`Databasefout ${e.code ?? 'onbekend'}${waar ? ` (${waar})` : ''} bij: ${query.replace(/\s+/g, ' ').slice(0, 300)}`);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`Trage query (${time} ms): ${query.replace(/\s+/g, ' ').slice(0, 300)}`);
  }

  logSchemaBuild(): void { /* never synchronize */ }

  logMigration(message: string): void {
    console.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(typeof message === 'string' ? message : 'TypeORM-waarschuwing');
  }
}
