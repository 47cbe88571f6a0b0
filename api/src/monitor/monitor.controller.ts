import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { REGIO_GEMEENTEN } from '@woonstart/domain';
import { Rollen } from '../auth/auth.decorators';

/** Aggregates only: the regiocoördinator sees counts, never a person. Issue 5 grows this into the monitor. */
@ApiTags('monitor')
@Controller('monitor')
export class MonitorController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('overzicht')
  @Rollen('regiocoordinator', 'beheerder')
  @ApiOperation({ summary: 'Aantallen zaken per gemeente en status, en plaatsingen per woonstartgemeente' })
  async overzicht() {
    const perStatus: Array<{ gemeente: string; status: string; aantal: string }> = await this.dataSource.query(
      `SELECT behandelende_gemeente AS gemeente, status, count(*) AS aantal FROM zaak GROUP BY 1, 2`,
    );
    const plaatsingen: Array<{ herkomst: string | null; woonstart: string; aantal: string }> = await this.dataSource.query(
      `SELECT herkomstgemeente AS herkomst, woonstartgemeente AS woonstart, count(*) AS aantal FROM zaak WHERE status = 'geplaatst' GROUP BY 1, 2`,
    );
    return {
      gemeenten: REGIO_GEMEENTEN.map((g) => ({
        cbsCode: g.cbsCode,
        naam: g.naam,
        perStatus: Object.fromEntries(perStatus.filter((r) => r.gemeente === g.cbsCode).map((r) => [r.status, Number(r.aantal)])),
        geplaatst: plaatsingen.filter((p) => p.woonstart === g.cbsCode).reduce((n, p) => n + Number(p.aantal), 0),
      })),
      stromen: plaatsingen.map((p) => ({ herkomst: p.herkomst, woonstart: p.woonstart, aantal: Number(p.aantal) })),
    };
  }
}
