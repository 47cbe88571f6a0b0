// The year simulation (issue 5 §3) timed on the default region-year: a pure rule, no api or database needed.
// The rule is bundled from the TypeScript source with esbuild into a temporary file and run RUNS times.
// Standalone: node bench/lib/simulatie.mjs

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const RUNS = 3;

export async function runSimulatieBench(root, { log = console.log, jaar = 2025 } = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'woonstart-sim-'));
  try {
    const outfile = join(dir, 'simulatie.mjs');
    await build({ entryPoints: [join(root, 'libs/domain/src/lib/simulatie/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
    const { simuleerJaar, standaardSimulatieConfiguratie } = await import(pathToFileURL(outfile).href);
    const config = standaardSimulatieConfiguratie(jaar);
    const runs = [];
    let resultaat = null;
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      resultaat = simuleerJaar(config);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      runs.push(Math.round(ms));
      log(`simulatie: run ${i + 1}/${RUNS}: ${resultaat.totaal.gegenereerd} zaken, ${resultaat.totaal.vacatures} woningen in ${(ms / 1000).toFixed(2)} s`);
    }
    return {
      jaar,
      seed: config.seed,
      zaken: resultaat.totaal.gegenereerd,
      woningen: resultaat.totaal.vacatures,
      geplaatst: resultaat.totaal.geplaatst,
      runsMs: runs,
      minMs: Math.min(...runs),
      maxMs: Math.max(...runs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const r = await runSimulatieBench(root, { log: (m) => console.log(`[bench] ${m}`) });
  console.log(`[bench] simulatie: ${r.zaken} zaken, min ${r.minMs} ms, max ${r.maxMs} ms over ${r.runsMs.length} runs`);
}
