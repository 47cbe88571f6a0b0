import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLLEN } from '@woonstart/domain';
import { Rollen } from '../auth/auth.decorators';
import type { WijkRef } from './woning-ligging.rule';
import { WoningQueryService } from './woning-query.service';
import { WijkenQuery } from './wijken.query';

/** Reference data: every role may read it (forms, filters, placement profiles). */
@ApiTags('woningen')
@Controller('wijken')
export class WijkenController {
  constructor(@Inject(WoningQueryService) private readonly query: WoningQueryService) {}

  @Get()
  @Rollen(...ROLLEN)
  @ApiOperation({ summary: 'Wijken, desgewenst van één gemeente (codes zijn demodata tot de CBS-wijkindeling wordt geladen)' })
  lijst(@Query() q: WijkenQuery): Promise<WijkRef[]> {
    return this.query.wijken(q.gemeente);
  }
}
