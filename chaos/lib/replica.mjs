import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One api process on a fixed port, as a supervisor (systemd, Kubernetes) would run it:
 * killed with SIGKILL on purpose, restarted on the same port; an exit we did not
 * cause is counted and restarted too. Output is appended to one log per replica.
 */
export class Replica {
  constructor({ naam, poort, entry, cwd, env, logPad, log }) {
    Object.assign(this, { naam, poort, entry, cwd, env, log });
    this.baseUrl = `http://127.0.0.1:${poort}`;
    // One log per run; every start of the replica within the run is appended to it.
    this.out = createWriteStream(logPad, { flags: 'w' });
    this.child = null;
    this.up = false;
    this.gestopt = false;
    this.starts = 0;
    this.kills = 0;
    this.onverwacht = [];
    this.startSeconden = [];
    this.starten = null;
  }

  /**
   * Spawns the process and resolves once GET /api/health answers 200. A start that fails
   * (the database restarting meanwhile, say) is tried again, as a supervisor would.
   */
  start(timeoutMs = 90_000) {
    this.starten ??= (async () => {
      for (let poging = 1; ; poging++) {
        try {
          return await this.#start(timeoutMs);
        } catch (e) {
          if (poging >= 5 || this.gestopt) throw e;
          this.log(`${this.naam}: start ${poging} mislukt / failed, opnieuw / retrying: ${e.message.split('\n')[0]}`);
          await sleep(1000);
        }
      }
    })().finally(() => (this.starten = null));
    return this.starten;
  }

  async #start(timeoutMs) {
    const t0 = performance.now();
    this.starts++;
    this.out.write(`\n===== start ${this.starts} (${new Date().toISOString()}) =====\n`);
    const child = spawn(process.execPath, [this.entry], { cwd: this.cwd, env: { ...this.env, PORT: String(this.poort) }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const tail = [];
    const bewaar = (d) => {
      this.out.write(d);
      tail.push(d.toString());
      if (tail.length > 30) tail.shift();
    };
    child.stdout.on('data', bewaar);
    child.stderr.on('data', bewaar);
    child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.exited.then(({ code, signal }) => {
      if (this.child === child) this.up = false;
      // Not ours: a crash (e.g. on a lost database connection). Counted, and restarted like a supervisor would.
      if (!child.doorOnsGestopt && !this.gestopt && !this.starten) {
        this.onverwacht.push({ code, signal, tijd: new Date().toISOString(), tail: tail.join('').slice(-1500) });
        this.log(`${this.naam}: onverwacht gestopt / exited unexpectedly (code ${code}, signal ${signal}); herstart / restarting`);
        this.start().catch((e) => this.log(`${this.naam}: herstart mislukt / restart failed: ${e.message}`));
      }
    });
    const eind = Date.now() + timeoutMs;
    while (Date.now() < eind) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.naam} stopte tijdens het starten / exited during start-up:\n${tail.join('').slice(-2000)}`);
      try {
        const res = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        if (res.status === 200) {
          this.up = true;
          this.startSeconden.push((performance.now() - t0) / 1000);
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`${this.naam} werd niet gezond binnen / not healthy within ${timeoutMs / 1000} s:\n${tail.join('').slice(-2000)}`);
  }

  /** SIGKILL: no shutdown hooks, open transactions and sockets are cut off mid-flight. */
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return false;
    child.doorOnsGestopt = true;
    this.up = false;
    child.kill('SIGKILL');
    await child.exited;
    this.kills++;
    return true;
  }

  async stop() {
    this.gestopt = true;
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.doorOnsGestopt = true;
      child.kill('SIGTERM');
      const klaar = await Promise.race([child.exited, sleep(10_000).then(() => null)]);
      if (!klaar) {
        child.kill('SIGKILL');
        await child.exited;
      }
    }
    this.up = false;
    await new Promise((r) => this.out.end(r));
  }

  cijfers() {
    const s = this.startSeconden;
    return {
      poort: this.poort,
      starts: this.starts,
      kills: this.kills,
      onverwachtGestopt: this.onverwacht.length,
      onverwacht: this.onverwacht,
      startSeconden: s.length ? { gemiddeld: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 100) / 100, max: Math.round(Math.max(...s) * 100) / 100 } : null,
    };
  }
}
