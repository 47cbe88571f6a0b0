/**
 * Why an OIDC login did not lead to a session. The code travels to the login page in the
 * address (/inloggen?fout=code), so it names a reason and never a person.
 */
export const OIDC_FOUT_CODES = ['uit', 'mislukt', 'geweigerd', 'niet-bereikbaar', 'onbekend', 'geblokkeerd', 'email-niet-bevestigd', 'al-gekoppeld'] as const;
export type OidcFoutCode = (typeof OIDC_FOUT_CODES)[number];

export class OidcFout extends Error {
  constructor(
    readonly code: OidcFoutCode,
    /** For the server log only: never tokens, never personal data. */
    readonly reden: string,
  ) {
    super(`OIDC-login geweigerd (${code}): ${reden}`);
  }
}
