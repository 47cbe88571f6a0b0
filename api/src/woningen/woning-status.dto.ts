import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { HANDMATIGE_STATUSSEN, type HandmatigeStatus } from './woning-status.rule';

/** A status the corporatie sets itself; offer and lease follow from the case. */
export class WoningStatusDto {
  @ApiProperty({ enum: HANDMATIGE_STATUSSEN }) @IsIn(HANDMATIGE_STATUSSEN) status!: HandmatigeStatus;
  @ApiPropertyOptional({ description: 'Verplicht bij intrekken; komt in het auditlog', maxLength: 500 })
  @ValidateIf((o: WoningStatusDto) => o.status === 'ingetrokken' || o.reden != null)
  @IsString() @IsNotEmpty() @MaxLength(500)
  reden?: string;
}
