// Does the api accept the seeded cases as its own? For a case in every state: the detail opens
// with that state and row version (= its number of transitions); a filtered list counts what
// the database counts; and a case in each running state takes a next event (200, row version
// + 1, one more transition). Any failure is listed; the benchmark reports it and exits 1.

import pg from 'pg';

const ACTIEF = [
  { state: 'ingediend.ontvankelijkheid', as: 'commissie', type: 'ONTVANKELIJK_VERKLAREN', payload: () => ({}) },
  // An uitstroomverzoek (with an admission): the herkomst rule must propose the seeded gemeente, so no motivation is needed.
  { state: 'toetsingHerkomst', waar: `AND EXISTS (SELECT 1 FROM opname o WHERE o.zaak_id = z.id)`, as: 'commissie', type: 'HERKOMST_VASTSTELLEN', payload: (z) => ({ gemeenteCbs: z.behandelende_gemeente.trim() }) },
  {
    state: 'wegingWoonstart', as: 'commissie', type: 'WEGING_VASTLEGGEN',
    payload: (z) => {
      const b = (tekst, oordeel = 'voor') => ({ bevinding: tekst, oordeel });
      return {
        gemeenteCbs: z.herkomstgemeente.trim(), motivering: 'Controle: netwerk en begeleiding in de herkomstgemeente.',
        kandidaten: [{ gemeenteCbs: z.herkomstgemeente.trim(), bron: 'herkomst', criteria: { perspectief: b('Wil blijven.'), netwerk: b('Familie.'), werkDagbesteding: b('Dagbesteding.'), ondersteuning: b('Begeleiding.'), justitieel: b('Geen.', 'neutraal') } }],
      };
    },
  },
  {
    state: 'besluitvorming.beraad', as: 'commissie', type: 'BESLUIT_VOORSTELLEN',
    payload: (z) => ({ uitkomst: 'toekennen', route: 'zelfZoeken', geldigheidMaanden: 3, zoekprofiel: { gemeenten: [z.woonstartgemeente.trim()], woningtypen: [], maxHuur: null }, motivering: 'Controle: voldoet aan de criteria.' }),
  },
  { state: 'besluitvorming.voorgesteld', as: 'commissie2', type: 'BESLUIT_GOEDKEUREN', payload: () => ({}) },
  {
    state: 'toegekend.zelfZoeken.zoekend', as: 'commissie', type: 'PLAATSING_REGISTREREN',
    payload: (z) => ({
      ingangsdatum: new Date().toISOString().slice(0, 10), vorm: 'huur', begeleidingAkkoord: true, begeleidingsafspraak: 'Controle: wekelijks huisbezoek.',
      gemeenteCbs: z.woonstartgemeente.trim(), adres: 'Controlestraat 1', huurprijs: 650,
    }),
  },
  { state: 'toegekend.bemiddeling.zoeken', as: 'commissie', type: 'PLAATSINGSPROFIEL_VASTLEGGEN', payload: () => ({ uitgeslotenGemeenten: [], uitgeslotenWijken: [] }) },
  { state: 'toegekend.bemiddeling.aanbieding', as: 'commissie', type: 'INTREKKEN', payload: () => ({ reden: 'Controle: aanvrager heeft zelf woonruimte gevonden.' }) },
  { state: 'ingediend.aanvullen', as: 'commissie', type: 'INTREKKEN', payload: () => ({ reden: 'Controle: aanvraag ingetrokken.' }) },
  { state: 'bezwaar', as: 'commissie', type: 'BEZWAAR_ONGEGROND', payload: () => ({ motivering: 'Controle: het besluit blijft in stand.' }) },
];

/**
 * Checks seeded cases through the api. `namen`: first names and surnames the seed uses, to
 * pick seeded cases rather than the demo's. Returns { ok, checks, failures }.
 */
export async function controleerSeed(api, tokens, databaseUrl, { voornamen, achternamen, log = console.log }) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const fouten = [];
  const checks = [];
  // The seed's surnames are not the demo's; anonymised cases have none and are not picked.
  const gezaaid = `z.aanvrager_voornamen = ANY($2) AND z.aanvrager_achternaam = ANY($3)`;
  const transities = async (id) => (await c.query('SELECT count(*)::int AS n FROM zaak_transitie WHERE zaak_id = $1', [id])).rows[0].n;
  try {
    const { rows: states } = await c.query(`SELECT DISTINCT state FROM zaak WHERE status <> 'concept' ORDER BY state`);
    for (const { state } of states) {
      const { rows } = await c.query(`SELECT z.id, z.row_version FROM zaak z WHERE z.state = $1 AND ${gezaaid} LIMIT 1`, [state, voornamen, achternamen]);
      if (!rows.length) continue;
      const z = rows[0];
      const n = await transities(z.id);
      const d = await api.call('GET', `/api/zaken/${z.id}`, { token: tokens.commissie });
      const ok = d.status === 200 && d.body?.state === state && d.body?.rowVersion === z.row_version && n === z.row_version;
      checks.push({ check: `detail ${state}`, ok, status: d.status, rowVersion: z.row_version, transities: n });
      if (!ok) fouten.push(`detail ${state} (${z.id}): HTTP ${d.status}, state ${d.body?.state}, rowVersion ${d.body?.rowVersion}/${z.row_version}, transities ${n}: ${d.text.slice(0, 300)}`);
    }
    const [{ n: telling }] = (await c.query(`SELECT count(*)::int AS n FROM zaak WHERE behandelende_gemeente = '0503' AND status = 'geplaatst'`)).rows;
    const l = await api.call('GET', '/api/zaken?gemeente=0503&status=geplaatst&perPagina=50', { token: tokens.commissie });
    // The api may stop counting at a cap and say so (totaalBegrensd): then the database has at least that many.
    const totaalOk = l.body?.totaalBegrensd === true ? telling >= l.body.totaal : l.body?.totaal === telling;
    const lijstOk = l.status === 200 && totaalOk && l.body?.items?.length === Math.min(50, telling);
    checks.push({ check: 'lijst gemeente=0503&status=geplaatst', ok: lijstOk, status: l.status, totaal: l.body?.totaal, totaalBegrensd: l.body?.totaalBegrensd ?? null, database: telling });
    if (!lijstOk) fouten.push(`lijst: HTTP ${l.status}, totaal ${l.body?.totaal}${l.body?.totaalBegrensd ? ' (begrensd)' : ''} (database ${telling}): ${l.text.slice(0, 300)}`);

    for (const a of ACTIEF) {
      const { rows } = await c.query(
        `SELECT z.id, z.row_version, z.behandelende_gemeente, z.herkomstgemeente, coalesce(z.woonstartgemeente, z.herkomstgemeente, z.behandelende_gemeente) AS woonstartgemeente
           FROM zaak z WHERE z.state = $1 AND ${gezaaid} ${a.waar ?? ''} LIMIT 1`, [a.state, voornamen, achternamen]);
      if (!rows.length) {
        checks.push({ check: `${a.type} in ${a.state}`, ok: null, reden: 'geen gezaaide zaak in deze toestand / no seeded case in this state' });
        continue;
      }
      const z = rows[0];
      const r = await api.call('POST', `/api/zaken/${z.id}/events`, { token: tokens[a.as], body: { type: a.type, rowVersion: z.row_version, payload: a.payload(z) } });
      const n = await transities(z.id);
      const [{ row_version: rv }] = (await c.query('SELECT row_version FROM zaak WHERE id = $1', [z.id])).rows;
      const ok = r.status === 200 && rv === z.row_version + 1 && n === rv;
      checks.push({ check: `${a.type} in ${a.state}`, ok, status: r.status, rowVersion: rv, transities: n });
      if (!ok) fouten.push(`${a.type} in ${a.state} (${z.id}): HTTP ${r.status}, rowVersion ${z.row_version} -> ${rv}, transities ${n}: ${r.text.slice(0, 400)}`);
    }
  } finally {
    await c.end();
  }
  const geslaagd = checks.filter((x) => x.ok === true).length;
  log(`seedcontrole / seed check: ${geslaagd} van ${checks.filter((x) => x.ok !== null).length} goed${fouten.length ? `, FOUT / FAILED: ${fouten.length}` : ''}`);
  for (const f of fouten) log(`  ${f}`);
  return { ok: fouten.length === 0, checks, fouten };
}

/** Ids of non-concept cases spread over the table (block sample, fixed seed), for the detail benchmark. */
export async function steekproefIds(databaseUrl, aantal = 5000) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT id FROM zaak TABLESAMPLE SYSTEM (2) REPEATABLE (42) WHERE status <> 'concept' LIMIT $1`, [aantal]);
    if (rows.length >= Math.min(aantal, 100)) return rows.map((r) => r.id);
    const { rows: alle } = await c.query(`SELECT id FROM zaak WHERE status <> 'concept' ORDER BY id LIMIT $1`, [aantal]);
    return alle.map((r) => r.id);
  } finally {
    await c.end();
  }
}
