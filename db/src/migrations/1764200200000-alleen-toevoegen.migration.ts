import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three logs (zaak_transitie, toegangslog, auditlog) stay append-only at
 * database level — DELETE and TRUNCATE are refused for everyone, the
 * application included — with one narrow exception for the retention job
 * (api/src/retentie): an UPDATE passes only when the transaction set
 * `woonstart.anonimiseren` to 'aan' (SET LOCAL, so it dies with the
 * transaction) AND it changes nothing but the free-text columns named per table
 * (zaak_transitie: payload and reden; toegangslog and auditlog: gegevens). Who,
 * when, which case, which event and the outcome can never be rewritten, so the
 * logs keep proving what happened after the personal data in them is gone.
 *
 * Why not "anonymisation writes no personal data there in the first place":
 * the transition payload must carry what was decided (GEGEVENS_WIJZIGEN carries
 * the applicant's data, motivations name circumstances) for as long as the case
 * runs; only after the retention term may it go.
 *
 * The setting is a guard against every ordinary code path and a stray manual
 * UPDATE, not against someone who can run arbitrary SQL as the table owner (that
 * needs a separate database role without UPDATE rights; see README).
 */
export class AlleenToevoegen1764200200000 implements MigrationInterface {
  name = 'AlleenToevoegen1764200200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION log_alleen_anonimiseren() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('woonstart.anonimiseren', true), '') = 'aan'
           AND (to_jsonb(NEW) - TG_ARGV::text[]) = (to_jsonb(OLD) - TG_ARGV::text[]) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Tabel % is alleen-toevoegen: % is niet toegestaan', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;

      DROP TRIGGER zaak_transitie_alleen_toevoegen ON zaak_transitie;
      DROP TRIGGER toegangslog_alleen_toevoegen ON toegangslog;
      DROP TRIGGER auditlog_alleen_toevoegen ON auditlog;

      CREATE TRIGGER zaak_transitie_geen_verwijdering BEFORE DELETE ON zaak_transitie FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER toegangslog_geen_verwijdering BEFORE DELETE ON toegangslog FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER auditlog_geen_verwijdering BEFORE DELETE ON auditlog FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();

      CREATE TRIGGER zaak_transitie_alleen_anonimiseren BEFORE UPDATE ON zaak_transitie FOR EACH ROW EXECUTE FUNCTION log_alleen_anonimiseren('payload', 'reden');
      CREATE TRIGGER toegangslog_alleen_anonimiseren BEFORE UPDATE ON toegangslog FOR EACH ROW EXECUTE FUNCTION log_alleen_anonimiseren('gegevens');
      CREATE TRIGGER auditlog_alleen_anonimiseren BEFORE UPDATE ON auditlog FOR EACH ROW EXECUTE FUNCTION log_alleen_anonimiseren('gegevens');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER zaak_transitie_alleen_anonimiseren ON zaak_transitie;
      DROP TRIGGER toegangslog_alleen_anonimiseren ON toegangslog;
      DROP TRIGGER auditlog_alleen_anonimiseren ON auditlog;
      DROP TRIGGER zaak_transitie_geen_verwijdering ON zaak_transitie;
      DROP TRIGGER toegangslog_geen_verwijdering ON toegangslog;
      DROP TRIGGER auditlog_geen_verwijdering ON auditlog;
      CREATE TRIGGER zaak_transitie_alleen_toevoegen BEFORE UPDATE OR DELETE ON zaak_transitie FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER toegangslog_alleen_toevoegen BEFORE UPDATE OR DELETE ON toegangslog FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      CREATE TRIGGER auditlog_alleen_toevoegen BEFORE UPDATE OR DELETE ON auditlog FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_audit();
      DROP FUNCTION log_alleen_anonimiseren();
    `);
  }
}
