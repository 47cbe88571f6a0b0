import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications in the app and by e-mail, derived after commit from the outbox.
 * The unique keys make processing idempotent: an outbox row tells an organisation
 * at most once, and a melding mails an address at most once.
 */
export class Meldingen1764000300000 implements MigrationInterface {
  name = 'Meldingen1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE melding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id bigint NOT NULL REFERENCES outbox(id),
        organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        zaak_id uuid NULL REFERENCES zaak(id),
        onderwerp text NOT NULL,
        tekst text NOT NULL,
        link text NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        gelezen_op timestamptz NULL,
        gelezen_door uuid NULL REFERENCES gebruiker(id),
        CONSTRAINT melding_outbox_organisatie_uniek UNIQUE (outbox_id, organisatie_id)
      );
      CREATE INDEX melding_organisatie_idx ON melding (organisatie_id, aangemaakt_op DESC, id DESC);
      CREATE INDEX melding_ongelezen_idx ON melding (organisatie_id) WHERE gelezen_op IS NULL;
      CREATE TABLE email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        melding_id uuid NOT NULL REFERENCES melding(id),
        aan text NOT NULL,
        onderwerp text NOT NULL,
        tekst text NOT NULL,
        status text NOT NULL DEFAULT 'wachtend' CHECK (status IN ('wachtend','verzenden','verzonden','bewaard','mislukt')),
        pogingen integer NOT NULL DEFAULT 0 CHECK (pogingen >= 0),
        fout text NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        laatste_poging_op timestamptz NULL,
        verzonden_op timestamptz NULL,
        CONSTRAINT email_melding_aan_uniek UNIQUE (melding_id, aan)
      );
      CREATE INDEX email_wachtend_idx ON email (aangemaakt_op, id) WHERE status = 'wachtend';
      CREATE INDEX email_aangemaakt_idx ON email (aangemaakt_op DESC, id DESC);
    `);
    // History written before notifications existed is not news: without this, the first run on an
    // existing database would mail every organisation about every case it ever touched.
    await q.query(`UPDATE outbox SET verwerkt_op = now() WHERE verwerkt_op IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email, melding`);
  }
}
