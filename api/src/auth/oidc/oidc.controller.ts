import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LoginLimiet } from '../../security/login-limiet.guard';
import { Public } from '../auth.decorators';
import { SessieService } from '../sessie.service';
import { OidcClientService } from './oidc-client.service';
import { OidcFoutFilter } from './oidc-fout.filter';
import { OidcGebruikerService } from './oidc-gebruiker.service';
import { OidcTransactieCookie, veiligTerugpad } from './oidc-transactie.cookie';

/** Login with the organisation's account at its identity provider (Keycloak or another OIDC provider). */
@ApiTags('auth')
@Controller('auth/oidc')
@UseFilters(OidcFoutFilter)
export class OidcController {
  constructor(
    @Inject(OidcClientService) private readonly oidc: OidcClientService,
    @Inject(OidcTransactieCookie) private readonly transacties: OidcTransactieCookie,
    @Inject(OidcGebruikerService) private readonly gebruikers: OidcGebruikerService,
    @Inject(SessieService) private readonly sessie: SessieService,
  ) {}

  @Public()
  @LoginLimiet()
  @Get('login')
  @ApiOperation({ summary: 'Start het inloggen bij de identity provider (authorisation code flow met PKCE); stuurt de browser door' })
  async login(@Query('terug') terug: string | undefined, @Res() res: Response): Promise<void> {
    const { url, transactie } = await this.oidc.begin();
    await this.transacties.zet(res, { ...transactie, terug: veiligTerugpad(terug) });
    res.redirect(302, url);
  }

  @Public()
  @LoginLimiet()
  @Get('callback')
  @ApiOperation({ summary: 'Terugkeer van de identity provider: controleert state, nonce, PKCE en id_token, zet de sessiecookie en stuurt door naar de webapp' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const transactie = await this.transacties.neem(req, res);
    const identiteit = await this.oidc.voltooi(new URL(req.originalUrl, 'http://intern').search, transactie);
    const gebruikerId = await this.gebruikers.gebruikerVoor(identiteit);
    await this.sessie.start(res, gebruikerId, identiteit.idToken);
    res.redirect(303, transactie.terug);
  }
}
