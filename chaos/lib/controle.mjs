import { verbind } from './postgres.mjs';

/** The snapshot's value as the state column stores it: { a: { b: 'c' } } -> 'a.b.c' (as statePath in libs/workflow; no parallel states). */
function pad(waarde) {
  if (typeof waarde === 'string') return waarde;
  const [k, v] = Object.entries(waarde ?? {})[0] ?? [];
  return v === undefined ? String(k) : `${k}.${pad(v)}`;
}

/**
 * After the crash test, from the database alone: every acknowledged transition is
 * stored exactly once, nothing is half-written (the case's state, status and snapshot
 * agree with its last transition), each case's transition count equals its row version,
 * every event has its outbox row, and no retried create made a second case.
 */
export async function controleerCrash(url, crash, runId) {
  const c = await verbind(url);
  const schendingen = [];
  const meld = (s) => { if (schendingen.length < 200) schendingen.push(s); };
  try {
    const ids = [...crash.zaken.keys()];
    const { rows: zaakRijen } = await c.query(
      `SELECT z.id, z.row_version, z.state, z.status, z.snapshot->'value' AS value,
              (SELECT count(*)::int FROM zaak_transitie t WHERE t.zaak_id = z.id) AS transities,
              (SELECT t.naar_state FROM zaak_transitie t WHERE t.zaak_id = z.id ORDER BY t.id DESC LIMIT 1) AS laatste,
              (SELECT count(*)::int FROM outbox o WHERE o.zaak_id = z.id) AS outbox,
              (SELECT count(*)::int FROM plaatsing p WHERE p.zaak_id = z.id) AS plaatsingen
         FROM zaak z WHERE z.id = ANY($1::uuid[])`, [ids]);
    const perZaak = new Map(zaakRijen.map((r) => [r.id, r]));
    const { rows: eventRijen } = await c.query(
      `SELECT zaak_id, event, count(*)::int AS n FROM zaak_transitie WHERE zaak_id = ANY($1::uuid[]) GROUP BY 1, 2`, [ids]);
    const events = new Map();
    for (const r of eventRijen) events.set(`${r.zaak_id} ${r.event}`, r.n);

    let opgeslagen = 0;
    let openstaandOpgeslagen = 0;
    for (const zaak of crash.zaken.values()) {
      const rij = perZaak.get(zaak.id);
      if (!rij) { meld(`zaak ${zaak.id}: bevestigd aangemaakt maar niet in de database / acknowledged but missing`); continue; }
      // Exactly once: every acknowledged event once, nothing acknowledged twice.
      for (const ack of zaak.acks) {
        const n = events.get(`${zaak.id} ${ack.type}`) ?? 0;
        if (n !== 1) meld(`zaak ${zaak.id}: ${ack.type} bevestigd, ${n}x opgeslagen / acknowledged, stored ${n} times`);
        else opgeslagen++;
      }
      // Nothing that was not acknowledged, except the one request that was given up (it may or may not have committed).
      const bevestigdeTypen = new Set(zaak.acks.map((a) => a.type));
      const extra = eventRijen.filter((r) => r.zaak_id === zaak.id && !bevestigdeTypen.has(r.event) && r.event !== 'AANMAKEN');
      const toegestaan = zaak.openstaand?.opgegeven ? [zaak.openstaand.type] : [];
      for (const r of extra) {
        if (toegestaan.includes(r.event) && r.n === 1) openstaandOpgeslagen++;
        else meld(`zaak ${zaak.id}: ${r.event} ${r.n}x opgeslagen zonder bevestiging / stored without acknowledgement`);
      }
      // Transition count = row version (the creation is transition 1 and version 1).
      if (rij.transities !== rij.row_version) meld(`zaak ${zaak.id}: ${rij.transities} transities bij row_version ${rij.row_version}`);
      if (rij.outbox !== rij.row_version - 1) meld(`zaak ${zaak.id}: ${rij.outbox} outbox-regels bij row_version ${rij.row_version}`);
      // Not half-written: the columns and the snapshot agree with the last transition.
      if (rij.laatste !== rij.state) meld(`zaak ${zaak.id}: state ${rij.state} maar laatste transitie naar ${rij.laatste}`);
      if (pad(rij.value) !== rij.state) meld(`zaak ${zaak.id}: snapshot ${JSON.stringify(rij.value)} past niet bij state ${rij.state}`);
      // The status column is the top level of the state (topLevel in libs/workflow).
      if (rij.status !== rij.state.split('.')[0]) meld(`zaak ${zaak.id}: status ${rij.status} past niet bij state ${rij.state}`);
      const laatsteAck = zaak.acks.at(-1);
      const verwachtVersie = (laatsteAck?.rowVersion ?? zaak.aangemaaktVersie) + (zaak.openstaand?.opgegeven && extra.length ? 1 : 0);
      if (rij.row_version !== verwachtVersie) meld(`zaak ${zaak.id}: row_version ${rij.row_version}, verwacht / expected ${verwachtVersie}`);
      if (laatsteAck?.state && rij.row_version === laatsteAck.rowVersion && (rij.state !== laatsteAck.state || rij.status !== laatsteAck.status)) {
        meld(`zaak ${zaak.id}: ${rij.state}/${rij.status} in de database, ${laatsteAck.state}/${laatsteAck.status} bevestigd`);
      }
      const geplaatst = zaak.acks.some((a) => a.type === 'PLAATSING_REGISTREREN') ? 1 : 0;
      if (rij.plaatsingen !== geplaatst && !(zaak.openstaand?.type === 'PLAATSING_REGISTREREN' && zaak.openstaand.opgegeven)) {
        meld(`zaak ${zaak.id}: ${rij.plaatsingen} plaatsingen, verwacht / expected ${geplaatst}`);
      }
    }
    // No duplicate case from a retried create.
    const { rows: [{ n: aangemaakt }] } = await c.query(`SELECT count(*)::int AS n FROM zaak WHERE aanvrager_achternaam LIKE $1`, [`Chaos-${runId} %`]);
    if (aangemaakt !== crash.zaken.size) meld(`${aangemaakt} zaken van deze run in de database, ${crash.zaken.size} bevestigd aangemaakt / cases in the database vs acknowledged creates`);
    // Every acknowledged key is stored once with its claim; how many lost their stored response to a kill.
    const sleutels = [...crash.zaken.values()].flatMap((z) => z.acks.map((a) => a.sleutel));
    const { rows: [sl] } = await c.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE antwoord IS NULL)::int AS zonder_antwoord FROM idempotentie_sleutel WHERE sleutel = ANY($1::text[])`, [sleutels]);
    if (sl.n !== sleutels.length) meld(`${sl.n} van ${sleutels.length} bevestigde sleutels opgeslagen / acknowledged keys stored`);
    return {
      zaken: crash.zaken.size,
      bevestigdeTransities: crash.bevestigd,
      exactEenmaalOpgeslagen: opgeslagen,
      opgegevenMaarOpgeslagen: openstaandOpgeslagen,
      sleutels: { bevestigd: sleutels.length, opgeslagen: sl.n, zonderBewaardAntwoord: sl.zonder_antwoord },
      schendingen,
    };
  } finally {
    await c.end();
  }
}
