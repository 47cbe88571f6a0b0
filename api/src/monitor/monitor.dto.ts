import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { CENTRUMREGIOS, MONITOR_ALLE_JAREN, MONITOR_CATEGORIEEN, ROUTES, type Centrumregio, type MonitorCategorie, type Route } from '@woonstart/domain';
import { IsMonitorJaar } from '../common/validators';

/** The monitor's filters; an empty one means "all". */
export class MonitorQuery {
  @ApiPropertyOptional({ oneOf: [{ type: 'integer', minimum: 2000, maximum: 2100 }, { type: 'string', enum: [MONITOR_ALLE_JAREN] }], example: 2026, description: "Standaard het lopende jaar; 'alle' voor alle jaren samen" })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value)) @IsMonitorJaar() jaar?: number | typeof MONITOR_ALLE_JAREN;
  @ApiPropertyOptional({ enum: MONITOR_CATEGORIEEN }) @IsOptional() @IsIn(MONITOR_CATEGORIEEN) categorie?: MonitorCategorie;
  @ApiPropertyOptional({ enum: ROUTES }) @IsOptional() @IsIn(ROUTES) route?: Route;
  @ApiPropertyOptional({ enum: CENTRUMREGIOS }) @IsOptional() @IsIn(CENTRUMREGIOS) centrumregio?: Centrumregio;
}

export class MonitorExportQuery extends MonitorQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx']) formaat!: 'csv' | 'xlsx';
}
