import type { EntityManager } from 'typeorm';
import { afgeslotenSleutels } from '@woonstart/workflow';
import { schrijfAudit } from '../audit/auditlog';
import type { Actor } from '../zaak/actor.model';

/** Placeholder for required text whose content is gone. */
export const GEANONIMISEERD = 'Geanonimiseerd';
/** Placeholder for the applicant's date of birth (NOT NULL): no one applies at that age, so it is never mistaken for data. */
export const GEANONIMISEERDE_GEBOORTEDATUM = '1900-01-01';

export const BEWAARTERMIJN_ACTOR: Actor = { id: null, naam: 'Woonstart (bewaartermijn)', rol: 'systeem', organisatieId: null };

/**
 * Closed cases whose last transition lies more than `maanden` months before
 * `nu`, not yet anonymised, locked FOR UPDATE SKIP LOCKED: a second replica
 * running the job at the same time skips them instead of doing them twice.
 * Closed is what the machine of the case's own version says (afgeslotenSleutels).
 */
export async function vergrendelVervallenZaken(m: EntityManager, nu: Date, maanden: number, limiet: number): Promise<Array<{ id: string; status: string; afgeslotenOp: Date }>> {
  const rijen: Array<{ id: string; status: string; afgesloten_op: Date }> = await m.query(
    `SELECT z.id, z.status, (SELECT max(tijdstip) FROM zaak_transitie WHERE zaak_id = z.id) AS afgesloten_op
       FROM zaak z
      WHERE z.geanonimiseerd_op IS NULL
        AND z.gewijzigd_op < $1::timestamptz - make_interval(months => $2)
        AND (z.machine_version::text || ':' || z.status) = ANY($3::text[])
        AND (SELECT max(tijdstip) FROM zaak_transitie WHERE zaak_id = z.id) < $1::timestamptz - make_interval(months => $2)
      ORDER BY z.gewijzigd_op
      LIMIT $4
      FOR UPDATE OF z SKIP LOCKED`,
    [nu, maanden, [...afgeslotenSleutels()], limiet],
  );
  return rijen.map((r) => ({ id: r.id, status: r.status, afgeslotenOp: r.afgesloten_op }));
}

/**
 * Removes the personal data of one closed case, inside the caller's transaction
 * (which holds the case's row lock). What stays is what the monitor, the
 * jaarrapportage and the scenario table count — case id and number, category,
 * gemeenten, route, state and snapshot, dates, the decision (besluit) and the
 * placement's gemeente/wijk/rent/year — and the logs' who/when/what, without
 * their free text. Idempotent: running it twice changes nothing more.
 */
export async function anonimiseerZaak(m: EntityManager, zaak: { id: string; status: string; afgeslotenOp: Date }, nu: Date, maanden: number): Promise<void> {
  const id = zaak.id;
  // Opens the append-only logs for this transaction only, and then only their free-text columns (migration 1764200200000).
  await m.query(`SELECT set_config('woonstart.anonimiseren', 'aan', true)`);
  await m.query(
    `UPDATE zaak SET aanvrager_voornamen = '', aanvrager_achternaam = $2, aanvrager_geboortedatum = $3, aanvrager_email = NULL, aanvrager_telefoon = NULL,
            woonnet_inschrijfnummer = NULL, ondersteuningsplan = NULL, woonwensen = NULL, verdaging_reden = NULL,
            plaatsingsprofiel = '{"uitgeslotenGemeenten":[],"uitgeslotenWijken":[]}', geanonimiseerd_op = $4
      WHERE id = $1`,
    [id, GEANONIMISEERD, GEANONIMISEERDE_GEBOORTEDATUM, nu],
  );
  // Household, registration history, admissions and documents are personal through and through: they go.
  for (const tabel of ['huishoudlid', 'inschrijving', 'opname', 'document']) await m.query(`DELETE FROM ${tabel} WHERE zaak_id = $1`, [id]);
  // The medical outcome (urgent, woonvereisten) stays as the decision's basis; the details and the question go.
  await m.query(`UPDATE medisch_advies SET details = NULL, vraag = $2 WHERE zaak_id = $1`, [id, GEANONIMISEERD]);
  await m.query(`UPDATE opschorting SET toelichting = $2 WHERE zaak_id = $1`, [id, GEANONIMISEERD]);
  await m.query(`UPDATE zienswijze SET inhoud = NULL WHERE zaak_id = $1`, [id]);
  // The applicant's grounds go; the decision on the objection (uitkomst, motivering, dates) is part of the decision record.
  await m.query(`UPDATE bezwaar SET gronden = $2, motivering_te_laat = NULL WHERE zaak_id = $1`, [id, GEANONIMISEERD]);
  await m.query(`UPDATE aanbieding SET toelichting = NULL, motivering_andere_gemeente = NULL, reden = NULL WHERE zaak_id = $1`, [id]);
  await m.query(`UPDATE plaatsing SET adres = $2, begeleidingsafspraak = NULL WHERE zaak_id = $1`, [id, GEANONIMISEERD]);
  await m.query(`UPDATE plafond_ontheffing SET motivering = $2 WHERE zaak_id = $1`, [id, `${GEANONIMISEERD} na de bewaartermijn`]);
  await m.query(`UPDATE woonevaluatie SET afspraken = NULL, opmerking = NULL, doelen = (SELECT coalesce(jsonb_object_agg(d.key, CASE WHEN jsonb_typeof(d.value) = 'object' THEN d.value || '{"toelichting":""}' ELSE d.value END), '{}') FROM jsonb_each(doelen) d) WHERE zaak_id = $1 AND jsonb_typeof(doelen) = 'object'`, [id]);
  await m.query(`UPDATE agendapunt SET uitkomst = $2 WHERE zaak_id = $1 AND uitkomst IS NOT NULL`, [id, GEANONIMISEERD]);
  await m.query(`UPDATE standpunt SET opmerking = NULL WHERE opmerking IS NOT NULL AND agendapunt_id IN (SELECT id FROM agendapunt WHERE zaak_id = $1)`, [id]);
  // The weighing: which gemeenten were weighed, by whom proposed, and each criterion's verdict stay (the monitor counts
  // shifts and the criteria behind them); the findings, the client's wish and the motivation go.
  const wegingen: Array<{ id: string; weging: Record<string, unknown> }> = await m.query(`SELECT id, weging FROM woonstartweging WHERE zaak_id = $1`, [id]);
  for (const w of wegingen) {
    await m.query(`UPDATE woonstartweging SET weging = $2::jsonb, motivering = NULL WHERE id = $1`, [w.id, JSON.stringify(wegingZonderTekst(w.weging))]);
  }
  // Outbox rows and the notifications made from them keep their existence, not their text. A row still
  // unprocessed after the whole term is no news to anyone any more: it is closed, not sent.
  await m.query(`UPDATE outbox SET payload = '{}', verwerkt_op = coalesce(verwerkt_op, $2) WHERE zaak_id = $1`, [id, nu]);
  await m.query(`UPDATE melding SET tekst = $2 WHERE zaak_id = $1`, [id, GEANONIMISEERD]);
  await m.query(`UPDATE email SET tekst = $2 WHERE melding_id IN (SELECT id FROM melding WHERE zaak_id = $1)`, [id, GEANONIMISEERD]);
  // The logs: who did what when stays; the payloads (GEGEVENS_WIJZIGEN carries the whole application) and reasons go.
  await m.query(`UPDATE zaak_transitie SET payload = '{}', reden = NULL WHERE zaak_id = $1 AND (payload <> '{}' OR reden IS NOT NULL)`, [id]);
  await m.query(`UPDATE toegangslog SET gegevens = regexp_replace(gegevens, '^document .* \\(([a-z]+)\\)$', 'document (\\1)') WHERE zaak_id = $1 AND gegevens LIKE 'document %'`, [id]);
  await m.query(`UPDATE auditlog SET gegevens = gegevens - 'motivering' WHERE gegevens->>'zaakId' = $1 AND gegevens ? 'motivering'`, [id]);
  await schrijfAudit(m, BEWAARTERMIJN_ACTOR, {
    onderwerp: 'zaak', onderwerpId: id, actie: 'geanonimiseerd',
    gegevens: { status: zaak.status, afgeslotenOp: zaak.afgeslotenOp.toISOString(), bewaartermijnMaanden: maanden },
  });
}

function wegingZonderTekst(weging: Record<string, unknown>): Record<string, unknown> {
  const kandidaten = Array.isArray(weging['kandidaten']) ? (weging['kandidaten'] as Array<Record<string, unknown>>) : [];
  return {
    ...weging,
    motivering: null,
    wensClient: null,
    kandidaten: kandidaten.map((k) => {
      const criteria = (k['criteria'] && typeof k['criteria'] === 'object' ? k['criteria'] : {}) as Record<string, Record<string, unknown>>;
      return { ...k, criteria: Object.fromEntries(Object.entries(criteria).map(([naam, c]) => [naam, { ...c, bevinding: '' }])) };
    }),
  };
}
