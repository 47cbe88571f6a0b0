import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's history (a million cases) without slowing down.
 *
 * 1. Indexes: every query of a request either reads one case by key or stops after
 *    a page, instead of scanning and sorting the whole table.
 *    - The work list sorts by deadline or creation date, then zaaknummer, within a
 *      role's scope and filters: one index per way in, so PostgreSQL walks it in
 *      order and stops after the page. The organisation and gemeente indexes get
 *      the sort columns (replacing the single-column ones they cover). They carry
 *      the scope's columns (status, gemeente, category), so the capped count of a
 *      list is read from the index alone.
 *    - Child tables read per case on the case page and in the commands had no index
 *      on zaak_id (a dwelling on offer, bezwaar, zienswijze, agenda items, the planned
 *      jobs a transition cancels).
 *    - The status index carries what the monitor's waiting list and overdue terms
 *      read, so those come from the index alone.
 *    - The cap counts a gemeente's placements of a year from the index.
 *
 * 2. The monitor's counts, kept up to date by the database (monitor_*). Counting
 *    herkomst → plaatsing, the weighing, the throughput times and the grants over a
 *    year (or ten) means joining hundreds of thousands of rows per request. Instead:
 *    - monitor_bijdrage holds what each case contributes (per kind, year and the
 *      figures' dimensions); monitor_bijdragen(ids) computes it from the source
 *      tables, with exactly the definitions the monitor used to query live;
 *    - statement triggers on besluit, plaatsing, woonstartweging and on the zaak
 *      columns the figures read recompute the contributions of the cases a statement
 *      touched, in the same transaction, and write the difference to monitor_delta;
 *    - monitor_vouw() folds monitor_delta into monitor_telling (the api does so
 *      before it reads). Readers add both, so a count is exact at every moment.
 *    Only the per-case rows are updated in place (no two cases share one); the shared
 *    counts are only inserted into (monitor_delta), so concurrent transitions never
 *    wait for each other on a counter row.
 *    Whatever changes the source rows — the api, a job, the retention job, a fix in
 *    SQL — keeps the counts right. Caps, overdue terms and the waiting list stay live
 *    queries (per year, or small with the indexes above).
 *
 * Plain CREATE INDEX (migrations run in a transaction, where CONCURRENTLY is not
 * allowed): on a million cases the indexes and the first count take a minute or two
 * and block writes to these tables meanwhile, which is fine during a deploy.
 */
export class PrestatiesOpSchaal1764200400000 implements MigrationInterface {
  name = 'PrestatiesOpSchaal1764200400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX zaak_lijst_termijn_idx ON zaak (beslistermijn, zaaknummer) INCLUDE (status, behandelende_gemeente, categorie);
      CREATE INDEX zaak_lijst_aangemaakt_idx ON zaak (aangemaakt_op, zaaknummer);
      CREATE INDEX zaak_lijst_status_aangemaakt_idx ON zaak (status, aangemaakt_op, zaaknummer) INCLUDE (behandelende_gemeente, categorie);
      CREATE INDEX zaak_lijst_status_gemeente_idx ON zaak (status, behandelende_gemeente, beslistermijn, zaaknummer) INCLUDE (categorie);
      CREATE INDEX zaak_lijst_categorie_idx ON zaak (categorie, beslistermijn, zaaknummer) INCLUDE (status, behandelende_gemeente);
      CREATE INDEX zaak_lijst_org_idx ON zaak (indienende_organisatie_id, beslistermijn, zaaknummer) INCLUDE (status, categorie, behandelende_gemeente);
      DROP INDEX zaak_org_idx;
      CREATE INDEX zaak_lijst_gemeente_idx ON zaak (behandelende_gemeente, beslistermijn, zaaknummer) INCLUDE (status, categorie);
      DROP INDEX zaak_gemeente_idx;
      DROP INDEX zaak_status_idx;
      CREATE INDEX zaak_status_idx ON zaak (status, beslistermijn) INCLUDE (behandelende_gemeente, woonstartgemeente, route, categorie, state);

      CREATE INDEX woning_zaak_idx ON woning (zaak_id) WHERE zaak_id IS NOT NULL;
      CREATE INDEX bezwaar_zaak_idx ON bezwaar (zaak_id);
      CREATE INDEX zienswijze_zaak_idx ON zienswijze (zaak_id);
      CREATE INDEX agendapunt_zaak_idx ON agendapunt (zaak_id);
      CREATE INDEX taak_zaak_gepland_idx ON taak (zaak_id, soort) WHERE status = 'gepland';

      DROP INDEX plaatsing_telling_idx;
      CREATE INDEX plaatsing_telling_idx ON plaatsing (gemeente_cbs, jaar) INCLUDE (wijk_code, complex, huurprijs, categorie, binding, ingangsdatum);
      CREATE INDEX plaatsing_jaar_idx ON plaatsing (jaar) INCLUDE (gemeente_cbs, categorie, zaak_id);
    `);

    await q.query(`
      CREATE TABLE monitor_bijdrage (
        zaak_id uuid NOT NULL,
        soort text NOT NULL CHECK (soort IN ('plaatsing', 'plaatsingstijd', 'besluit', 'weging', 'toegekend')),
        jaar integer NOT NULL,
        gemeente text NOT NULL,
        herkomst text NULL,
        categorie text NULL,
        route text NULL,
        dagen integer NULL,
        criteria text[] NULL,
        zonder boolean NULL,
        datum date NULL,
        aantal integer NOT NULL
      );
      CREATE INDEX monitor_bijdrage_zaak_idx ON monitor_bijdrage (zaak_id);
      CREATE INDEX monitor_bijdrage_toegekend_idx ON monitor_bijdrage (datum) WHERE soort = 'toegekend';

      CREATE TABLE monitor_delta (
        id bigserial PRIMARY KEY,
        soort text NOT NULL, jaar integer NOT NULL, gemeente text NOT NULL, herkomst text NULL, categorie text NULL, route text NULL,
        dagen integer NULL, criteria text[] NULL, zonder boolean NULL,
        aantal integer NOT NULL
      );
      CREATE TABLE monitor_telling (
        soort text NOT NULL, jaar integer NOT NULL, gemeente text NOT NULL, herkomst text NULL, categorie text NULL, route text NULL,
        dagen integer NULL, criteria text[] NULL, zonder boolean NULL,
        aantal integer NOT NULL,
        CONSTRAINT monitor_telling_sleutel UNIQUE NULLS NOT DISTINCT (soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder)
      );

      -- What the given cases contribute to the monitor, from the source tables. Kinds:
      --  plaatsing       placements (with a case) per year, gemeente of the dwelling, herkomst, category, route;
      --  plaatsingstijd  the same placements with the days since the last grant;
      --  besluit         the first decision made known, per year, handling gemeente, category, its route, days since receipt
      --                  (on one day the lowest id: one per case);
      --  weging          the latest weighing, per year recorded, doelgemeente, herkomst, category, route, the criteria judged
      --                  'voor' for the first candidate that is the doelgemeente (every key: libs/domain picks the criteria it
      --                  knows), and whether it had no candidates at all;
      --  toegekend       a case granted in a year (jaar 0: in any year), per gemeente (woonstart, else handling), category and
      --                  route ('*': any route), with the first grant's date (the api leaves out what lies after today).
      -- PL/pgSQL with one generic plan per session: a transition recomputes one case, and planning this query anew
      -- each time would cost more than running it. Set-based joins, so the same plan also serves a bulk load.
      CREATE FUNCTION monitor_bijdragen(ids uuid[])
      RETURNS TABLE (zaak_id uuid, soort text, jaar integer, gemeente text, herkomst text, categorie text, route text,
                     dagen integer, criteria text[], zonder boolean, datum date, aantal integer)
      LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $fn$
      BEGIN
        RETURN QUERY
        WITH k AS (SELECT DISTINCT u.id FROM unnest(ids) AS u(id) WHERE u.id IS NOT NULL),
        z AS (SELECT z.id, z.behandelende_gemeente, z.herkomstgemeente, z.woonstartgemeente, z.categorie, z.route, z.ingediend_op FROM zaak z JOIN k ON k.id = z.id),
        genomen AS (SELECT b.* FROM besluit b JOIN k ON k.id = b.zaak_id WHERE b.status = 'genomen' AND b.bekendgemaakt_op IS NOT NULL),
        eerste AS (SELECT DISTINCT ON (g.zaak_id) g.zaak_id, g.bekendgemaakt_op, g.route FROM genomen g ORDER BY g.zaak_id, g.bekendgemaakt_op, g.id),
        laatste_toekenning AS (SELECT g.zaak_id, max(g.bekendgemaakt_op) AS op FROM genomen g WHERE g.uitkomst = 'toekennen' GROUP BY g.zaak_id),
        p AS (SELECT p.* FROM plaatsing p JOIN k ON k.id = p.zaak_id),
        weging AS (SELECT DISTINCT ON (w.zaak_id) w.* FROM woonstartweging w JOIN k ON k.id = w.zaak_id ORDER BY w.zaak_id, w.versie DESC),
        weging_kandidaten AS (
          SELECT w.zaak_id, w.vastgelegd_op, btrim(w.doelgemeente) AS doel,
                 CASE WHEN jsonb_typeof(w.weging -> 'kandidaten') = 'array' THEN w.weging -> 'kandidaten' END AS kandidaten
            FROM weging w)
        SELECT p.zaak_id, 'plaatsing', p.jaar, btrim(p.gemeente_cbs), btrim(z.herkomstgemeente), p.categorie, z.route,
               NULL::integer, NULL::text[], NULL::boolean, NULL::date, count(*)::integer
          FROM p JOIN z ON z.id = p.zaak_id
         GROUP BY p.zaak_id, p.jaar, btrim(p.gemeente_cbs), btrim(z.herkomstgemeente), p.categorie, z.route
        UNION ALL
        SELECT p.zaak_id, 'plaatsingstijd', p.jaar, btrim(p.gemeente_cbs), NULL, p.categorie, z.route,
               p.ingangsdatum - t.op, NULL, NULL, NULL, count(*)::integer
          FROM p JOIN z ON z.id = p.zaak_id JOIN laatste_toekenning t ON t.zaak_id = p.zaak_id
         GROUP BY p.zaak_id, p.jaar, btrim(p.gemeente_cbs), p.categorie, z.route, p.ingangsdatum - t.op
        UNION ALL
        SELECT e.zaak_id, 'besluit', extract(year FROM e.bekendgemaakt_op)::integer, btrim(z.behandelende_gemeente), NULL, z.categorie, e.route,
               e.bekendgemaakt_op - z.ingediend_op, NULL, NULL, NULL, 1
          FROM eerste e JOIN z ON z.id = e.zaak_id
         WHERE z.ingediend_op IS NOT NULL
        UNION ALL
        SELECT w.zaak_id, 'weging', extract(year FROM w.vastgelegd_op)::integer, w.doel, btrim(z.herkomstgemeente), z.categorie, z.route, NULL,
               ARRAY(SELECT c.key FROM jsonb_each(CASE WHEN jsonb_typeof(g.gekozen -> 'criteria') = 'object' THEN g.gekozen -> 'criteria' END) AS c
                      WHERE c.value -> 'oordeel' = '"voor"'::jsonb ORDER BY c.key),
               coalesce(jsonb_array_length(w.kandidaten), 0) = 0, NULL, 1
          FROM weging_kandidaten w JOIN z ON z.id = w.zaak_id
          LEFT JOIN LATERAL (SELECT e.kandidaat AS gekozen FROM jsonb_array_elements(w.kandidaten) WITH ORDINALITY AS e(kandidaat, i)
                              WHERE e.kandidaat -> 'gemeenteCbs' = to_jsonb(w.doel) ORDER BY e.i LIMIT 1) g ON true
        UNION ALL
        SELECT g.zaak_id, 'toegekend', j.jaar, btrim(coalesce(z.woonstartgemeente, z.behandelende_gemeente)), NULL, z.categorie, r.sleutel,
               NULL, NULL, NULL, min(g.bekendgemaakt_op), 1
          FROM genomen g JOIN z ON z.id = g.zaak_id
          CROSS JOIN LATERAL (VALUES (extract(year FROM g.bekendgemaakt_op)::integer), (0)) AS j(jaar)
          CROSS JOIN LATERAL (VALUES ('*'), (g.route)) AS r(sleutel)
         WHERE g.uitkomst = 'toekennen' AND r.sleutel IS NOT NULL
         GROUP BY g.zaak_id, j.jaar, btrim(coalesce(z.woonstartgemeente, z.behandelende_gemeente)), z.categorie, r.sleutel;
      END
      $fn$;

      -- Recomputes the contributions of these cases and records the difference. The cases' rows are locked first
      -- (FOR NO KEY UPDATE: a command holds it already; it does not block inserts that reference the case), so two
      -- transactions changing one case recompute one after the other, the second seeing the first's result.
      CREATE FUNCTION monitor_herbereken(ids uuid[]) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        PERFORM 1 FROM zaak WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
        WITH oud AS (
          DELETE FROM monitor_bijdrage b WHERE b.zaak_id = ANY(ids)
          RETURNING b.soort, b.jaar, b.gemeente, b.herkomst, b.categorie, b.route, b.dagen, b.criteria, b.zonder, -b.aantal AS aantal
        ), nieuw AS (
          INSERT INTO monitor_bijdrage (zaak_id, soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, datum, aantal)
          SELECT * FROM monitor_bijdragen(ids)
          RETURNING soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, aantal
        )
        INSERT INTO monitor_delta (soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, aantal)
        SELECT soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, sum(aantal)
          FROM (SELECT * FROM oud UNION ALL SELECT * FROM nieuw) verschil
         GROUP BY soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder
        HAVING sum(aantal) <> 0;
      END
      $fn$;

      -- Folds the differences into the counts. One folder at a time (the others just read both tables);
      -- rows inserted meanwhile stay for the next fold.
      CREATE FUNCTION monitor_vouw() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('monitor_vouw')) THEN RETURN; END IF;
        WITH weg AS (
          DELETE FROM monitor_delta RETURNING soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, aantal
        )
        INSERT INTO monitor_telling AS t (soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, aantal)
        SELECT soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, sum(aantal)
          FROM weg GROUP BY soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder
        ON CONFLICT ON CONSTRAINT monitor_telling_sleutel DO UPDATE SET aantal = t.aantal + excluded.aantal;
      END
      $fn$;

      CREATE FUNCTION monitor_trigger_bron() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM monitor_herbereken(ARRAY(SELECT DISTINCT zaak_id FROM nieuw WHERE zaak_id IS NOT NULL));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM monitor_herbereken(ARRAY(SELECT DISTINCT zaak_id FROM oud WHERE zaak_id IS NOT NULL));
        ELSE
          PERFORM monitor_herbereken(ARRAY(SELECT zaak_id FROM nieuw WHERE zaak_id IS NOT NULL UNION SELECT zaak_id FROM oud WHERE zaak_id IS NOT NULL));
        END IF;
        RETURN NULL;
      END
      $fn$;

      -- Every count reads only decisions taken (genomen): a proposal, its return or a zienswijze changes none.
      CREATE FUNCTION monitor_trigger_besluit() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM monitor_herbereken(ARRAY(SELECT DISTINCT zaak_id FROM nieuw WHERE status = 'genomen'));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM monitor_herbereken(ARRAY(SELECT DISTINCT zaak_id FROM oud WHERE status = 'genomen'));
        ELSE
          PERFORM monitor_herbereken(ARRAY(SELECT zaak_id FROM nieuw WHERE status = 'genomen' UNION SELECT zaak_id FROM oud WHERE status = 'genomen'));
        END IF;
        RETURN NULL;
      END
      $fn$;

      -- A transition updates its case every time; only a change of a column the figures read counts, and only for
      -- a case that has something counted or to count (a decision taken, a placement, a weighing).
      CREATE FUNCTION monitor_trigger_zaak() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM monitor_herbereken(ARRAY(
          SELECT n.id FROM nieuw n JOIN oud o ON o.id = n.id
           WHERE (n.behandelende_gemeente, n.herkomstgemeente, n.woonstartgemeente, n.categorie, n.route, n.ingediend_op)
                 IS DISTINCT FROM (o.behandelende_gemeente, o.herkomstgemeente, o.woonstartgemeente, o.categorie, o.route, o.ingediend_op)
             AND (EXISTS (SELECT 1 FROM monitor_bijdrage b WHERE b.zaak_id = n.id)
                  OR EXISTS (SELECT 1 FROM besluit b WHERE b.zaak_id = n.id AND b.status = 'genomen')
                  OR EXISTS (SELECT 1 FROM plaatsing p WHERE p.zaak_id = n.id)
                  OR EXISTS (SELECT 1 FROM woonstartweging w WHERE w.zaak_id = n.id))));
        RETURN NULL;
      END
      $fn$;
    `);
    for (const [tabel, functie] of [['besluit', 'monitor_trigger_besluit'], ['plaatsing', 'monitor_trigger_bron'], ['woonstartweging', 'monitor_trigger_bron']]) {
      await q.query(`
        CREATE TRIGGER ${tabel}_monitor_ins AFTER INSERT ON ${tabel} REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ${functie}();
        CREATE TRIGGER ${tabel}_monitor_upd AFTER UPDATE ON ${tabel} REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ${functie}();
        CREATE TRIGGER ${tabel}_monitor_del AFTER DELETE ON ${tabel} REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION ${functie}();
      `);
    }
    await q.query(`
      CREATE TRIGGER zaak_monitor_upd AFTER UPDATE ON zaak REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION monitor_trigger_zaak();

      -- The counts of what is already there (no locks needed: nothing else runs during the migration).
      INSERT INTO monitor_bijdrage SELECT * FROM monitor_bijdragen(ARRAY(SELECT id FROM zaak));
      INSERT INTO monitor_telling (soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, aantal)
      SELECT soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder, sum(aantal)
        FROM monitor_bijdrage GROUP BY soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder;
      ANALYZE monitor_bijdrage;
      ANALYZE monitor_telling;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER zaak_monitor_upd ON zaak;
      DROP TRIGGER besluit_monitor_ins ON besluit; DROP TRIGGER besluit_monitor_upd ON besluit; DROP TRIGGER besluit_monitor_del ON besluit;
      DROP TRIGGER plaatsing_monitor_ins ON plaatsing; DROP TRIGGER plaatsing_monitor_upd ON plaatsing; DROP TRIGGER plaatsing_monitor_del ON plaatsing;
      DROP TRIGGER woonstartweging_monitor_ins ON woonstartweging; DROP TRIGGER woonstartweging_monitor_upd ON woonstartweging;
      DROP TRIGGER woonstartweging_monitor_del ON woonstartweging;
      DROP FUNCTION monitor_trigger_zaak(); DROP FUNCTION monitor_trigger_besluit(); DROP FUNCTION monitor_trigger_bron(); DROP FUNCTION monitor_vouw();
      DROP FUNCTION monitor_herbereken(uuid[]); DROP FUNCTION monitor_bijdragen(uuid[]);
      DROP TABLE monitor_telling, monitor_delta, monitor_bijdrage;

      DROP INDEX plaatsing_jaar_idx;
      DROP INDEX plaatsing_telling_idx;
      CREATE INDEX plaatsing_telling_idx ON plaatsing (gemeente_cbs, jaar);
      DROP INDEX taak_zaak_gepland_idx;
      DROP INDEX agendapunt_zaak_idx;
      DROP INDEX zienswijze_zaak_idx;
      DROP INDEX bezwaar_zaak_idx;
      DROP INDEX woning_zaak_idx;
      DROP INDEX zaak_status_idx;
      CREATE INDEX zaak_status_idx ON zaak (status, beslistermijn);
      CREATE INDEX zaak_gemeente_idx ON zaak (behandelende_gemeente);
      DROP INDEX zaak_lijst_gemeente_idx;
      CREATE INDEX zaak_org_idx ON zaak (indienende_organisatie_id);
      DROP INDEX zaak_lijst_org_idx;
      DROP INDEX zaak_lijst_categorie_idx;
      DROP INDEX zaak_lijst_status_gemeente_idx;
      DROP INDEX zaak_lijst_status_aangemaakt_idx;
      DROP INDEX zaak_lijst_aangemaakt_idx;
      DROP INDEX zaak_lijst_termijn_idx;
    `);
  }
}
