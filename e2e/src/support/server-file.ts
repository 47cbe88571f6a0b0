import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where global setup leaves the running app's address and pid for the specs and the teardown. */
export const SERVER_FILE = join(tmpdir(), `woonstart-e2e-${process.ppid}.json`);
