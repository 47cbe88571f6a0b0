import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested, registerDecorator, type ValidationArguments } from 'class-validator';
import { REGIO_GEMEENTEN } from '@woonstart/domain';
import { IsRegioGemeente } from '../common/validators';

export class ScenarioQuery {
  @ApiPropertyOptional({ example: 2025, description: 'Standaard het huidige jaar, of anders het laatste jaar met invoer' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) jaar?: number;
}

export class ScenarioExportQuery extends ScenarioQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' }) @IsOptional() @IsIn(['csv', 'xlsx']) formaat?: 'csv' | 'xlsx';
}

/** Lettings below the eerste aftoppingsgrens are part of the social lettings, so never more. */
function NietMeerDanSocialeVerhuringen() {
  return (object: object, propertyName: string) => registerDecorator({
    name: 'nietMeerDanSocialeVerhuringen', target: object.constructor, propertyName,
    validator: {
      validate: (waarde: unknown, args: ValidationArguments) => {
        const sociaal = (args.object as { socialeVerhuringen?: unknown }).socialeVerhuringen;
        return typeof waarde !== 'number' || typeof sociaal !== 'number' || waarde <= sociaal;
      },
      defaultMessage: () => 'De verhuringen onder de eerste aftoppingsgrens horen bij de sociale verhuringen en kunnen er niet meer zijn.',
    },
  });
}

/** Every gemeente of the region exactly once: the table has no meaning with one missing. */
function AlleRegioGemeentenEenKeer() {
  return (object: object, propertyName: string) => registerDecorator({
    name: 'alleRegioGemeentenEenKeer', target: object.constructor, propertyName,
    validator: {
      validate: (waarde: unknown) => Array.isArray(waarde) && ontbrekendOfDubbel(waarde).length === 0,
      defaultMessage: (args?: ValidationArguments) => {
        const problemen = Array.isArray(args?.value) ? ontbrekendOfDubbel(args.value) : [];
        return `Vul voor elk van de negen gemeenten precies één regel in${problemen.length ? ` (${problemen.join('; ')})` : ''}.`;
      },
    },
  });
}

function ontbrekendOfDubbel(regels: unknown[]): string[] {
  const codes = regels.map((r) => (r && typeof r === 'object' ? (r as { gemeenteCbs?: unknown }).gemeenteCbs : undefined));
  const ontbreekt = REGIO_GEMEENTEN.filter((g) => !codes.includes(g.cbsCode)).map((g) => g.naam);
  const dubbel = REGIO_GEMEENTEN.filter((g) => codes.filter((c) => c === g.cbsCode).length > 1).map((g) => g.naam);
  return [...(ontbreekt.length ? [`ontbreekt: ${ontbreekt.join(', ')}`] : []), ...(dubbel.length ? [`dubbel: ${dubbel.join(', ')}`] : [])];
}

export class ScenarioGemeenteInvoerDto {
  @ApiProperty({ example: '0503' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiProperty({ example: 104900, description: 'Inwoners (CBS, peildatum naar keuze van de regio)' }) @IsInt() @Min(0) @Max(5_000_000) inwoners!: number;
  @ApiProperty({ example: 1051, description: 'Verwachte sociale verhuringen in het jaar' }) @IsInt() @Min(0) @Max(100_000) socialeVerhuringen!: number;
  @ApiProperty({ example: 662, description: 'Waarvan onder de eerste aftoppingsgrens' })
  @IsInt() @Min(0) @Max(100_000) @NietMeerDanSocialeVerhuringen() verhuringenOnderAftoppingsgrens!: number;
  @ApiProperty({ example: 205, description: 'Realisatie bijzondere doelgroepen (kolom B) zolang Woonstart voor het jaar geen plaatsingen heeft' })
  @IsInt() @Min(0) @Max(100_000) realisatieBijzondereDoelgroepen!: number;
}

/** The inputs of one year, as a new version (regiocoördinator). */
export class ScenarioInvoerDto {
  @ApiProperty({ example: 3412, description: 'Verwachte jaarlijkse regionale opgave bijzondere doelgroepen' }) @IsInt() @Min(0) @Max(100_000) opgave!: number;
  @ApiProperty({ type: [ScenarioGemeenteInvoerDto], description: 'Precies één regel voor elk van de negen gemeenten' })
  @IsArray() @ArrayMaxSize(9) @AlleRegioGemeentenEenKeer() @ValidateNested({ each: true }) @Type(() => ScenarioGemeenteInvoerDto) gemeenten!: ScenarioGemeenteInvoerDto[];
  @ApiPropertyOptional({ description: 'Bron of reden van deze versie' }) @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
  @ApiPropertyOptional({ description: 'De versie waarop deze wijziging voortbouwt; is er intussen een nieuwere, dan volgt 409' })
  @IsOptional() @IsInt() @Min(1) vorigeVersie?: number;
}
