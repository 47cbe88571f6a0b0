import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inputs of the memo's scenario table per year, versioned (a new row per change,
 * the highest versie in force). The per-gemeente figures are one jsonb list: they
 * are entered, read and audited as one set, never queried on their own.
 */
export class ScenarioInvoer1764100000000 implements MigrationInterface {
  name = 'ScenarioInvoer1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scenario_invoer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jaar integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
        versie integer NOT NULL CHECK (versie >= 1),
        opgave integer NOT NULL CHECK (opgave >= 0),
        gemeenten jsonb NOT NULL CHECK (jsonb_typeof(gemeenten) = 'array'),
        toelichting text NULL,
        vastgesteld_door uuid NULL REFERENCES gebruiker(id),
        vastgesteld_op timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT scenario_invoer_versie_uniek UNIQUE (jaar, versie)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scenario_invoer`);
  }
}
