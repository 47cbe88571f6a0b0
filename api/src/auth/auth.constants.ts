export const SESSIE_COOKIE = 'woonstart_sessie';
/** The IdP's id_token of an OIDC login, sent back to the IdP as id_token_hint when logging out there. */
export const IDP_COOKIE = 'woonstart_idp';
/** The IdP cookie is only read when logging out. */
export const IDP_COOKIE_PAD = '/api/auth';
