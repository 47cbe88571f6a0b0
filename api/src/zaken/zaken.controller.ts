import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { CreateZaakDto } from './dto/create-zaak.dto';
import { ListZakenQuery } from './dto/list-zaken.query';
import { ZaakEventDto } from './dto/zaak-event.dto';
import { ZaakCommandService } from './zaak-command.service';
import { ZaakQueryService } from './zaak-query.service';
import type { ZaakDetail, ZaakLijst } from './zaak-view.model';

const ZAAK_ROLLEN = ['zorgmedewerker', 'commissielid', 'medischAdviseur', 'corporatiemedewerker'] as const;

@ApiTags('zaken')
@Controller('zaken')
export class ZakenController {
  constructor(
    private readonly query: ZaakQueryService,
    private readonly commands: ZaakCommandService,
  ) {}

  @Get()
  @Rollen(...ZAAK_ROLLEN)
  @ApiOperation({ summary: 'Werkvoorraad: zaken binnen uw organisatie, te filteren en gesorteerd op beslistermijn' })
  list(@Gebruiker() g: GebruikerContext, @Query() q: ListZakenQuery): Promise<ZaakLijst> {
    return this.query.list(g, q);
  }

  @Post()
  @Rollen('zorgmedewerker')
  @ApiOperation({ summary: 'Nieuw uitstroomverzoek aanmaken (status concept)' })
  create(@Gebruiker() g: GebruikerContext, @Body() dto: CreateZaakDto): Promise<ZaakDetail> {
    return this.commands.create(g, dto);
  }

  @Get(':id')
  @Rollen(...ZAAK_ROLLEN)
  @ApiOperation({ summary: 'Zaakdetail met tijdlijn en allowedEvents; elke inzage wordt gelogd' })
  detail(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string): Promise<ZaakDetail> {
    return this.query.detail(g, id);
  }

  @Post(':id/events')
  @HttpCode(200)
  @Rollen(...ZAAK_ROLLEN)
  @ApiOperation({ summary: 'Actie op een zaak (event met payload); 409 bij een niet-toegestane actie of verouderde rowVersion' })
  send(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Body() dto: ZaakEventDto): Promise<ZaakDetail> {
    return this.commands.send(g, id, dto);
  }
}
