import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface OidcTestprovider {
  readonly issuer: string;
  /** The account the next login at the provider logs in as; null makes the provider refuse (access_denied). */
  zetAccount(account: { sub: string; email?: string; email_verified?: boolean } | null): Promise<void>;
  /** The next id_token from the token endpoint gets a broken signature. */
  knoeiMetHandtekening(): Promise<void>;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1 (for an app whose redirect URI must be known before it listens). */
export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts oidc-testprovider.mjs (a real oidc-provider) in its own process. */
export async function startOidcTestprovider(redirectUri: string): Promise<OidcTestprovider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-testprovider.mjs'), redirectUri, process.env['OIDC_TESTPROVIDER_POORT'] ?? '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  child.stderr!.on('data', (d: Buffer) => (uitvoer += d.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let regel = '';
    child.stdout!.on('data', (d: Buffer) => {
      regel += d.toString();
      if (regel.includes('\n')) resolve((JSON.parse(regel.split('\n')[0]!) as { issuer: string }).issuer);
    });
    child.once('exit', (code) => reject(new Error(`De OIDC-testprovider stopte (exit ${code}): ${uitvoer}`)));
  });
  const post = async (pad: string, body: unknown) => {
    const res = await fetch(`${issuer}${pad}`, { method: 'POST', body: JSON.stringify(body) });
    if (res.status !== 204) throw new Error(`${pad}: ${res.status}`);
  };
  return {
    issuer,
    zetAccount: (account) => post('/__test/account', account),
    knoeiMetHandtekening: () => post('/__test/knoei', { idTokenHandtekening: true }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
