// The goals of issue 6 §4 against the measured figures, and human-readable tables for stdout.

const fmt = (x, digits = 1) => (x === null || x === undefined ? '-' : typeof x === 'number' ? x.toFixed(digits) : String(x));

function table(headers, rows, { links = false } = {}) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || links ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const errs = (r) => (r.errors === 0 ? '0' : `${r.errors} (${Object.entries(r.errorsByStatus).map(([s, n]) => `${s}:${n}`).join(', ')})`);

function row(name, r) {
  const l = r.latencyMs;
  return [name, r.ok, fmt(r.perSecond), fmt(l.p50), fmt(l.p95), fmt(l.p99), fmt(l.max), errs(r)];
}

/**
 * One row per goal: what is asked, what was measured, met or not (null when it could not be
 * measured). Ratio = api transitions/s ÷ raw SQL transitions/s at the same client count.
 */
export function doelen(result) {
  const d = [];
  const add = (doel, eis, gemeten, gehaald, toelichting = '') => d.push({ doel, eis, gemeten, gehaald, toelichting });
  for (const fase of result.transities) {
    const api = fase.api.transitions;
    const raw = fase.raw?.transitions;
    const ratio = raw?.perSecond ? api.perSecond / raw.perSecond : null;
    fase.ratio = ratio === null ? null : Math.round(ratio * 1000) / 1000;
    add(`transities api/raw SQL, ${fase.concurrency} clients`, '≥ 50 %',
      ratio === null ? null : `${fmt(ratio * 100)} % (${fmt(api.perSecond)}/s vs ${fmt(raw.perSecond)}/s)`, ratio === null ? null : ratio >= 0.5);
    add(`transities api p95, ${fase.concurrency} clients`, fase.concurrency === 16 ? '≤ 25 ms' : '(info)',
      `${fmt(api.latencyMs.p95)} ms (p50 ${fmt(api.latencyMs.p50)}, p99 ${fmt(api.latencyMs.p99)})`,
      fase.concurrency === 16 ? api.latencyMs.p95 !== null && api.latencyMs.p95 <= 25 : null);
  }
  const lees = result.lezen;
  if (lees) {
    add(`zaaklijst gefilterd (50 per pagina), ${lees.lijst.concurrency} clients`, 'p95 ≤ 50 ms', `${fmt(lees.lijst.latencyMs.p95)} ms`, lees.lijst.latencyMs.p95 !== null && lees.lijst.latencyMs.p95 <= 50);
    add(`zaakdetail, ${lees.detail.concurrency} clients`, 'p95 ≤ 50 ms', `${fmt(lees.detail.latencyMs.p95)} ms`, lees.detail.latencyMs.p95 !== null && lees.detail.latencyMs.p95 <= 50);
  }
  const m = result.monitor;
  if (m) {
    add(`monitor één jaar (${m.jaar.pad})`, 'p95 ≤ 200 ms', `${fmt(m.jaar.latencyMs.p95)} ms`, m.jaar.latencyMs.p95 !== null && m.jaar.latencyMs.p95 <= 200);
    if (m.alleJaren) {
      add(`monitor alle jaren (${m.alleJaren.pad})`, 'p95 ≤ 200 ms', `${fmt(m.alleJaren.latencyMs.p95)} ms`, m.alleJaren.latencyMs.p95 !== null && m.alleJaren.latencyMs.p95 <= 200, m.alleJarenToelichting ?? '');
    } else {
      add('monitor alle jaren', 'p95 ≤ 200 ms', null, null, m.alleJarenToelichting ?? 'de api kent geen variant voor alle jaren / the api has no all-years variant');
    }
  }
  const s = result.simulatie;
  if (s) add(`jaarsimulatie (${s.zaken} zaken, ${s.woningen} woningen)`, '≤ 10 s', `${fmt(s.maxMs / 1000, 2)} s (langste van ${s.runsMs.length})`, s.maxMs <= 10_000);
  const w = result.web;
  if (w) {
    add('web: initiële JavaScript (gzip)', '≤ 400 kB', w.fout ? null : `${fmt(w.gzipKb)} kB (${w.bestanden} bestanden, ${fmt(w.rawKb)} kB ongecomprimeerd)`, w.fout ? null : w.gzipKb <= 400, w.fout ?? w.map);
  }
  const z = result.seed;
  if (z?.seconden) add(`seed ${z.aantal} zaken (incl. VACUUM ANALYZE)`, '(enkele minuten)', `${fmt(z.seconden)} s (VACUUM ANALYZE ${fmt(z.vacuumSeconden)} s)`, null);
  return d;
}

export function printReport(result) {
  const { meta } = result;
  const out = [];
  const headers = ['operation', 'ok', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'];
  out.push('');
  out.push(`Woonstart benchmark  ${meta.date}`);
  out.push(`node ${meta.node}, ${meta.cpus} cpu (${meta.cpuModel}), ${meta.database.kind} ${meta.database.serverVersion} (${meta.database.created ? 'tijdelijke database / throw-away database' : 'DATABASE_URL'}), DB_POOL_SIZE=${meta.poolSize}`);
  out.push(`zaken in de database / cases in the database: ${meta.counts.before.zaken} bij start / at start, ${meta.counts.after.zaken} aan het eind / at the end; transities ${meta.counts.before.transities}, toegangslog ${meta.counts.before.toegangslog}`);
  if (result.seed?.aantal) out.push(`seed: ${result.seed.aantal} zaken in ${fmt(result.seed.seconden)} s`);
  out.push(`events: ${result.eventsMinimaal ? 'Prefer: return=minimal' : 'volledig antwoord / full response'}`);
  for (const fase of result.transities) {
    out.push('');
    out.push(`Transities / transitions: ${fase.concurrency} clients, api ${fase.api.wallSeconds} s, raw SQL ${fase.raw?.wallSeconds ?? '-'} s gemeten / measured`);
    out.push(table(headers, [
      row('api: ALL EVENTS', fase.api.transitions),
      ...Object.entries(fase.api.perEvent).map(([op, r]) => row(`  ${op}`, r)),
      row('api: CREATE (niet geteld)', fase.api.creates),
      ...(fase.raw ? [row('raw SQL: zelfde transities', fase.raw.transitions)] : []),
    ]));
    const c = fase.cpu;
    if (c) out.push(`CPU: api ${fmt(c.apiProcessPercent)}% van één core, bench-client ${fmt(c.benchClientPercent)}%, machine ${fmt(c.machineBusyPercent)}% bezet`);
    const p = fase.activity;
    if (p?.connections) out.push(`PostgreSQL (gem./max): verbindingen ${p.connections.mean}/${p.connections.max}, actief ${p.active.mean}/${p.active.max}, idle in transaction ${p.idleInTransaction.mean}/${p.idleInTransaction.max}, lock wait ${p.lockWait.mean}/${p.lockWait.max}`);
  }
  if (result.lezen) {
    out.push('');
    out.push(`Lezen / reads als commissielid, ${result.lezen.lijst.concurrency} clients`);
    out.push(table(headers, [row('GET /api/zaken?gemeente&status (50)', result.lezen.lijst), row('GET /api/zaken/:id', result.lezen.detail)]));
  }
  if (result.monitor) {
    out.push('');
    out.push('Monitor als regiocoördinator, één gebruiker / one user');
    out.push(table(headers, [row(result.monitor.jaar.pad, result.monitor.jaar), ...(result.monitor.alleJaren ? [row(result.monitor.alleJaren.pad, result.monitor.alleJaren)] : [])]));
  }
  if (result.seedcontrole) out.push(`\nseedcontrole / seed check: ${result.seedcontrole.checks.filter((c) => c.ok).length} goed, ${result.seedcontrole.fouten.length} fout`);
  out.push('');
  out.push('DOELEN / GOALS');
  out.push(table(['doel / goal', 'eis / target', 'gemeten / measured', 'gehaald / met'], result.doelen.map((x) => [x.doel, x.eis, x.gemeten ?? 'niet gemeten', x.gehaald === null ? '-' : x.gehaald ? 'ja' : 'NEE']), { links: true }));
  for (const x of result.doelen.filter((y) => y.toelichting)) out.push(`  ${x.doel}: ${x.toelichting}`);
  out.push(`load average start/eind: ${meta.loadAverageAtStart.join(' ')} / ${meta.loadAverageAtEnd.join(' ')}; api-log: ${result.apiLog.warn} warn, ${result.apiLog.error} error, ${result.apiLog.fatal} fatal`);
  const samples = { ...Object.assign({}, ...result.transities.map((f) => ({ ...f.api.errorSamples, ...(f.raw?.errorSamples ?? {}) }))), ...(result.lezen?.lijst.errorSamples ?? {}), ...(result.lezen?.detail.errorSamples ?? {}) };
  if (Object.keys(samples).length) {
    out.push('');
    out.push('Voorbeelden van fouten / error samples:');
    for (const [k, v] of Object.entries(samples)) out.push(`  ${k}: ${v[0]}`);
  }
  const anomalies = result.transities.flatMap((f) => f.api.anomalies);
  if (anomalies.length) {
    out.push('');
    out.push('Afwijkingen / anomalies:');
    for (const a of anomalies) out.push(`  ${a}`);
  }
  console.log(out.join('\n'));
}
