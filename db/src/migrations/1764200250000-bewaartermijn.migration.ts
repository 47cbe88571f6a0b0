import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention: when a closed case was anonymised (null: not yet). The partial
 * index serves the retention job's search for closed cases past their term
 * among those not yet anonymised, which on a large database is the few
 * recently closed ones, not the million done.
 */
export class Bewaartermijn1764200250000 implements MigrationInterface {
  name = 'Bewaartermijn1764200250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE zaak ADD COLUMN geanonimiseerd_op timestamptz NULL;
      CREATE INDEX zaak_bewaartermijn_idx ON zaak (gewijzigd_op) WHERE geanonimiseerd_op IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX zaak_bewaartermijn_idx;
      ALTER TABLE zaak DROP COLUMN geanonimiseerd_op;
    `);
  }
}
