import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { WONINGTYPEN, WONING_STATUSSEN, type WoningStatus, type Woningtype } from '@woonstart/domain';
import { IsRegioGemeente } from '../common/validators';
import { IsWijkCode } from './woning.validators';

export class ListWoningenQuery {
  @ApiPropertyOptional({ example: '0518' }) @IsOptional() @IsRegioGemeente() gemeente?: string;
  @ApiPropertyOptional({ example: 'WK051802' }) @IsOptional() @IsWijkCode() wijk?: string;
  @ApiPropertyOptional({ enum: WONING_STATUSSEN }) @IsOptional() @IsIn(WONING_STATUSSEN) status?: WoningStatus;
  @ApiPropertyOptional({ enum: WONINGTYPEN }) @IsOptional() @IsIn(WONINGTYPEN) woningtype?: Woningtype;
}
