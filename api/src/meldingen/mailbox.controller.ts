import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLLEN } from '@woonstart/domain';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { PaginaQuery } from './meldingen.query';
import { MeldingenService } from './meldingen.service';

@ApiTags('meldingen')
@Controller('mailbox')
@Rollen(...ROLLEN)
export class MailboxController {
  constructor(@Inject(MeldingenService) private readonly service: MeldingenService) {}

  @Get()
  @ApiOperation({ summary: 'Verzonden e-mail met status: de beheerder ziet alles, anderen de mail aan de eigen organisatie' })
  lijst(@Gebruiker() g: GebruikerContext, @Query() q: PaginaQuery) {
    return this.service.mailbox(g, q);
  }
}
