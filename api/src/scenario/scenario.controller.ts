import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { stuurExport } from '../export/tabel-export';
import { ParseJaarPipe } from '../common/parse-jaar.pipe';
import { scenarioExportTabellen } from './scenario-export.mapper';
import { ScenarioExportQuery, ScenarioInvoerDto, ScenarioQuery } from './scenario.dto';
import { ScenarioService, type ScenarioInvoerView, type ScenariotabelView } from './scenario.service';

/**
 * The memo's scenario table (issue 5 §2). Aggregates only, for everyone who
 * discusses the regional distribution; the inputs per year belong to the
 * regiocoördinator.
 */
@ApiTags('monitor')
@Controller('monitor/scenario')
export class ScenarioController {
  constructor(private readonly scenario: ScenarioService) {}

  @Get()
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder')
  @ApiOperation({ summary: 'Scenariotabel verdeelafspraken voor een jaar: kolommen A–F per gemeente, totaal en niet geplaatst' })
  tabel(@Query() q: ScenarioQuery): Promise<ScenariotabelView> {
    return this.scenario.tabel(q.jaar);
  }

  @Get('export')
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder')
  @ApiOperation({ summary: 'De scenariotabel als CSV of XLSX (met toelichting en invoer)' })
  async export(@Query() q: ScenarioExportQuery, @Res() res: Response): Promise<void> {
    const tabel = await this.scenario.tabel(q.jaar);
    await stuurExport(res, q.formaat ?? 'csv', `scenariotabel-${tabel.jaar}`, scenarioExportTabellen(tabel));
  }

  @Get('invoer/:jaar')
  @Rollen('regiocoordinator')
  @ApiOperation({ summary: 'Invoer van de scenariotabel voor een jaar, met de versies; zonder invoer een voorstel om mee te beginnen' })
  invoer(@Param('jaar', new ParseJaarPipe()) jaar: number): Promise<ScenarioInvoerView> {
    return this.scenario.invoer(jaar);
  }

  @Put('invoer/:jaar')
  @Rollen('regiocoordinator')
  @ApiOperation({ summary: 'Nieuwe versie van de invoer van een jaar (regiocoördinator; wordt vastgelegd in de audit)' })
  legVast(@Gebruiker() g: GebruikerContext, @Param('jaar', new ParseJaarPipe()) jaar: number, @Body() dto: ScenarioInvoerDto): Promise<ScenarioInvoerView> {
    return this.scenario.legVast(jaar, dto, g);
  }
}
