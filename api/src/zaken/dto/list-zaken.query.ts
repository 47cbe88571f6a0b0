import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { URGENTIECATEGORIEEN, type Urgentiecategorie } from '@woonstart/domain';
import { ZAAK_STATUSSEN, type ZaakStatus } from '@woonstart/workflow';
import { IsRegioGemeente } from '../../common/validators';

export class ListZakenQuery {
  @ApiPropertyOptional({ enum: ZAAK_STATUSSEN }) @IsOptional() @IsIn(ZAAK_STATUSSEN) status?: ZaakStatus;
  @ApiPropertyOptional({ enum: URGENTIECATEGORIEEN }) @IsOptional() @IsIn(URGENTIECATEGORIEEN) categorie?: Urgentiecategorie;
  @ApiPropertyOptional({ description: 'Behandelende gemeente (CBS-code)' }) @IsOptional() @IsRegioGemeente() gemeente?: string;
  @ApiPropertyOptional({ description: 'Indienende organisatie (id)' }) @IsOptional() @IsUUID() organisatie?: string;
  @ApiPropertyOptional({ enum: ['beslistermijn', '-beslistermijn', 'aangemaakt', '-aangemaakt'] })
  @IsOptional() @IsIn(['beslistermijn', '-beslistermijn', 'aangemaakt', '-aangemaakt']) sort?: string;
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) pagina?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) perPagina?: number;
}
