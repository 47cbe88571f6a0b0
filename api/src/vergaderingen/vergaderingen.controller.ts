import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { renderBriefPdf } from '../brieven/pdf-renderer';
import { parseId } from '../common/parse-id.pipe';
import { CreateVergaderingDto, StandpuntDto, UitkomstDto } from './vergadering.dto';
import { VergaderingService } from './vergadering.service';

@ApiTags('vergaderingen')
@Controller('vergaderingen')
@Rollen('commissielid')
export class VergaderingenController {
  constructor(@Inject(VergaderingService) private readonly service: VergaderingService) {}

  @Get()
  @ApiOperation({ summary: 'Vergaderingen van de eigen toetsingscommissie' })
  list(@Gebruiker() g: GebruikerContext) {
    return this.service.list(g);
  }

  @Post()
  @ApiOperation({ summary: 'Vergadering plannen; de agenda bevat de zaken in besluitvorming' })
  create(@Gebruiker() g: GebruikerContext, @Body() dto: CreateVergaderingDto) {
    return this.service.create(g, dto.datum);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Vergadering met agenda, standpunten en uitkomsten' })
  detail(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string) {
    return this.service.detail(g, id);
  }

  @Put(':id/agenda/:zaakId/standpunt')
  @ApiOperation({ summary: 'Eigen standpunt (voor, tegen, onthouding) bij een agendapunt' })
  standpunt(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Param('zaakId', parseId()) zaakId: string, @Body() dto: StandpuntDto) {
    return this.service.standpunt(g, id, zaakId, dto.standpunt, dto.opmerking ?? null);
  }

  @Put(':id/agenda/:zaakId/uitkomst')
  @ApiOperation({ summary: 'Uitkomst van een agendapunt vastleggen' })
  uitkomst(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Param('zaakId', parseId()) zaakId: string, @Body() dto: UitkomstDto) {
    return this.service.uitkomst(g, id, zaakId, dto.uitkomst);
  }

  @Post(':id/sluiten')
  @HttpCode(200)
  @ApiOperation({ summary: 'Vergadering sluiten: standpunten en uitkomsten liggen daarna vast' })
  sluit(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string) {
    return this.service.sluit(g, id);
  }

  @Get(':id/notulen.pdf')
  @ApiOperation({ summary: 'Notulen als PDF (na sluiten)' })
  async notulen(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Res() res: Response): Promise<void> {
    const pdf = await renderBriefPdf(await this.service.notulen(g, id));
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="notulen-${id}.pdf"`);
    res.send(pdf);
  }
}
