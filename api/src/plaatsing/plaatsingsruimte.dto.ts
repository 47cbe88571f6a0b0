import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsRegioGemeente } from '../common/validators';

export class JaarQuery {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) jaar?: number;
}

export class UitzonderingDto {
  @ApiProperty({ enum: ['wijk', 'complex'] }) @IsIn(['wijk', 'complex']) soort!: 'wijk' | 'complex';
  @ApiProperty({ example: 'WK051803' }) @IsString() @IsNotEmpty() @MaxLength(40) code!: string;
  @ApiProperty({ example: 'Schilderswijk' }) @IsString() @IsNotEmpty() @MaxLength(120) naam!: string;
  @ApiProperty({ example: 0.4, description: 'Aandeel (0–1) van de verwachte mutaties in deze wijk of dit complex' }) @IsNumber({ maxDecimalPlaces: 3 }) @Min(0) @Max(1) aandeel!: number;
  @ApiProperty({ example: 120 }) @IsInt() @Min(0) @Max(100000) verwachteMutaties!: number;
}

/** A new version of the cap of a gemeente for a year (regiocoördinator). */
export class BegrenzingDto {
  @ApiProperty({ example: 3907 }) @IsInt() @Min(0) @Max(100000) verwachteMutaties!: number;
  @ApiProperty({ example: 2600 }) @IsInt() @Min(0) @Max(100000) verwachteMutatiesOnderAftopping!: number;
  @ApiProperty({ example: 0.3 }) @IsNumber({ maxDecimalPlaces: 3 }) @Min(0.01) @Max(1) aandeel!: number;
  @ApiProperty({ enum: ['sociaal', 'onderEersteAftoppingsgrens'] }) @IsIn(['sociaal', 'onderEersteAftoppingsgrens']) basis!: 'sociaal' | 'onderEersteAftoppingsgrens';
  @ApiProperty({ type: [UitzonderingDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => UitzonderingDto) uitzonderingen!: UitzonderingDto[];
  @ApiProperty({ description: 'Waarom deze begrenzing (wordt vastgelegd in de audit)' }) @IsString() @MinLength(10, { message: 'Geef een motivering van ten minste 10 tekens.' }) @MaxLength(4000) motivering!: string;
}

/** Permission to place one household beyond a full cap. */
export class OntheffingDto {
  @ApiPropertyOptional({ description: 'De zaak; leeg voor een plaatsing zonder zaak (bijv. statushouder)' }) @IsOptional() @IsUUID('4', { message: "Het veld 'zaakId' moet een geldig zaak-id zijn." }) zaakId?: string;
  @ApiProperty({ example: '0518' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) jaar!: number;
  @ApiProperty() @IsString({ message: 'Een ontheffing vraagt een motivering.' }) @MinLength(10, { message: 'Een ontheffing vraagt een motivering van ten minste 10 tekens.' }) @MaxLength(4000) motivering!: string;
}
