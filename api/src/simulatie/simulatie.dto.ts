import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested, registerDecorator, type ValidationArguments,
} from 'class-validator';
import { HUURGRENZEN, URGENTIECATEGORIEEN, isUrgentiecategorie } from '@woonstart/domain';
import { IsRegioGemeente } from '../common/validators';

/** Years the simulation can run: those with known rent limits. */
export const SIMULATIE_JAREN = Object.keys(HUURGRENZEN).map(Number).sort();
const MAX_PER_CATEGORIE = 10_000;
const MAX_VACATURES = 20_000;

/** An object of category → whole number 0..10,000; unknown categories are refused. */
function IsInstroom() {
  return (object: object, propertyName: string) => registerDecorator({
    name: 'isInstroom', target: object.constructor, propertyName,
    validator: {
      validate: (waarde: unknown) =>
        typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde) &&
        Object.entries(waarde).every(([k, v]) => isUrgentiecategorie(k) && Number.isInteger(v) && v >= 0 && v <= MAX_PER_CATEGORIE),
      defaultMessage: (args?: ValidationArguments) =>
        `De instroom per categorie moet per urgentiecategorie (${URGENTIECATEGORIEEN.join(', ')}) een geheel getal van 0 tot en met ${MAX_PER_CATEGORIE} zijn${args ? '' : ''}.`,
    },
  });
}

export class SimulatieVacaturesDto {
  @ApiPropertyOptional({ example: '0503' }) @IsRegioGemeente() gemeenteCbs!: string;
  @ApiPropertyOptional({ example: 1051 }) @IsInt() @Min(0) @Max(MAX_VACATURES) sociaal!: number;
  @ApiPropertyOptional({ example: 662 }) @IsInt() @Min(0) @Max(MAX_VACATURES) onderAftopping!: number;
}

/** Every field is optional: what is left out comes from the default year (GET …/standaard). */
export class SimulatieDto {
  @ApiPropertyOptional({ example: 2025, enum: SIMULATIE_JAREN }) @IsOptional() @IsInt() @IsIn(SIMULATIE_JAREN) jaar?: number;
  @ApiPropertyOptional({ example: 20250101 }) @IsOptional() @IsInt() @Min(0) @Max(4_294_967_295) seed?: number;
  @ApiPropertyOptional({ example: 1, description: 'Vermenigvuldigt de instroom per categorie (de standaard, of die uit instroom)' })
  @IsOptional() @IsNumber() @Min(0) @Max(3) instroomFactor?: number;
  @ApiPropertyOptional({ example: { MO: 504, MED: 1080 }, description: 'Instroom per urgentiecategorie; ontbrekende categorieën houden de standaard' })
  @IsOptional() @IsInstroom() instroom?: Record<string, number>;
  @ApiPropertyOptional({ type: [SimulatieVacaturesDto], description: 'Vacatures per gemeente; ontbrekende gemeenten houden de standaard' })
  @IsOptional() @IsArray() @ArrayMaxSize(9) @ValidateNested({ each: true }) @Type(() => SimulatieVacaturesDto) vacatures?: SimulatieVacaturesDto[];
  @ApiPropertyOptional({ example: 0.3 }) @IsOptional() @IsNumber() @Min(0) @Max(1) plafondAandeel?: number;
  @ApiPropertyOptional({ enum: ['sociaal', 'onderEersteAftoppingsgrens'] }) @IsOptional() @IsIn(['sociaal', 'onderEersteAftoppingsgrens']) basis?: 'sociaal' | 'onderEersteAftoppingsgrens';
  @ApiPropertyOptional({ example: 0.7 }) @IsOptional() @IsNumber() @Min(0) @Max(1) bemiddelingAandeel?: number;
  @ApiPropertyOptional({ example: 0.1 }) @IsOptional() @IsNumber() @Min(0) @Max(1) verschuivingAandeel?: number;
}

export class SimulatieStandaardQuery {
  @ApiPropertyOptional({ example: 2025, enum: SIMULATIE_JAREN }) @IsOptional() @Type(() => Number) @IsInt() @IsIn(SIMULATIE_JAREN) jaar?: number;
}
