import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wijken per gemeente of the region, as [gemeente CBS code, names in code order].
 * DEMO DATA: real neighbourhood names, but the codes are numbered here in the CBS
 * format ('WK' + gemeente + two digits) and do not match the official CBS
 * "Wijk- en buurtkaart" numbering. Replace them with the CBS wijk list (and map
 * the dwellings) before production use.
 * Frozen in this migration on purpose: a migration must not change when code elsewhere does.
 */
const WIJKEN: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['0518', ['Centrum', 'Schilderswijk', 'Transvaal', 'Laak', 'Escamp', 'Segbroek', 'Scheveningen', 'Loosduinen', 'Haagse Hout', 'Leidschenveen-Ypenburg']],
  ['0503', ['Binnenstad', 'Tanthof', 'Voorhof', 'Buitenhof', 'Vrijenban', 'Hof van Delft']],
  ['0637', ['Centrum', 'Meerzicht', 'Palenstein', 'Oosterheem', 'Rokkeveen', 'Seghwaert']],
  ['1916', ['Voorburg-Noord', 'Voorburg-West', 'Oud-Voorburg', 'Leidschendam-Zuid', 'Prinsenhof', 'Stompwijk']],
  ['0603', ['Oud-Rijswijk', 'Te Werve', 'Welgelegen', 'Steenvoorde', 'Presidentenbuurt', 'Rijswijk-Buiten']],
  ['1783', ['Naaldwijk', 'Wateringen', "'s-Gravenzande", 'Monster', 'De Lier', 'Poeldijk', 'Honselersdijk', 'Kwintsheul']],
  ['1926', ['Pijnacker-Centrum', 'Pijnacker-Noord', 'Pijnacker-Zuid', 'Nootdorp', 'Delfgauw']],
  ['1842', ['Schipluiden', 'Den Hoorn', 'Maasland', "'t Woudt"]],
  ['0629', ['Centrum', 'Oostdorp', 'De Kieviet', 'Rijksdorp', 'Kerkehout']],
];

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;
const WIJK_RIJEN = WIJKEN.flatMap(([gemeente, namen]) =>
  namen.map((naam, i) => `(${sql(`WK${gemeente}${String(i + 1).padStart(2, '0')}`)}, ${sql(gemeente)}, ${sql(naam)})`),
).join(',\n        ');

const TYPEN = `'kamer','studio','appartement','eengezinswoning'`;
const STATUSSEN_NIEUW = `'beschikbaar','gereserveerd','aangeboden','verhuurd','ingetrokken'`;
const STATUSSEN_OUD = `'beschikbaar','aangeboden','verhuurd'`;
const LABELS = `'jongeren','55+','prikkelarm','vrijliggend','geclusterd','flexwoning'`;

/**
 * Dwellings in depth (woningen slice): the wijk they lie in, complex, floor and
 * lift, accessibility, labels and the date they can be let, which the matching
 * rules need; the types reduced to the four the rules know, and the statuses a
 * corporatie uses before an offer (gereserveerd, ingetrokken).
 */
export class Woningen1764000100000 implements MigrationInterface {
  name = 'Woningen1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE wijk (
        code text PRIMARY KEY CHECK (code ~ '^WK[0-9]{6}$'),
        gemeente_cbs char(4) NOT NULL,
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
        CHECK (substr(code, 3, 4) = gemeente_cbs),
        -- Names are unique within a gemeente: the CSV import finds a wijk by its name.
        CONSTRAINT wijk_gemeente_naam_uniek UNIQUE (gemeente_cbs, naam),
        -- Target of woning's composite key, so a dwelling's wijk always lies in its gemeente.
        CONSTRAINT wijk_code_gemeente_uniek UNIQUE (code, gemeente_cbs)
      );
      INSERT INTO wijk (code, gemeente_cbs, naam) VALUES
        ${WIJK_RIJEN};
    `);
    // The gemeente rows are reference data the seed loads after the migrations (its
    // "already seeded?" test is "are there gemeenten?"), so on a fresh database they
    // do not exist yet. NOT VALID skips only the check of the rows above: every wijk
    // inserted or changed later, and every gemeente deleted, is still checked. Where
    // the gemeenten are already there (an existing database) the key is validated now.
    await q.query(`
      ALTER TABLE wijk ADD CONSTRAINT wijk_gemeente_fk FOREIGN KEY (gemeente_cbs) REFERENCES gemeente(cbs_code) NOT VALID;
    `);
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM wijk w WHERE NOT EXISTS (SELECT 1 FROM gemeente g WHERE g.cbs_code = w.gemeente_cbs)) THEN
          ALTER TABLE wijk VALIDATE CONSTRAINT wijk_gemeente_fk;
        END IF;
      END $$;
    `);

    await q.query(`
      ALTER TABLE woning
        ADD COLUMN wijk_code text,
        ADD COLUMN complex text CHECK (complex IS NULL OR length(complex) BETWEEN 1 AND 40),
        ADD COLUMN verdieping integer NOT NULL DEFAULT 0 CHECK (verdieping BETWEEN 0 AND 40),
        ADD COLUMN lift boolean NOT NULL DEFAULT false,
        ADD COLUMN rolstoeltoegankelijk boolean NOT NULL DEFAULT false,
        ADD COLUMN labels text[] NOT NULL DEFAULT '{}',
        ADD COLUMN beschikbaar_vanaf date NOT NULL DEFAULT CURRENT_DATE;

      -- Existing dwellings: the first wijk of their gemeente (a corporatie corrects it), available since registration.
      UPDATE woning w SET
        wijk_code = (SELECT min(code) FROM wijk WHERE wijk.gemeente_cbs = w.gemeente_cbs),
        beschikbaar_vanaf = (w.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam')::date;
      ALTER TABLE woning ALTER COLUMN wijk_code SET NOT NULL;
      -- Composite: the wijk must exist and lie in the dwelling's gemeente.
      ALTER TABLE woning ADD CONSTRAINT woning_wijk_fk FOREIGN KEY (wijk_code, gemeente_cbs) REFERENCES wijk (code, gemeente_cbs);

      -- The old types become the four the matching rules know; what the old type said about
      -- the target group moves to a label. Unknown values are left as they are, so the check below stops the migration.
      UPDATE woning SET labels = array_append(labels, '55+') WHERE woningtype = 'Seniorenwoning';
      UPDATE woning SET labels = array_append(labels, 'geclusterd') WHERE woningtype = 'Clusterwoning';
      UPDATE woning SET woningtype = CASE woningtype
        WHEN 'Studio' THEN 'studio'
        WHEN 'Eengezinswoning' THEN 'eengezinswoning'
        WHEN 'Appartement' THEN 'appartement'
        WHEN 'Portiekwoning' THEN 'appartement'
        WHEN 'Seniorenwoning' THEN 'appartement'
        WHEN 'Clusterwoning' THEN 'appartement'
        ELSE woningtype END;
      ALTER TABLE woning ADD CONSTRAINT woning_woningtype_check CHECK (woningtype IN (${TYPEN}));
      ALTER TABLE woning ADD CONSTRAINT woning_labels_check CHECK (labels <@ ARRAY[${LABELS}]::text[]);
      ALTER TABLE woning DROP CONSTRAINT woning_status_check;
      ALTER TABLE woning ADD CONSTRAINT woning_status_check CHECK (status IN (${STATUSSEN_NIEUW}));

      -- (gemeente_cbs, status) is indexed since the initial schema (woning_gemeente_idx); lists also filter by wijk.
      CREATE INDEX woning_wijk_idx ON woning (wijk_code, status);
    `);
  }

  /**
   * Refuses while dwellings use what the old schema did not know (kamer,
   * gereserveerd, ingetrokken): nothing is changed into something else silently.
   * Portiekwoning cannot be told apart from appartement any more and comes back as Appartement.
   */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM woning WHERE status IN ('gereserveerd','ingetrokken') OR woningtype = 'kamer') THEN
          RAISE EXCEPTION 'Migratie Woningen1764000100000 kan niet terug: er zijn woningen van type kamer of met status gereserveerd of ingetrokken.';
        END IF;
      END $$;
      ALTER TABLE woning DROP CONSTRAINT woning_status_check;
      ALTER TABLE woning ADD CONSTRAINT woning_status_check CHECK (status IN (${STATUSSEN_OUD}));
      ALTER TABLE woning DROP CONSTRAINT woning_woningtype_check;
      UPDATE woning SET woningtype = CASE
        WHEN woningtype = 'studio' THEN 'Studio'
        WHEN woningtype = 'eengezinswoning' THEN 'Eengezinswoning'
        WHEN '55+' = ANY(labels) THEN 'Seniorenwoning'
        WHEN 'geclusterd' = ANY(labels) THEN 'Clusterwoning'
        ELSE 'Appartement' END;
      DROP INDEX woning_wijk_idx;
      ALTER TABLE woning DROP CONSTRAINT woning_labels_check;
      ALTER TABLE woning DROP CONSTRAINT woning_wijk_fk;
      ALTER TABLE woning
        DROP COLUMN wijk_code,
        DROP COLUMN complex,
        DROP COLUMN verdieping,
        DROP COLUMN lift,
        DROP COLUMN rolstoeltoegankelijk,
        DROP COLUMN labels,
        DROP COLUMN beschikbaar_vanaf;
      DROP TABLE wijk;
    `);
  }
}
