import { oidcKoppeling, type KoppelKandidaat, type OidcIdentiteit } from './oidc-koppeling.rule';

const id = (over: Partial<OidcIdentiteit> = {}): OidcIdentiteit => ({ sub: 'kc-123', email: 'intake@denhaag.demo', emailBevestigd: true, ...over });
const kandidaat = (over: Partial<KoppelKandidaat> = {}): KoppelKandidaat => ({ id: 'g-1', actief: true, oidcSub: null, ...over });

describe('oidcKoppeling', () => {
  it.each<[string, OidcIdentiteit, KoppelKandidaat | null, KoppelKandidaat | null, ReturnType<typeof oidcKoppeling>]>([
    ['a linked subject logs in as its user', id(), kandidaat({ oidcSub: 'kc-123' }), null, { soort: 'gevonden', gebruikerId: 'g-1' }],
    ['a linked subject wins over a changed e-mail', id({ email: 'nieuw@denhaag.demo' }), kandidaat({ id: 'g-1', oidcSub: 'kc-123' }), kandidaat({ id: 'g-2' }), { soort: 'gevonden', gebruikerId: 'g-1' }],
    ['a linked but blocked user is refused', id(), kandidaat({ oidcSub: 'kc-123', actief: false }), null, { soort: 'geweigerd', code: 'geblokkeerd' }],
    ['first login with a verified e-mail links the user', id(), null, kandidaat(), { soort: 'koppelen', gebruikerId: 'g-1' }],
    ['an unverified e-mail does not link', id({ emailBevestigd: false }), null, kandidaat(), { soort: 'geweigerd', code: 'email-niet-bevestigd' }],
    ['an e-mail already linked to another subject is refused', id(), null, kandidaat({ oidcSub: 'kc-999' }), { soort: 'geweigerd', code: 'al-gekoppeld' }],
    ['a blocked user found by e-mail is refused', id(), null, kandidaat({ actief: false }), { soort: 'geweigerd', code: 'geblokkeerd' }],
    ['an unknown e-mail is refused', id(), null, null, { soort: 'geweigerd', code: 'onbekend' }],
    ['no e-mail and no link is refused', id({ email: null }), null, kandidaat(), { soort: 'geweigerd', code: 'onbekend' }],
  ])('%s', (_naam, identiteit, bijSub, bijEmail, verwacht) => {
    expect(oidcKoppeling(identiteit, bijSub, bijEmail)).toEqual(verwacht);
  });
});
