import { LoginLimietService } from '../security/login-limiet.service';
import { OidcClientService } from './oidc/oidc-client.service';
import { OidcGebruikerService } from './oidc/oidc-gebruiker.service';
import { OidcTransactieCookie } from './oidc/oidc-transactie.cookie';
import { OidcController } from './oidc/oidc.controller';
import { SessieService } from './sessie.service';

/** Login next to AuthController: sessions, OIDC and the login rate limit. */
export const LOGIN_CONTROLLERS = [OidcController];
export const LOGIN_PROVIDERS = [SessieService, LoginLimietService, OidcClientService, OidcTransactieCookie, OidcGebruikerService];
