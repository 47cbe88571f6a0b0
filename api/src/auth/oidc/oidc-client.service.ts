import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Configuration } from 'openid-client';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config';
import { OidcFout } from './oidc-fout';
import type { OidcIdentiteit } from './oidc-koppeling.rule';
import { laadOpenidClient } from './openid-client.loader';

/** What the browser must bring back to the callback: kept in a signed cookie, never in this process. */
export interface OidcTransactie {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
}

/**
 * The authorisation code flow with PKCE (S256), state and nonce, done by openid-client: it
 * checks the state, exchanges the code with the verifier, and validates the id_token (issuer,
 * audience, expiry, nonce and, with non-repudiation checks on, its signature against the IdP's
 * published keys). The IdP's metadata is fetched once per process and kept: it is the same for
 * every user, so replicas need not share it.
 */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger('OIDC');
  private configuratie: Promise<Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get aan(): boolean {
    return this.config.oidc !== null;
  }

  async begin(): Promise<{ url: string; transactie: OidcTransactie }> {
    const oidc = this.instellingen();
    const client = await laadOpenidClient();
    const configuratie = await this.metadata();
    const transactie = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() };
    const url = client.buildAuthorizationUrl(configuratie, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(transactie.verifier),
      code_challenge_method: 'S256',
      state: transactie.state,
      nonce: transactie.nonce,
    });
    return { url: url.href, transactie };
  }

  /** `zoekdeel`: the callback's query string as the IdP sent it (code, state, iss or error). */
  async voltooi(zoekdeel: string, transactie: OidcTransactie): Promise<OidcIdentiteit & { idToken: string }> {
    const oidc = this.instellingen();
    const client = await laadOpenidClient();
    const configuratie = await this.metadata();
    // The configured redirect URI, not the Host header: it is what the IdP compares, and a request cannot change it.
    const huidig = new URL(oidc.redirectUri);
    huidig.search = zoekdeel;
    let claims;
    let idToken: string | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(configuratie, huidig, {
        pkceCodeVerifier: transactie.verifier,
        expectedState: transactie.state,
        expectedNonce: transactie.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      idToken = tokens.id_token;
    } catch (e) {
      if (e instanceof client.AuthorizationResponseError) {
        throw new OidcFout(e.error === 'access_denied' ? 'geweigerd' : 'mislukt', `de IdP antwoordde ${e.error}`);
      }
      throw new OidcFout('mislukt', `code-uitwisseling of id_token afgekeurd: ${foutNaam(e)}`);
    }
    if (!claims || !idToken || typeof claims.sub !== 'string' || claims.sub === '') throw new OidcFout('mislukt', 'id_token zonder sub');
    const email = typeof claims['email'] === 'string' && claims['email'].trim() ? claims['email'].trim().toLowerCase() : null;
    return { sub: claims.sub, email, emailBevestigd: claims['email_verified'] === true, idToken };
  }

  /**
   * RP-initiated logout: the IdP's end-session address with the login's id_token as hint and
   * Woonstart's login page to return to, or null when the IdP has none or cannot be reached.
   * Logging out of Woonstart itself never depends on the IdP.
   */
  async uitlogAdres(idToken: string): Promise<string | null> {
    if (!this.config.oidc) return null;
    try {
      const client = await laadOpenidClient();
      const configuratie = await this.metadata();
      if (!configuratie.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(configuratie, { id_token_hint: idToken, post_logout_redirect_uri: this.config.oidc.postLogoutRedirectUri }).href;
    } catch (e) {
      this.logger.warn(`Uitloggen bij de IdP niet mogelijk: ${foutNaam(e)}`);
      return null;
    }
  }

  private instellingen(): OidcConfig {
    if (!this.config.oidc) throw new OidcFout('uit', 'OIDC is niet ingesteld');
    return this.config.oidc;
  }

  private metadata(): Promise<Configuration> {
    this.configuratie ??= this.ontdek().catch((e: unknown) => {
      // Not cached: the next login tries again once the IdP is back.
      this.configuratie = null;
      this.logger.warn(`De IdP is niet bereikbaar: ${foutNaam(e)}`);
      throw new OidcFout('niet-bereikbaar', 'discovery mislukt');
    });
    return this.configuratie;
  }

  private async ontdek(): Promise<Configuration> {
    const oidc = this.instellingen();
    const client = await laadOpenidClient();
    const issuer = new URL(oidc.issuer);
    const authenticatie = oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None();
    // Config allows http only for a provider on this machine (a local Keycloak, the tests).
    const execute = [client.enableNonRepudiationChecks, ...(issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [])];
    return client.discovery(issuer, oidc.clientId, undefined, authenticatie, { execute, timeout: 10 });
  }
}

/** The error's name and code, for the log: openid-client's messages may quote response content. */
function foutNaam(e: unknown): string {
  if (!(e instanceof Error)) return 'onbekende fout';
  const code = (e as Error & { code?: unknown }).code;
  return typeof code === 'string' ? `${e.name} ${code}` : e.name;
}
