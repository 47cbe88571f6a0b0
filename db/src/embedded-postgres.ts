import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Embedded PostgreSQL for a fresh machine: PGlite served over the PostgreSQL wire
 * protocol, so the app talks to it with the ordinary `pg` driver, exactly as to a
 * real server. PGlite runs one transaction at a time; the pool size must stay at
 * or below `maxConnections` (see toolchain notes).
 */
export interface EmbeddedPostgres {
  readonly url: string;
  readonly maxConnections: number;
  stop(): Promise<void>;
}

export const EMBEDDED_MAX_CONNECTIONS = 8;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** `dataDir` null keeps the database in memory (tests); otherwise it survives restarts. */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  // Dynamic import: PGlite ships as ESM; keeping it out of the static graph means a
  // server with DATABASE_URL never loads it.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
