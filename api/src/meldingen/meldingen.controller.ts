import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLLEN } from '@woonstart/domain';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { ListMeldingenQuery } from './meldingen.query';
import { MeldingenService } from './meldingen.service';

/** Every role has meldingen: each sees those of its own organisation only. */
@ApiTags('meldingen')
@Controller('meldingen')
@Rollen(...ROLLEN)
export class MeldingenController {
  constructor(@Inject(MeldingenService) private readonly service: MeldingenService) {}

  @Get()
  @ApiOperation({ summary: 'Meldingen van de eigen organisatie, nieuwste eerst' })
  lijst(@Gebruiker() g: GebruikerContext, @Query() q: ListMeldingenQuery) {
    return this.service.lijst(g, q);
  }

  @Get('aantal-ongelezen')
  @ApiOperation({ summary: 'Aantal ongelezen meldingen van de eigen organisatie' })
  aantalOngelezen(@Gebruiker() g: GebruikerContext) {
    return this.service.aantalOngelezen(g);
  }

  @Post(':id/gelezen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Melding als gelezen markeren (voor de hele organisatie)' })
  gelezen(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string) {
    return this.service.markeerGelezen(g, id);
  }
}
