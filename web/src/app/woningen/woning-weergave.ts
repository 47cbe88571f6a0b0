import { WONINGLABEL_LABEL, WONINGTYPE_LABEL, WONING_STATUS_LABEL, type Woninglabel } from '@woonstart/domain';
import type { WoningView } from '../core/api.models';

/** How a dwelling reads in lists and on its page; one place, so list and detail say the same. */
export function typeTekst(w: Pick<WoningView, 'woningtype' | 'kamers'>): string {
  return `${WONINGTYPE_LABEL[w.woningtype]}, ${w.kamers} ${w.kamers === 1 ? 'kamer' : 'kamers'}`;
}

export function verdiepingTekst(w: Pick<WoningView, 'verdieping' | 'lift'>): string {
  if (w.verdieping === 0) return 'Begane grond';
  return `${w.verdieping}e verdieping, ${w.lift ? 'met lift' : 'zonder lift'}`;
}

export function toegankelijkheidTekst(w: Pick<WoningView, 'nultreden' | 'rolstoeltoegankelijk'>): string {
  const delen = [w.nultreden ? 'nultreden' : null, w.rolstoeltoegankelijk ? 'rolstoeltoegankelijk' : null].filter((d): d is string => d !== null);
  return delen.length ? delen.join(', ').replace(/^./, (c) => c.toUpperCase()) : 'Niet aangepast';
}

export function labelTekst(l: Woninglabel): string {
  return WONINGLABEL_LABEL[l];
}

export function statusTekst(w: Pick<WoningView, 'status'>): string {
  return WONING_STATUS_LABEL[w.status];
}

/**
 * The columns of the import file, exactly as the api expects them (api/src/woningen/woning-csv.parser.ts):
 * the web cannot import from the api, so a change there must be made here too.
 */
export const CSV_KOLOMMEN = [
  'adres', 'postcode', 'gemeente', 'wijk', 'complex', 'huurprijs', 'woningtype', 'kamers', 'verdieping',
  'lift', 'nultreden', 'rolstoel', 'labels', 'beschikbaar_vanaf',
] as const;

/** What each column takes, for the help next to the import. */
export const CSV_UITLEG: ReadonlyArray<readonly [string, string]> = [
  ['adres', 'Straat, huisnummer en plaats, bijvoorbeeld "Hoefkade 12, Den Haag".'],
  ['postcode', 'Bijvoorbeeld 2526 AB.'],
  ['gemeente', 'CBS-code (0518) of naam (Den Haag), in het werkgebied van uw corporatie.'],
  ['wijk', 'Wijkcode (WK051802) of naam van de wijk in die gemeente (Schilderswijk).'],
  ['complex', 'Mag leeg blijven; hoogstens 40 tekens, bijvoorbeeld Complex 1204.'],
  ['huurprijs', 'Kale huur per maand: 612,50 of 612.50 (tussen 100 en 3.000).'],
  ['woningtype', 'kamer, studio, appartement of eengezinswoning.'],
  ['kamers', 'Geheel getal van 1 tot en met 8.'],
  ['verdieping', '0 is de begane grond; tot en met 40.'],
  ['lift, nultreden, rolstoel', 'ja of nee (ook true/false of 1/0).'],
  ['labels', 'Mag leeg blijven; gescheiden door | of komma: jongeren, 55+, prikkelarm, vrijliggend, geclusterd, flexwoning.'],
  ['beschikbaar_vanaf', 'dd-mm-jjjj of jjjj-mm-dd; hoogstens een jaar vooruit.'],
];

/** The template: only the header, ';' as Dutch Excel expects, with a BOM so Excel reads it as UTF-8. */
export function csvSjabloonHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${CSV_KOLOMMEN.join(';')}\r\n`)}`;
}
