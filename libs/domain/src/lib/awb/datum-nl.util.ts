import { toDate } from '../datum.util';
import { eisIsoDatum } from './kalender.util';

/**
 * Dutch date wording for reasons, ledgers and decision letters. Written out by
 * hand (no Intl) so the text is identical on every server and in every test.
 */
export const DAGNAMEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

export const MAANDNAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const MAANDNAMEN_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/**
 * - `lang` (default): 'maandag 10 maart 2025' — for a day that matters (a deadline).
 * - `datum`: '10 maart 2025' — for ledger lines and letters.
 * - `kort`: '10 mrt 2025' — for narrow UI columns.
 */
export type DatumVorm = 'lang' | 'datum' | 'kort';

export function formatDatumNl(datum: string, vorm: DatumVorm = 'lang'): string {
  eisIsoDatum(datum, 'Datum');
  const d = toDate(datum);
  const dag = d.getUTCDate();
  const jaar = d.getUTCFullYear();
  if (vorm === 'kort') return `${dag} ${MAANDNAMEN_KORT[d.getUTCMonth()]} ${jaar}`;
  const zonderDag = `${dag} ${MAANDNAMEN[d.getUTCMonth()]} ${jaar}`;
  return vorm === 'datum' ? zonderDag : `${DAGNAMEN[d.getUTCDay()]} ${zonderDag}`;
}

/**
 * A period as a letter writes it, without repeating what both ends share:
 * '1–10 februari 2025', '28 januari – 10 februari 2025',
 * '20 december 2024 – 6 januari 2025'; one day is just that day.
 */
export function formatPeriodeNl(van: string, tot: string): string {
  eisIsoDatum(van, 'Begindatum');
  eisIsoDatum(tot, 'Einddatum');
  if (van === tot) return formatDatumNl(van, 'datum');
  const a = toDate(van);
  const b = toDate(tot);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDatumNl(van, 'datum')} – ${formatDatumNl(tot, 'datum')}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${MAANDNAMEN[a.getUTCMonth()]} – ${formatDatumNl(tot, 'datum')}`;
  return `${a.getUTCDate()}–${formatDatumNl(tot, 'datum')}`;
}

/** '1 dag', '9 dagen'. */
export function dagenTekst(aantal: number): string {
  return aantal === 1 ? '1 dag' : `${aantal} dagen`;
}

/** '1 week', '8 weken'. */
export function wekenTekst(aantal: number): string {
  return aantal === 1 ? '1 week' : `${aantal} weken`;
}
