import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CENTRUMREGIOS, MONITOR_CATEGORIEEN, ROUTES, type Centrumregio, type MonitorCategorie, type Route } from '@woonstart/domain';

/** The monitor's filters; an empty one means "all". */
export class MonitorQuery {
  @ApiPropertyOptional({ example: 2026, description: 'Standaard het lopende jaar' }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) jaar?: number;
  @ApiPropertyOptional({ enum: MONITOR_CATEGORIEEN }) @IsOptional() @IsIn(MONITOR_CATEGORIEEN) categorie?: MonitorCategorie;
  @ApiPropertyOptional({ enum: ROUTES }) @IsOptional() @IsIn(ROUTES) route?: Route;
  @ApiPropertyOptional({ enum: CENTRUMREGIOS }) @IsOptional() @IsIn(CENTRUMREGIOS) centrumregio?: Centrumregio;
}

export class MonitorExportQuery extends MonitorQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx']) formaat!: 'csv' | 'xlsx';
}
