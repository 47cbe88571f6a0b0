import type { EntityManager } from 'typeorm';
import type { MeldingOntvanger } from '@woonstart/domain';

/** The columns of a case that decide who is told. */
export interface ZaakVoorMelding {
  readonly id: string;
  readonly zaaknummer: string;
  readonly indienendeOrganisatieId: string;
  readonly behandelendeGemeente: string;
  readonly woonstartgemeente: string | null;
  readonly beslistermijn: string | null;
}

export async function laadZaakVoorMelding(m: EntityManager, zaakId: string): Promise<ZaakVoorMelding | null> {
  const [zaak]: ZaakVoorMelding[] = await m.query(
    `SELECT id, zaaknummer, indienende_organisatie_id AS "indienendeOrganisatieId", behandelende_gemeente AS "behandelendeGemeente",
            woonstartgemeente, to_char(beslistermijn, 'YYYY-MM-DD') AS beslistermijn
       FROM zaak WHERE id = $1`, [zaakId]);
  return zaak ?? null;
}

async function ids(m: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rijen: Array<{ id: string }> = await m.query(sql, params);
  return rijen.map((r) => r.id);
}

/**
 * The organisations behind a recipient role of one case. The corporaties are those
 * working in the gemeente where the household is to live (the woonstartgemeente,
 * before the weighing the behandelende gemeente): a corporatie elsewhere hears nothing.
 */
export async function organisatiesVoor(m: EntityManager, ontvanger: MeldingOntvanger, zaak: ZaakVoorMelding): Promise<string[]> {
  switch (ontvanger) {
    case 'indiener':
      return [zaak.indienendeOrganisatieId];
    case 'commissie':
      // The commissie that covers the case's gemeente: a second commissie elsewhere hears nothing.
      return ids(m, `SELECT id FROM organisatie WHERE type = 'toetsingscommissie' AND $1 = ANY(werkgebied) ORDER BY naam`, [zaak.behandelendeGemeente.trim()]);
    case 'corporatiesDoelgemeente':
      return ids(m, `SELECT id FROM organisatie WHERE type = 'woningcorporatie' AND $1 = ANY(werkgebied) ORDER BY naam`,
        [(zaak.woonstartgemeente ?? zaak.behandelendeGemeente).trim()]);
    case 'gemeente':
      return ids(m, `SELECT id FROM organisatie WHERE type = 'gemeente' AND $1 = ANY(werkgebied) ORDER BY naam`, [zaak.behandelendeGemeente.trim()]);
  }
}
