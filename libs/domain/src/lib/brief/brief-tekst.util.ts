import { isIsoDate } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';

const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** '2026-03-02' → '2 maart 2026': letters state legal dates in words, never as ISO. */
export function datumInWoorden(iso: string): string {
  if (!isIsoDate(iso)) throw new WoonstartFout('ongeldig', `De datum '${iso}' is geen geldige datum (jjjj-mm-dd).`, { datum: iso });
  const [jaar, maand, dag] = iso.split('-').map(Number);
  return `${dag} ${MAANDEN[maand - 1]} ${jaar}`;
}

/** 879.66 → '€ 879,66'; 1234 → '€ 1.234,00'. Written out by hand so the text does not depend on the ICU data of the runtime. */
export function bedragInEuro(bedrag: number): string {
  const [heel, centen] = Math.abs(bedrag).toFixed(2).split('.');
  const metPunten = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${bedrag < 0 ? '- ' : ''}€ ${metPunten},${centen}`;
}

/** ['a', 'b', 'c'] → 'a, b en c'. */
export function opsomming(delen: readonly string[], voegwoord = 'en'): string {
  if (delen.length <= 1) return delen[0] ?? '';
  return `${delen.slice(0, -1).join(', ')} ${voegwoord} ${delen[delen.length - 1]}`;
}

/** Trimmed non-empty lines: optional free text from a form never leaves blank lines in a letter. */
export function regels(...teksten: readonly (string | null | undefined)[]): string[] {
  return teksten.map((t) => t?.trim() ?? '').filter((t) => t.length > 0);
}

export function eisDatum(iso: string, veld: string): void {
  if (!isIsoDate(iso)) throw new WoonstartFout('ongeldig', `Het veld ${veld} moet een geldige datum zijn (jjjj-mm-dd).`, { veld, waarde: iso });
}

export function eisTekst(tekst: string | null | undefined, veld: string, melding: string): string {
  const schoon = tekst?.trim() ?? '';
  if (!schoon) throw new WoonstartFout('ongeldig', melding, { veld });
  return schoon;
}
