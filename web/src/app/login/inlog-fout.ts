/**
 * What the login page says when the api sends the browser back from an OIDC login with
 * /inloggen?fout=<code> (codes: api/src/auth/oidc/oidc-fout.ts; 'sessie' from core/sessie.interceptor.ts). Only a reason travels in the
 * address, never who tried.
 */
const MELDINGEN: Readonly<Record<string, string>> = {
  uit: 'Inloggen met een organisatie-account staat in deze omgeving niet aan.',
  mislukt: 'Het inloggen via uw organisatie is niet gelukt of duurde te lang. Probeer het opnieuw.',
  geweigerd: 'Het inloggen bij uw organisatie is afgebroken. Probeer het opnieuw als u wilt inloggen.',
  'niet-bereikbaar': 'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  onbekend: 'Uw organisatie-account is niet bekend in Woonstart. Vraag de beheerder van Woonstart om u toe te voegen met uw e-mailadres.',
  geblokkeerd: 'Uw Woonstart-account is geblokkeerd. Neem contact op met de beheerder van Woonstart.',
  'email-niet-bevestigd': 'Uw e-mailadres is bij uw organisatie niet als bevestigd geregistreerd, daardoor kan Woonstart u niet herkennen. Neem contact op met de beheerder.',
  sessie: 'Uw sessie is beëindigd: ze is verlopen, of uw account is geblokkeerd. Log opnieuw in om verder te gaan.',
  'al-gekoppeld': 'Uw e-mailadres hoort in Woonstart al bij een ander organisatie-account. Neem contact op met de beheerder van Woonstart.',
};

export function inlogFoutMelding(code: string | null): string | null {
  if (!code) return null;
  return MELDINGEN[code] ?? 'Inloggen is niet gelukt. Probeer het opnieuw.';
}
