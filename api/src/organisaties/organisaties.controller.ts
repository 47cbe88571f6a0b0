import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLLEN } from '@woonstart/domain';
import { GemeenteEntity, OrganisatieEntity } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';

@ApiTags('organisaties')
@Controller()
export class OrganisatiesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('organisaties')
  @Rollen(...ROLLEN)
  @ApiOperation({ summary: 'Organisaties: regio-rollen zien alle, anderen alleen de eigen organisatie' })
  async list(@Gebruiker() g: GebruikerContext) {
    const repo = this.dataSource.getRepository(OrganisatieEntity);
    const regioBreed = g.rol === 'beheerder' || g.rol === 'regiocoordinator' || g.rol === 'commissielid';
    const rows = regioBreed ? await repo.find({ order: { type: 'ASC', naam: 'ASC' } }) : await repo.find({ where: { id: g.organisatieId } });
    return rows.map(({ id, naam, type, werkgebied }) => ({ id, naam, type, werkgebied }));
  }

  @Get('gemeenten')
  @Rollen(...ROLLEN)
  @ApiOperation({ summary: 'Gemeenten: de negen van de regio en bekende herkomstgemeenten daarbuiten' })
  async gemeenten() {
    const rows = await this.dataSource.getRepository(GemeenteEntity).find({ order: { inRegio: 'DESC', naam: 'ASC' } });
    return rows.map(({ cbsCode, naam, inRegio, centrumregio }) => ({ cbsCode, naam, inRegio, centrumregio }));
  }
}
