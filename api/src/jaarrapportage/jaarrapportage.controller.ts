import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { URGENTIECATEGORIE_INFO, stelJaarrapportageBriefOp, stelJaarrapportageOp, todayIso, type Jaarrapportage, type Urgentiecategorie } from '@woonstart/domain';
import { Rollen } from '../auth/auth.decorators';
import { renderBriefPdf } from '../brieven/pdf-renderer';
import { stuurExport, type ExportTabel } from '../export/tabel-export';

export class JaarrapportageQuery {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) jaar?: number;
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx', 'pdf'] }) @IsOptional() @IsIn(['json', 'csv', 'xlsx', 'pdf']) formaat?: 'json' | 'csv' | 'xlsx' | 'pdf';
}

function alsTabel(r: Jaarrapportage): ExportTabel {
  return {
    naam: `Urgenties ${r.jaar}`,
    kolommen: ['Gemeente', 'CBS-code', ...r.categorieen.map((c) => URGENTIECATEGORIE_INFO[c].label), 'Totaal'],
    rijen: [
      ...r.gemeenten.map((g) => [g.naam, g.cbsCode, ...r.categorieen.map((c) => g.perCategorie[c] ?? 0), g.totaal]),
      ['Regio Haaglanden', '', ...r.categorieen.map((c) => r.regioPerCategorie[c] ?? 0), r.regioTotaal],
    ],
  };
}

/**
 * The yearly report the Province asks for: granted urgencies per statutory
 * category and gemeente. Aggregates only. A case counts once, in the year its
 * (last) positive decision was made known, at the gemeente that decided it.
 */
@ApiTags('monitor')
@Controller('monitor')
export class JaarrapportageController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('jaarrapportage')
  @Rollen('regiocoordinator', 'beheerder', 'commissielid', 'gemeentemedewerker')
  @ApiOperation({ summary: 'Jaarrapportage verleende urgenties per wettelijke categorie en gemeente (JSON, CSV, XLSX of PDF)' })
  async rapportage(@Query() q: JaarrapportageQuery, @Res({ passthrough: true }) res: Response) {
    const jaar = q.jaar ?? Number(todayIso().slice(0, 4)) - 1;
    const rijen: Array<{ gemeente: string; categorie: Urgentiecategorie }> = await this.dataSource.query(
      `SELECT DISTINCT ON (z.id) z.behandelende_gemeente AS gemeente, z.categorie
         FROM besluit b JOIN zaak z ON z.id = b.zaak_id
        WHERE b.status = 'genomen' AND b.uitkomst = 'toekennen'
          AND b.bekendgemaakt_op >= make_date($1, 1, 1) AND b.bekendgemaakt_op < make_date($1 + 1, 1, 1)
        ORDER BY z.id, b.bekendgemaakt_op DESC`,
      [jaar],
    );
    const rapportage = stelJaarrapportageOp(jaar, rijen.map((r) => ({ gemeenteCbs: r.gemeente, categorie: r.categorie })));
    const formaat = q.formaat ?? 'json';
    if (formaat === 'json') {
      res.setHeader('Cache-Control', 'no-store');
      return rapportage;
    }
    const bestandsnaam = `jaarrapportage-urgenties-${jaar}`;
    if (formaat === 'pdf') {
      const pdf = await renderBriefPdf(stelJaarrapportageBriefOp(rapportage, todayIso()));
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${bestandsnaam}.pdf"`);
      res.send(pdf);
      return undefined;
    }
    await stuurExport(res, formaat, bestandsnaam, [alsTabel(rapportage)]);
    return undefined;
  }
}
