import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { UploadFoutenInterceptor } from '../common/upload-fouten.interceptor';
import type { GeuploadBestand } from '../zaken/document.service';
import { CsvUploadFoutenInterceptor } from './csv-upload-fouten.interceptor';
import { CreateWoningDto } from './create-woning.dto';
import { ListWoningenQuery } from './list-woningen.query';
import { WoningCommandService } from './woning-command.service';
import { CSV_KOLOMMEN, MAX_CSV_BYTES } from './woning-csv.parser';
import { WoningImportService, type ImportVerslag } from './woning-import.service';
import { WoningQueryService } from './woning-query.service';
import { WoningStatusDto } from './woning-status.dto';
import type { WoningView } from './woning-view.model';

/** Who sees the supply: the corporatie its own, the commissie, coördinator and beheerder all. */
const LEZERS = ['corporatiemedewerker', 'commissielid', 'regiocoordinator', 'beheerder'] as const;

/** Memory storage; busboy stops when the file reaches fileSize, so one byte over the limit is refused. */
const CSV_LIMIETEN = { fileSize: MAX_CSV_BYTES + 1, files: 1, fields: 2, parts: 3, fieldSize: 1024, headerPairs: 50 };

@ApiTags('woningen')
@Controller('woningen')
export class WoningenController {
  constructor(
    @Inject(WoningQueryService) private readonly query: WoningQueryService,
    @Inject(WoningCommandService) private readonly command: WoningCommandService,
    @Inject(WoningImportService) private readonly importer: WoningImportService,
  ) {}

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Woningen met filters; een corporatie ziet alleen de eigen woningen' })
  list(@Gebruiker() g: GebruikerContext, @Query() q: ListWoningenQuery): Promise<WoningView[]> {
    return this.query.lijst(g, q);
  }

  @Post()
  @Rollen('corporatiemedewerker')
  @ApiOperation({ summary: 'Vrijkomende woning aanmelden voor bemiddeling, in het werkgebied van de eigen corporatie; 400 als de wijk niet in de gemeente ligt' })
  create(@Gebruiker() g: GebruikerContext, @Body() dto: CreateWoningDto): Promise<WoningView> {
    return this.command.create(g, dto);
  }

  @Post('import')
  @HttpCode(200)
  @Rollen('corporatiemedewerker')
  @UseInterceptors(UploadFoutenInterceptor, CsvUploadFoutenInterceptor, FileInterceptor('bestand', { limits: CSV_LIMIETEN }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object', required: ['bestand'],
      properties: { bestand: { type: 'string', format: 'binary', description: `CSV (UTF-8, ; of ,), hoogstens 1 MB en 2000 woningen; kolommen: ${CSV_KOLOMMEN.join(';')}` } },
    },
  })
  @ApiOperation({ summary: 'Woningen importeren uit CSV: goede regels worden samen opgeslagen, afgewezen regels gemeld met regelnummer en redenen; 400 bij een verkeerde kopregel, 413 te groot, 415 geen CSV' })
  importeer(@Gebruiker() g: GebruikerContext, @UploadedFile() bestand: GeuploadBestand | undefined): Promise<ImportVerslag> {
    return this.importer.importeer(g, bestand);
  }

  @Get(':id')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Eén woning; een woning van een andere corporatie bestaat voor een corporatie niet (404)' })
  detail(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string): Promise<WoningView> {
    return this.query.detail(g, id);
  }

  @Patch(':id/status')
  @Rollen('corporatiemedewerker')
  @ApiOperation({ summary: 'Reserveren, vrijgeven of intrekken (met reden); 409 zolang een zaak de woning heeft aangeboden of verhuurd' })
  wijzigStatus(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Body() dto: WoningStatusDto): Promise<WoningView> {
    return this.command.wijzigStatus(g, id, dto);
  }
}
