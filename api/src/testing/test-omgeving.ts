import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './test-app';
import { WoonstartApi } from './woonstart-api';

export interface TestOmgeving {
  /** The running app (after the hooks have started it). */
  readonly t: TestApp;
  /** Typed calls on the app; usable from the start, it finds the app when called. */
  readonly api: WoonstartApi;
  /** The app's database connection. */
  readonly db: DataSource;
}

/**
 * The set-up almost every integration spec shares: one app per spec file, started before the
 * file's tests and closed after them. Call it at the top of a describe block: its hooks are
 * registered first, so they run before the block's own beforeAll, where `t`, `api` and `db`
 * are ready. Reading `t` or `db` before the app has started is a mistake in the spec and
 * says so instead of handing out undefined.
 */
export function testOmgeving(options: Parameters<typeof startTestApp>[0] & {
  /** Runs after the file's tests, before the app closes (jest runs after-hooks in the order they were declared). */
  voorSluiten?: () => Promise<void>;
} = {}): TestOmgeving {
  let app: TestApp | undefined;
  const gestart = (): TestApp => {
    if (!app) throw new Error('testOmgeving: de app is nog niet gestart; gebruik t, api en db in beforeAll of in een test.');
    return app;
  };
  beforeAll(async () => { app = await startTestApp(options); });
  afterAll(async () => {
    try {
      if (app && options.voorSluiten) await options.voorSluiten();
    } finally {
      await app?.close();
    }
  });
  const api = new WoonstartApi(gestart);
  return {
    get t() { return gestart(); },
    api,
    get db() { return gestart().running.db.dataSource; },
  };
}
