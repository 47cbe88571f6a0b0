import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('zaken/:id/woningmatches')
  @Rollen('commissielid', 'corporatiemedewerker')
  @ApiOperation({ summary: 'Passende woningen voor een kandidaat, met de redenen per woning (een corporatie ziet alleen de eigen woningen)' })
  woningen(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string) {
    return this.matching.woningenVoorZaak(g, id);
  }

  @Get('woningen/:id/kandidaten')
  @Rollen('commissielid', 'corporatiemedewerker')
  @ApiOperation({ summary: 'Kandidaten voor een woning in volgorde van geschiktheid en wachttijd, met de redenen' })
  kandidaten(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string) {
    return this.matching.kandidatenVoorWoning(g, id);
  }
}
