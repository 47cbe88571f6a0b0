import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsRegioGemeente } from '../common/validators';

export class ListWoningenQuery {
  @ApiPropertyOptional() @IsOptional() @IsRegioGemeente() gemeente?: string;
  @ApiPropertyOptional({ enum: ['beschikbaar', 'aangeboden', 'verhuurd'] }) @IsOptional() @IsIn(['beschikbaar', 'aangeboden', 'verhuurd']) status?: string;
}
