import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ToegangslogEntity } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';

/** Writes who read which case data with what outcome (GDPR art. 9 accountability). Append-only by trigger. */
@Injectable()
export class ToegangslogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async log(gebruiker: GebruikerContext, zaakId: string, gegevens: string, uitkomst: 'toegestaan' | 'geweigerd'): Promise<void> {
    await this.dataSource.getRepository(ToegangslogEntity).insert({
      gebruikerId: gebruiker.id, rol: gebruiker.rol, organisatieId: gebruiker.organisatieId, zaakId, gegevens, uitkomst,
    });
  }
}
