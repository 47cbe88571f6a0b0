import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLLEN } from '@woonstart/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LoginLimiet } from '../security/login-limiet.guard';
import { IDP_COOKIE } from './auth.constants';
import { Gebruiker, Public, Rollen } from './auth.decorators';
import { DevLoginDto } from './dev-login.dto';
import type { GebruikerContext } from './gebruiker-context.model';
import { GebruikerService } from './gebruiker.service';
import { OidcClientService } from './oidc/oidc-client.service';
import { SessieService } from './sessie.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    @Inject(GebruikerService) private readonly gebruikers: GebruikerService,
    @Inject(SessieService) private readonly sessie: SessieService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcClientService) private readonly oidc: OidcClientService,
  ) {}

  @Public()
  @Get('auth/methoden')
  @ApiOperation({ summary: 'Welke inlogmethoden aan staan: de ontwikkel-login (demogebruikers) en/of inloggen via de identity provider (OIDC)' })
  methoden(): { ontwikkelLogin: boolean; oidc: boolean } {
    return { ontwikkelLogin: this.config.devLogin, oidc: this.config.oidc !== null };
  }

  @Public()
  @Get('auth/dev-gebruikers')
  @ApiOperation({ summary: 'Demo-gebruikers voor de ontwikkel-login (alleen als DEV_LOGIN aan staat)' })
  async devGebruikers() {
    this.assertDevLogin();
    return (await this.gebruikers.listActive()).map(({ email, naam, rol, organisatieNaam }) => ({ email, naam, rol, organisatieNaam }));
  }

  @Public()
  @LoginLimiet('email')
  @Post('auth/dev-login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Inloggen als demo-gebruiker (alleen ingebouwde database of NODE_ENV=development/test); zet een httpOnly-cookie en geeft ook een bearer-token; 429 bij te veel pogingen' })
  async devLogin(@Body() body: DevLoginDto, @Res({ passthrough: true }) res: Response) {
    this.assertDevLogin();
    const gebruiker = await this.gebruikers.findByEmail(body.email);
    if (!gebruiker) throw new UnauthorizedException('Onbekende gebruiker. Kies een van de demo-gebruikers.');
    const token = await this.sessie.start(res, gebruiker.id);
    return { token, gebruiker };
  }

  @Public()
  @Post('auth/logout')
  @ApiOperation({ summary: 'Uitloggen: verwijdert de sessiecookie; na inloggen via OIDC ook het adres om bij de identity provider uit te loggen' })
  @ApiNoContentResponse({ description: 'Uitgelogd; er is niets bij de identity provider te doen' })
  @ApiOkResponse({ description: '{ "doorsturen": "<end-session-adres van de IdP>" }: stuur de browser daarheen om ook daar uit te loggen' })
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    const idToken = (req as Request & { cookies?: Record<string, string> }).cookies?.[IDP_COOKIE];
    this.sessie.stop(res);
    // Otherwise the IdP's own session would log the next person at this computer straight back in.
    const doorsturen = idToken ? await this.oidc.uitlogAdres(idToken) : null;
    if (doorsturen) res.status(200).json({ doorsturen });
    else res.status(204).end();
  }

  @Rollen(...ROLLEN)
  @Get('users/me')
  @ApiOperation({ summary: 'De ingelogde gebruiker met rol en organisatie' })
  me(@Gebruiker() gebruiker: GebruikerContext): GebruikerContext {
    return gebruiker;
  }

  private assertDevLogin(): void {
    if (!this.config.devLogin) throw new NotFoundException('De ontwikkel-login staat uit.');
  }
}
