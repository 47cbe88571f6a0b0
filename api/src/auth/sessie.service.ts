import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { IDP_COOKIE, IDP_COOKIE_PAD, SESSIE_COOKIE } from './auth.constants';

/**
 * The one way a login becomes a session, whichever method logged the user in: a signed token
 * (stateless, so any api replica accepts it) in an httpOnly cookie the page's scripts cannot read.
 */
@Injectable()
export class SessieService {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sets the session cookie and returns the token (the dev login also hands it out as a bearer token).
   * After an OIDC login the IdP's id_token goes along in its own httpOnly cookie, read only by the
   * logout route, so logging out of Woonstart can end the session at the IdP as well.
   */
  async start(res: Response, gebruikerId: string, idToken?: string): Promise<string> {
    const token = await this.jwt.signAsync({ sub: gebruikerId });
    const opties = { httpOnly: true, sameSite: 'strict' as const, secure: this.veilig(), maxAge: this.config.sessionHours * 3600_000 };
    res.cookie(SESSIE_COOKIE, token, { ...opties, path: '/' });
    if (idToken) res.cookie(IDP_COOKIE, idToken, { ...opties, path: IDP_COOKIE_PAD });
    else res.clearCookie(IDP_COOKIE, { path: IDP_COOKIE_PAD });
    return token;
  }

  stop(res: Response): void {
    res.clearCookie(SESSIE_COOKIE, { path: '/' });
    res.clearCookie(IDP_COOKIE, { path: IDP_COOKIE_PAD });
  }

  /** Secure cookies once the app is reached over https, which an https OIDC redirect URI says; the demo runs on http://localhost. */
  veilig(): boolean {
    return this.config.oidc?.redirectUri.startsWith('https:') ?? false;
  }
}
