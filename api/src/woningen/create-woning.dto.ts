import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { WONINGLABELS, WONINGTYPEN, type Woninglabel, type Woningtype } from '@woonstart/domain';
import { IsRegioGemeente } from '../common/validators';
import { IsBedragTussen, IsBeschikbaarVanaf, IsGeheelGetalTussen, IsJaNee, IsPostcode, IsWijkCode, IsWoninglabels, IsWoningtype } from './woning.validators';

export const HUUR_MIN = 100;
export const HUUR_MAX = 3000;

/**
 * A vacancy a corporatie registers for mediation; the CSV import validates every
 * row with this same class. That the wijk lies in the gemeente and the gemeente
 * in the corporatie's werkgebied is checked against the database by the service.
 */
export class CreateWoningDto {
  @ApiProperty({ example: '0518' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiProperty({ example: 'WK051802', description: 'Code van een wijk in de gemeente (GET /api/wijken?gemeente=)' }) @IsWijkCode() wijkCode!: string;
  @ApiPropertyOptional({ example: 'Complex 1204', nullable: true, maxLength: 40 })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(40) complex?: string | null;
  @ApiProperty({ example: 'Hoefkade 12, Den Haag' }) @IsString() @IsNotEmpty() @MaxLength(200) adres!: string;
  @ApiProperty({ example: '2526 AB' }) @IsPostcode() postcode!: string;
  @ApiProperty({ enum: WONINGTYPEN }) @IsWoningtype() woningtype!: Woningtype;
  @ApiProperty({ minimum: 1, maximum: 8 }) @IsGeheelGetalTussen(1, 8) kamers!: number;
  @ApiProperty({ description: 'Kale huur per maand in euro', example: 612.5, minimum: HUUR_MIN, maximum: HUUR_MAX }) @IsBedragTussen(HUUR_MIN, HUUR_MAX) huurprijs!: number;
  @ApiProperty({ minimum: 0, maximum: 40, description: '0 = begane grond' }) @IsGeheelGetalTussen(0, 40) verdieping!: number;
  @ApiProperty() @IsJaNee() lift!: boolean;
  @ApiProperty({ description: 'Zonder trappen bereikbaar' }) @IsJaNee() nultreden!: boolean;
  @ApiProperty() @IsJaNee() rolstoeltoegankelijk!: boolean;
  @ApiProperty({ enum: WONINGLABELS, isArray: true }) @IsWoninglabels() labels!: Woninglabel[];
  @ApiProperty({ example: '2026-01-15', description: 'Vanaf wanneer te huur; hoogstens een jaar vooruit' }) @IsBeschikbaarVanaf() beschikbaarVanaf!: string;
}
