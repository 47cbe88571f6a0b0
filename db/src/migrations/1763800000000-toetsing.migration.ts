import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Toetsing in depth (machine version 2): policy per gemeente by date, the Awb clock
 * (suspensions, verdaging), the versioned woonstart weighing, the restricted
 * medical advice, decisions with four eyes, zienswijze, bezwaar and durable jobs.
 */
export class Toetsing1763800000000 implements MigrationInterface {
  name = 'Toetsing1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE beleid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_cbs char(4) NOT NULL REFERENCES gemeente(cbs_code),
        geldig_vanaf date NOT NULL,
        beslistermijn_weken integer NOT NULL CHECK (beslistermijn_weken BETWEEN 1 AND 26),
        hersteltermijn_dagen integer NOT NULL CHECK (hersteltermijn_dagen BETWEEN 1 AND 56),
        zienswijzetermijn_dagen integer NOT NULL CHECK (zienswijzetermijn_dagen BETWEEN 1 AND 56),
        geldigheid_maanden integer NOT NULL CHECK (geldigheid_maanden BETWEEN 1 AND 12),
        vier_ogen boolean NOT NULL,
        adviescommissie_bezwaar boolean NOT NULL,
        aangemaakt_door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (gemeente_cbs, geldig_vanaf)
      );
      ALTER TABLE zaak
        ADD COLUMN beleid_id uuid REFERENCES beleid(id),
        ADD COLUMN verdaging_weken integer,
        ADD COLUMN verdaagd_op date,
        ADD COLUMN verdaging_reden text;

      CREATE TABLE opschorting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        verzoek_op date NOT NULL,
        hersteltermijn_tot date NOT NULL,
        aangevuld_op date,
        toelichting text NOT NULL,
        CHECK (hersteltermijn_tot >= verzoek_op),
        CHECK (aangevuld_op IS NULL OR aangevuld_op >= verzoek_op)
      );
      CREATE INDEX opschorting_zaak_idx ON opschorting (zaak_id);

      CREATE TABLE woonstartweging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        versie integer NOT NULL,
        weging jsonb NOT NULL,
        doelgemeente char(4) NOT NULL REFERENCES gemeente(cbs_code),
        motivering text,
        vastgelegd_door uuid REFERENCES gebruiker(id),
        vastgelegd_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (zaak_id, versie)
      );

      -- Medical details are special-category data: their own table, read only by the medisch adviseur.
      CREATE TABLE medisch_advies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        vraag text NOT NULL,
        gevraagd_op timestamptz NOT NULL DEFAULT now(),
        urgent boolean,
        woonvereisten text[] NOT NULL DEFAULT '{}',
        details text,
        uitgebracht_door uuid REFERENCES gebruiker(id),
        uitgebracht_op timestamptz
      );
      CREATE INDEX medisch_advies_zaak_idx ON medisch_advies (zaak_id);

      CREATE TABLE besluit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        uitkomst text NOT NULL CHECK (uitkomst IN ('toekennen','afwijzen')),
        route text CHECK (route IN ('bemiddeling','zelfZoeken')),
        gronden text[] NOT NULL DEFAULT '{}',
        motivering text NOT NULL,
        geldigheid_maanden integer,
        zoekprofiel jsonb,
        zienswijze_nodig boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('voorgesteld','teruggestuurd','genomen','zienswijze')),
        voorgesteld_door uuid NOT NULL REFERENCES gebruiker(id),
        voorgesteld_op timestamptz NOT NULL DEFAULT now(),
        goedgekeurd_door uuid REFERENCES gebruiker(id),
        goedgekeurd_op timestamptz,
        bekendgemaakt_op date,
        geldig_tot date,
        CHECK (goedgekeurd_door IS NULL OR status <> 'voorgesteld')
      );
      CREATE INDEX besluit_zaak_idx ON besluit (zaak_id);

      CREATE TABLE zienswijze (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        besluit_id uuid NOT NULL REFERENCES besluit(id),
        gevraagd_op date NOT NULL,
        termijn_tot date NOT NULL,
        inhoud text,
        ontvangen_op date
      );

      CREATE TABLE bezwaar (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        besluit_id uuid REFERENCES besluit(id),
        ontvangen_op date NOT NULL,
        gronden text NOT NULL,
        tijdig boolean NOT NULL,
        motivering_te_laat text,
        beslistermijn date NOT NULL,
        uitkomst text CHECK (uitkomst IN ('gegrond','ongegrond','nietOntvankelijk')),
        motivering text,
        besloten_op date
      );

      -- The committee meeting: an agenda of cases ready for decision, each member's position, minutes.
      CREATE TABLE vergadering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        commissie_id uuid NOT NULL REFERENCES organisatie(id),
        datum date NOT NULL,
        status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland','gesloten')),
        aangemaakt_door uuid NOT NULL REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        gesloten_door uuid REFERENCES gebruiker(id),
        gesloten_op timestamptz,
        UNIQUE (commissie_id, datum)
      );
      CREATE TABLE agendapunt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vergadering_id uuid NOT NULL REFERENCES vergadering(id) ON DELETE CASCADE,
        zaak_id uuid NOT NULL REFERENCES zaak(id),
        volgorde integer NOT NULL,
        uitkomst text,
        UNIQUE (vergadering_id, zaak_id)
      );
      CREATE TABLE standpunt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agendapunt_id uuid NOT NULL REFERENCES agendapunt(id) ON DELETE CASCADE,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        standpunt text NOT NULL CHECK (standpunt IN ('voor','tegen','onthouding')),
        opmerking text,
        tijdstip timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agendapunt_id, gebruiker_id)
      );
      ALTER TABLE besluit ADD COLUMN vergadering_id uuid REFERENCES vergadering(id);

      -- Durable jobs: deadlines fire ordinary events through the command path, also after a restart.
      CREATE TABLE taak (
        id bigserial PRIMARY KEY,
        soort text NOT NULL,
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        uitvoeren_op timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland','uitgevoerd','vervallen','mislukt')),
        pogingen integer NOT NULL DEFAULT 0,
        laatste_fout text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        uitgevoerd_op timestamptz
      );
      CREATE INDEX taak_gepland_idx ON taak (uitvoeren_op) WHERE status = 'gepland';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE standpunt, agendapunt;
      ALTER TABLE besluit DROP COLUMN vergadering_id;
      DROP TABLE vergadering;
      DROP TABLE taak, bezwaar, zienswijze, besluit, medisch_advies, woonstartweging, opschorting;
      ALTER TABLE zaak DROP COLUMN beleid_id, DROP COLUMN verdaging_weken, DROP COLUMN verdaagd_op, DROP COLUMN verdaging_reden;
      DROP TABLE beleid;
    `);
  }
}
