import type { OidcFoutCode } from './oidc-fout';

/** What the identity provider vouched for in a validated id_token. */
export interface OidcIdentiteit {
  readonly sub: string;
  readonly email: string | null;
  readonly emailBevestigd: boolean;
}

/** A Woonstart user as far as linking needs to know. */
export interface KoppelKandidaat {
  readonly id: string;
  readonly actief: boolean;
  readonly oidcSub: string | null;
}

export type Koppeling =
  | { readonly soort: 'gevonden'; readonly gebruikerId: string }
  | { readonly soort: 'koppelen'; readonly gebruikerId: string }
  | { readonly soort: 'geweigerd'; readonly code: OidcFoutCode };

/**
 * Which Woonstart user an IdP identity logs in as. The IdP's `sub` is stable and wins once it is
 * linked. The first time, the user is found by e-mail, but only by an address the IdP says it
 * verified (otherwise anyone who can put an address on an IdP account could take over that
 * user), and only when that user is not linked to another identity yet. Blocked users
 * (actief = false) never get a session, whichever way they are found.
 */
export function oidcKoppeling(identiteit: OidcIdentiteit, bijSub: KoppelKandidaat | null, bijEmail: KoppelKandidaat | null): Koppeling {
  if (bijSub) return bijSub.actief ? { soort: 'gevonden', gebruikerId: bijSub.id } : { soort: 'geweigerd', code: 'geblokkeerd' };
  if (!identiteit.email || !bijEmail) return { soort: 'geweigerd', code: 'onbekend' };
  if (bijEmail.oidcSub !== null) return { soort: 'geweigerd', code: 'al-gekoppeld' };
  if (!identiteit.emailBevestigd) return { soort: 'geweigerd', code: 'email-niet-bevestigd' };
  if (!bijEmail.actief) return { soort: 'geweigerd', code: 'geblokkeerd' };
  return { soort: 'koppelen', gebruikerId: bijEmail.id };
}
