import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class PaginaQuery {
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) pagina?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) perPagina?: number;
}

export class ListMeldingenQuery extends PaginaQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Alleen ongelezen meldingen' })
  @IsOptional() @IsIn(['true', 'false']) alleenOngelezen?: 'true' | 'false';
}
