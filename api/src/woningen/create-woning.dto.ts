import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsRegioGemeente } from '../common/validators';

export const WONINGTYPES = ['Studio', 'Appartement', 'Portiekwoning', 'Eengezinswoning', 'Seniorenwoning', 'Clusterwoning'] as const;

export class CreateWoningDto {
  @ApiProperty({ example: '0518' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiProperty({ example: 'Hoefkade 12, Den Haag' }) @IsString() @IsNotEmpty() @MaxLength(200) adres!: string;
  @ApiProperty({ example: '2526 AB' }) @Matches(/^[1-9]\d{3} ?[A-Z]{2}$/, { message: "Het veld 'postcode' moet een Nederlandse postcode zijn (bijvoorbeeld 2526 AB)." }) postcode!: string;
  @ApiProperty({ enum: WONINGTYPES }) @IsIn(WONINGTYPES) woningtype!: string;
  @ApiProperty({ minimum: 1, maximum: 8 }) @IsInt() @Min(1) @Max(8) kamers!: number;
  @ApiProperty({ description: 'Kale huur per maand in euro', example: 612.5 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(100) @Max(3000) huurprijs!: number;
  @ApiProperty() @IsBoolean() nultreden!: boolean;
}
