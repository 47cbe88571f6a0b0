#!/usr/bin/env node
// The web budget (issue 6 §4): the JavaScript a browser must load before the first screen —
// the scripts and module preloads that index.html names — at most 400 kB gzipped.
// Angular's own budget (web/project.json) measures raw bytes; this check measures what goes
// over the wire, and fails (exit 1) above the limit. `npm test` runs it after the build.
//
//   node scripts/web-budget.mjs [dist/web]     (the build's output path; default dist/web)

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LIMIET_GZIP_KB = 400;
const KB = 1000;

/** index.html of a build: Angular's application builder writes it under browser/. */
function indexVan(dist) {
  for (const p of [join(dist, 'browser/index.html'), join(dist, 'index.html')]) if (existsSync(p)) return p;
  throw new Error(`Geen index.html in ${dist} (browser/index.html): bouw eerst de web-app / build the web app first`);
}

/** The initial JavaScript files index.html loads: module scripts and modulepreload links (local files only). */
export function initieleBestanden(html) {
  const bestanden = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) bestanden.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) bestanden.add(href[1]);
  }
  return [...bestanden].filter((f) => !/^(https?:)?\/\//.test(f) && f.endsWith('.js'));
}

/** Raw and gzipped (level 9, as a server would send it) size of the initial JavaScript of the build in `dist`. */
export function meetInitieleJs(dist) {
  const index = indexVan(dist);
  const map = dirname(index);
  const namen = initieleBestanden(readFileSync(index, 'utf8'));
  if (namen.length === 0) throw new Error(`${index} laadt geen JavaScript: is dit een Angular-build? / loads no JavaScript`);
  const perBestand = namen.map((naam) => {
    const inhoud = readFileSync(join(map, naam.replace(/^\//, '')));
    return { naam, rawKb: inhoud.length / KB, gzipKb: gzipSync(inhoud, { level: 9 }).length / KB };
  });
  const som = (k) => Math.round(perBestand.reduce((s, b) => s + b[k], 0) * 10) / 10;
  return { map: relative(process.cwd(), map) || '.', bestanden: perBestand.length, rawKb: som('rawKb'), gzipKb: som('gzipKb'), limietGzipKb: LIMIET_GZIP_KB, perBestand };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist/web');
  try {
    const m = meetInitieleJs(dist);
    for (const b of m.perBestand) console.log(`  ${b.naam.padEnd(36)} ${b.rawKb.toFixed(1).padStart(8)} kB  gzip ${b.gzipKb.toFixed(1).padStart(7)} kB`);
    const regel = `initiële JavaScript / initial JavaScript: ${m.gzipKb.toFixed(1)} kB gzip (${m.rawKb.toFixed(1)} kB ongecomprimeerd / raw, ${m.bestanden} bestanden / files); limiet / limit ${LIMIET_GZIP_KB} kB gzip`;
    if (m.gzipKb > LIMIET_GZIP_KB) {
      console.error(`✖ Webbudget overschreden / web budget exceeded: ${regel}`);
      process.exit(1);
    }
    console.log(`✔ Webbudget / web budget: ${regel}`);
  } catch (e) {
    console.error(`✖ Webbudget niet te meten / cannot measure the web budget: ${e.message}`);
    process.exit(1);
  }
}
