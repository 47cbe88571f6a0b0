import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post, Res, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ROLLEN } from '@woonstart/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SESSIE_COOKIE } from './auth.constants';
import { Gebruiker, Public, Rollen } from './auth.decorators';
import { DevLoginDto } from './dev-login.dto';
import type { GebruikerContext } from './gebruiker-context.model';
import { GebruikerService } from './gebruiker.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    @Inject(GebruikerService) private readonly gebruikers: GebruikerService,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('auth/dev-gebruikers')
  @ApiOperation({ summary: 'Demo-gebruikers voor de ontwikkel-login (alleen als DEV_LOGIN aan staat)' })
  async devGebruikers() {
    this.assertDevLogin();
    return (await this.gebruikers.listActive()).map(({ email, naam, rol, organisatieNaam }) => ({ email, naam, rol, organisatieNaam }));
  }

  @Public()
  @Post('auth/dev-login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Inloggen als demo-gebruiker (ontwikkelmodus); zet een httpOnly-cookie en geeft ook een bearer-token' })
  async devLogin(@Body() body: DevLoginDto, @Res({ passthrough: true }) res: Response) {
    this.assertDevLogin();
    const gebruiker = await this.gebruikers.findByEmail(body.email);
    if (!gebruiker) throw new UnauthorizedException('Onbekende gebruiker. Kies een van de demo-gebruikers.');
    const token = await this.jwt.signAsync({ sub: gebruiker.id });
    res.cookie(SESSIE_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: false, path: '/', maxAge: this.config.sessionHours * 3600_000 });
    return { token, gebruiker };
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Uitloggen: verwijdert de sessiecookie' })
  logout(@Res({ passthrough: true }) res: Response): void {
    res.clearCookie(SESSIE_COOKIE, { path: '/' });
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
