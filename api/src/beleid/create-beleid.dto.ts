import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { IsDatum, IsRegioGemeente } from '../common/validators';

/** A new policy version for a gemeente, in force from a date; earlier cases keep the version they were received under. */
export class CreateBeleidDto {
  @ApiProperty({ example: '0518' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiProperty({ example: '2027-01-01' }) @IsDatum() geldigVanaf!: string;
  @ApiProperty({ minimum: 1, maximum: 26 }) @IsInt() @Min(1) @Max(26) beslistermijnWeken!: number;
  @ApiProperty({ minimum: 1, maximum: 56 }) @IsInt() @Min(1) @Max(56) hersteltermijnDagen!: number;
  @ApiProperty({ minimum: 1, maximum: 56 }) @IsInt() @Min(1) @Max(56) zienswijzetermijnDagen!: number;
  @ApiProperty({ minimum: 1, maximum: 12 }) @IsInt() @Min(1) @Max(12) geldigheidMaanden!: number;
  @ApiProperty() @IsBoolean() vierOgen!: boolean;
  @ApiProperty() @IsBoolean() adviescommissieBezwaar!: boolean;
}
