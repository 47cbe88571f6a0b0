import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout, regioGemeente } from '@woonstart/domain';
import { WoningEntity } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { CreateWoningDto } from './create-woning.dto';
import { ListWoningenQuery } from './list-woningen.query';

const metNaam = (w: WoningEntity) => ({ ...w, gemeenteNaam: regioGemeente(w.gemeenteCbs)?.naam ?? w.gemeenteCbs });

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
    return rows.map(metNaam);
  }

  @Post()
  @Rollen('corporatiemedewerker')
  @ApiOperation({ summary: 'Vrijkomende woning aanmelden voor bemiddeling, in het werkgebied van de eigen corporatie' })
  async create(@Gebruiker() g: GebruikerContext, @Body() dto: CreateWoningDto) {
    if (!g.werkgebied.includes(dto.gemeenteCbs)) {
      throw new WoonstartFout('ongeldig', `${regioGemeente(dto.gemeenteCbs)?.naam ?? dto.gemeenteCbs} valt niet in het werkgebied van ${g.organisatieNaam}.`, { veld: 'gemeenteCbs' });
    }
    const repo = this.dataSource.getRepository(WoningEntity);
    const woning = await repo.save(repo.create({ ...dto, postcode: dto.postcode.replace(/^(\d{4}) ?/, '$1 '), corporatieId: g.organisatieId, status: 'beschikbaar', zaakId: null, aangemaaktDoor: g.id }));
    return metNaam(woning);
  }
}
