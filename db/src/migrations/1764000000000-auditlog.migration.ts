import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A general append-only audit log for changes that are not case transitions (see auditlog.entity.ts). */
export class Auditlog1764000000000 implements MigrationInterface {
  name = 'Auditlog1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auditlog (
        id bigserial PRIMARY KEY,
        onderwerp text NOT NULL,
        onderwerp_id text NOT NULL,
        actie text NOT NULL,
        gegevens jsonb NOT NULL DEFAULT '{}',
        actor_id uuid NULL,
        actor_naam text NOT NULL,
        actor_rol text NOT NULL,
        organisatie_id uuid NULL,
        tijdstip timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX auditlog_onderwerp_idx ON auditlog (onderwerp, onderwerp_id, tijdstip);
      CREATE TRIGGER auditlog_alleen_toevoegen BEFORE UPDATE OR DELETE ON auditlog
        FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER auditlog_geen_truncate BEFORE TRUNCATE ON auditlog
        FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_audit();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auditlog`);
  }
}
