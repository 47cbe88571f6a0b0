// Human-readable tables for stdout.

const fmt = (x, digits = 1) => (x === null || x === undefined ? '-' : typeof x === 'number' ? x.toFixed(digits) : String(x));

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const errs = (r) => (r.errors === 0 ? '0' : `${r.errors} (${Object.entries(r.errorsByStatus).map(([s, n]) => `${s}:${n}`).join(', ')})`);

function row(name, r) {
  const l = r.latencyMs;
  return [name, r.ok, fmt(r.perSecond), fmt(l.p50), fmt(l.p95), fmt(l.p99), fmt(l.max), errs(r)];
}

export function printReport(result) {
  const { meta, transitions: t, reads } = result;
  const out = [];
  out.push('');
  out.push(`Woonstart benchmark  ${meta.date}`);
  out.push(`node ${meta.node}, ${meta.cpus} cpu (${meta.cpuModel}), ${meta.database.kind} ${meta.database.serverVersion} (${meta.database.created ? 'tijdelijke database / throw-away database' : 'DATABASE_URL'}), DB_POOL_SIZE=${meta.poolSize}`);
  out.push(`zaken in de database / cases in the database: ${meta.counts.before.zaken} bij start / at start, ${meta.counts.after.zaken} aan het eind / at the end`);
  out.push('');
  out.push(`Transities / transitions: ${meta.transitions.concurrency} clients, ${t.wallSeconds} s gemeten / measured (na/after ${meta.transitions.warmupSeconds} s warm-up)`);
  const headers = ['operation', 'ok', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'];
  out.push(
    table(headers, [
      row('ALL EVENTS (transitions)', t.transitions),
      ...Object.entries(t.perEvent).map(([op, r]) => row(`  ${op}`, r)),
      row('CREATE (POST /api/zaken)', t.creates),
    ]),
  );
  out.push(`ketens / chains: ${t.chains.completed} volledig / completed, ${t.chains.aborted} afgebroken door een fout / aborted by an error`);
  out.push('');
  out.push(`Lezen / reads als commissielid: ${meta.reads.requests} verzoeken per soort / requests each, concurrency ${meta.reads.concurrency}, ${reads.visibleCases} zichtbare zaken / visible cases`);
  out.push(table(headers, [row('GET /api/zaken?perPagina=25', reads.list), row('GET /api/zaken/:id', reads.detail)]));
  out.push('');
  const pool = result.database.activityDuringTransitions;
  if (pool?.connections) {
    out.push(
      `PostgreSQL-verbindingen tijdens transities / connections during transitions (gem./mean, max): totaal ${pool.connections.mean}/${pool.connections.max}, ` +
        `actief/active ${pool.active.mean}/${pool.active.max}, idle in transaction ${pool.idleInTransaction.mean}/${pool.idleInTransaction.max}, lock wait ${pool.lockWait.mean}/${pool.lockWait.max}`,
    );
  }
  const cpu = result.cpu;
  const cpuLine = (c) => `api ${fmt(c.apiProcessPercent)}% van één core / of one core, bench-client ${fmt(c.benchClientPercent)}%, machine ${fmt(c.machineBusyPercent)}% bezet / busy (alle cores / all cores)`;
  out.push(`CPU transities / transitions: ${cpuLine(cpu.duringTransitions)}`);
  out.push(`CPU lezen / reads: ${cpuLine(cpu.duringReads)}`);
  out.push(`load average start/eind / start/end: ${meta.loadAverageAtStart.join(' ')} / ${meta.loadAverageAtEnd.join(' ')}`);
  out.push(`api-log: ${result.apiLog.warn} warn, ${result.apiLog.error} error, ${result.apiLog.fatal} fatal (${result.apiLog.file})`);
  out.push(`TRANSITIES PER SECONDE / TRANSITIONS PER SECOND: ${fmt(t.transitions.perSecond)}   (p50 ${fmt(t.transitions.latencyMs.p50)} ms, p95 ${fmt(t.transitions.latencyMs.p95)} ms, p99 ${fmt(t.transitions.latencyMs.p99)} ms)`);
  const samples = { ...t.errorSamples, ...reads.errorSamples };
  if (Object.keys(samples).length) {
    out.push('');
    out.push('Voorbeelden van fouten / error samples:');
    for (const [k, v] of Object.entries(samples)) out.push(`  ${k}: ${v[0]}`);
  }
  if (t.anomalies.length) {
    out.push('');
    out.push('Afwijkingen / anomalies:');
    for (const a of t.anomalies) out.push(`  ${a}`);
  }
  console.log(out.join('\n'));
}
