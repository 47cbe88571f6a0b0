import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the decision: offers (aanbieding), placements counted against the caps
 * (plaatsing, also without a case for statushouders and other groups), caps per
 * gemeente and year with wijk/complex exceptions (begrenzing, versioned: a new row
 * per change), overrides by the regiocoördinator (plafond_ontheffing), rent limits
 * per year (huurgrens), urgentieverklaringen for zelf zoeken, woonevaluaties during
 * intermediaire verhuur, the placement profile of a case, and the gemeente policy
 * on refusals, reply terms and evaluations.
 */
export class Plaatsing1764000200000 implements MigrationInterface {
  name = 'Plaatsing1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE huurgrens (
        jaar integer PRIMARY KEY CHECK (jaar BETWEEN 2000 AND 2100),
        kwaliteitskortingsgrens numeric(7,2) NOT NULL CHECK (kwaliteitskortingsgrens > 0),
        eerste_aftoppingsgrens numeric(7,2) NOT NULL,
        tweede_aftoppingsgrens numeric(7,2) NOT NULL,
        liberalisatiegrens numeric(7,2) NOT NULL,
        gewijzigd_door uuid NULL REFERENCES gebruiker(id),
        gewijzigd_op timestamptz NOT NULL DEFAULT now(),
        CHECK (kwaliteitskortingsgrens < eerste_aftoppingsgrens AND eerste_aftoppingsgrens <= tweede_aftoppingsgrens AND tweede_aftoppingsgrens < liberalisatiegrens)
      );
      -- Wet op de huurtoeslag, published figures.
      INSERT INTO huurgrens (jaar, kwaliteitskortingsgrens, eerste_aftoppingsgrens, tweede_aftoppingsgrens, liberalisatiegrens) VALUES
        (2025, 477.20, 682.96, 731.93, 900.07),
        (2026, 498.20, 713.02, 764.14, 932.93);

      CREATE TABLE begrenzing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_cbs char(4) NOT NULL,
        jaar integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
        verwachte_mutaties integer NOT NULL CHECK (verwachte_mutaties >= 0),
        verwachte_mutaties_onder_aftopping integer NOT NULL CHECK (verwachte_mutaties_onder_aftopping >= 0),
        aandeel numeric(4,3) NOT NULL CHECK (aandeel > 0 AND aandeel <= 1),
        basis text NOT NULL CHECK (basis IN ('sociaal','onderEersteAftoppingsgrens')),
        uitzonderingen jsonb NOT NULL DEFAULT '[]',
        motivering text NULL,
        vastgesteld_door uuid NULL REFERENCES gebruiker(id),
        vastgesteld_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX begrenzing_actueel_idx ON begrenzing (gemeente_cbs, jaar, vastgesteld_op DESC);

      CREATE TABLE plafond_ontheffing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NULL REFERENCES zaak(id),
        gemeente_cbs char(4) NOT NULL,
        jaar integer NOT NULL,
        motivering text NOT NULL CHECK (length(trim(motivering)) >= 10),
        verleend_door uuid NOT NULL REFERENCES gebruiker(id),
        verleend_op timestamptz NOT NULL DEFAULT now(),
        plaatsing_id uuid NULL UNIQUE
      );
      CREATE INDEX plafond_ontheffing_zaak_idx ON plafond_ontheffing (zaak_id) WHERE plaatsing_id IS NULL;

      CREATE TABLE plaatsing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NULL REFERENCES zaak(id),
        woning_id uuid NULL REFERENCES woning(id),
        corporatie_id uuid NULL REFERENCES organisatie(id),
        categorie text NOT NULL,
        vorm text NOT NULL CHECK (vorm IN ('huur','intermediair')),
        gemeente_cbs char(4) NOT NULL,
        wijk_code text NULL,
        complex text NULL,
        adres text NOT NULL,
        huurprijs numeric(8,2) NULL,
        ingangsdatum date NOT NULL,
        jaar integer NOT NULL,
        binding boolean NOT NULL DEFAULT false,
        begeleiding_akkoord boolean NOT NULL,
        begeleidingsafspraak text NULL,
        ontheffing_id uuid NULL REFERENCES plafond_ontheffing(id),
        geregistreerd_door uuid NOT NULL REFERENCES gebruiker(id),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CHECK (jaar = extract(year FROM ingangsdatum))
      );
      CREATE UNIQUE INDEX plaatsing_zaak_uniek ON plaatsing (zaak_id) WHERE zaak_id IS NOT NULL;
      CREATE INDEX plaatsing_telling_idx ON plaatsing (gemeente_cbs, jaar);

      CREATE TABLE aanbieding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id),
        woning_id uuid NOT NULL REFERENCES woning(id),
        aangeboden_door uuid NULL REFERENCES gebruiker(id),
        aangeboden_op timestamptz NOT NULL DEFAULT now(),
        reactie_tot date NOT NULL,
        toelichting text NULL,
        motivering_andere_gemeente text NULL,
        uitkomst text NOT NULL DEFAULT 'open' CHECK (uitkomst IN ('open','geaccepteerd','geweigerd','ingetrokken','verlopen','verhuurd')),
        reden text NULL,
        gegrond boolean NULL,
        gevolg text NULL CHECK (gevolg IN ('urgentieVervalt','waarschuwing','geenGevolg')),
        afgerond_op timestamptz NULL
      );
      CREATE INDEX aanbieding_zaak_idx ON aanbieding (zaak_id, aangeboden_op);
      -- One open offer per dwelling: a second offer of the same dwelling is refused by the database too.
      CREATE UNIQUE INDEX aanbieding_open_woning ON aanbieding (woning_id) WHERE uitkomst IN ('open','geaccepteerd');

      CREATE TABLE urgentieverklaring (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL UNIQUE REFERENCES zaak(id),
        nummer text NOT NULL UNIQUE,
        zoekprofiel jsonb NOT NULL,
        geldig_vanaf date NOT NULL,
        geldig_tot date NOT NULL,
        verlengd_tot date NULL,
        verlenging_aangevraagd_op date NULL,
        CHECK (geldig_tot >= geldig_vanaf)
      );
      CREATE SEQUENCE urgentieverklaring_nummer_seq;

      CREATE TABLE woonevaluatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id),
        datum date NOT NULL,
        doelen jsonb NOT NULL,
        afspraken text NULL,
        vastgelegd_door uuid NOT NULL REFERENCES gebruiker(id),
        vastgelegd_op timestamptz NOT NULL DEFAULT now(),
        afgetekend_door uuid NULL REFERENCES gebruiker(id),
        afgetekend_op timestamptz NULL,
        opmerking text NULL
      );
      CREATE INDEX woonevaluatie_zaak_idx ON woonevaluatie (zaak_id, datum);

      ALTER TABLE zaak ADD COLUMN plaatsingsprofiel jsonb NOT NULL DEFAULT '{"uitgeslotenGemeenten":[],"uitgeslotenWijken":[]}';

      ALTER TABLE beleid ADD COLUMN weigering_gevolg text NOT NULL DEFAULT 'waarschuwing' CHECK (weigering_gevolg IN ('urgentieVervalt','waarschuwing','geenGevolg'));
      ALTER TABLE beleid ADD COLUMN reactietermijn_dagen integer NOT NULL DEFAULT 7 CHECK (reactietermijn_dagen BETWEEN 1 AND 60);
      ALTER TABLE beleid ADD COLUMN evaluatie_interval_maanden integer NOT NULL DEFAULT 3 CHECK (evaluatie_interval_maanden BETWEEN 1 AND 12);
      ALTER TABLE beleid ADD COLUMN urgentie_met_binding boolean NOT NULL DEFAULT true;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE beleid DROP COLUMN urgentie_met_binding, DROP COLUMN evaluatie_interval_maanden, DROP COLUMN reactietermijn_dagen, DROP COLUMN weigering_gevolg;
      ALTER TABLE zaak DROP COLUMN plaatsingsprofiel;
      DROP TABLE woonevaluatie;
      DROP SEQUENCE urgentieverklaring_nummer_seq;
      DROP TABLE urgentieverklaring;
      DROP TABLE aanbieding;
      DROP TABLE plaatsing;
      DROP TABLE plafond_ontheffing;
      DROP TABLE begrenzing;
      DROP TABLE huurgrens;
    `);
  }
}
