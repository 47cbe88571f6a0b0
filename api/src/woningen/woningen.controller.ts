import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { regioGemeente } from '@woonstart/domain';
import { WoningEntity } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { ListWoningenQuery } from './list-woningen.query';

@ApiTags('woningen')
@Controller('woningen')
export class WoningenController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Rollen('corporatiemedewerker', 'beheerder')
  @ApiOperation({ summary: 'Woningen: een corporatie ziet alleen de eigen woningen' })
  async list(@Gebruiker() g: GebruikerContext, @Query() q: ListWoningenQuery) {
    const qb = this.dataSource.getRepository(WoningEntity).createQueryBuilder('w');
    if (g.rol === 'corporatiemedewerker') qb.andWhere('w.corporatie_id = :org', { org: g.organisatieId });
    if (q.gemeente) qb.andWhere('w.gemeente_cbs = :gemeente', { gemeente: q.gemeente });
    if (q.status) qb.andWhere('w.status = :status', { status: q.status });
    const rows = await qb.orderBy('w.gemeente_cbs').addOrderBy('w.huurprijs').getMany();
    return rows.map((w) => ({ ...w, gemeenteNaam: regioGemeente(w.gemeenteCbs)?.naam ?? w.gemeenteCbs }));
  }
}
