import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLLEN_OUD = `'zorgmedewerker','commissielid','medischAdviseur','corporatiemedewerker','regiocoordinator','beheerder'`;
const ROLLEN_NIEUW = `'zorgmedewerker','gemeentemedewerker','commissielid','medischAdviseur','corporatiemedewerker','regiocoordinator','beheerder'`;

/**
 * Intake by the gemeente: the role gemeentemedewerker, and documents attached to a
 * case (stored in the database with their checksum, so a backup holds the whole file).
 */
export class GemeenteIntake1763900000000 implements MigrationInterface {
  name = 'GemeenteIntake1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE gebruiker DROP CONSTRAINT gebruiker_rol_check;
      ALTER TABLE gebruiker ADD CONSTRAINT gebruiker_rol_check CHECK (rol IN (${ROLLEN_NIEUW}));

      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
        bestandsnaam text NOT NULL CHECK (length(bestandsnaam) BETWEEN 1 AND 200),
        mime_type text NOT NULL CHECK (mime_type IN ('application/pdf','image/jpeg','image/png')),
        grootte integer NOT NULL CHECK (grootte > 0 AND grootte <= 5242880),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        inhoud bytea NOT NULL,
        soort text NOT NULL CHECK (soort IN ('identiteit','inkomen','medisch','overig')),
        geupload_door uuid NOT NULL REFERENCES gebruiker(id),
        -- The organisation at upload time: a medical document stays visible to it even if the user moves on.
        geupload_door_organisatie uuid NOT NULL REFERENCES organisatie(id),
        geupload_op timestamptz NOT NULL DEFAULT now(),
        CHECK (length(inhoud) = grootte)
      );
      CREATE INDEX document_zaak_idx ON document (zaak_id, geupload_op);
    `);
  }

  /** Refuses (constraint violation) while gemeentemedewerker users exist: no user or case is deleted silently. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE document;
      ALTER TABLE gebruiker DROP CONSTRAINT gebruiker_rol_check;
      ALTER TABLE gebruiker ADD CONSTRAINT gebruiker_rol_check CHECK (rol IN (${ROLLEN_OUD}));
    `);
  }
}
