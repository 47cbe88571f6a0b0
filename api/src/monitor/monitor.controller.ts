import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { monitorBestandsnaam } from '@woonstart/domain';
import { Rollen } from '../auth/auth.decorators';
import { stuurExport } from '../export/tabel-export';
import { monitorTabellen } from './monitor-export';
import { MonitorExportQuery, MonitorQuery } from './monitor.dto';
import { MonitorQueryService } from './monitor-query.service';
import type { MonitorOverzicht } from './monitor.model';

/**
 * The regional monitor. Aggregates only: the regiocoördinator (and, read-only,
 * the commissie and the gemeenten) see counts per gemeente, never a person.
 */
@ApiTags('monitor')
@Controller('monitor')
export class MonitorController {
  constructor(private readonly monitor: MonitorQueryService) {}

  @Get()
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder')
  @ApiOperation({ summary: 'Regionale monitor: plafonds, herkomst en plaatsing, doorlooptijden, termijnen en wachtlijst (filters jaar, categorie, route, centrumregio)' })
  overzicht(@Query() q: MonitorQuery): Promise<MonitorOverzicht> {
    return this.monitor.monitor(this.monitor.filterVan(q));
  }

  @Get('export')
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder')
  @ApiOperation({ summary: 'Alle tabellen van de regionale monitor als CSV of XLSX, met dezelfde filters' })
  async export(@Query() q: MonitorExportQuery, @Res() res: Response): Promise<void> {
    const filter = this.monitor.filterVan(q);
    await stuurExport(res, q.formaat, monitorBestandsnaam(filter), monitorTabellen(await this.monitor.monitor(filter)));
  }

  @Get('overzicht')
  @Rollen('regiocoordinator', 'beheerder')
  @ApiOperation({ summary: 'Aantallen zaken per gemeente en status, en plaatsingen per woonstartgemeente' })
  statusOverzicht() {
    return this.monitor.overzicht();
  }
}
