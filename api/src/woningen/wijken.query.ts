import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsRegioGemeente } from '../common/validators';

export class WijkenQuery {
  @ApiPropertyOptional({ example: '0518', description: 'Alleen de wijken van deze gemeente' }) @IsOptional() @IsRegioGemeente() gemeente?: string;
}
