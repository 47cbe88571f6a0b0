#!/usr/bin/env node
// Bulk seed for the benchmark: N cases (default 1,000,000) over 2017–2026, all nine gemeenten,
// every channel and organisation, with their transitions, access-log rows and the records
// their history implies (medical advice, weighing, decision, urgentieverklaring, offer,
// dwelling, placement, objection, suspension, future deadline jobs), written by server-side
// SQL (INSERT … SELECT over generate_series) in one transaction, then VACUUM ANALYZE.
//
// Every case copies a history played through the real workflow machine (seed-paden.mjs), so
// its snapshot, state, status and transitions are what the api would have written, and
// row_version = number of transitions. The api can open, list and send events to them.
//
// CLI:  node bench/lib/seed-miljoen.mjs <DATABASE_URL> <aantal>
//   The database is created when it does not exist; when it has no schema or demo data yet,
//   the api bundle (dist/api/main.js, built when stale) is started once to migrate and seed it.
// See bench/README.md ("Seeding").

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BLADEN, GEMEENTEN, laadWorkflow, maakSjablonen } from './seed-paden.mjs';

/**
 * The api's retention term (BEWAARTERMIJN_MAANDEN, default 24): closed cases older than that are
 * seeded as the retention job leaves them — anonymised, with their audit row — as in a database
 * that has run for ten years, instead of a backlog the job would start on an hour after start-up.
 */
const bewaartermijnMaanden = () => Number(process.env.BEWAARTERMIJN_MAANDEN || 24);
const GEANONIMISEERD = 'Geanonimiseerd';

/** Transition ids are (case number × STRIDE + step): a case's rows stay in event order without sorting. */
const STRIDE = 32;
const VAN = '2017-01-01';

/** Categories of a case with their weight (yearly regional demand; small ones rounded up). */
const CATEGORIEEN = [
  ['BW', 175, 'instelling'], ['GGZ', 25, 'instelling'], ['MO', 504, 'instelling'], ['VO', 95, 'instelling'], ['JZ', 200, 'instelling'], ['DET', 175, 'instelling'],
  ['SW', 20, 'gemeente'], ['MED', 1080, 'med'], ['MZ', 20, 'gemeente'], ['DG', 50, 'gemeente'], ['ONBEGREPEN_GEDRAG', 60, 'gemeente'], ['SOCIAAL', 371, 'gemeente'],
];
/** Share of cases per gemeente: its average social lettings (gemeente.data.ts). */
const GEMEENTE_GEWICHT = { '0518': 3907, '0503': 1051, '0637': 1065, '1916': 504, '0603': 544, '1783': 518, '1926': 179, '1842': 114, '0629': 160 };
/** Where cases end up. Most of ten years of history is closed; what runs now is recent. */
const BLAD_GEWICHT = {
  concept: 0.6, ontvankelijkheid: 1.2, aanvullen: 0.4, toetsing: 1, weging: 1, beraad: 1, voorgesteld: 0.6, zoekend: 1.5, aanbieding: 0.3, bezwaar: 0.4,
  bemiddelingZoeken: 3,
  geplaatstZelf: 13, geplaatstBemiddeling: 12, afgewezen: 16, definitiefAfgewezen: 4, ingetrokken: 18, buitenBehandeling: 8, urgentieVervallen: 8,
};
const ZONDER_MED = new Set(['afgewezen', 'definitiefAfgewezen', 'bezwaar']);
/**
 * When the history happened, per end state: `venster` days back from now for the anchor event,
 * so a running case has no deadline that would already have fired (a reply term of 7 days, a
 * repair term of 14, an urgentieverklaring of 3 months, the 8-week decision term), or
 * `uniform` over 2017 up to now for closed cases.
 */
const TIJD = {
  concept: { anker: 'start', venster: 30 },
  ontvankelijkheid: { anker: 'indienen', venster: 45 },
  aanvullen: { anker: 'laatste', venster: 12 },
  toetsing: { anker: 'indienen', venster: 45 },
  weging: { anker: 'indienen', venster: 45 },
  beraad: { anker: 'indienen', venster: 45 },
  voorgesteld: { anker: 'indienen', venster: 45 },
  zoekend: { anker: 'laatste', venster: 80 },
  aanbieding: { anker: 'laatste', venster: 6 },
  bezwaar: { anker: 'laatste', venster: 60 },
  bemiddelingZoeken: { anker: 'laatste', venster: 730 },
};
const VOORNAMEN = ['Sanne', 'Mohamed', 'Eva', 'Joris', 'Fatima', 'Daan', 'Noor', 'Sem', 'Lotte', 'Yusuf', 'Emma', 'Bram', 'Aisha', 'Lucas', 'Julia', 'Milan', 'Sara', 'Thijs', 'Zeynep', 'Ruben', 'Iris', 'Kevin', 'Naima', 'Tim', 'Anouk', 'Ahmed', 'Fleur', 'Jesse', 'Lina', 'Stefan'];
// Surnames the demo seed does not use: the seed check recognises seeded cases by them.
const ACHTERNAMEN = ['van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeer', 'van Dam', 'Schouten', 'Willems', 'van der Heijden', 'Koning', 'Prins', 'Huisman', 'Kuipers', 'van Wijk', 'Maas', 'Verhoeven', 'Sanders', 'Bosman', 'El Idrissi', 'Demir', 'Yıldız', 'Ramdin', 'Tran', 'Wolters', 'Kramer', 'Postma', 'Veenstra', 'Timmermans', 'van Beek', 'Aydın'];

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
/** A uniform number in [0,1) per case and purpose, the same for the same case number (n plus the case-number base). */
const u = (salt) => `((hashint8extended(g.n + nrbasis.nr, ${salt}) & 281474976710655)::float8 / 281474976710656.0)`;
/** CASE expression picking a value by weight with uniform `expr`. */
function kies(expr, paren) {
  const totaal = paren.reduce((s, [, w]) => s + w, 0);
  let cum = 0;
  const takken = paren.slice(0, -1).map(([v, w]) => {
    cum += w / totaal;
    return `WHEN ${expr} < ${cum.toFixed(9)} THEN ${q(v)}`;
  });
  return `(CASE ${takken.join(' ')} ELSE ${q(paren.at(-1)[0])} END)`;
}

/** Days of the first event of a type in a template, scaled part only (null when absent). */
function dagVan(sjabloon, type) {
  return sjabloon.rijen.find((r) => r.event === type)?.dagGeschaald ?? null;
}

async function referentie(c) {
  const rows = async (sql, params) => (await c.query(sql, params)).rows;
  const gebruikers = await rows(`SELECT g.id, g.email, g.naam, g.rol, g.organisatie_id, o.naam AS org, o.type, o.werkgebied FROM gebruiker g JOIN organisatie o ON o.id = g.organisatie_id WHERE g.actief ORDER BY g.email`);
  const perEmail = new Map(gebruikers.map((g) => [g.email, g]));
  const vereist = (email) => {
    const g = perEmail.get(email);
    if (!g) throw new Error(`seed: demo-gebruiker ${email} ontbreekt / demo user missing (draai de api eenmaal met SEED_DEMO=true)`);
    return g;
  };
  const eersteVan = (pred) => {
    const seen = new Map();
    for (const g of gebruikers) if (pred(g) && !seen.has(g.organisatie_id)) seen.set(g.organisatie_id, g);
    return [...seen.values()];
  };
  const instellingen = eersteVan((g) => g.type === 'zorginstelling' && g.rol === 'zorgmedewerker');
  const gemeenteIntake = new Map(eersteVan((g) => g.type === 'gemeente' && g.rol === 'gemeentemedewerker').map((g) => [g.werkgebied[0], g]));
  const corporaties = eersteVan((g) => g.type === 'woningcorporatie' && g.rol === 'corporatiemedewerker');
  for (const gem of GEMEENTEN) {
    if (!gemeenteIntake.has(gem.cbs)) throw new Error(`seed: geen intakemedewerker voor gemeente ${gem.cbs}`);
    if (!corporaties.some((k) => k.werkgebied.includes(gem.cbs))) throw new Error(`seed: geen corporatie met werkgebied ${gem.cbs}`);
  }
  if (instellingen.length === 0) throw new Error('seed: geen zorginstelling met een zorgmedewerker');
  const wijken = await rows(`SELECT code, gemeente_cbs FROM wijk ORDER BY code`);
  return {
    commissieA: vereist('commissie@haaglanden.demo'), commissieB: vereist('commissie2@haaglanden.demo'), arts: vereist('arts@haaglanden.demo'),
    instellingen, gemeenteIntake, corporaties, wijken,
  };
}

/** Table and column facts, so the seed fits the schema other work may have extended. */
async function schema(c) {
  const { rows } = await c.query(`SELECT table_name, column_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'`);
  const tabellen = new Map();
  for (const r of rows) {
    if (!tabellen.has(r.table_name)) tabellen.set(r.table_name, new Map());
    tabellen.get(r.table_name).set(r.column_name, r);
  }
  return tabellen;
}

/** Fails early when a table gained a required column the seed does not fill. */
function controleerKolommen(tabellen, tabel, kolommen) {
  const t = tabellen.get(tabel);
  if (!t) throw new Error(`seed: tabel ${tabel} ontbreekt / table missing`);
  const ontbreekt = [...t.values()].filter((k) => k.is_nullable === 'NO' && k.column_default === null && !kolommen.includes(k.column_name));
  if (ontbreekt.length) throw new Error(`seed: ${tabel} heeft verplichte kolommen zonder default die de seed niet vult: ${ontbreekt.map((k) => k.column_name).join(', ')}`);
}

const DOELTABELLEN = ['zaak', 'zaak_transitie', 'toegangslog', 'auditlog', 'inschrijving', 'opname', 'medisch_advies', 'woonstartweging', 'besluit', 'opschorting', 'bezwaar', 'urgentieverklaring', 'woning', 'aanbieding', 'plaatsing', 'taak'];

/**
 * Drops the secondary indexes and the foreign keys of the tables about to be filled and
 * returns their definitions: building an index once over all rows, and checking a foreign
 * key with one join, is many times faster than maintaining them row by row. Primary keys and
 * unique constraints stay. Runs in the seed's transaction: on failure everything comes back.
 */
async function zetIndexenOpzij(c, tabellen) {
  const { rows: fks } = await c.query(
    `SELECT conrelid::regclass::text AS tabel, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid::regclass::text = ANY($1)`, [tabellen]);
  const { rows: idx } = await c.query(
    `SELECT i.indexrelid::regclass::text AS naam, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid::regclass::text = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`, [tabellen]);
  for (const f of fks) await c.query(`ALTER TABLE ${f.tabel} DROP CONSTRAINT ${f.conname}`);
  for (const i of idx) await c.query(`DROP INDEX ${i.naam}`);
  return { fks, idx };
}

async function zetIndexenTerug(c, { fks, idx }, log) {
  for (const i of idx) {
    const t = Date.now();
    await c.query(i.def);
    log(`  index ${i.naam} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  for (const f of fks) await c.query(`ALTER TABLE ${f.tabel} ADD CONSTRAINT ${f.conname} ${f.def}`);
}

/**
 * The monitor's counts are kept by statement triggers (migration 1764200400000) that recompute
 * the cases a statement touched. On a bulk insert of hundreds of thousands of rows, before the
 * indexes are back, that is very slow; so while loading they are disabled (in the seed's
 * transaction) and afterwards the same recomputation, monitor_herbereken, runs once over the
 * cases the disabled triggers would have recomputed. Only when that function exists; otherwise
 * the triggers stay on (slow, but right).
 */
async function zetMonitorTriggersUit(c, tabellen) {
  const [{ ok }] = (await c.query(`SELECT to_regprocedure('monitor_herbereken(uuid[])') IS NOT NULL AS ok`)).rows;
  if (!ok) return [];
  const { rows } = await c.query(
    `SELECT t.tgname AS naam, t.tgrelid::regclass::text AS tabel FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND p.proname LIKE 'monitor\\_%' AND t.tgrelid::regclass::text = ANY($1)`, [tabellen]);
  for (const t of rows) await c.query(`ALTER TABLE ${t.tabel} DISABLE TRIGGER ${t.naam}`);
  return rows;
}

async function zetMonitorTriggersAan(c, triggers) {
  for (const t of triggers) await c.query(`ALTER TABLE ${t.tabel} ENABLE TRIGGER ${t.naam}`);
  // What the triggers would have recomputed: the cases the seed gave a weighing, a decision or a placement.
  await c.query(`SELECT monitor_herbereken(ARRAY(
    SELECT zaak_id FROM woonstartweging w JOIN seed_zaak z ON z.id = w.zaak_id
    UNION SELECT zaak_id FROM besluit b JOIN seed_zaak z ON z.id = b.zaak_id
    UNION SELECT zaak_id FROM plaatsing p JOIN seed_zaak z ON z.id = p.zaak_id))`);
  const [{ vouw }] = (await c.query(`SELECT to_regprocedure('monitor_vouw()') IS NOT NULL AS vouw`)).rows;
  if (vouw) await c.query('SELECT monitor_vouw()');
}

/**
 * Seeds `aantal` cases into the database at `databaseUrl`, which must be migrated and hold the
 * demo reference data (gemeenten, organisations, users). Returns row counts and timings.
 */
export async function seedMiljoen({ root, databaseUrl, aantal, log = console.log, vacuum = true }) {
  if (!Number.isInteger(aantal) || aantal < 1) throw new Error(`seed: aantal moet een positief geheel getal zijn (nu ${aantal})`);
  const t0 = Date.now();
  const stappen = {};
  const stap = (naam) => {
    const t = Date.now();
    return (extra = '') => {
      stappen[naam] = (Date.now() - t) / 1000;
      log(`seed: ${naam} ${stappen[naam].toFixed(1)} s${extra}`);
    };
  };
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const tabellen = await schema(c);
    if (!tabellen.has('zaak')) throw new Error('seed: de database heeft nog geen schema (migraties) / not migrated');
    const ref = await referentie(c);
    const klaarTemplates = stap('sjablonen (workflow-machine)');
    const wf = await laadWorkflow(root);
    const sjablonen = maakSjablonen(wf, { commissieA: ref.commissieA.id, commissieB: ref.commissieB.id });
    const maxLengte = Math.max(...sjablonen.map((s) => s.rijen.length));
    // Anonymise old closed cases only where the schema and the workflow have retention.
    const anonimiseren = tabellen.get('zaak').has('geanonimiseerd_op') && typeof wf.afgeslotenSleutels === 'function';
    const afgesloten = new Set(anonimiseren ? wf.afgeslotenSleutels() : []);
    const maanden = bewaartermijnMaanden();
    if (maxLengte + 1 >= STRIDE) throw new Error(`seed: pad van ${maxLengte} stappen past niet in STRIDE ${STRIDE}`);
    klaarTemplates(` (${sjablonen.length} sjablonen, ${sjablonen.reduce((s, x) => s + x.rijen.length, 0)} stappen)`);

    controleerKolommen(tabellen, 'zaak', ['id', 'zaaknummer', 'categorie', 'status', 'state', 'machine_version', 'snapshot', 'row_version', 'indienende_organisatie_id', 'aangemaakt_door', 'behandelende_gemeente', 'aanvrager_voornamen', 'aanvrager_achternaam', 'aanvrager_geboortedatum']);
    controleerKolommen(tabellen, 'zaak_transitie', ['id', 'zaak_id', 'event', 'payload', 'actor_id', 'actor_naam', 'actor_rol', 'van_state', 'naar_state', 'machine_version', 'reden', 'tijdstip']);
    controleerKolommen(tabellen, 'toegangslog', ['gebruiker_id', 'rol', 'organisatie_id', 'zaak_id', 'gegevens', 'uitkomst', 'tijdstip']);
    if (anonimiseren) controleerKolommen(tabellen, 'auditlog', ['onderwerp', 'onderwerp_id', 'actie', 'gegevens', 'actor_id', 'actor_naam', 'actor_rol', 'organisatie_id', 'tijdstip']);

    await c.query('BEGIN');
    await c.query(`SET LOCAL work_mem = '256MB'`);
    await c.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await c.query(`SET LOCAL synchronous_commit = off`);

    // Templates and reference lists as temporary tables.
    const tijdelijk = async (naam, kolommen, [json]) => {
      await c.query(`CREATE TEMP TABLE ${naam} (${kolommen}) ON COMMIT DROP`);
      await c.query(`INSERT INTO ${naam} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${kolommen})`, [json]);
    };
    await tijdelijk('seed_sjabloon', `
      sleutel text, blad text, gemeente text, kanaal text, verschoven boolean, doel text, machine_version int, initial_state text,
      state text, status text, snapshot jsonb, herkomst text, woonstart text, route text, weging jsonb, weging_anoniem jsonb, besluit jsonb, lengte int, afgesloten boolean,
      d_indienen float8, d_ontvankelijk float8, d_advies float8, d_aanvulling float8, d_weging float8, d_voorstel float8, d_goedkeuren float8,
      d_aanbieden float8, d_accepteren float8, d_plaatsing float8, d_bezwaar float8, d_ongegrond float8, d_laatste_g float8, d_laatste_v float8`,
      [JSON.stringify(sjablonen.map((s) => ({
        sleutel: s.sleutel, blad: s.blad, gemeente: s.gemeente, kanaal: s.kanaal, verschoven: s.verschoven, doel: s.doel, machine_version: s.machineVersion,
        initial_state: s.initialState, state: s.state, status: s.status, snapshot: s.snapshot, herkomst: s.herkomst, woonstart: s.woonstart, route: s.route,
        weging: s.weging, weging_anoniem: s.wegingAnoniem, besluit: s.besluit, lengte: s.rijen.length, afgesloten: afgesloten.has(`${s.machineVersion}:${s.status}`),
        d_indienen: dagVan(s, 'INDIENEN'), d_ontvankelijk: dagVan(s, 'ONTVANKELIJK_VERKLAREN'), d_advies: dagVan(s, 'MEDISCH_ADVIES_UITBRENGEN'),
        d_aanvulling: dagVan(s, 'AANVULLING_VRAGEN'), d_weging: dagVan(s, 'WEGING_VASTLEGGEN'), d_voorstel: dagVan(s, 'BESLUIT_VOORSTELLEN'),
        d_goedkeuren: dagVan(s, 'BESLUIT_GOEDKEUREN'), d_aanbieden: dagVan(s, 'WONING_AANBIEDEN'), d_accepteren: dagVan(s, 'AANBIEDING_ACCEPTEREN'),
        d_plaatsing: dagVan(s, 'PLAATSING_REGISTREREN'), d_bezwaar: dagVan(s, 'BEZWAAR_INDIENEN'), d_ongegrond: dagVan(s, 'BEZWAAR_ONGEGROND'),
        d_laatste_g: s.rijen.at(-1)?.dagGeschaald ?? 0, d_laatste_v: s.rijen.at(-1)?.dagVast ?? 0,
      })))],
    );
    await c.query('ALTER TABLE seed_sjabloon ADD PRIMARY KEY (sleutel)');
    await tijdelijk('seed_stap', 'sleutel text, stap int, event text, payload jsonb, van text, naar text, reden text, actor text, dag_g float8, dag_v float8, datumveld text, woning boolean',
    [JSON.stringify(sjablonen.flatMap((s) => s.rijen.map((r) => ({
      sleutel: s.sleutel, stap: r.stap, event: r.event, payload: r.payload, van: r.van, naar: r.naar, reden: r.reden, actor: r.actor,
      dag_g: r.dagGeschaald, dag_v: r.dagVast, datumveld: r.datum[0] ?? null, woning: r.woning,
    }))))]);
    // Who files: for an uitstroomverzoek one of the zorginstellingen (by number), else the gemeente's intake (by gemeente).
    await tijdelijk('seed_indiener', 'sleutel text, gebruiker_id uuid, organisatie_id uuid, naam text, rol text, instelling text',
      [JSON.stringify([
        ...ref.instellingen.map((g, i) => ({ sleutel: `i${i}`, gebruiker_id: g.id, organisatie_id: g.organisatie_id, naam: g.naam, rol: g.rol, instelling: g.org })),
        ...[...ref.gemeenteIntake].map(([gemeente, g]) => ({ sleutel: `g${gemeente}`, gebruiker_id: g.id, organisatie_id: g.organisatie_id, naam: g.naam, rol: g.rol, instelling: null })),
      ])]);
    // The policy in force from its date until the next version of the same gemeente.
    await c.query(`CREATE TEMP TABLE seed_beleid ON COMMIT DROP AS
      SELECT id, gemeente_cbs::text AS gemeente, geldig_vanaf AS van, coalesce(lead(geldig_vanaf) OVER (PARTITION BY gemeente_cbs ORDER BY geldig_vanaf), 'infinity'::date) AS tot FROM beleid`);
    const corpRijen = GEMEENTEN.flatMap((gem) => {
      const lijst = ref.corporaties.filter((k) => k.werkgebied.includes(gem.cbs));
      return lijst.map((k, i) => ({ gemeente: gem.cbs, i, aantal: lijst.length, corporatie_id: k.organisatie_id, gebruiker_id: k.id, gebruiker_naam: k.naam }));
    });
    await tijdelijk('seed_corp', 'gemeente text, i int, aantal int, corporatie_id uuid, gebruiker_id uuid, gebruiker_naam text', [JSON.stringify(corpRijen)]);
    const wijkRijen = GEMEENTEN.flatMap((gem) => {
      const lijst = ref.wijken.filter((w) => w.gemeente_cbs.trim() === gem.cbs);
      return lijst.map((w, i) => ({ gemeente: gem.cbs, i, aantal: lijst.length, code: w.code }));
    });
    await tijdelijk('seed_wijk', 'gemeente text, i int, aantal int, code text', [JSON.stringify(wijkRijen)]);
    const actoren = [
      { actor: 'commissieA', id: ref.commissieA.id, naam: ref.commissieA.naam, rol: ref.commissieA.rol },
      { actor: 'commissieB', id: ref.commissieB.id, naam: ref.commissieB.naam, rol: ref.commissieB.rol },
      { actor: 'arts', id: ref.arts.id, naam: ref.arts.naam, rol: ref.arts.rol },
      { actor: 'systeem', id: null, naam: 'Woonstart (termijnbewaking)', rol: 'systeem' },
    ];
    await tijdelijk('seed_actor', 'actor text, id uuid, naam text, rol text', [JSON.stringify(actoren)]);

    // Sequence blocks: case numbers, urgentieverklaring numbers and transition ids after what exists.
    const volgende = async (seq) => Number((await c.query(`SELECT nextval('${seq}') AS v`)).rows[0].v);
    const zaaknrBasis = await volgende('zaaknummer_seq');
    await c.query(`SELECT setval('zaaknummer_seq', $1)`, [zaaknrBasis + aantal]);
    const uvBasis = await volgende('urgentieverklaring_nummer_seq');
    await c.query(`SELECT setval('urgentieverklaring_nummer_seq', $1)`, [uvBasis + aantal]);
    const [{ m: transMax }] = (await c.query(`SELECT greatest(coalesce(max(id), 0), (SELECT last_value FROM zaak_transitie_id_seq)) AS m FROM zaak_transitie`)).rows;
    const transBasis = Number(transMax) + STRIDE;
    await c.query(`SELECT setval('zaak_transitie_id_seq', $1)`, [transBasis + (aantal + 1) * STRIDE]);

    // One row per case with everything drawn for it.
    let klaar = stap('zaken getrokken (temp)');
    const categorie = kies('x.u_cat', CATEGORIEEN.map(([c2, w]) => [c2, w]));
    const kanaalVan = `(CASE b.categorie ${CATEGORIEEN.map(([c2, , k]) => `WHEN ${q(c2)} THEN ${q(k)}`).join(' ')} END)`;
    const bladen = Object.entries(BLAD_GEWICHT);
    const bladGewoon = kies('b.u_blad', bladen);
    const bladMed = kies('b.u_blad', bladen.filter(([b]) => !ZONDER_MED.has(b)));
    const tijdCase = (veld) => `(CASE s.blad ${Object.entries(TIJD).map(([b, t]) => `WHEN ${q(b)} THEN ${typeof t[veld] === 'number' ? t[veld] : q(t[veld])}`).join(' ')} ELSE ${veld === 'venster' ? 'NULL' : "'uniform'"} END)`;
    for (const b of Object.keys(BLAD_GEWICHT)) if (!BLADEN[b]) throw new Error(`seed: onbekend blad ${b}`);
    await c.query(`
      CREATE TEMP TABLE seed_zaak ON COMMIT DROP AS
      WITH getallen AS (
        SELECT g.n, ${u(1)} AS u_gem, ${u(2)} AS u_cat, ${u(3)} AS u_blad, ${u(4)} AS u_tijd, ${u(5)} AS u_f, ${u(6)} AS u_verschoven,
               ${u(7)} AS u_org, ${u(8)} AS u_naam, ${u(9)} AS u_geb, ${u(10)} AS u_extra
          FROM generate_series(1, ${aantal}) AS g(n), (SELECT ${zaaknrBasis}::bigint AS nr) nrbasis
      ), basis AS (
        SELECT x.*, ${categorie} AS categorie, ${kies('x.u_gem', Object.entries(GEMEENTE_GEWICHT))} AS gemeente FROM getallen x
      ), getrokken AS (
        SELECT b.*, ${kanaalVan} AS kanaal,
               CASE WHEN b.categorie = 'MED' THEN ${bladMed} ELSE ${bladGewoon} END AS blad,
               b.u_verschoven < 0.15 AS verschoven
          FROM basis b
      ), met_sjabloon AS (
        SELECT r.*, s.sleutel, s.doel, s.lengte, s.afgesloten, s.d_indienen, s.d_laatste_g, s.d_laatste_v, ${tijdCase('anker')} AS anker, ${tijdCase('venster')}::float8 AS venster,
               0.5 + 0.7 * r.u_f AS f0
          FROM getrokken r JOIN seed_sjabloon s ON s.sleutel = r.blad || '|' || r.gemeente || '|' || r.kanaal || '|' || CASE WHEN r.verschoven THEN 'v' ELSE 'h' END
      ), getimed AS (
        SELECT m.*,
          CASE m.anker
            WHEN 'indienen' THEN least(m.f0, (m.venster * m.u_tijd) / greatest(m.d_laatste_g - m.d_indienen, 0.5))
            ELSE m.f0 END AS f,
          CASE m.anker
            WHEN 'start' THEN now() - (m.venster * m.u_tijd + 0.01) * interval '1 day'
            WHEN 'indienen' THEN now() - (m.venster * m.u_tijd + 0.01) * interval '1 day'
            WHEN 'laatste' THEN now() - (m.venster * m.u_tijd + 0.01) * interval '1 day'
            ELSE timestamptz '${VAN} 08:00+01' + m.u_tijd * (now() - timestamptz '${VAN} 08:00+01' - (m.d_laatste_g * m.f0 + m.d_laatste_v + 1) * interval '1 day')
          END AS ankertijd
          FROM met_sjabloon m
      )
      , klaar AS (
        SELECT t.n, gen_random_uuid() AS id, t.gemeente, t.categorie, t.kanaal, t.blad, t.verschoven, t.sleutel, t.doel, t.lengte, t.f, t.u_org, t.u_naam, t.u_geb, t.u_extra,
               t.afgesloten, t.d_laatste_g, t.d_laatste_v,
               CASE t.anker
                 WHEN 'indienen' THEN t.ankertijd - t.d_indienen * t.f * interval '1 day'
                 WHEN 'laatste' THEN t.ankertijd - (t.d_laatste_g * t.f + t.d_laatste_v) * interval '1 day'
                 ELSE t.ankertijd END AS t0,
               i.gebruiker_id AS indiener_id, i.organisatie_id AS indiener_org, i.naam AS indiener_naam, i.rol AS indiener_rol, i.instelling
          FROM getimed t
          LEFT JOIN seed_indiener i ON i.sleutel = CASE WHEN t.kanaal = 'instelling' THEN 'i' || floor(t.u_org * ${ref.instellingen.length})::int ELSE 'g' || t.gemeente END
      )
      SELECT k.*,
             -- Closed before the retention term: the job has anonymised it (at the end of the term).
             CASE WHEN k.afgesloten AND k.t0 + (k.d_laatste_g * k.f + k.d_laatste_v) * interval '1 day' < now() - interval '${maanden} months'
                  THEN k.t0 + (k.d_laatste_g * k.f + k.d_laatste_v) * interval '1 day' + interval '${maanden} months 1 day' END AS geanonimiseerd_op
        FROM klaar k`);
    await c.query(`ALTER TABLE seed_zaak ADD PRIMARY KEY (n)`);
    await c.query(`ANALYZE seed_zaak`);
    const [{ zonder }] = (await c.query(`SELECT count(*)::int AS zonder FROM seed_zaak WHERE indiener_id IS NULL OR t0 IS NULL OR f IS NULL`)).rows;
    if (zonder) throw new Error(`seed: ${zonder} zaken zonder indiener of tijd (interne fout)`);
    klaar();

    const opzij = await zetIndexenOpzij(c, DOELTABELLEN.filter((t) => tabellen.has(t)));
    log(`seed: ${opzij.idx.length} indexen en ${opzij.fks.length} foreign keys tijdelijk verwijderd / temporarily dropped`);
    const monitor = await zetMonitorTriggersUit(c, DOELTABELLEN.filter((t) => tabellen.has(t)));
    if (monitor.length) log(`seed: ${monitor.length} monitor-triggers uit tijdens het laden; daarna één herberekening / monitor triggers off while loading, one recount after`);

    // Helpers for the per-case time of a template's event: t0 + scaled days × pace (+ fixed days).
    const tijd = (kolom) => `(z.t0 + z.f * s.${kolom} * interval '1 day')`;
    const dag = (expr) => `((${expr}) AT TIME ZONE 'Europe/Amsterdam')::date`;
    const laatste = `(z.t0 + (z.f * s.d_laatste_g + s.d_laatste_v) * interval '1 day')`;
    const JOIN = 'FROM seed_zaak z JOIN seed_sjabloon s ON s.sleutel = z.sleutel';
    const woningId = `md5(z.id::text || ':woning')::uuid`;
    const besluitId = `md5(z.id::text || ':besluit')::uuid`;
    const telling = {};
    const voer = async (naam, sql, params = []) => {
      const k = stap(naam);
      const r = await c.query(sql, params);
      telling[naam] = r.rowCount;
      k(` (${r.rowCount} rijen)`);
    };

    // Snapshot: the template's, with the per-case facts the machine copied from events.
    await voer('zaak', `
      INSERT INTO zaak (id, zaaknummer, categorie, status, state, machine_version, snapshot, row_version, indienende_organisatie_id, aangemaakt_door,
                        behandelende_gemeente, herkomstgemeente, woonstartgemeente, route, ingediend_op, beslistermijn, aanvrager_voornamen, aanvrager_achternaam,
                        aanvrager_geboortedatum, begeleiding_akkoord, woonwensen, aantal_kamers_min, beleid_id, aangemaakt_op, gewijzigd_op${anonimiseren ? ', geanonimiseerd_op' : ''})
      SELECT z.id, 'WS-' || extract(year FROM z.t0 AT TIME ZONE 'Europe/Amsterdam')::int || '-' || lpad((${zaaknrBasis} + z.n)::text, greatest(5, length((${zaaknrBasis} + z.n)::text)), '0'),
             z.categorie, s.status, s.state, s.machine_version,
             CASE WHEN s.snapshot #>> '{context,geplaatstOp}' IS NULL AND s.snapshot #>> '{context,aangebodenWoningId}' IS NULL THEN s.snapshot
               ELSE jsonb_set(jsonb_set(s.snapshot,
                 '{context,geplaatstOp}', CASE WHEN s.snapshot #>> '{context,geplaatstOp}' IS NOT NULL
                   THEN to_jsonb(to_char(${dag(tijd('d_plaatsing'))}, 'YYYY-MM-DD')) ELSE 'null'::jsonb END),
                 '{context,aangebodenWoningId}', CASE WHEN s.snapshot #>> '{context,aangebodenWoningId}' IS NOT NULL
                   THEN to_jsonb(${woningId}::text) ELSE 'null'::jsonb END) END,
             s.lengte + 1, z.indiener_org, z.indiener_id, z.gemeente, s.herkomst, s.woonstart, s.route,
             ${dag(tijd('d_indienen'))},
             ${dag(tijd('d_indienen'))} + 56 + CASE WHEN s.d_aanvulling IS NOT NULL THEN 14 ELSE 0 END,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN (ARRAY[${VOORNAMEN.map(q).join(',')}])[1 + floor(z.u_naam * ${VOORNAMEN.length})::int] ELSE '' END,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN (ARRAY[${ACHTERNAMEN.map(q).join(',')}])[1 + floor(z.u_extra * ${ACHTERNAMEN.length})::int] ELSE ${q(GEANONIMISEERD)} END,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN (z.t0 - (20 + z.u_geb * 45) * interval '1 year')::date ELSE '1900-01-01' END,
             true, CASE WHEN z.u_geb < 0.3 AND z.geanonimiseerd_op IS NULL THEN 'Gelijkvloers, prikkelarme omgeving.' END, 1 + floor(z.u_extra * 3)::int,
             b.id, z.t0, ${laatste}${anonimiseren ? ', z.geanonimiseerd_op' : ''}
        ${JOIN}
        LEFT JOIN seed_beleid b ON b.gemeente = z.gemeente AND ${dag(tijd('d_indienen'))} >= b.van AND ${dag(tijd('d_indienen'))} < b.tot`);

    // Transitions: the creation row, then the template's events at their per-case time.
    await voer('zaak_transitie (aanmaken)', `
      INSERT INTO zaak_transitie (id, zaak_id, event, payload, actor_id, actor_naam, actor_rol, van_state, naar_state, machine_version, reden, tijdstip)
      SELECT ${transBasis} + z.n * ${STRIDE}, z.id, 'AANMAKEN', '{}', z.indiener_id, z.indiener_naam, z.indiener_rol, '', s.initial_state, s.machine_version, NULL, z.t0
        ${JOIN}`);
    await voer('zaak_transitie (events)', `
      INSERT INTO zaak_transitie (id, zaak_id, event, payload, actor_id, actor_naam, actor_rol, van_state, naar_state, machine_version, reden, tijdstip)
      SELECT ${transBasis} + z.n * ${STRIDE} + st.stap, z.id, st.event,
             CASE
               WHEN z.geanonimiseerd_op IS NOT NULL THEN '{}'::jsonb
               WHEN st.woning THEN jsonb_set(st.payload, '{woningId}', to_jsonb(${woningId}::text))
               WHEN st.datumveld IS NOT NULL
                 THEN jsonb_set(st.payload, ARRAY[st.datumveld], to_jsonb(to_char(((z.t0 + (z.f * st.dag_g + st.dag_v) * interval '1 day') AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD')))
               ELSE st.payload END,
             CASE st.actor WHEN 'indiener' THEN z.indiener_id WHEN 'corporatie' THEN k.gebruiker_id ELSE a.id END,
             CASE st.actor WHEN 'indiener' THEN z.indiener_naam WHEN 'corporatie' THEN k.gebruiker_naam ELSE a.naam END,
             CASE st.actor WHEN 'indiener' THEN z.indiener_rol WHEN 'corporatie' THEN 'corporatiemedewerker' ELSE a.rol END,
             st.van, st.naar, s.machine_version, CASE WHEN z.geanonimiseerd_op IS NULL THEN st.reden END, z.t0 + (z.f * st.dag_g + st.dag_v) * interval '1 day'
        ${JOIN}
        JOIN seed_stap st ON st.sleutel = z.sleutel
        LEFT JOIN seed_actor a ON a.actor = st.actor
        LEFT JOIN seed_corp k ON k.gemeente = z.doel AND k.i = floor(z.u_org * k.aantal)::int`);

    // Registration history and admission: an uitstroomverzoek has an admission two years before
    // the application with a home address in the gemeente before it (the herkomst rule's R1);
    // a gemeente's applicant lives there.
    await voer('inschrijving', `
      INSERT INTO inschrijving (zaak_id, gemeente_cbs, gemeente_naam, adrestype, van, tot)
      SELECT z.id, z.gemeente, gm.naam, 'woonadres', (z.t0 - interval '9 years')::date,
             CASE WHEN z.kanaal = 'instelling' THEN (z.t0 - interval '2 years')::date - 1 END
        FROM seed_zaak z JOIN gemeente gm ON gm.cbs_code = z.gemeente WHERE z.geanonimiseerd_op IS NULL
      UNION ALL
      SELECT z.id, z.gemeente, gm.naam, 'instelling', (z.t0 - interval '2 years')::date, NULL
        FROM seed_zaak z JOIN gemeente gm ON gm.cbs_code = z.gemeente WHERE z.kanaal = 'instelling' AND z.geanonimiseerd_op IS NULL`);
    await voer('opname', `
      INSERT INTO opname (zaak_id, instelling, van, tot) SELECT z.id, z.instelling, (z.t0 - interval '2 years')::date, NULL FROM seed_zaak z WHERE z.kanaal = 'instelling' AND z.geanonimiseerd_op IS NULL`);

    await voer('medisch_advies', `
      INSERT INTO medisch_advies (zaak_id, vraag, gevraagd_op, urgent, woonvereisten, details, uitgebracht_door, uitgebracht_op)
      SELECT z.id, CASE WHEN z.geanonimiseerd_op IS NULL THEN 'Is de aanvrager op medische gronden urgent, en welke eisen stelt de gezondheid aan de woning?' ELSE ${q(GEANONIMISEERD)} END,
             ${tijd('d_ontvankelijk')},
             CASE WHEN s.d_advies IS NOT NULL THEN true END, CASE WHEN s.d_advies IS NOT NULL THEN ARRAY['gelijkvloers','lift'] ELSE '{}' END,
             CASE WHEN s.d_advies IS NOT NULL AND z.geanonimiseerd_op IS NULL THEN 'Ernstige COPD met zuurstofgebruik; traplopen is niet mogelijk.' END,
             CASE WHEN s.d_advies IS NOT NULL THEN ${q(ref.arts.id)}::uuid END, ${tijd('d_advies')}
        ${JOIN} WHERE z.kanaal = 'med' AND s.d_ontvankelijk IS NOT NULL`);

    await voer('woonstartweging', `
      INSERT INTO woonstartweging (zaak_id, versie, weging, doelgemeente, motivering, vastgelegd_door, vastgelegd_op)
      SELECT z.id, 1, CASE WHEN z.geanonimiseerd_op IS NULL THEN s.weging ELSE s.weging_anoniem END, z.doel,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN s.weging->>'motivering' END, ${q(ref.commissieA.id)}::uuid, ${tijd('d_weging')}
        ${JOIN} WHERE s.weging IS NOT NULL`);

    await voer('besluit', `
      INSERT INTO besluit (id, zaak_id, uitkomst, route, gronden, motivering, geldigheid_maanden, zoekprofiel, zienswijze_nodig, status,
                           voorgesteld_door, voorgesteld_op, goedgekeurd_door, goedgekeurd_op, bekendgemaakt_op, geldig_tot)
      SELECT ${besluitId}, z.id, s.besluit->>'uitkomst', s.besluit->>'route',
             coalesce(ARRAY(SELECT jsonb_array_elements_text(s.besluit->'gronden')), '{}'), s.besluit->>'motivering',
             (s.besluit->>'geldigheidMaanden')::int, s.besluit->'zoekprofiel', false,
             CASE WHEN s.d_goedkeuren IS NULL THEN 'voorgesteld' ELSE 'genomen' END,
             ${q(ref.commissieA.id)}::uuid, ${tijd('d_voorstel')},
             CASE WHEN s.d_goedkeuren IS NOT NULL THEN ${q(ref.commissieB.id)}::uuid END, ${tijd('d_goedkeuren')}, ${dag(tijd('d_goedkeuren'))},
             CASE WHEN s.besluit->>'route' = 'zelfZoeken' AND s.d_goedkeuren IS NOT NULL
                  THEN (${dag(tijd('d_goedkeuren'))} + ((s.besluit->>'geldigheidMaanden')::int * interval '1 month'))::date END
        ${JOIN} WHERE s.besluit IS NOT NULL`);

    await voer('opschorting', `
      INSERT INTO opschorting (zaak_id, verzoek_op, hersteltermijn_tot, aangevuld_op, toelichting)
      SELECT z.id, ${dag(tijd('d_aanvulling'))}, ${dag(tijd('d_aanvulling'))} + 14, NULL,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN 'Inkomensverklaring en huurachterstandsverklaring ontbreken.' ELSE ${q(GEANONIMISEERD)} END
        ${JOIN} WHERE s.d_aanvulling IS NOT NULL`);

    await voer('bezwaar', `
      INSERT INTO bezwaar (zaak_id, besluit_id, ontvangen_op, gronden, tijdig, beslistermijn, uitkomst, motivering, besloten_op)
      SELECT z.id, ${besluitId}, ${dag(tijd('d_bezwaar'))},
             CASE WHEN z.geanonimiseerd_op IS NULL THEN 'De commissie heeft de situatie van de aanvrager onvoldoende meegewogen.' ELSE ${q(GEANONIMISEERD)} END, true,
             ${dag(tijd('d_bezwaar'))} + 84,
             CASE WHEN s.d_ongegrond IS NOT NULL THEN 'ongegrond' END,
             CASE WHEN s.d_ongegrond IS NOT NULL THEN 'Het besluit blijft in stand: er is geen urgent huisvestingsprobleem.' END,
             ${dag(tijd('d_ongegrond'))}
        ${JOIN} WHERE s.d_bezwaar IS NOT NULL`);

    await voer('urgentieverklaring', `
      INSERT INTO urgentieverklaring (zaak_id, nummer, zoekprofiel, geldig_vanaf, geldig_tot)
      SELECT z.id, 'UV-' || extract(year FROM ${dag(tijd('d_goedkeuren'))})::int || '-' || lpad((${uvBasis} + z.n)::text, greatest(6, length((${uvBasis} + z.n)::text)), '0'),
             (s.besluit->'zoekprofiel') || jsonb_build_object('kamersMin', 1),
             ${dag(tijd('d_goedkeuren'))}, (${dag(tijd('d_goedkeuren'))} + ((s.besluit->>'geldigheidMaanden')::int * interval '1 month'))::date
        ${JOIN} WHERE s.route = 'zelfZoeken' AND s.d_goedkeuren IS NOT NULL`);

    // Directe bemiddeling: the offered dwelling, of a corporatie working in the doelgemeente.
    await voer('woning', `
      INSERT INTO woning (id, corporatie_id, gemeente_cbs, adres, postcode, woningtype, kamers, huurprijs, status, zaak_id, aangemaakt_door, aangemaakt_op,
                          wijk_code, verdieping, lift, beschikbaar_vanaf)
      SELECT ${woningId}, k.corporatie_id, z.doel, 'Benchstraat ' || z.n, lpad((2490 + z.n % 500)::text, 4, '0') || ' BW', 'appartement', 2,
             round((560 + z.u_extra * 250)::numeric, 2), CASE WHEN s.d_plaatsing IS NULL THEN 'aangeboden' ELSE 'verhuurd' END, z.id, k.gebruiker_id,
             ${tijd('d_aanbieden')} - interval '20 days', w.code, 0, true, ${dag(tijd('d_aanbieden'))} - 20
        ${JOIN}
        JOIN seed_corp k ON k.gemeente = z.doel AND k.i = floor(z.u_org * k.aantal)::int
        JOIN seed_wijk w ON w.gemeente = z.doel AND w.i = floor(z.u_naam * w.aantal)::int
       WHERE s.d_aanbieden IS NOT NULL`);
    await voer('aanbieding', `
      INSERT INTO aanbieding (zaak_id, woning_id, aangeboden_door, aangeboden_op, reactie_tot, uitkomst, afgerond_op)
      SELECT z.id, ${woningId}, k.gebruiker_id, ${tijd('d_aanbieden')}, ${dag(tijd('d_aanbieden'))} + 7,
             CASE WHEN s.d_plaatsing IS NULL THEN 'open' ELSE 'verhuurd' END, ${tijd('d_accepteren')}
        ${JOIN} JOIN seed_corp k ON k.gemeente = z.doel AND k.i = floor(z.u_org * k.aantal)::int
       WHERE s.d_aanbieden IS NOT NULL`);

    await voer('plaatsing', `
      INSERT INTO plaatsing (zaak_id, woning_id, corporatie_id, categorie, vorm, gemeente_cbs, wijk_code, complex, adres, huurprijs, ingangsdatum, jaar,
                             binding, begeleiding_akkoord, begeleidingsafspraak, geregistreerd_door, geregistreerd_op)
      SELECT z.id, CASE WHEN s.d_aanbieden IS NOT NULL THEN ${woningId} END, wo.corporatie_id, z.categorie, 'huur', z.doel, wo.wijk_code, NULL,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN coalesce(wo.adres || ', ' || wo.postcode, 'Zelf gevonden woning') ELSE ${q(GEANONIMISEERD)} END,
             coalesce(wo.huurprijs, 712.50),
             ${dag(tijd('d_plaatsing'))}, extract(year FROM ${dag(tijd('d_plaatsing'))})::int, true, true,
             CASE WHEN z.geanonimiseerd_op IS NULL THEN 'Wekelijks huisbezoek door de ambulant begeleider van de zorginstelling.' END,
             CASE WHEN s.d_aanbieden IS NOT NULL THEN k.gebruiker_id ELSE ${q(ref.commissieA.id)}::uuid END, ${tijd('d_plaatsing')}
        ${JOIN}
        LEFT JOIN woning wo ON s.d_aanbieden IS NOT NULL AND wo.id = ${woningId}
        LEFT JOIN seed_corp k ON k.gemeente = z.doel AND k.i = floor(z.u_org * k.aantal)::int
       WHERE s.d_plaatsing IS NOT NULL`);

    // Access log: one to four reads per case by the filing organisation and the committee.
    await voer('toegangslog', `
      INSERT INTO toegangslog (gebruiker_id, rol, organisatie_id, zaak_id, gegevens, uitkomst, tijdstip)
      SELECT CASE WHEN r.k % 2 = 0 AND s.status <> 'concept' THEN CASE WHEN r.k % 4 = 0 THEN ${q(ref.commissieA.id)}::uuid ELSE ${q(ref.commissieB.id)}::uuid END ELSE z.indiener_id END,
             CASE WHEN r.k % 2 = 0 AND s.status <> 'concept' THEN 'commissielid' ELSE z.indiener_rol END,
             CASE WHEN r.k % 2 = 0 AND s.status <> 'concept' THEN ${q(ref.commissieA.organisatie_id)}::uuid ELSE z.indiener_org END,
             z.id::text, 'volledig dossier (persoon, huishouden, inschrijvingen, opname, ondersteuningsplan)', 'toegestaan',
             least(now(), z.t0 + (r.k::float8 / (1 + floor(z.u_geb * 4))) * ((z.f * s.d_laatste_g + s.d_laatste_v) + 2) * interval '1 day')
        ${JOIN} CROSS JOIN LATERAL generate_series(1, 1 + floor(z.u_geb * 4)::int) AS r(k)`);

    // The retention job's audit row for every case it anonymised (as schrijfAudit writes it).
    if (anonimiseren && tabellen.has('auditlog')) {
      await voer('auditlog (bewaartermijn)', `
        INSERT INTO auditlog (onderwerp, onderwerp_id, actie, gegevens, actor_id, actor_naam, actor_rol, organisatie_id, tijdstip)
        SELECT 'zaak', z.id::text, 'geanonimiseerd',
               jsonb_build_object('status', s.status, 'afgeslotenOp', to_char(${laatste} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'bewaartermijnMaanden', ${maanden}),
               NULL, 'Woonstart (bewaartermijn)', 'systeem', NULL, z.geanonimiseerd_op
          ${JOIN} WHERE z.geanonimiseerd_op IS NOT NULL`);
    }

    // Deadline jobs still to come for the running cases (those already due would have fired).
    if (tabellen.has('taak') && ['soort', 'zaak_id', 'uitvoeren_op', 'status'].every((k) => tabellen.get('taak').has(k))) {
      await voer('taak', `
        INSERT INTO taak (soort, zaak_id, uitvoeren_op, status)
        SELECT soort, zaak_id, uitvoeren_op, 'gepland' FROM (
          SELECT 'BESLISTERMIJN_VERSTREKEN' AS soort, zk.id AS zaak_id, (zk.beslistermijn + 1)::timestamp AT TIME ZONE 'UTC' AS uitvoeren_op
            FROM zaak zk JOIN seed_zaak z ON z.id = zk.id WHERE z.blad IN ('ontvankelijkheid','aanvullen','toetsing','weging','beraad','voorgesteld')
          UNION ALL
          SELECT 'BESLISTERMIJN_HERINNERING', zk.id, (zk.beslistermijn - 7)::timestamp AT TIME ZONE 'UTC'
            FROM zaak zk JOIN seed_zaak z ON z.id = zk.id WHERE z.blad IN ('ontvankelijkheid','aanvullen','toetsing','weging','beraad','voorgesteld')
          UNION ALL
          SELECT 'HERSTELTERMIJN_VERSTREKEN', o.zaak_id, (o.hersteltermijn_tot + 1)::timestamp AT TIME ZONE 'UTC'
            FROM opschorting o JOIN seed_zaak z ON z.id = o.zaak_id WHERE z.blad = 'aanvullen'
          UNION ALL
          SELECT 'URGENTIEVERKLARING_VERLOPEN', v.zaak_id, (v.geldig_tot + 1)::timestamp AT TIME ZONE 'UTC'
            FROM urgentieverklaring v JOIN seed_zaak z ON z.id = v.zaak_id WHERE z.blad = 'zoekend'
          UNION ALL
          SELECT 'REACTIETERMIJN_VERSTREKEN', a.zaak_id, (a.reactie_tot + 1)::timestamp AT TIME ZONE 'UTC'
            FROM aanbieding a JOIN seed_zaak z ON z.id = a.zaak_id WHERE z.blad = 'aanbieding'
        ) t WHERE uitvoeren_op > now()`);
    } else {
      log('seed: tabel taak heeft een ander schema; geen termijntaken gezaaid / no deadline jobs seeded');
    }

    // Caps scaled to the seeded volume: every placement fits, with room left for the benchmark's own.
    await voer('begrenzing', `
      INSERT INTO begrenzing (gemeente_cbs, jaar, verwachte_mutaties, verwachte_mutaties_onder_aftopping, aandeel, basis, uitzonderingen, motivering)
      SELECT gm.cbs_code, j.jaar,
             greatest(coalesce(gm.mutaties_sociaal, 0), ceil(coalesce(p.aantal, 0) / 0.3 * 1.25)::int + ruimte),
             greatest(coalesce(gm.mutaties_onder_aftopping, 0), ceil(coalesce(p.aantal, 0) / 0.3 * 1.25)::int + ruimte),
             0.3, 'sociaal', '[]', 'Benchmark: plafond geschaald naar het aantal gezaaide zaken.'
        FROM gemeente gm CROSS JOIN generate_series(2017, extract(year FROM now())::int + 1) AS j(jaar)
        -- This year and next: room for 6,000 more placements per gemeente (the benchmark places cases too).
        CROSS JOIN LATERAL (SELECT CASE WHEN j.jaar >= extract(year FROM now())::int THEN 20000 ELSE 2000 END AS ruimte) r
        LEFT JOIN (SELECT gemeente_cbs, jaar, count(*) AS aantal FROM plaatsing GROUP BY 1, 2) p ON p.gemeente_cbs = gm.cbs_code AND p.jaar = j.jaar
       WHERE gm.in_regio`);

    const kIdx = stap('indexen en foreign keys terug / rebuilt');
    await zetIndexenTerug(c, opzij, log);
    kIdx();
    if (monitor.length) {
      const kMon = stap('monitortellingen / monitor counts (monitor_herbereken)');
      await zetMonitorTriggersAan(c, monitor);
      kMon();
    }
    const kCommit = stap('commit');
    await c.query('COMMIT');
    kCommit();

    let vacuumSeconden = null;
    if (vacuum) {
      const kVac = stap('VACUUM ANALYZE');
      const t = Date.now();
      for (const tabel of [...DOELTABELLEN, 'begrenzing', 'monitor_bijdrage', 'monitor_telling', 'monitor_delta'].filter((x) => tabellen.has(x))) await c.query(`VACUUM (ANALYZE) ${tabel}`);
      vacuumSeconden = (Date.now() - t) / 1000;
      kVac();
    }
    const seconden = (Date.now() - t0) / 1000;
    log(`seed: ${aantal} zaken in ${seconden.toFixed(1)} s`);
    return { aantal, seconden, vacuumSeconden, stappenSeconden: stappen, rijen: telling, sjablonen: sjablonen.length };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

/** Creates the database named in `url` when it does not exist (on the same server). */
async function maakDatabase(url) {
  const u2 = new URL(url);
  const naam = decodeURIComponent(u2.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam]);
    if (!rowCount) {
      await c.query(`CREATE DATABASE "${naam.replace(/"/g, '""')}"`);
      return true;
    }
    return false;
  } finally {
    await c.end();
  }
}

/** True when the database has the schema and the demo reference data the seed builds on. */
async function heeftDemoData(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT to_regclass('public.gebruiker') IS NOT NULL AS schema`);
    if (!rows[0].schema) return false;
    const { rows: r2 } = await c.query(`SELECT count(*)::int AS n FROM gebruiker WHERE email = 'commissie@haaglanden.demo'`);
    return r2[0].n > 0;
  } finally {
    await c.end();
  }
}

/** Migrates and demo-seeds a database by starting the api bundle once (it does both at start-up). */
export async function bereidVoor(root, databaseUrl, { log = console.log } = {}) {
  if (await heeftDemoData(databaseUrl)) return false;
  const { ensureApiBuilt, startApi } = await import('./api-process.mjs');
  await ensureApiBuilt(root, { log, skip: process.env.BENCH_SKIP_BUILD === '1' || process.env.BENCH_SKIP_BUILD === 'true' });
  log('seed: api starten voor migraties en demo-seed / starting the api to migrate and demo-seed ...');
  // Migrating and demo-seeding an empty database takes a while on a busy machine.
  const api = await startApi(root, { databaseUrl, poolSize: 5, logFile: join(root, 'bench/results/seed-api.log'), healthTimeoutMs: 600_000 });
  await api.stop();
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [url, aantalArg] = process.argv.slice(2);
  if (!url || !aantalArg || !/^\d+$/.test(aantalArg)) {
    console.error('Gebruik / usage: node bench/lib/seed-miljoen.mjs <DATABASE_URL> <aantal>');
    process.exit(2);
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const log = (m) => console.log(`[seed] ${m}`);
  try {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    if (await maakDatabase(url)) log(`database aangemaakt / created`);
    await bereidVoor(root, url, { log });
    const r = await seedMiljoen({ root, databaseUrl: url, aantal: Number(aantalArg), log });
    console.log(JSON.stringify(r, null, 2));
  } catch (e) {
    console.error(`[seed] mislukt / failed: ${e?.stack ?? e}`);
    process.exit(1);
  }
}

export { ACHTERNAMEN, VOORNAMEN };
