import { readFileSync } from 'node:fs';

// CPU accounting from /proc (Linux); elsewhere the figures are null.

/** Kernel clock ticks per second in /proc/<pid>/stat (USER_HZ): 100 on practically every Linux. */
const CLK_TCK = 100;

function procTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime
  } catch {
    return null;
  }
}

function machineTicks() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3] + (cpu[4] ?? 0);
    return { total: cpu.reduce((a, b) => a + b, 0), idle };
  } catch {
    return null;
  }
}

/** Starts measuring; stop() returns CPU use (100 = one core) of the api, of this process and of the whole machine. */
export function cpuMeter(apiPid) {
  const t0 = Date.now();
  const api0 = procTicks(apiPid);
  const self0 = process.cpuUsage();
  const m0 = machineTicks();
  return {
    stop() {
      const secs = (Date.now() - t0) / 1000;
      const api1 = procTicks(apiPid);
      const self1 = process.cpuUsage(self0);
      const m1 = machineTicks();
      const pct = (x) => Math.round(x * 10) / 10;
      return {
        apiProcessPercent: api0 !== null && api1 !== null ? pct(((api1 - api0) / CLK_TCK / secs) * 100) : null,
        benchClientPercent: pct(((self1.user + self1.system) / 1e6 / secs) * 100),
        machineBusyPercent: m0 && m1 ? pct((1 - (m1.idle - m0.idle) / (m1.total - m0.total)) * 100) : null,
      };
    },
  };
}
