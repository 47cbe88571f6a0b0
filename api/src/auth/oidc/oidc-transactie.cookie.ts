import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SessieService } from '../sessie.service';
import type { OidcTransactie } from './oidc-client.service';
import { OidcFout } from './oidc-fout';

export const OIDC_COOKIE = 'woonstart_oidc';
const PAD = '/api/auth/oidc';
const MINUTEN = 10;

export interface OidcCookieInhoud extends OidcTransactie {
  /** Where the web app goes after the login: a path on this site. */
  readonly terug: string;
}

/**
 * The PKCE verifier, state and nonce between the redirect to the IdP and its callback, in a
 * short-lived signed httpOnly cookie: several api replicas run behind the load balancer and the
 * callback may reach another one than the login did. The signing key is derived from the
 * session secret with its own purpose, so neither token passes for the other. SameSite=Lax,
 * not Strict: the callback is a navigation coming from the IdP's site.
 */
@Injectable()
export class OidcTransactieCookie {
  private readonly sleutel: string;

  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(SessieService) private readonly sessie: SessieService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sleutel = `${config.jwtSecret}:oidc-transactie`;
  }

  async zet(res: Response, inhoud: OidcCookieInhoud): Promise<void> {
    const { verifier, state, nonce, terug } = inhoud;
    const token = await this.jwt.signAsync({ verifier, state, nonce, terug }, { secret: this.sleutel, expiresIn: `${MINUTEN}m`, audience: 'woonstart-oidc' });
    res.cookie(OIDC_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.sessie.veilig(), path: PAD, maxAge: MINUTEN * 60_000 });
  }

  /** Reads and removes the cookie: a transaction is used once, whatever the outcome. */
  async neem(req: Request, res: Response): Promise<OidcCookieInhoud> {
    res.clearCookie(OIDC_COOKIE, { path: PAD });
    const token = (req as Request & { cookies?: Record<string, string> }).cookies?.[OIDC_COOKIE];
    if (!token) throw new OidcFout('mislukt', 'geen transactiecookie (verlopen, of in een andere browser begonnen)');
    let inhoud: Partial<OidcCookieInhoud>;
    try {
      inhoud = await this.jwt.verifyAsync<OidcCookieInhoud>(token, { secret: this.sleutel, audience: 'woonstart-oidc' });
    } catch {
      throw new OidcFout('mislukt', 'transactiecookie ongeldig of verlopen');
    }
    const { verifier, state, nonce, terug } = inhoud;
    if (typeof verifier !== 'string' || typeof state !== 'string' || typeof nonce !== 'string' || typeof terug !== 'string') {
      throw new OidcFout('mislukt', 'transactiecookie onvolledig');
    }
    return { verifier, state, nonce, terug };
  }
}

/** Only a path on this site (no //host, no scheme), so the login cannot be used as an open redirect. */
export function veiligTerugpad(terug: unknown): string {
  return typeof terug === 'string' && terug.length <= 500 && /^\/(?![/\\])[^\s\\]*$/.test(terug) ? terug : '/';
}
