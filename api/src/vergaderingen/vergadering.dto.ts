import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDatum } from '../common/validators';

export class CreateVergaderingDto {
  @ApiProperty({ example: '2026-12-08', description: 'Vergaderdatum; de agenda bevat de zaken die dan in besluitvorming zijn' }) @IsDatum() datum!: string;
}

export class StandpuntDto {
  @ApiProperty({ enum: ['voor', 'tegen', 'onthouding'] }) @IsIn(['voor', 'tegen', 'onthouding']) standpunt!: 'voor' | 'tegen' | 'onthouding';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) opmerking?: string;
}

export class UitkomstDto {
  @ApiProperty({ example: 'Voorstel tot toekenning (bemiddeling) aangenomen.' }) @IsString() @IsNotEmpty() @MaxLength(4000) uitkomst!: string;
}
