import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ROLLEN, type OrganisatieType, type Rol } from '@woonstart/domain';

/** E-mail addresses are compared without case (login and OIDC linking do the same). */
const alsEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const getrimd = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class NieuwAccountDto {
  @ApiProperty({ example: 'j.jansen@delft.nl' }) @Transform(alsEmail) @IsEmail() @MaxLength(200) email!: string;
  @ApiProperty({ example: 'Jan Jansen' }) @Transform(getrimd) @IsString() @IsNotEmpty() @MaxLength(200) naam!: string;
  @ApiProperty({ enum: ROLLEN }) @IsIn(ROLLEN) rol!: Rol;
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisatieId!: string;
}

/** Any of name, role and status; e-mail and organisation do not change (make a new account instead). */
export class AccountWijzigingDto {
  @ApiPropertyOptional() @IsOptional() @Transform(getrimd) @IsString() @IsNotEmpty() @MaxLength(200) naam?: string;
  @ApiPropertyOptional({ enum: ROLLEN }) @IsOptional() @IsIn(ROLLEN) rol?: Rol;
  @ApiPropertyOptional({ description: 'false blokkeert het account: het volgende verzoek wordt al geweigerd' }) @IsOptional() @IsBoolean() actief?: boolean;
  /**
   * true: forget the link to the organisation account (OIDC `sub`), e.g. after the identity
   * provider recreated the person; the next login links again by the verified e-mail address.
   */
  @ApiPropertyOptional({ description: 'true verbreekt de koppeling met het organisatie-account (OIDC); de volgende login koppelt opnieuw op het geverifieerde e-mailadres' })
  @IsOptional() @IsIn([true], { message: 'oidcOntkoppelen kan alleen true zijn.' }) oidcOntkoppelen?: true;
}

export interface AccountWeergave {
  readonly id: string;
  readonly naam: string;
  readonly email: string;
  readonly rol: Rol;
  readonly organisatieId: string;
  readonly organisatieNaam: string;
  readonly organisatieType: OrganisatieType;
  readonly actief: boolean;
  /** Whether an organisation account (OIDC) has logged in to it already. */
  readonly oidcGekoppeld: boolean;
}
