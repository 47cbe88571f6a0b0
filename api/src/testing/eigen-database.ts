import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface EigenDatabase {
  /** Pass to startTestApp({ env }): the spec's own database (empty when running embedded). */
  readonly env: Record<string, string>;
  opruimen(): Promise<void>;
}

/**
 * A database of the spec's own on the DATABASE_URL server, for a spec that
 * changes the whole database (the retention job anonymises every closed case,
 * the fuzzer writes wherever a request is accepted): the other specs of the run
 * share DATABASE_URL and must not see that. Embedded (no DATABASE_URL), every
 * test app already has its own in-memory database.
 */
export async function eigenDatabase(doel: string): Promise<EigenDatabase> {
  const url = process.env['DATABASE_URL'];
  if (!url) return { env: {}, opruimen: async () => undefined };
  const naam = `${doel}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const beheer = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  await beheer(`CREATE DATABASE ${naam}`);
  const eigen = new URL(url);
  eigen.pathname = `/${naam}`;
  return { env: { DATABASE_URL: eigen.toString() }, opruimen: () => beheer(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`) };
}
