import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { AccountWijzigingDto, NieuwAccountDto, type AccountWeergave } from './account.dto';
import { AccountBeheerService } from './account-beheer.service';

/** Account management for the regional beheerder: every organisation's accounts, no case data. */
@ApiTags('beheer')
@Controller('beheer/gebruikers')
export class AccountBeheerController {
  constructor(@Inject(AccountBeheerService) private readonly accounts: AccountBeheerService) {}

  @Get()
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Alle accounts van de organisaties in de regio (beheerder)' })
  lijst(): Promise<AccountWeergave[]> {
    return this.accounts.lijst();
  }

  @Post()
  @HttpCode(201)
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Account toevoegen; de rol moet bij het soort organisatie passen (beheerder)' })
  maak(@Gebruiker() g: GebruikerContext, @Body() dto: NieuwAccountDto): Promise<AccountWeergave> {
    return this.accounts.maak(g, dto);
  }

  @Patch(':id')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Naam of rol wijzigen, blokkeren of deblokkeren (beheerder); niet het eigen account blokkeren en niet de laatste beheerder' })
  wijzig(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string, @Body() dto: AccountWijzigingDto): Promise<AccountWeergave> {
    return this.accounts.wijzig(g, id, dto);
  }
}
