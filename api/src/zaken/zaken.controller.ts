import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { returnPreference } from '../common/prefer-header';
import { CreateZaakDto } from './dto/create-zaak.dto';
import { ListZakenQuery } from './dto/list-zaken.query';
import { ZaakEventDto } from './dto/zaak-event.dto';
import { BesluitbriefService } from './besluitbrief.service';
import { ZaakCommandService } from './zaak-command.service';
import { ZaakQueryService } from './zaak-query.service';
import type { ZaakDetail, ZaakLijst, ZaakNaEvent } from './zaak-view.model';

const ZAAK_ROLLEN = ['zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur', 'corporatiemedewerker'] as const;

@ApiTags('zaken')
@Controller('zaken')
export class ZakenController {
  constructor(
    private readonly query: ZaakQueryService,
    private readonly commands: ZaakCommandService,
    @Inject(BesluitbriefService) private readonly brieven: BesluitbriefService,
  ) {}

  @Get(':id/besluitbrief.pdf')
  @Rollen('zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur')
  @ApiOperation({ summary: 'Besluitbrief (PDF) van het laatst genomen besluit; elke download wordt gelogd' })
  async besluitbrief(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Res() res: Response): Promise<void> {
    const { zaaknummer, pdf } = await this.brieven.pdf(g, id);
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="besluit-${zaaknummer}.pdf"`);
    res.send(pdf);
  }

  @Get()
  @Rollen(...ZAAK_ROLLEN)
  @ApiOperation({ summary: 'Werkvoorraad: zaken binnen uw organisatie, te filteren en gesorteerd op beslistermijn' })
  list(@Gebruiker() g: GebruikerContext, @Query() q: ListZakenQuery): Promise<ZaakLijst> {
    return this.query.list(g, q);
  }

  @Post()
  @Rollen('zorgmedewerker', 'gemeentemedewerker')
  @ApiOperation({ summary: 'Nieuwe aanvraag aanmaken (status concept): een uitstroomverzoek van een zorginstelling of een aanvraag die de gemeente registreert; 422 bij een categorie die niet bij de indiener past' })
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
  @ApiOperation({
    summary: 'Actie op een zaak (event met payload); 409 bij een niet-toegestane actie of verouderde rowVersion',
    description: 'Standaard het volledige zaakdetail. Met `Prefer: return=minimal` (RFC 7240) alleen { id, state, status, rowVersion, allowedEvents }, met `Preference-Applied: return=minimal`: sneller voor koppelingen die het detail niet nodig hebben.',
  })
  @ApiHeader({ name: 'Prefer', required: false, description: "'return=minimal' voor een kort antwoord" })
  send(
    @Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Body() dto: ZaakEventDto,
    @Headers('prefer') prefer: string | undefined, @Res({ passthrough: true }) res: Response,
  ): Promise<ZaakDetail | ZaakNaEvent> {
    res.vary('Prefer');
    if (returnPreference(prefer) !== 'minimal') return this.commands.send(g, id, dto);
    res.setHeader('Preference-Applied', 'return=minimal');
    return this.commands.sendMinimaal(g, id, dto);
  }
}
