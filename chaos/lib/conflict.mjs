import { performance } from 'node:perf_hooks';
import { ApiClient } from '../../bench/lib/http.mjs';
import { nieuweZaak, rijversieUit } from '../../bench/lib/scenarios.mjs';
import { MINIMAAL } from './client.mjs';
import { verbind } from './postgres.mjs';

/**
 * The conflict test: `clients` clients send a conflicting change (GEGEVENS_WIJZIGEN with
 * the same rowVersion) to one case at the same moment, over both replicas, for `rondes`
 * rounds. Exactly one may win each round, every other must get a 409 and change nothing;
 * the database must hold exactly one transition per round.
 */
export async function conflictTest({ cfg, replicas, tokens, databaseUrl, runId, log }) {
  const apis = replicas.map((r) => new ApiClient(r.baseUrl, { timeoutMs: cfg.requestTimeoutMs }));
  const basis = nieuweZaak(0, 0);
  const aanvraag = (ronde, c) => ({ ...basis, aanvrager: { ...basis.aanvrager, voornamen: `Conflict${c}`, achternaam: `Conflict-${runId} ronde ${ronde}` } });
  const zaak = await apis[0].call('POST', '/api/zaken', { token: tokens.zorg, body: aanvraag(0, 0) });
  if (!zaak.ok) throw new Error(`Conflicttest: zaak aanmaken mislukt / create failed: ${zaak.status} ${zaak.text.slice(0, 300)}`);
  const id = zaak.body.id;
  let rowVersion = zaak.body.rowVersion;
  const schendingen = [];
  const statussen = {};
  let winnaars = 0;
  const t0 = performance.now();

  for (let ronde = 1; ronde <= cfg.conflictRondes; ronde++) {
    // All requests of a round leave together, each with its own key, half to each replica.
    const antwoorden = await Promise.all(Array.from({ length: cfg.clients }, (_, c) => apis[c % apis.length].call('POST', `/api/zaken/${id}/events`, {
      token: tokens.zorg, body: { type: 'GEGEVENS_WIJZIGEN', rowVersion, payload: aanvraag(ronde, c) }, headers: { ...MINIMAAL, 'Idempotency-Key': `conflict-${runId}-${ronde}-${c}` },
    })));
    const gewonnen = antwoorden.filter((r) => r.ok);
    for (const r of antwoorden) statussen[r.status] = (statussen[r.status] ?? 0) + 1;
    const anders = antwoorden.filter((r) => !r.ok && r.status !== 409);
    if (gewonnen.length !== 1 && schendingen.length < 50) schendingen.push(`ronde ${ronde}: ${gewonnen.length} winnaars / winners`);
    if (anders.length && schendingen.length < 50) schendingen.push(`ronde ${ronde}: ${anders.map((r) => r.status).join(', ')} (geen 409) ${anders[0].text.slice(0, 200)}`);
    winnaars += gewonnen.length;
    if (gewonnen.length >= 1) {
      const nieuw = rijversieUit(gewonnen[0]);
      if (nieuw !== rowVersion + 1 && schendingen.length < 50) schendingen.push(`ronde ${ronde}: rowVersion ${nieuw}, verwacht ${rowVersion + 1}`);
      rowVersion = nieuw;
    } else {
      const nu = await apis[0].call('GET', `/api/zaken/${id}`, { token: tokens.zorg });
      rowVersion = nu.body?.rowVersion ?? rowVersion;
    }
    if (ronde % 100 === 0) log(`  conflict: ronde ${ronde}/${cfg.conflictRondes}`);
  }
  const duur = (performance.now() - t0) / 1000;

  const c = await verbind(databaseUrl);
  try {
    const { rows: [db] } = await c.query(
      `SELECT z.row_version, (SELECT count(*)::int FROM zaak_transitie t WHERE t.zaak_id = z.id AND t.event = 'GEGEVENS_WIJZIGEN') AS wijzigingen,
              (SELECT count(*)::int FROM zaak_transitie t WHERE t.zaak_id = z.id) AS transities, z.aanvrager_achternaam AS achternaam
         FROM zaak z WHERE z.id = $1`, [id]);
    if (db.wijzigingen !== cfg.conflictRondes) schendingen.push(`${db.wijzigingen} wijzigingen opgeslagen bij ${cfg.conflictRondes} rondes / changes stored for rounds`);
    if (db.row_version !== 1 + cfg.conflictRondes) schendingen.push(`row_version ${db.row_version}, verwacht / expected ${1 + cfg.conflictRondes}`);
    if (db.transities !== db.row_version) schendingen.push(`${db.transities} transities bij row_version ${db.row_version}`);
    // The stored data is the last winner's, not a loser's.
    if (cfg.conflictRondes > 0 && db.achternaam !== `Conflict-${runId} ronde ${cfg.conflictRondes}`) schendingen.push(`achternaam ${db.achternaam} is niet die van de laatste winnaar / not the last winner's`);
    return {
      zaakId: id, rondes: cfg.conflictRondes, clients: cfg.clients, winnaars, statussen, duurSeconden: Math.round(duur * 10) / 10,
      database: { rowVersion: db.row_version, wijzigingen: db.wijzigingen, transities: db.transities }, schendingen,
    };
  } finally {
    await c.end();
  }
}
