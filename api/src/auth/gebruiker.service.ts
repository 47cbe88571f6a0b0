import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GebruikerEntity } from '@woonstart/db';
import type { GebruikerContext } from './gebruiker-context.model';

@Injectable()
export class GebruikerService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findContext(id: string): Promise<GebruikerContext | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    // Every authenticated request asks this (a blocked account stops at once), so one query with a join:
    // findOne with relations would first run a separate DISTINCT query for the id.
    const g = await this.dataSource.getRepository(GebruikerEntity).createQueryBuilder('g')
      .innerJoinAndSelect('g.organisatie', 'organisatie')
      .where('g.id = :id AND g.actief = true', { id })
      .getOne();
    return g ? toContext(g) : null;
  }

  async findByEmail(email: string): Promise<GebruikerContext | null> {
    const g = await this.dataSource.getRepository(GebruikerEntity).findOne({ where: { email: email.toLowerCase(), actief: true }, relations: { organisatie: true } });
    return g ? toContext(g) : null;
  }

  async listActive(): Promise<GebruikerContext[]> {
    const list = await this.dataSource.getRepository(GebruikerEntity).find({ where: { actief: true }, relations: { organisatie: true }, order: { rol: 'ASC', email: 'ASC' } });
    return list.map(toContext);
  }
}

function toContext(g: GebruikerEntity): GebruikerContext {
  const org = g.organisatie!;
  return { id: g.id, naam: g.naam, email: g.email, rol: g.rol, organisatieId: org.id, organisatieNaam: org.naam, organisatieType: org.type, werkgebied: org.werkgebied };
}
