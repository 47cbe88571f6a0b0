import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { ADRESTYPES, RELATIES, URGENTIECATEGORIEEN, type Adrestype, type Relatie, type Urgentiecategorie } from '@woonstart/domain';
import type { Aanvraaggegevens } from '@woonstart/domain';
import { IsCbsCode, IsRegioGemeente, IsVerledenDatum } from '../../common/validators';

export class AanvragerDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) voornamen!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) achternaam!: string;
  @ApiProperty({ example: '1990-05-17' }) @IsVerledenDatum() geboortedatum!: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(30) telefoon?: string | null;
}

export class HuishoudlidDto {
  @ApiProperty({ enum: RELATIES }) @IsIn(RELATIES) relatie!: Relatie;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) naam!: string;
  @ApiProperty() @IsVerledenDatum() geboortedatum!: string;
}

export class InschrijvingDto {
  @ApiPropertyOptional({ description: 'CBS-code; leeg bij buitenland' })
  @ValidateIf((o: InschrijvingDto) => o.adrestype !== 'buitenland' || o.gemeenteCbs != null)
  @IsCbsCode()
  gemeenteCbs!: string | null;
  @ApiProperty({ description: 'Gemeente (of land bij buitenland)' }) @IsString() @IsNotEmpty() @MaxLength(100) gemeenteNaam!: string;
  @ApiProperty({ enum: ADRESTYPES }) @IsIn(ADRESTYPES) adrestype!: Adrestype;
  @ApiProperty() @IsVerledenDatum() van!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsVerledenDatum() tot!: string | null;
}

export class OpnameDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) instelling!: string;
  @ApiProperty() @IsVerledenDatum() van!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsVerledenDatum() tot!: string | null;
}

/** A new uitstroomverzoek from a zorginstelling. Dates are checked for order by the service. */
export class CreateZaakDto implements Aanvraaggegevens {
  @ApiProperty({ enum: URGENTIECATEGORIEEN }) @IsIn(URGENTIECATEGORIEEN) categorie!: Urgentiecategorie;
  @ApiProperty({ example: '0518', description: 'Gemeente die de aanvraag behandelt (CBS-code, regio Haaglanden)' }) @IsRegioGemeente() behandelendeGemeente!: string;
  @ApiProperty({ type: AanvragerDto }) @IsDefined() @ValidateNested() @Type(() => AanvragerDto) aanvrager!: AanvragerDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(30) woonnetInschrijfnummer?: string | null;
  @ApiProperty({ type: [HuishoudlidDto] }) @IsArray() @ArrayMaxSize(15) @ValidateNested({ each: true }) @Type(() => HuishoudlidDto) huishouden!: HuishoudlidDto[];
  @ApiProperty({ type: [InschrijvingDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => InschrijvingDto) inschrijvingen!: InschrijvingDto[];
  @ApiProperty({ type: [OpnameDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => OpnameDto) opnames!: OpnameDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) ondersteuningsplan?: string | null;
  @ApiProperty() @IsBoolean() begeleidingAkkoord!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) woonwensen?: string | null;
  @ApiPropertyOptional({ minimum: 1, maximum: 8 }) @IsOptional() @IsInt() @Min(1) @Max(8) aantalKamersMin?: number;
}
