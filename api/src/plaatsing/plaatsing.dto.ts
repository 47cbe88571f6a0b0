import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { URGENTIECATEGORIEEN, WONINGTYPEN } from '@woonstart/domain';
import { IsDatum, IsRegioGemeente } from '../common/validators';

/** Groups that can be placed without a full case (statushouders, other bijzondere doelgroepen) count against the cap too. */
export const DOELGROEPEN_ZONDER_ZAAK = [...URGENTIECATEGORIEEN, 'OVERIG'] as const;

class WoningFeiten {
  @ApiProperty({ example: '0518' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiPropertyOptional({ example: 'WK051803' }) @IsOptional() @IsString() @MaxLength(20) wijkCode?: string;
  @ApiProperty({ example: 'Hoefkade 12, 2526 AB Den Haag' }) @IsString() @IsNotEmpty() @MaxLength(300) adres!: string;
  @ApiProperty({ example: 612.5 }) @IsNumber({ maxDecimalPlaces: 2 }, { message: "Het veld 'huurprijs' moet een bedrag in euro zijn." }) @Min(100) @Max(3000) huurprijs!: number;
  @ApiProperty({ example: '2026-12-01' }) @IsDatum() ingangsdatum!: string;
}

/** A placement without a case, registered by a corporatie for a dwelling in its werkgebied. */
export class PlaatsingZonderZaakDto extends WoningFeiten {
  @ApiProperty({ enum: DOELGROEPEN_ZONDER_ZAAK }) @IsIn(DOELGROEPEN_ZONDER_ZAAK) doelgroep!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) complex?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() binding?: boolean;
  @ApiPropertyOptional({ description: 'Ontheffing van de regiocoördinator wanneer het plafond bereikt is' }) @IsOptional() @IsUUID('4') ontheffingId?: string;
}

/** The placement of a zelf-zoeker, found by the number of the urgentieverklaring. */
export class PlaatsingUrgentieverklaringDto extends WoningFeiten {
  @ApiProperty({ example: 'UV-2026-000012' }) @Matches(/^UV-\d{4}-\d{6}$/, { message: "Het veld 'nummer' moet een nummer van een urgentieverklaring zijn (bijvoorbeeld UV-2026-000012)." }) nummer!: string;
  @ApiPropertyOptional({ enum: WONINGTYPEN }) @IsOptional() @IsIn(WONINGTYPEN) woningtype?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(8) kamers?: number;
  @ApiProperty({ description: 'Begeleiding geaccepteerd: voorwaarde voor deze doelgroepen' }) @Equals(true, { message: 'Plaatsen kan alleen als de aanvrager akkoord is met begeleiding.' }) begeleidingAkkoord!: boolean;
  @ApiProperty() @IsString() @IsNotEmpty({ message: 'Beschrijf de begeleidingsafspraak.' }) @MaxLength(2000) begeleidingsafspraak!: string;
}

export class PlaatsingenQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) jaar?: number;
  @ApiPropertyOptional() @IsOptional() @IsRegioGemeente() gemeente?: string;
}
