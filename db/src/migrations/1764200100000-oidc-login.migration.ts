import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login through the organisation's identity provider (OIDC) and rate limiting of logins.
 *
 * `gebruiker.oidc_sub` ties a Woonstart user to the IdP's stable subject once the user first
 * logs in with a verified e-mail address; later logins find the user by it even when the
 * e-mail changes at the IdP.
 *
 * `inlogpoging` counts login attempts per key (a keyed hash of the client's address or of the
 * account, never the address or e-mail itself) per one-minute window. It lives in PostgreSQL
 * so the limit holds across api replicas; old windows are deleted as new ones are counted.
 */
export class OidcLogin1764200100000 implements MigrationInterface {
  name = 'OidcLogin1764200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gebruiker ADD COLUMN oidc_sub text NULL`);
    await q.query(`ALTER TABLE gebruiker ADD CONSTRAINT gebruiker_oidc_sub_uniek UNIQUE (oidc_sub)`);
    await q.query(`
      CREATE TABLE inlogpoging (
        sleutel text NOT NULL,
        venster timestamptz NOT NULL,
        aantal integer NOT NULL CHECK (aantal >= 1),
        PRIMARY KEY (sleutel, venster)
      );
    `);
    await q.query(`CREATE INDEX inlogpoging_venster ON inlogpoging (venster)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inlogpoging`);
    await q.query(`ALTER TABLE gebruiker DROP CONSTRAINT gebruiker_oidc_sub_uniek`);
    await q.query(`ALTER TABLE gebruiker DROP COLUMN oidc_sub`);
  }
}
