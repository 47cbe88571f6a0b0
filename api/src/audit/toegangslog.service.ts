import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ToegangslogEntity } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';

/**
 * Writes who read which case data with what outcome (GDPR art. 9 accountability). Append-only by trigger.
 * Every route that returns case or medical data logs through here; api/src/audit/toegangslog.integration-spec.ts
 * enumerates the routes and fails on one that does not.
 */
@Injectable()
export class ToegangslogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async log(gebruiker: GebruikerContext, zaakId: string, gegevens: string, uitkomst: 'toegestaan' | 'geweigerd'): Promise<void> {
    await this.dataSource.getRepository(ToegangslogEntity).insert({
      gebruikerId: gebruiker.id, rol: gebruiker.rol, organisatieId: gebruiker.organisatieId, zaakId, gegevens, uitkomst,
    });
  }

  /**
   * One row per case of a list the caller was shown, in one statement (a page of a work list costs one insert).
   * Pass the transaction's manager when called inside one: its rows then commit or roll back with the response.
   */
  async logLijst(gebruiker: GebruikerContext, zaakIds: readonly string[], gegevens: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const uniek = [...new Set(zaakIds)];
    if (uniek.length === 0) return;
    await manager.query(
      `INSERT INTO toegangslog (gebruiker_id, rol, organisatie_id, zaak_id, gegevens, uitkomst) SELECT $1, $2, $3, unnest($4::text[]), $5, 'toegestaan'`,
      [gebruiker.id, gebruiker.rol, gebruiker.organisatieId, uniek, gegevens],
    );
  }
}
