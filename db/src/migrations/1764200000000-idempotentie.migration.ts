import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of state-changing requests. A key is claimed in the same
 * transaction as the change it guards, so a crash either loses both or keeps
 * both; the response is added after the handler returned. Keys are per user
 * (scope) and expire after the configured term (at least 24 hours).
 */
export class Idempotentie1764200000000 implements MigrationInterface {
  name = 'Idempotentie1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotentie_sleutel (
        scope text NOT NULL,
        sleutel text NOT NULL CHECK (length(sleutel) BETWEEN 1 AND 255),
        vingerafdruk text NOT NULL,
        methode text NOT NULL,
        pad text NOT NULL,
        resultaat text NULL,
        status integer NULL CHECK (status BETWEEN 100 AND 599),
        antwoord text NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        beantwoord_op timestamptz NULL,
        verloopt_op timestamptz NOT NULL,
        PRIMARY KEY (scope, sleutel)
      );
      CREATE INDEX idempotentie_sleutel_verloopt_idx ON idempotentie_sleutel (verloopt_op);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotentie_sleutel`);
  }
}
