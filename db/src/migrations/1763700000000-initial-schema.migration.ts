import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The spine schema: organisations, users, cases with their snapshot, and the append-only audit tables. */
export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gemeente (
        cbs_code char(4) PRIMARY KEY,
        naam text NOT NULL,
        in_regio boolean NOT NULL,
        centrumregio text,
        mutaties_sociaal integer,
        mutaties_onder_aftopping integer
      );
      CREATE TABLE organisatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naam text NOT NULL UNIQUE,
        type text NOT NULL CHECK (type IN ('gemeente','woningcorporatie','zorginstelling','toetsingscommissie','regio')),
        werkgebied text[] NOT NULL DEFAULT '{}',
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE gebruiker (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        naam text NOT NULL,
        rol text NOT NULL CHECK (rol IN ('zorgmedewerker','commissielid','medischAdviseur','corporatiemedewerker','regiocoordinator','beheerder')),
        organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        actief boolean NOT NULL DEFAULT true
      );
      CREATE SEQUENCE zaaknummer_seq;
      CREATE TABLE zaak (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaaknummer text NOT NULL UNIQUE,
        categorie text NOT NULL,
        status text NOT NULL,
        state text NOT NULL,
        machine_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        row_version integer NOT NULL DEFAULT 1,
        indienende_organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        aangemaakt_door uuid NOT NULL REFERENCES gebruiker(id),
        behandelende_gemeente char(4) NOT NULL REFERENCES gemeente(cbs_code),
        herkomstgemeente char(4) REFERENCES gemeente(cbs_code),
        woonstartgemeente char(4) REFERENCES gemeente(cbs_code),
        route text CHECK (route IN ('bemiddeling','zelfZoeken')),
        ingediend_op date,
        beslistermijn date,
        aanvrager_voornamen text NOT NULL,
        aanvrager_achternaam text NOT NULL,
        aanvrager_geboortedatum date NOT NULL,
        aanvrager_email text,
        aanvrager_telefoon text,
        woonnet_inschrijfnummer text,
        ondersteuningsplan text,
        begeleiding_akkoord boolean NOT NULL DEFAULT false,
        woonwensen text,
        aantal_kamers_min integer NOT NULL DEFAULT 1,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX zaak_status_idx ON zaak (status, beslistermijn);
      CREATE INDEX zaak_org_idx ON zaak (indienende_organisatie_id);
      CREATE INDEX zaak_gemeente_idx ON zaak (behandelende_gemeente);
      CREATE INDEX zaak_woonstart_idx ON zaak (woonstartgemeente, route);
      CREATE TABLE huishoudlid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        relatie text NOT NULL CHECK (relatie IN ('partner','kind','overig')),
        naam text NOT NULL,
        geboortedatum date NOT NULL
      );
      CREATE INDEX huishoudlid_zaak_idx ON huishoudlid (zaak_id);
      CREATE TABLE inschrijving (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        gemeente_cbs char(4),
        gemeente_naam text NOT NULL,
        adrestype text NOT NULL CHECK (adrestype IN ('woonadres','briefadres','instelling','buitenland')),
        van date NOT NULL,
        tot date,
        CHECK (tot IS NULL OR tot >= van)
      );
      CREATE INDEX inschrijving_zaak_idx ON inschrijving (zaak_id);
      CREATE TABLE opname (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        instelling text NOT NULL,
        van date NOT NULL,
        tot date,
        CHECK (tot IS NULL OR tot >= van)
      );
      CREATE INDEX opname_zaak_idx ON opname (zaak_id);
      CREATE TABLE woning (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        corporatie_id uuid NOT NULL REFERENCES organisatie(id),
        gemeente_cbs char(4) NOT NULL REFERENCES gemeente(cbs_code),
        adres text NOT NULL,
        postcode text NOT NULL,
        woningtype text NOT NULL,
        kamers integer NOT NULL CHECK (kamers > 0),
        huurprijs numeric(8,2) NOT NULL CHECK (huurprijs > 0),
        nultreden boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('beschikbaar','aangeboden','verhuurd')),
        zaak_id uuid REFERENCES zaak(id),
        aangemaakt_door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX woning_gemeente_idx ON woning (gemeente_cbs, status);
      CREATE TABLE zaak_transitie (
        id bigserial PRIMARY KEY,
        zaak_id uuid NOT NULL REFERENCES zaak(id),
        event text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        actor_id uuid REFERENCES gebruiker(id),
        actor_naam text NOT NULL,
        actor_rol text NOT NULL,
        van_state text NOT NULL,
        naar_state text NOT NULL,
        machine_version integer NOT NULL,
        reden text,
        tijdstip timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX zaak_transitie_zaak_idx ON zaak_transitie (zaak_id, id);
      CREATE TABLE toegangslog (
        id bigserial PRIMARY KEY,
        gebruiker_id uuid NOT NULL,
        rol text NOT NULL,
        organisatie_id uuid NOT NULL,
        zaak_id text NOT NULL,
        gegevens text NOT NULL,
        uitkomst text NOT NULL CHECK (uitkomst IN ('toegestaan','geweigerd')),
        tijdstip timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX toegangslog_zaak_idx ON toegangslog (zaak_id);
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        zaak_id uuid NOT NULL REFERENCES zaak(id),
        soort text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        verwerkt_op timestamptz
      );
      CREATE INDEX outbox_open_idx ON outbox (id) WHERE verwerkt_op IS NULL;

      -- Audit tables are append-only for everyone who connects, the application included.
      CREATE FUNCTION weiger_wijziging_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Tabel % is alleen-toevoegen: % is niet toegestaan', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER zaak_transitie_alleen_toevoegen BEFORE UPDATE OR DELETE ON zaak_transitie
        FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER zaak_transitie_geen_truncate BEFORE TRUNCATE ON zaak_transitie
        FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER toegangslog_alleen_toevoegen BEFORE UPDATE OR DELETE ON toegangslog
        FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER toegangslog_geen_truncate BEFORE TRUNCATE ON toegangslog
        FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_audit();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE outbox, toegangslog, zaak_transitie, woning, opname, inschrijving, huishoudlid, zaak, gebruiker, organisatie, gemeente;
      DROP SEQUENCE zaaknummer_seq;
      DROP FUNCTION weiger_wijziging_audit();
    `);
  }
}
